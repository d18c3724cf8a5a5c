"""``lossPlot`` and its neighbours: the cost C per epoch (training and validation) and the
accuracy (classification) or R² (regression) beside it, with a log-scale switch and a
readout of the values under the mouse.

The history is a list of runs (``engine.history``): the current run is drawn in full colour,
each earlier one (before Reset Weights, new data or a new architecture) as a faded curve of
its own from epoch 1, so a new start is a new curve beside the old, not one curve that jumps
back up; "Clear earlier runs" forgets them (undoable). Each curve is created once and updated
with ``setData``, and only the current run's while a run goes; pyqtgraph's clip-to-view and
peak downsampling keep long runs cheap to draw. Before any training the loss plot shows the
cost at the initial weights (the session's derived numbers) as epoch 0, a dot the run's
training curve then starts from (and its CSV export with it).
"""

from __future__ import annotations

import html
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import metrics
from gui import style
from gui.live_refresh import SIDE_VIEW_INTERVAL, LiveRefresh
from gui.plots.epoch_axis import compact_epochs
from gui.plots.export_menu import ExportMenu, ask_and_export
from gui.plots.legend_corner import LegendCorner
from gui.plots.log_axis import label_what_fits
from gui.plots.plot_ranges import RangeFollower, round_up, value_range
from gui.style import cache_axes

#: the top of the accuracy or R² axis: above 1, so the 1 tick shows over a curve at 100 %
METRIC_TOP = 1.08
#: pixels of a plot's height not beside its y axis's label: the bottom axis, the margins,
#: and the ends of the axis the label does not reach (measured: at 108 px "accuracy" was cut)
Y_LABEL_MARGIN = 52
#: the lowest R² the plot shows
R2_FLOOR = -1.0
#: pixels a line of the note under R²'s floor takes at most (it wraps, centred)
BELOW_NOTE_WIDTH = 170

TRAIN_PEN = pg.mkPen("#1f77b4", width=1)
#: earlier runs: the same colours, faded
EARLIER_TRAIN_PEN = pg.mkPen(QColor(31, 119, 180, 70), width=1)
EARLIER_VALIDATION_PEN = pg.mkPen(QColor(255, 127, 14, 70), width=1,
                                  style=Qt.PenStyle.DashLine)
#: how far past the current run's last epoch the axes follow the earlier runs
EARLIER_REACH = 2.0
#: the earlier runs drawn, the latest first
MAX_EARLIER_RUNS = 12
VALIDATION_PEN = pg.mkPen("#ff7f0e", width=1, style=Qt.PenStyle.DashLine)



