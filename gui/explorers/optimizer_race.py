"""``optimizerRace``: the current network trained from the same weights on the same data with
several modes and optimizers, side by side, in the background.

The boxes pick optimizers and modes; every pair is an entry (a row of the table) with its own
η, the project's to start with. Start Race makes an ``engine.race.Race`` from the project's
network, training data and settings, and a worker on its own QThread trains every run one
epoch at a time, round-robin, handing the main thread copies of the curves at most ~20 times
a second. The losses are overlaid, one colour per entry; the table gives each run's final
loss, accuracy (or R²), epochs and time. Adopt Weights makes the selected run's weights the
project's, as one undoable edit. Every number is the engine's; this view only draws.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import optimizers
from engine.errors import BackpropStudioError
from engine.race import MODES, Entry, Race
from gui.explorers.common import make_plot, number, title_label
from gui.plots.legend_corner import LegendCorner
from gui.plots.log_axis import label_what_fits
from gui.wheel_guard import guard_wheel

#: one colour per entry, in the order of the table
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a", "#637939", "#e6550d",
           "#6b6ecf")
#: the line of each mode: batch smooth and solid, stochastic dashed, mini-batch dotted
DASHES = {"batch": Qt.PenStyle.SolidLine, "stochastic": Qt.PenStyle.DashLine,
          "minibatch": Qt.PenStyle.DashDotLine}
DEFAULT_EPOCH_CAP = 300
SHOW_EVERY = 0.05
COLUMNS = 6


class RaceWorker(QObject):
    """Trains a race on its thread until it ends or ``stop`` is set; never touches a widget."""

    progressed = Signal(object)
    ended = Signal()

    def __init__(self, race: Race):
        super().__init__()
        self.race = race
        self.stop_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        shown = 0.0
        try:
            while not self.stop_requested.is_set() and self.race.step():
                if time.monotonic() - shown >= SHOW_EVERY:
                    self.progressed.emit(summary(self.race))
                    shown = time.monotonic()
            self.progressed.emit(summary(self.race))
        finally:
            self.ended.emit()


def summary(race: Race) -> list[dict]:
    """Copies of what the view draws of each run (the worker goes on changing the runs)."""
    return [{"losses": np.array(run.losses), "score": run.score(), "epochs": run.epochs,
             "elapsed": run.elapsed, "done": run.done, "error": run.error,
             "stop_reason": run.stop_reason} for run in race.runs]


class OptimizerRace(QWidget):
    """The boxes, the entries' table with the results, the overlaid loss curves."""

    raceFinished = Signal()

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("optimizerRace")
        self.document = document
        self.race: Race | None = None
        self.results: list[dict] = []
        self._thread: QThread | None = None
        self._worker: RaceWorker | None = None
        self.entries: list[Entry] = []
        self.curves: list[pg.PlotDataItem] = []

        self.optimizer_names = optimizers.TITLES  # the training panel's names
        self.mode_names = {"batch": self.tr("Batch"), "stochastic": self.tr("Stochastic"),
                           "minibatch": self.tr("Mini-batch")}
        config = document.session.config
        picked_optimizers = {config.optimizer, "adam"}
        picked_modes = {config.mode if config.mode in MODES else "minibatch"}

        optimizers_box, self.optimizer_boxes = self._check_group(
            self.tr("Optimizers"), optimizers.NAMES, self.optimizer_names, picked_optimizers,
            "raceOptimizer")
        modes_box, self.mode_boxes = self._check_group(
            self.tr("Modes"), MODES, self.mode_names, picked_modes, "raceMode")

        self.epochs_field = QSpinBox(self)
        self.epochs_field.setObjectName("raceEpochs")
        self.epochs_field.setRange(1, 100_000)
        self.epochs_field.setValue(min(config.epochs, DEFAULT_EPOCH_CAP))
        self.epochs_field.setToolTip(self.tr("Each run trains at most this many epochs (the "
                                             "project's epochs, capped)"))
        self.start_button = QPushButton(self.tr("Start Race"), self)
        self.start_button.setObjectName("raceStart")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("raceStop")
        self.stop_button.clicked.connect(self.stop)
        self.adopt_button = QPushButton(self.tr("Adopt Weights"), self)
        self.adopt_button.setObjectName("raceAdopt")
        self.adopt_button.setToolTip(self.tr("Make the selected run's weights the project's "
                                             "(one edit: Edit ▸ Undo puts them back)"))
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.from_start = QCheckBox(self.tr("from the run's first weights"), self)
        self.from_start.setObjectName("raceFromStart")
        self.from_start.setChecked(True)
        self.from_start.setToolTip(self.tr(
            "Race from the weights the current run started with (epoch 0), as training did; "
            "unticked, from the weights the project has now"))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Epochs at most:"), self))
        controls.addWidget(self.epochs_field)
        controls.addWidget(self.from_start)
        controls.addStretch(1)
        for button in (self.start_button, self.stop_button, self.adopt_button):
            controls.addWidget(button)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("raceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.plot = make_plot("optimizerRacePlot", self.tr("epoch"),
                              self.tr("training loss C (log scale)"), self)
        self.plot.setMinimumSize(420, 280)
        self.plot.getPlotItem().setLogMode(y=True)
        label_what_fits(self.plot.getPlotItem().getAxis("left"))
        self.legend = self.plot.getPlotItem().addLegend(offset=(-10, 10))
        # in the corner the curves leave free: top right hid the Adam curves (tester)
        self.legend_place = LegendCorner(self.plot.getPlotItem(), lambda: self.curves)
        self.status = QLabel(self)
        self.status.setObjectName("raceStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr(
            "Optimizer race: the same network, the same initial weights, the same data")))
        boxes = QHBoxLayout()
        boxes.addWidget(optimizers_box, 3)
        boxes.addWidget(modes_box, 2)
        layout.addLayout(boxes)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.status)

        self._rebuild_entries()
        #: the boxes were ticked by the user: a new project's settings no longer replace them
        self._picked = False
        for box in (*self.optimizer_boxes.values(), *self.mode_boxes.values()):
            box.clicked.connect(self._user_picked)
        document.configChanged.connect(self._follow_project)
        document.pathChanged.connect(self._project_opened)
        document.historyChanged.connect(self._update_buttons)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- state --------------------------------------------------------------------------------

    def _user_picked(self) -> None:
        self._picked = True

    def _project_opened(self) -> None:
        self._picked = False
        self._follow_project()

    def _follow_project(self) -> None:
        """The project's optimizer, mode, η and epochs, as when the view was made, until the
        user ticks boxes of their own: a lesson opened after the view was built raced Adam
        over 300 epochs where it trains SGD for 50 (tester)."""
        if self.running or self._picked:
            return
        config = self.document.session.config
        picked_optimizers = {config.optimizer, "adam"}
        picked_modes = {config.mode if config.mode in MODES else "minibatch"}
        for names, boxes in ((picked_optimizers, self.optimizer_boxes),
                             (picked_modes, self.mode_boxes)):
            for name, box in boxes.items():
                box.blockSignals(True)
                box.setChecked(name in names)
                box.blockSignals(False)
        self.epochs_field.setValue(min(config.epochs, DEFAULT_EPOCH_CAP))
        self.entries = []  # every η the project's again
        self._rebuild_entries()

    def _check_group(self, title, names, labels, picked, prefix):
        """A group of checkboxes, one per name (objectName ``{prefix}_{name}``), each
        rebuilding the entries when toggled."""
        group = QGroupBox(title, self)
        row = QHBoxLayout(group)
        boxes: dict[str, QCheckBox] = {}
        for name in names:
            box = QCheckBox(labels[name], group)
            box.setObjectName(f"{prefix}_{name}")
            box.setChecked(name in picked)
            box.toggled.connect(self._rebuild_entries)
            boxes[name] = box
            row.addWidget(box)
        return group, boxes

    @property
    def running(self) -> bool:
        return self._thread is not None

    def entry_rates(self) -> list[float]:
        return [self.table.cellWidget(row, 1).value() for row in range(self.table.rowCount())]

    def set_entry_rate(self, row: int, rate: float) -> None:
        self.table.cellWidget(row, 1).setValue(rate)

    # -- the race -----------------------------------------------------------------------------

    def start(self) -> None:
        """Train every entry from the current run's first weights (or, unticked or with no
        epochs trained, the project's weights now), in the background."""
        if self.running or not self.entries:
            return
        session = self.document.session
        entries = [Entry(e.mode, e.optimizer, rate)
                   for e, rate in zip(self.entries, self.entry_rates(), strict=True)]
        start = session.run_start_network() if self.from_start.isChecked() else None
        try:
            race = Race(start or session.network, session.training, session.config, entries,
                        self.epochs_field.value())
        except BackpropStudioError as error:
            self.status.setText(str(error))
            return
        self.race, self.entries = race, entries
        self.results = []
        self._draw_curves()
        self._thread = QThread(self)
        self._thread.setObjectName("optimizerRaceThread")
        self._worker = RaceWorker(race)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show)
        self._worker.ended.connect(self._ended)
        self.status.setText(self.tr("Racing…"))
        self._thread.start()
        self._update_buttons()

    def stop(self) -> None:
        """Stop the race between two epochs and wait for its thread (the runs keep what they
        trained, and can still be adopted)."""
        if self._worker is not None:
            self._worker.stop_requested.set()
        self._finish_thread()

    def _ended(self) -> None:
        self._finish_thread()
        finals = [(float(r["losses"][-1]), row) for row, r in enumerate(self.results)
                  if len(r["losses"]) and not r["error"] and np.isfinite(r["losses"][-1])]
        if finals and not self.table.selectionModel().selectedRows():
            self.table.selectRow(min(finals)[1])
        self.status.setText(self.tr("Select a run and Adopt Weights to make its weights "
                                    "the project's."))
        self.raceFinished.emit()

    def _finish_thread(self) -> None:
        thread, worker = self._thread, self._worker
        if thread is None:
            return
        thread.quit()
        thread.wait()
        self._thread = self._worker = None
        worker.deleteLater()
        thread.deleteLater()
        self._update_buttons()

    def adopt_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        return bool(rows) and self.adopt(rows[0].row())

    def adopt(self, row: int) -> bool:
        """Make run ``row``'s weights the project's, as one undoable edit."""
        if self.running or self.race is None or not 0 <= row < len(self.race.runs):
            return False
        run = self.race.runs[row]
        weights, biases = run.parameters()
        return self.document.replace_parameters(
            weights, biases, self.tr("Adopt the {0} Run's Weights").format(self._label(run.entry)))

    # -- drawing ------------------------------------------------------------------------------

    def _label(self, entry: Entry) -> str:
        return f"{self.optimizer_names[entry.optimizer]} · {self.mode_names[entry.mode]}"

    def _rebuild_entries(self) -> None:
        if self.running:
            return
        old = dict(zip(((e.mode, e.optimizer) for e in self.entries), self.entry_rates(),
                       strict=True)) if self.table.rowCount() == len(self.entries) else {}
        rate = self.document.session.config.learning_rate
        self.entries = [Entry(mode, name, old.get((mode, name), rate))
                        for name, box in self.optimizer_boxes.items() if box.isChecked()
                        for mode, mode_box in self.mode_boxes.items() if mode_box.isChecked()]
        self.race, self.results = None, []
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            spin = QDoubleSpinBox(self.table)
            spin.setDecimals(5)
            spin.setRange(1e-5, 10.0)
            spin.setSingleStep(0.01)
            spin.setValue(entry.learning_rate)
            spin.setToolTip(self.tr("This entry's learning rate η"))
            # the wheel scrolls the table, as over its other columns (it changed η, tester)
            guard_wheel(spin)
            self.table.setCellWidget(row, 1, spin)
        self._draw_curves()
        self._update_buttons()

    def _draw_curves(self) -> None:
        self.legend.clear()
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.curves = []
        for row, entry in enumerate(self.entries):
            pen = pg.mkPen(QColor(COLOURS[row % len(COLOURS)]), width=2.5,
                           style=DASHES[entry.mode])
            curve = self.plot.plot([], [], pen=pen, name=self._label(entry))
            self.curves.append(curve)
        self._fill_table()

    def _show(self, results: list[dict]) -> None:
        self.results = results
        for curve, result in zip(self.curves, results, strict=False):
            losses = np.maximum(result["losses"], 1e-12)
            curve.setData(np.arange(1, len(losses) + 1), losses)
        self.legend_place.place()
        self._fill_table()

    def _fill_table(self) -> None:
        task = getattr(self.document.session.training, "task", "classification")
        has_val = getattr(self.document.session.training, "X_val", None) is not None
        score_name = self.tr("Accuracy") if task == "classification" else self.tr("R²")
        if has_val:
            score_name = self.tr("Validation {0}").format(score_name.lower()
                                                         if task == "classification"
                                                         else score_name)
        # a two-word score on two lines: its column is as narrow as the others
        self.table.setHorizontalHeaderLabels([
            self.tr("Run"), self.tr("η"), self.tr("Final loss"), score_name.replace(" ", "\n", 1),
            self.tr("Epochs"), self.tr("Time")])
        for row, entry in enumerate(self.entries):
            result = self.results[row] if row < len(self.results) else None
            label = QTableWidgetItem(self._label(entry))
            label.setForeground(QColor(COLOURS[row % len(COLOURS)]))
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            cells = [label]
            if result is None:
                cells += [QTableWidgetItem("") for _ in range(COLUMNS - 2)]
            else:
                losses, score = result["losses"], result["score"]
                loss = number(float(losses[-1])) if len(losses) else "—"
                if result["error"]:
                    loss = self.tr("diverged")
                value = "—" if score is None else (
                    f"{100 * score[1]:.1f} %" if "accuracy" in score[0] else number(score[1]))
                cells += [QTableWidgetItem(loss), QTableWidgetItem(value),
                          QTableWidgetItem(str(result["epochs"])),
                          QTableWidgetItem(self.tr("{0} s").format(f"{result['elapsed']:.2f}"))]
                if result["error"]:
                    cells[1].setToolTip(result["error"])
            for column, item in zip((0, 2, 3, 4, 5), cells, strict=True):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        running = self.running
        self.start_button.setEnabled(not running and bool(self.entries))
        self.stop_button.setEnabled(running)
        self.adopt_button.setEnabled(not running and self.race is not None
                                     and bool(self.table.selectionModel().selectedRows()))
        for box in (*self.optimizer_boxes.values(), *self.mode_boxes.values()):
            box.setEnabled(not running)
        self.epochs_field.setEnabled(not running)
        # with no epochs trained the run's first weights are the project's: nothing to choose
        self.from_start.setEnabled(not running and self.document.session.history.last_epoch() > 0)
        for row in range(self.table.rowCount()):
            widget = self.table.cellWidget(row, 1)
            if widget is not None:
                widget.setEnabled(not running)
