"""``descentSurface``: gradient descent walking on a cost surface of two parameters.

One neuron a = σ(w x + b) on a handful of 1-D samples: its cost C(w, b) (the notes' θ = {θ₁,
θ₂}) is drawn as a contour plot, log-scaled colours and contour lines, with the minimum
marked. Click the plot to choose θ⁰, set η, then Step takes θᵗ⁺¹ = θᵗ − η∇C(θᵗ) and Run
animates it. The paths of batch, stochastic and mini-batch descent (the notes' ⑤⑥⑦: batch
smooth, SGD noisy) and of momentum and Adam start from the same θ⁰, each in its colour; the
boxes choose which are shown. A path whose η is too large leaves the plot and its row says
"diverged". Every number is ``engine.descent_surface``'s; this view only draws.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine import descent_surface as ds
from engine import notation
from engine.session.contour import level_segments
from gui import style
from gui.plots.export_menu import ExportMenu

#: each path's colour, strong on the pale surface
COLOURS = {"batch": "#1f4fd1", "stochastic": "#d62728", "minibatch": "#f08c00",
           "momentum": "#1e9e3a", "adam": "#8e3fb5"}
#: the surface's colours, low cost to high: pale, so the paths stand out
SURFACE_MAP = pg.ColorMap([0.0, 0.4, 1.0], [QColor("#fffdf2"), QColor("#d9e8f2"),
                                            QColor("#8fb3d1")])
RESOLUTION = 161
#: each model's η to start with: a smooth walk to the minimum in a few dozen steps
DEFAULT_ETA = {"linear_mse": 0.2, "sigmoid_bce": 1.5, "sigmoid_mse": 4.0}
ETA_RANGE = (1e-4, 1000.0)
#: the slider covers 10⁻³ … 10² in steps of a twentieth of a decade
SLIDER_DECADES = (-3, 2)
SLIDER_STEPS = 20
TICK_MS = 90
MAX_STEPS = 2000


class DescentSurface(QWidget):
    """The contour plot, its controls and the readouts; ``set_start(w, b)`` is the click."""

    stepped = Signal(int)

    def __init__(self, parent=None, model: str = "linear_mse"):
        super().__init__(parent)
        self.setObjectName("descentSurface")
        self.model = model
        self.problem = ds.example_problem(model)
        self.surface = self.problem.surface(RESOLUTION)
        self.paths: dict[str, ds.Descent] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

        self.plot = make_plot("descentSurfacePlot", "w  (θ₁)", "b  (θ₂)", self)
        self.plot.setMinimumSize(420, 360)
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=False)
        item.setTitle(self.tr("C(w, b): click to choose θ⁰"), size="13pt", color="#2b2b2b")
        item.vb.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setColorMap(SURFACE_MAP)
        item.addItem(self.image)
        self.isocurves: list[pg.PlotCurveItem] = []
        self.minimum = pg.ScatterPlotItem(symbol="star", size=20, brush=pg.mkBrush("#ffd43b"),
                                          pen=pg.mkPen("#5c4400", width=1.2))
        self.minimum.setZValue(20)
        item.addItem(self.minimum)
        self.minimum_label = pg.TextItem(self.tr("minimum"), color="#5c4400", anchor=(-0.2, 1.2),
                                         fill=pg.mkBrush(255, 255, 255, 170))
        self.minimum_label.setZValue(20)
        item.addItem(self.minimum_label)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.escapes: dict[str, pg.PlotDataItem] = {}
        self.legend = pg.LegendItem(offset=(-8, 8), labelTextSize="10pt",
                                    brush=pg.mkBrush(255, 255, 255, 215),
                                    pen=pg.mkPen("#9a9a9a"), labelTextColor="#1f2328")
        self.legend.setParentItem(item.vb)
        for z, method in enumerate(ds.METHODS):
            colour = COLOURS[method]
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=6,
                                    symbolBrush=colour, symbolPen=pg.mkPen("w", width=0.8))
            curve.setZValue(30 + z)
            item.addItem(curve)
            self.curves[method] = curve
            escape = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5,
                                                  style=Qt.PenStyle.DashLine))
            escape.setZValue(30 + z)
            item.addItem(escape)
            self.escapes[method] = escape
        self.start_marker = pg.ScatterPlotItem(symbol="o", size=16, brush=pg.mkBrush("w"),
                                               pen=pg.mkPen("#1f2328", width=3))
        self.start_marker.setZValue(50)
        item.addItem(self.start_marker)
        self.start_label = pg.TextItem("θ⁰", color="#1f2328", anchor=(-0.25, 1.1))
        self.start_label.setFont(_font(13, bold=True))
        self.start_label.setZValue(50)
        item.addItem(self.start_label)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

        side = self._controls()
        self.table = self._readout_table()
        self.message = QLabel(self)
        self.message.setObjectName("descentMessage")
        self.message.setWordWrap(True)
        self.message.setFont(_font(12))

        left = QVBoxLayout()
        left.addWidget(self.plot, 1)
        left.addWidget(self.table)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side)

        self._draw_surface()
        self.set_start(*self._default_start())

    # ---- building ------------------------------------------------------------------------
    def _controls(self) -> QWidget:
        side = QWidget(self)
        side.setMaximumWidth(305)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.formula = QLabel(side)
        self.formula.setObjectName("descentFormula")
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setFont(_font(12))
        column.addWidget(self.formula)

        form = QFormLayout()
        self.model_box = QComboBox(side)
        self.model_box.setObjectName("descentModel")
        for key, text in (("linear_mse", self.tr("a = w x + b, mean squared error")),
                          ("sigmoid_bce", self.tr("a = σ(w x + b), cross-entropy")),
                          ("sigmoid_mse", self.tr("a = σ(w x + b), mean squared error"))):
            self.model_box.addItem(text, key)
        self.model_box.setCurrentIndex(self.model_box.findData(self.model))
        self.model_box.currentIndexChanged.connect(
            lambda _: self.set_model(self.model_box.currentData()))
        form.addRow(self.tr("Model:"), self.model_box)
        self.eta = QDoubleSpinBox(side)
        self.eta.setObjectName("descentEta")
        self.eta.setDecimals(4)
        self.eta.setRange(*ETA_RANGE)
        self.eta.setValue(DEFAULT_ETA[self.model])
        self.eta.setKeyboardTracking(False)
        self.eta.setToolTip(self.tr("The learning rate η: the step is η times the gradient"))
        self.eta.valueChanged.connect(self._eta_changed)
        self.eta_slider = QSlider(Qt.Orientation.Horizontal, side)
        self.eta_slider.setObjectName("descentEtaSlider")
        self.eta_slider.setRange(SLIDER_DECADES[0] * SLIDER_STEPS,
                                 SLIDER_DECADES[1] * SLIDER_STEPS)
        self.eta_slider.setToolTip(self.tr("η on a log scale, 0.001 to 100"))
        self.eta_slider.valueChanged.connect(
            lambda position: self.eta.setValue(float(f"{10 ** (position / SLIDER_STEPS):.3g}")))
        form.addRow(self.tr("η:"), self.eta)
        form.addRow("", self.eta_slider)
        column.addLayout(form)

        group = QGroupBox(self.tr("Paths from θ⁰"), side)
        grid = QGridLayout(group)
        names = {"batch": self.tr("Batch (all samples)"),
                 "stochastic": self.tr("Stochastic (1 sample)"),
                 "minibatch": self.tr("Mini-batch"),
                 "momentum": self.tr("Momentum (μ = 0.9)"),
                 "adam": self.tr("Adam")}
        self.names = names
        self.short_names = {"batch": self.tr("Batch"), "stochastic": self.tr("Stochastic"),
                            "minibatch": self.tr("Mini-batch"), "momentum": self.tr("Momentum"),
                            "adam": self.tr("Adam")}
        self.legend_names = dict(self.short_names, minibatch=self.tr("Mini-batch (m = {0})"))
        self.boxes: dict[str, QCheckBox] = {}
        for row, method in enumerate(ds.METHODS):
            box = QCheckBox(names[method], group)
            box.setObjectName(f"descentShow_{method}")
            box.setChecked(method in ("batch", "stochastic", "minibatch"))
            box.setStyleSheet(f"QCheckBox {{ color: {COLOURS[method]}; font-weight: bold; }}")
            box.toggled.connect(self._shown_changed)
            grid.addWidget(box, row, 0)
            self.boxes[method] = box
        self.batch_size = QSpinBox(group)
        self.batch_size.setObjectName("descentBatchSize")
        self.batch_size.setPrefix("m = ")
        self.batch_size.setRange(1, self.problem.n_samples)
        self.batch_size.setValue(2)
        self.batch_size.setToolTip(self.tr("The mini-batch size m: samples per update"))
        self.batch_size.valueChanged.connect(lambda _: self.restart())
        grid.addWidget(self.batch_size, 2, 1)
        column.addWidget(group)

        buttons = QGridLayout()
        self.step_button = QPushButton(self.tr("Step"), side)
        self.step_button.setObjectName("descentStep")
        self.step_button.setToolTip(self.tr("One update of every path: θᵗ⁺¹ = θᵗ − η∇C(θᵗ)"))
        self.step_button.clicked.connect(self.step)
        self.run_button = QPushButton(self.tr("Run"), side)
        self.run_button.setObjectName("descentRun")
        self.run_button.setCheckable(True)
        self.run_button.setToolTip(self.tr("Step again and again until Pause"))
        self.run_button.toggled.connect(self._run_toggled)
        self.reset_button = QPushButton(self.tr("Back to θ⁰"), side)
        self.reset_button.setObjectName("descentReset")
        self.reset_button.clicked.connect(self.restart)
        for button in (self.step_button, self.run_button, self.reset_button):
            button.setFont(_font(12, bold=True))
            button.setMinimumHeight(34)
        buttons.addWidget(self.step_button, 0, 0)
        buttons.addWidget(self.run_button, 0, 1)
        buttons.addWidget(self.reset_button, 1, 0, 1, 2)
        column.addLayout(buttons)

        self.data_plot = make_plot("descentData", "x", "y", side)
        self.data_plot.setMinimumHeight(170)
        data_item = self.data_plot.getPlotItem()
        data_item.setTitle(self.tr("The data, and a(x) at batch θᵗ"), size="10pt",
                           color="#2b2b2b")
        data_item.vb.setMouseEnabled(x=False, y=False)
        self.data_points = pg.ScatterPlotItem(size=10, brush=pg.mkBrush("#1f2328"),
                                              pen=pg.mkPen("w"))
        data_item.addItem(self.data_points)
        self.fit_curve = pg.PlotDataItem(pen=pg.mkPen(COLOURS["batch"], width=2.5))
        data_item.addItem(self.fit_curve)
        column.addWidget(self.data_plot, 1)
        self._set_slider(self.eta.value())
        return side

    def _readout_table(self) -> QTableWidget:
        table = QTableWidget(len(ds.METHODS), 6, self)
        table.setObjectName("descentReadout")
        table.setHorizontalHeaderLabels([self.tr("path"), "t", "wᵗ", "bᵗ", "C(θᵗ)",
                                         "‖∇C(θᵗ)‖"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setFont(_font(11))
        header = table.horizontalHeader()
        # the numbers as wide as they are, the path's name taking the rest: a tiny ‖∇C‖ is
        # "2.160 × 10⁻⁵" and, cut to "2.16 …" in an equal share of the width, read as 2.16
        # (the names too: stretched into what the numbers left, "Mini-batch" read "Mini-…")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, method in enumerate(ds.METHODS):
            for column in range(6):
                table.setItem(row, column, QTableWidgetItem())
            name = table.item(row, 0)
            name.setForeground(QColor(COLOURS[method]))
            name.setFont(_font(11, bold=True))
        table.verticalHeader().setDefaultSectionSize(24)
        table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return table

    # ---- what the user does --------------------------------------------------------------
    def set_start(self, w: float, b: float) -> None:
        """Choose θ⁰ = (w, b) and start every path from it again."""
        self.start = (float(w), float(b))
        self.restart()

    def set_model(self, model: str) -> None:
        """Another model (σ and C) on its own seeded data: a new surface, the default θ⁰, η."""
        if model == self.model:
            return
        self.model = model
        self.problem = ds.example_problem(model)
        self.surface = self.problem.surface(RESOLUTION)
        self.model_box.blockSignals(True)
        self.model_box.setCurrentIndex(self.model_box.findData(model))
        self.model_box.blockSignals(False)
        self._draw_surface()
        self.eta.blockSignals(True)
        self.eta.setValue(DEFAULT_ETA[model])
        self.eta.blockSignals(False)
        self._set_slider(self.eta.value())
        self.set_start(*self._default_start())

    def set_learning_rate(self, eta: float) -> None:
        self.eta.setValue(eta)

    def restart(self) -> None:
        """Every path back at θ⁰ with the η and m on screen (t = 0)."""
        self.run_button.setChecked(False)
        self.paths = {method: ds.Descent(self.problem, self.start, method, self.eta.value(),
                                         seed=0, batch_size=self.batch_size.value())
                      for method in ds.METHODS}
        self._draw_paths()

    def step(self) -> bool:
        """One update of every path that has not diverged; False when none moved."""
        moved = [path.step() for path in self.paths.values() if path.steps < MAX_STEPS]
        self._draw_paths()
        self.stepped.emit(self.paths["batch"].steps)
        return any(moved)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        w0, w1, b0, b1 = self.problem.window
        if w0 <= point.x() <= w1 and b0 <= point.y() <= b1:
            self.set_start(point.x(), point.y())

    def _eta_changed(self, value: float) -> None:
        self._set_slider(value)
        self.restart()

    def _set_slider(self, value: float) -> None:
        self.eta_slider.blockSignals(True)
        self.eta_slider.setValue(round(math.log10(value) * SLIDER_STEPS))
        self.eta_slider.blockSignals(False)

    def _run_toggled(self, running: bool) -> None:
        self.run_button.setText(self.tr("Pause") if running else self.tr("Run"))
        if running:
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        shown = [m for m in ds.METHODS if self.boxes[m].isChecked()]
        if not self.step() or all(self.paths[m].diverged for m in shown):
            self.run_button.setChecked(False)

    def _shown_changed(self) -> None:
        self._draw_paths()

    def _default_start(self) -> tuple[float, float]:
        w0, w1, b0, b1 = self.problem.window
        return w0 + 0.12 * (w1 - w0), b0 + 0.88 * (b1 - b0)

    # ---- drawing -------------------------------------------------------------------------
    def _draw_surface(self) -> None:
        s = self.surface
        low = float(s.costs.min())
        span = float(s.costs.max()) - low
        floor = span * 1e-4 if span > 0 else 1.0
        shade = np.log10(s.costs - low + floor)        # log-scaled: the bowl's floor shows
        data = shade.T                                  # col-major: [w index, b index]
        self.image.setImage(data, levels=(float(shade.min()), float(shade.max())))
        dw, db = s.ws[1] - s.ws[0], s.bs[1] - s.bs[0]
        # pixel centres on the grid points, where the isocurves put the values too
        self.image.setRect(QRectF(s.ws[0] - dw / 2, s.bs[0] - db / 2,
                                  s.ws[-1] - s.ws[0] + dw, s.bs[-1] - s.bs[0] + db))
        for iso in self.isocurves:
            self.plot.getPlotItem().removeItem(iso)
        self.isocurves = []
        # contour lines where the shaded cost crosses each level: the engine's marching
        # squares (30× pyqtgraph's isocurves, which cost this explorer 0.16 s at start-up)
        levels = s.levels(14)
        for k, level in enumerate(levels):
            strong = k % 3 == 2
            segments = level_segments(shade, s.ws, s.bs, float(np.log10(level - low + floor)))
            iso = pg.PlotCurveItem(segments[:, :, 0].ravel(), segments[:, :, 1].ravel(),
                                   connect="pairs",
                                   pen=pg.mkPen("#3d5a73" if strong else "#6f8ba3",
                                                width=1.4 if strong else 0.9))
            iso.setZValue(5)
            self.plot.getPlotItem().addItem(iso, ignoreBounds=True)
            self.isocurves.append(iso)
        w, b, _ = s.minimum
        self.minimum.setData([w], [b])
        self.minimum_label.setPos(w, b)
        view = self.plot.getPlotItem().vb
        view.setRange(xRange=(s.ws[0], s.ws[-1]), yRange=(s.bs[0], s.bs[-1]), padding=0)
        self.data_points.setData(self.problem.x, self.problem.y)
        x = self.problem.x
        margin = 0.15 * (x.max() - x.min())
        self._curve_x = np.linspace(x.min() - margin, x.max() + margin, 120)
        top, bottom = max(self.problem.y.max(), 1.0), min(self.problem.y.min(), 0.0)
        pad = 0.15 * (top - bottom)
        self.data_plot.getPlotItem().vb.setRange(
            xRange=(self._curve_x[0], self._curve_x[-1]), yRange=(bottom - pad, top + pad),
            padding=0)
        cost = self.problem.cost_function
        activation = "σ(w x + b)" if self.problem.spec.layers[0].activation != "linear" \
            else "w x + b"
        self.formula.setText(
            "<p style='margin:0'><b>θ<sup>t+1</sup> = θ<sup>t</sup> − η ∇C(θ<sup>t</sup>)</b>"
            "</p><p style='margin:2px 0 0 0'>" + self.tr("θ = (w, b), a = {0}").format(
                activation) + "<br>" + cost.formula.replace("ᴸ", "") + "<br>"
            + self.tr("{0} samples (seeded)").format(self.problem.n_samples) + "</p>")

    def _draw_paths(self) -> None:
        self.start_marker.setData([self.start[0]], [self.start[1]])
        self.start_label.setPos(*self.start)
        self.legend.clear()
        notes = []
        for row, method in enumerate(ds.METHODS):
            path = self.paths[method]
            shown = self.boxes[method].isChecked()
            points = path.path()
            curve, escape = self.curves[method], self.escapes[method]
            curve.setVisible(shown)
            escape.setVisible(shown and path.escape is not None)
            curve.setData(points[:, 0], points[:, 1])
            if path.escape is not None:
                escape.setData([points[-1, 0], path.escape[0]], [points[-1, 1], path.escape[1]])
            if shown:
                self.legend.addItem(curve, self.legend_names[method].format(
                    self.batch_size.value()))
            self._write_row(row, method, path, shown)
            if shown and path.diverged:
                notes.append(method)
        if notes:
            self.message.setStyleSheet("color: #c92a2a; font-weight: bold;")
            names = ", ".join(self.short_names[m] for m in notes)
            eta = number(self.eta.value())
            if len(notes) == 1:
                text = self.tr("Diverged: {0}. η = {1} is too large for it; each step "
                               "overshoots the minimum by more than the last, so the path "
                               "leaves the plot.").format(names, eta)
            else:
                text = self.tr("Diverged: {0}. η = {1} is too large for them; each step "
                               "overshoots the minimum by more than the last, so the paths "
                               "leave the plot.").format(names, eta)
            self.message.setText(text)
        else:
            self.message.setStyleSheet(f"color: {style.MUTED_LABEL.name()};")
            self.message.setText(self.tr(
                "Click the plot to choose θ⁰. Batch descent follows the true gradient and "
                "walks smoothly downhill; stochastic descent uses one sample per step and "
                "zigzags; mini-batch is in between."))
        batch = self.paths["batch"]
        self.fit_curve.setData(self._curve_x, self.problem.predict(batch.theta, self._curve_x))

    def _write_row(self, row: int, method: str, path: ds.Descent, shown: bool) -> None:
        w, b = path.theta
        cells = [self.short_names[method], str(path.steps), number(w), number(b),
                 number(path.costs[-1]), number(path.gradient_norms[-1])]
        if path.diverged:
            cells[4] = self.tr("diverged")
        for column, text in enumerate(cells):
            item = self.table.item(row, column)
            item.setText(text)
            if column > 0:
                item.setForeground(QColor("#c92a2a") if path.diverged else QColor(style.LABEL))
        self.table.setRowHidden(row, not shown)
        rows = sum(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 24 * rows + 4)
        self._fit_table_width()

    def _fit_table_width(self) -> None:
        """The table as wide as the widest row a run can write, in the type of the moment:
        no name or number cut, and the same width all run long (sized to the numbers of the
        moment, it widened as they lengthened, and the floating window with it, off the
        screen, tester)."""
        table, header = self.table, self.table.horizontalHeader()
        # the margins an item's text keeps on each side (QItemDelegate's), and a little more
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                None, table) + 1) + 4
        names = QFontMetrics(table.item(0, 0).font())
        cells = QFontMetrics(table.item(0, 1).font())
        widest = [max(names.horizontalAdvance(name) for name in self.short_names.values()),
                  cells.horizontalAdvance(str(MAX_STEPS)),
                  *[cells.horizontalAdvance(WIDEST_NUMBER)] * 4]
        widest[4] = max(widest[4], cells.horizontalAdvance(self.tr("diverged")))
        width = sum(max(header.sectionSizeHint(k), text + margin)
                    for k, text in enumerate(widest))
        self.table.setMinimumWidth(width + 2 * table.frameWidth() + 2)

    # ---- for tests and scripts -----------------------------------------------------------
    def view_point(self, w: float, b: float) -> QPointF:
        """Where (w, b) is in the plot's viewport, in its pixels (for a click)."""
        scene = self.plot.getPlotItem().vb.mapViewToScene(QPointF(w, b))
        return QPointF(self.plot.mapFromScene(scene))

    def hideEvent(self, event) -> None:
        self.run_button.setChecked(False)
        super().hideEvent(event)


#: the widest text ``number`` writes (four digits, a sign, a negative three-digit exponent)
WIDEST_NUMBER = "−8.888 × 10⁻³⁰⁰"


def number(value: float) -> str:
    """Four significant digits, with a true minus sign (−), as the notes write numbers."""
    return "0" if value == 0 else notation.format_number(value).replace("-", "−")


def make_plot(name: str, x_label: str, y_label: str, parent=None) -> pg.PlotWidget:
    """A white plot with large ticks and labels; our right-click menu (Show All, export)."""
    plot = pg.PlotWidget(parent, background="w", enableMenu=False,
                         viewBox=pg.ViewBox(enableMenu=False))
    plot.setObjectName(name)
    plot.export_menu = ExportMenu(plot, plot.getPlotItem, name)
    item = plot.getPlotItem()
    style.cache_axes(item)
    for axis, text in (("bottom", x_label), ("left", y_label)):
        item.getAxis(axis).setTickFont(_font(11))
        item.getAxis(axis).enableAutoSIPrefix(False)
        item.getAxis(axis).setTextPen(pg.mkPen(style.LABEL))
        item.setLabel(axis, text, **{"font-size": "13pt", "color": style.LABEL.name()})
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    return plot


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font