class SeriesPlot(pg.PlotWidget):
    """A plot of one training and one validation series against the epoch."""

    #: the y axis's name and its short form for a plot too short for it (set in __init__;
    #: a resize comes during it)
    _y_labels = ("", "")

    def __init__(self, object_name: str, y_label: str, parent=None, legend: bool = True,
                 short_label: str | None = None):
        # our menu (Show All, exports), not pyqtgraph's (Mouse Mode, Plot Options)
        super().__init__(parent, background="w", enableMenu=False,
                         viewBox=pg.ViewBox(enableMenu=False))
        self.setObjectName(object_name)
        plot = self.getPlotItem()
        self.export_menu = ExportMenu(self, self.getPlotItem, object_name, with_csv=True)
        plot.setLabel("bottom", self.tr("epoch"))
        self.set_y_label(y_label, short_label or y_label)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).enableAutoSIPrefix(False)
        compact_epochs(plot.getAxis("bottom"))
        cache_axes(plot)
        plot.showGrid(x=True, y=True, alpha=0.25)
        if legend:
            # one row (training, validation side by side): in the default layout the plot is
            # barely 100 px tall, and a column of two entries was cut by its bottom edge
            # on a white ground over the curves: a loss that jumps runs through its corner
            legend_box = plot.addLegend(offset=(-10, 5), colCount=2, labelTextSize="8pt",
                                        verSpacing=-4, brush=pg.mkBrush(255, 255, 255, 190))
            legend_box.setZValue(10)
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        self.train_curve = plot.plot([], [], name=self.tr("training"), pen=TRAIN_PEN)
        self.validation_curve = plot.plot([], [], name=self.tr("validation"),
                                          pen=VALIDATION_PEN)
        # the legend in the corner the curves leave free: a loss levelling off high in its
        # range ran its newest epochs, what a class watches, behind the box; the earlier
        # runs' faded curves too: in the corner only they crossed, the legend's box hid them
        # (lesson 5's three runs side by side, tester)
        self.legend_place = LegendCorner(plot, lambda: [
            self.train_curve, self.validation_curve,
            *(curve for pair in self.earlier_curves for curve in pair if curve.isVisible())])
        #: the earlier runs' faded (training, validation) curves, made as they are needed
        self.earlier_curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []

    def set_y_label(self, full: str, short: str) -> None:
        """Name the y axis ``full``, or ``short`` while the plot is too short for ``full``
        (the default layout's plots are about 100 px tall: "accuracy" was cut to "accurac")."""
        self._y_labels = (full, short)
        self._fit_y_label()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_y_label()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_y_label()

    def _fit_y_label(self) -> None:
        full, short = self._y_labels
        if not full or self.getPlotItem() is None:  # (none once pyqtgraph closed the plot)
            return
        if not self.isVisible():  # a size not yet its own: the full name until shown
            short = full
        axis = self.getPlotItem().getAxis("left")
        # the plot's height less the bottom axis and the margins: the rotated label's room;
        # the label's length as pyqtgraph draws it (its HTML, the text item's margins)
        room = self.height() - Y_LABEL_MARGIN
        document = QTextDocument()
        document.setDefaultFont(axis.label.font())
        document.setHtml(axis.labelString().replace(f">{axis.labelText} ", f">{full} ", 1))
        label = full if document.size().width() <= room else short
        if axis.labelText != label:  # a new label redraws the axis: only when it changes
            axis.setLabel(label)

    def show_series(self, epochs, train, validation, validation_epochs=None) -> None:
        """The current run's curves (the validation curve at ``validation_epochs`` when the
        training curve starts earlier, from the cost at epoch 0); the legend names the
        validation curve only when there is one (no validation share, no validation data)."""
        _set_pair(self.train_curve, self.validation_curve, epochs, train, validation,
                  validation_epochs)
        legend = self.getPlotItem().legend
        if legend is None:
            return
        drawn = self.validation_curve.getData()[0] is not None and len(
            self.validation_curve.getData()[0]) > 0
        named = any(sample.item is self.validation_curve for sample, _ in legend.items)
        if drawn and not named:
            legend.addItem(self.validation_curve, self.tr("validation"))
        elif named and not drawn:
            legend.removeItem(self.validation_curve)
        self.legend_place.place()

    def legend_corner(self) -> tuple[int, int]:
        """Where the legend is: (1 right or 0 left, 1 top or 0 bottom)."""
        return self.legend_place.corner

    def show_earlier(self, runs: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> None:
        """Earlier runs' (epochs, training, validation), each as faded curves of its own."""
        plot = self.getPlotItem()
        while len(self.earlier_curves) < len(runs):
            pair = (pg.PlotDataItem([], [], pen=EARLIER_TRAIN_PEN),
                    pg.PlotDataItem([], [], pen=EARLIER_VALIDATION_PEN))
            for curve in pair:
                curve.setZValue(-1)  # behind the current run
                plot.addItem(curve)
            self.earlier_curves.append(pair)
        for k, (train_curve, validation_curve) in enumerate(self.earlier_curves):
            if k < len(runs):
                _set_pair(train_curve, validation_curve, *runs[k])
            else:
                train_curve.setData([], [])
                validation_curve.setData([], [])
        self.legend_place.place()


def _set_pair(train_curve, validation_curve, epochs, train, validation,
              validation_epochs=None) -> None:
    train_curve.setData(epochs, train, connect="finite")
    if validation is not None and np.isfinite(validation).any():
        validation_curve.setData(epochs if validation_epochs is None else validation_epochs,
                                 validation, connect="finite")
    else:
        validation_curve.setData([], [])


class LossPanel(QWidget):
    """The loss dock's content: loss and metric plots, the log-scale switch, the readout."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.loss_plot = SeriesPlot("lossPlot", self.tr("cost C"), self,
                                    short_label=self.tr("C"))
        self.metric_plot = SeriesPlot("metricPlot", self.tr("accuracy"), self, legend=False,
                                      short_label=self.tr("acc."))
        self.metric_plot.setXLink(self.loss_plot)
        # The axes grow in round steps until the user zooms or pans.
        self.loss_range = RangeFollower(self.loss_plot.getPlotItem())
        self.metric_range = RangeFollower(self.metric_plot.getPlotItem(), x=False)
        self.below_note: pg.TextItem | None = None  # made when first needed
        self.initial_marker = self.loss_plot.getPlotItem().plot(
            [], [], pen=None, symbol="o", symbolSize=7, symbolBrush="#1f77b4")
        # the training curve holds epoch 0 once trained: the dot is not a series of its own
        self.initial_marker.not_exported = True
        #: the accuracy (or R²) at the same weights, beside it: the cost plot had an epoch 0
        #: and the accuracy plot none (tester)
        self.initial_metric_marker = self.metric_plot.getPlotItem().plot(
            [], [], pen=None, symbol="o", symbolSize=7, symbolBrush="#1f77b4")
        self.initial_metric_marker.not_exported = True
        self.log_scale = QCheckBox(self.tr("log scale"), self)
        self.log_scale.setObjectName("lossLogScale")
        self.log_scale.toggled.connect(self._log_scale_toggled)
        self.readout = QLabel(self)
        self.readout.setObjectName("lossReadout")
        # what an epoch's C is: in batch mode epoch 1's equals epoch 0's, which looked like
        # the plot running an epoch late (tester)
        self.loss_plot.setToolTip(training_cost_meaning())
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("lossExport")
        # the plot and its numbers; the model is File ▸ Export
        self.export_button.setText(self.tr("Export Plot…"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the menu's arrow was drawn over the text's last letters; "…" says there is more
        self.export_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.export_button)
        for text, suffix in ((self.tr("Loss plot as PNG…"), ".png"),
                             (self.tr("Loss plot as SVG…"), ".svg"),
                             (self.tr("Loss history as CSV…"), ".csv")):
            menu.addAction(text, lambda suffix=suffix: self.export_dialog(suffix))
        self.export_button.setMenu(menu)
        self.clear_runs = QToolButton(self)
        self.clear_runs.setObjectName("clearEarlierRuns")
        self.clear_runs.setText(self.tr("Clear earlier runs"))
        self.clear_runs.setToolTip(self.tr("Forget the faded curves of the runs before the "
                                           "current one (undoable)"))
        self.clear_runs.clicked.connect(document.clear_earlier_runs)
        top = QHBoxLayout()
        top.addWidget(self.log_scale)
        top.addWidget(self.clear_runs)
        top.addStretch(1)
        top.addWidget(self.readout)
        top.addWidget(self.export_button)
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot, 3)
        plots.addWidget(self.metric_plot, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addLayout(plots)
        self._mouse = pg.SignalProxy(self.loss_plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._show_values_under_mouse)
        # the pointer gone, its reading goes too ("epoch 468: C = 0.25" stayed beside a run
        # at C = 0.08 for minutes, tester)
        self.loss_plot.installEventFilter(self)
        self._earlier_shown: tuple | None = None
        self.live = LiveRefresh(self, document, self.refresh, (
            document.historyChanged, document.dataChanged, document.specChanged),
            SIDE_VIEW_INTERVAL)
        document.weightsChanged.connect(self._refresh_initial)
        # another project or other data: the plots fit them, whatever the last one's zoom
        document.pathChanged.connect(self._fit_again)
        document.dataChanged.connect(self._fit_again)
        self.refresh()

    def refresh(self) -> None:
        history = self.document.history
        name = self._metric_name()
        label, short = {
            "accuracy": (self.tr("accuracy"), self.tr("acc.")),
            "subset_accuracy": (self.tr("subset accuracy (every label right)"),
                                self.tr("subset acc.")),
        }.get(name, ("R²", "R²"))
        if self.metric_plot._y_labels != (label, short):
            self.metric_plot.set_y_label(label, short)
        runs = history.run_slices()
        current = runs[-1][1] if runs and runs[-1][0] == history.current_run else slice(0, 0)
        earlier = [part for run, part in runs if run != history.current_run]
        earlier = earlier[-MAX_EARLIER_RUNS:]
        epochs = history.column("epoch")
        columns = {key: history.column(key)
                   for key in ("train_loss", "val_loss", name, "val_" + name)}
        # a run of another kind of problem (classification before regression) measured
        # another metric with another cost: beside today's curve it would compare nothing
        earlier = [part for part in earlier if np.isfinite(columns[name][part]).any()]
        kept = None
        if history.last_epoch():
            # the epoch-0 cost stays beside the run's curve (lesson 1 reads it after training)
            kept = self._kept_start(history, current, name)
        start = None if kept is None else kept.cost
        metric_start = None if kept is None else kept.metric
        # the curves start where the run did: from the dots at epoch 0, not beside them
        self.loss_plot.show_series(*_from_start(epochs[current], columns["train_loss"][current],
                                                start),
                                   columns["val_loss"][current], validation_epochs=epochs[current])
        self.metric_plot.show_series(*_from_start(epochs[current], columns[name][current],
                                                  metric_start),
                                     columns["val_" + name][current],
                                     validation_epochs=epochs[current])
        # what the faded curves show: the runs (their length, first and last cost) and the
        # metric, which another task names otherwise (an id() could be reused by a copy)
        shown = (name, [(part.stop - part.start, history.train_loss[part.start],
                         history.train_loss[part.stop - 1]) for part in earlier])
        if shown != self._earlier_shown:  # earlier runs change only when a run begins
            self._earlier_shown = shown
            self.loss_plot.show_earlier([(epochs[part], columns["train_loss"][part],
                                          columns["val_loss"][part]) for part in earlier])
            self.metric_plot.show_earlier([(epochs[part], columns[name][part],
                                            columns["val_" + name][part]) for part in earlier])
        self.clear_runs.setVisible(len(runs) > 1 or bool(earlier))
        if not len(history):
            self.readout.setText("")  # nothing under the mouse to read any more
        if history.last_epoch():
            self.initial_marker.setData(*(([0.0], [start]) if start is not None else ([], [])))
            self.initial_metric_marker.setData(
                *(([0.0], [metric_start]) if metric_start is not None else ([], [])))
        else:
            self._refresh_initial()
        parts = [current, *_comparable(columns["train_loss"], current, earlier)]
        last = _epochs_shown(epochs, current, parts[1:])
        if last:
            # the dots at epoch 0 within the axes too: before a new run's first epoch, the
            # earlier runs' range (1e-5) left its starting cost (0.12) off the plot (tester)
            starts = [np.asarray(dots, float) for dots in (self.initial_marker.getData()[1],)
                      if dots is not None and len(dots)]
            metric_starts = [np.asarray(dots, float) for dots in
                             (self.initial_metric_marker.getData()[1],)
                             if dots is not None and len(dots)]
            self._follow(last, [columns[key][part] for key in ("train_loss", "val_loss")
                                for part in parts] + starts,
                         [columns[key][part] for key in (name, "val_" + name)
                          for part in parts] + metric_starts, r2=name == "r2")

    def _follow(self, last_epoch: float, losses: list, metrics: list, r2: bool = False
                ) -> None:
        """Epochs 0 … a round number past the last one; the cost from 0 (or whole decades on
        a log scale) and the metric up to 1, each to a round number that holds the curves.
        The metric's top leaves room for the 1 tick above a curve at 100 %; R² goes down to
        −1 at most (a network worse than predicting the mean is off the plot, and one far
        worse in its first epochs would squash the rest of the curve against the top)."""
        epochs = (0.0, round_up(max(last_epoch, 10.0)))
        self.loss_range.follow(epochs, value_range(losses, log=self.log_scale.isChecked()))
        metric = value_range(metrics, floor=0.0)
        below = False
        if metric is not None:
            low = max(min(metric[0], 0.0), R2_FLOOR) if r2 else min(metric[0], 0.0)
            below = r2 and not any(np.any(np.asarray(part) >= R2_FLOOR) for part in metrics)
            metric = (low, METRIC_TOP)
        self.metric_range.follow(None, metric)
        self._say_below_floor(below, epochs)

    def _say_below_floor(self, below: bool, epochs) -> None:
        """A note in the R² plot when every R² is under its floor (−1), which would leave
        it empty with no word why: a network far worse than predicting the mean."""
        if below and self.below_note is None:
            # on lines of its own width, centred: on one line it ran out of a narrow plot
            # at both ends
            words = html.escape(self.tr("R² below −1: worse than predicting the mean"))
            self.below_note = pg.TextItem(html=f"<div align='center'>{words}</div>",
                                          anchor=(0.5, 0.5))
            self.below_note.setColor(style.MUTED_LABEL)
            self.below_note.setTextWidth(BELOW_NOTE_WIDTH)
            self.metric_plot.getPlotItem().addItem(self.below_note, ignoreBounds=True)
        if self.below_note is not None:
            self.below_note.setVisible(below)
            self.below_note.setPos((epochs[0] + epochs[1]) / 2, (R2_FLOOR + METRIC_TOP) / 2)

    def _fit_again(self) -> None:
        """Forget the user's zoom: the axes follow the curves again (from epoch 0)."""
        for follower in (self.loss_range, self.metric_range):
            follower.resume()
        self.refresh()

    def _log_scale_toggled(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        label_what_fits(self.loss_plot.getPlotItem().getAxis("left"))
        self.loss_range.forget()  # the same numbers are other units now
        self.refresh()

    def _refresh_initial(self) -> None:
        """Before the current run's first epoch: the cost at the current weights, as epoch 0
        (kept while a run goes: the weights it sends are no longer the initial ones)."""
        if self.document.history.last_epoch() or self.document.live_training:
            return
        initial, metric = _start_of(self.document.derived.evaluation,
                                    self._metric_name())
        self.initial_marker.setData([0.0], [initial])
        self.initial_metric_marker.setData(*(([0.0], [metric]) if metric is not None
                                             else ([], [])))
        self.loss_range.follow((0.0, 10.0), value_range([np.array([initial])],
                                                        log=self.log_scale.isChecked()))
        self.metric_range.follow(None, (0.0, 1.0))

    def _metric_name(self) -> str:
        """The metric the plot shows: accuracy (of its kind) or R²."""
        return (metrics.accuracy_name(self.document.spec)
                if self.document.dataset.task == "classification" else "r2")

    def _kept_start(self, history, current: slice, metric: str) -> Start | None:
        """The cost (and ``metric``) the current run started from, measured by the session
        from the run's epoch-0 weights (a run reopened from a file too); None when the run
        has no epochs from 1 or its start was not kept."""
        if current.stop <= current.start or history.epoch[current.start] != 1:
            return None
        evaluation = self.document.session.run_start_evaluation()
        return None if evaluation is None else _start_of(evaluation, metric)

    def export_dialog(self, suffix: str) -> None:
        ask_and_export(self, self.loss_plot.getPlotItem(), "loss", suffix)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.loss_plot and event.type() == QEvent.Type.Leave:
            self.readout.setText("")
        return False

    def _show_values_under_mouse(self, event) -> None:
        history = self.document.history
        runs = history.run_slices()
        view = self.loss_plot.getPlotItem().vb
        if not runs or not view.sceneBoundingRect().contains(event[0]):
            self.readout.setText("")  # over an axis or the margin: no epoch under it
            return
        part = runs[-1][1]
        epochs = history.epoch[part]
        point = self.loss_plot.getPlotItem().vb.mapSceneToView(event[0])
        start = self.initial_marker.getData()[1]
        if start is not None and len(start) and point.x() < 0.5:
            # the dot at epoch 0, not epoch 1 beside it (tester)
            self.readout.setText(self.tr("epoch 0 (the initial weights): C = {c:.5g}").format(
                c=float(start[0])))
            return
        index = part.start + int(np.clip(np.searchsorted(epochs, point.x()), 0,
                                         len(epochs) - 1))
        validation = history.val_loss[index]
        text = self.tr("epoch {e}: C = {c:.5g}").format(e=history.epoch[index],
                                                       c=history.train_loss[index])
        if validation is not None:
            text += self.tr(", validation {v:.5g}").format(v=validation)
        self.readout.setText(text)


def training_cost_meaning() -> str:
    """What an epoch's training C is, said wherever one is shown (the loss plot, the status
    bar): in batch mode epoch 1's equals epoch 0's, which looked like a plot running an epoch
    late (tester)."""
    return QCoreApplication.translate(
        "LossPanel", "Training C at epoch k: the mean of Cₓ over the epoch's samples, each at "
        "the weights of its batch before that batch's update (in batch mode, the cost at the "
        "epoch's start: epoch 1's is epoch 0's). Validation C: at the weights after the "
        "epoch.")


class Start(NamedTuple):
    """Where a run started: the cost and the metric (None: not known) at epoch 0."""

    cost: float
    metric: float | None


def _start_of(evaluation, metric: str) -> Start:
    """An ``Evaluation``'s cost and ``metric`` (None when it has no finite one)."""
    value = evaluation.metrics.get(metric)
    return Start(evaluation.cost,
                 float(value) if value is not None and np.isfinite(value) else None)


def _from_start(epochs: np.ndarray, values: np.ndarray, start: float | None):
    """A run's epochs and values from the one at epoch 0 (``start``, None: not known)."""
    if start is None:
        return epochs, values
    return np.concatenate(([0.0], epochs)), np.concatenate(([start], values))


def _epochs_shown(epochs: np.ndarray, current: slice, earlier: list[slice]) -> float:
    """The last epoch the axes show: the current run's, and the earlier runs' as far as
    EARLIER_REACH times further (all of them before the current run's first epoch), so a new
    run after a million-epoch one is not squashed against the left edge."""
    def last(part: slice) -> float:
        return float(epochs[part.stop - 1]) if part.stop > part.start else 0.0

    now = last(current)
    before = max(map(last, earlier), default=0.0)
    return max(now, min(before, EARLIER_REACH * now)) if now else before


def _comparable(losses: np.ndarray, current: slice, earlier: list[slice]) -> list[slice]:
    """The earlier runs whose costs are on the current run's scale (at most ten times its
    highest): the axes fit those, so a run of raw, unnormalised data costing thousands does
    not flatten today's curve along the bottom (it is still drawn, off the top)."""
    now = losses[current]
    now = now[np.isfinite(now)]
    if not now.size:
        return earlier
    top = 10.0 * float(now.max())
    kept = []
    for part in earlier:
        then = losses[part]
        then = then[np.isfinite(then)]
        if then.size and float(then.max()) <= top:
            kept.append(part)
    return kept
