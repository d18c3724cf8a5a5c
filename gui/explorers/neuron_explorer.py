"""``neuronExplorer``: one neuron, a = σ(wx + b), and the M-P neuron's line on the plane.

Left: the curve a = σ(wx + b) over x with its slope da/dx = w·σ′(wx + b) dashed, live as the
sliders move w and b (the notes' §5: w changes the steepness of the S, b shifts it), for any
of the engine's one-number activations. Right: an M-P neuron with two inputs, a = H(w₁x₁ +
w₂x₂ + b), its line w₁x₁ + w₂x₂ + b = 0 over the four points of AND, OR or XOR, and the
perceptron rule stepping it one sample at a time (``engine.explorers.PerceptronDemo``): AND
and OR settle, XOR goes round for ever. Every number is the engine's; this only draws.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsPolygonItem,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine import activations, explorers
from gui import style
from gui.explorers.common import (
    CURVE_COLOUR,
    DERIVATIVE_COLOUR,
    ValueSlider,
    make_plot,
    number,
    title_label,
)

#: the neuron's input x, on this grid
GRID = np.linspace(-6.0, 6.0, 601)
#: the plane around the gate's four points
BOX = (-0.5, 1.5, -0.5, 1.5)
#: what the y axis shows for bounded and unbounded activations
BOUNDED = ("step", "sigmoid", "tanh")
STEP_INTERVAL_MS = 350
MP_PLOT_MIN_WIDTH = 260


def activation_names() -> dict[str, str]:
    """The activations' names as the explorers' menus show them."""
    return {"step": QCoreApplication.translate("NeuronExplorer", "step H"),
            "sigmoid": QCoreApplication.translate("NeuronExplorer", "sigmoid σ"),
            "tanh": QCoreApplication.translate("NeuronExplorer", "tanh"),
            "relu": QCoreApplication.translate("NeuronExplorer", "ReLU"),
            "leaky_relu": QCoreApplication.translate("NeuronExplorer", "leaky ReLU"),
            "linear": QCoreApplication.translate("NeuronExplorer", "linear (identity)")}


class NeuronExplorer(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronExplorer")
        self.neuron = OneNeuron(self)
        self.mp = MPNeuron(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.neuron)
        splitter.addWidget(self.mp)
        splitter.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)


class OneNeuron(QGroupBox):
    """a = σ(wx + b) over x, with da/dx = w·σ′(wx + b), as the sliders move."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("oneNeuron")
        self.activation = QComboBox(self)
        self.activation.setObjectName("explorerActivation")
        for name, text in activation_names().items():
            self.activation.addItem(text, name)
        self.activation.setCurrentIndex(explorers.EXPLORED.index("sigmoid"))
        self.activation.setToolTip(self.tr("The neuron's activation function σ"))
        self.w = ValueSlider("w", -5, 5, 0.05, 1.0, self.tr("The weight: changes the steepness"))
        self.b = ValueSlider("b", -5, 5, 0.05, 0.0, self.tr("The bias: shifts the curve"))
        self.w.setObjectName("explorerWeight")
        self.b.setObjectName("explorerBias")
        self.plot = make_plot("neuronCurve", self.tr("x (the neuron's input)"), self.tr("a"), self)
        item = self.plot.getPlotItem()
        self.zero = pg.InfiniteLine(angle=90, movable=False,
                                    pen=pg.mkPen(style.MUTED_LABEL, width=1.5,
                                                 style=Qt.PenStyle.DotLine),
                                    label=self.tr("z = 0"),
                                    labelOpts={"position": 0.06, "color": style.LABEL,
                                               "anchors": [(-0.05, 1), (-0.05, 1)]})
        font = self.zero.label.textItem.font()
        font.setPointSize(12)
        self.zero.label.setFont(font)
        item.addItem(self.zero)
        self.curve = item.plot(pen=pg.mkPen(CURVE_COLOUR, width=3),
                               name=self.tr("a = σ(wx + b)"))
        self.slope = item.plot(pen=pg.mkPen(DERIVATIVE_COLOUR, width=2.5,
                                            style=Qt.PenStyle.DashLine),
                               name=self.tr("da/dx = w·σ′(wx + b)"))
        # the key on a line of its own above the plot: inside it, its box hid the curve
        # where a rises to 1 in a narrow dock
        self.key = QLabel(
            f'<span style="color:{CURVE_COLOUR}">━━</span>&nbsp;{_html(self.tr("a = σ(wx + b)"))}'
            f'&nbsp;&nbsp;&nbsp;<span style="color:{DERIVATIVE_COLOUR}">╍╍</span>&nbsp;'
            f'{_html(self.tr("da/dx = w·σ′(wx + b)"))}', self)
        self.key.setObjectName("neuronCurveKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setStyleSheet("font-size: 12pt;")
        self.readout = QLabel(self)
        self.readout.setObjectName("neuronReadout")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setStyleSheet("font-size: 12pt;")
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("One neuron: a = σ(wx + b)")), 1)
        top.addWidget(self.activation)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.w)
        layout.addWidget(self.b)
        layout.addWidget(self.readout)
        self.activation.currentIndexChanged.connect(self._activation_changed)
        self.w.valueChanged.connect(self.refresh)
        self.b.valueChanged.connect(self.refresh)
        self._activation_changed()

    def name(self) -> str:
        return self.activation.currentData()

    def set_activation(self, name: str) -> None:
        self.activation.setCurrentIndex(explorers.EXPLORED.index(name))

    def _activation_changed(self, *_) -> None:
        low, high = (-1.25, 1.25) if self.name() in BOUNDED else (-3.0, 6.0)
        view = self.plot.getPlotItem().getViewBox()
        view.setRange(xRange=(GRID[0], GRID[-1]), yRange=(low, high), padding=0)
        self.refresh()

    def _fit_height(self, found) -> None:
        """The y-range of the activation, grown to hold a steep neuron's slope w·σ′ (w = 5
        makes sigmoid's 1.25) instead of cutting its top off."""
        low, high = (-1.25, 1.25) if self.name() in BOUNDED else (-3.0, 6.0)
        finite = found.slope[np.isfinite(found.slope)]
        if finite.size:
            high = max(high, 1.1 * float(finite.max()))
            low = min(low, 1.1 * float(finite.min()))
        self.plot.getPlotItem().getViewBox().setYRange(low, high, padding=0)

    def refresh(self, *_) -> None:
        name, w, b = self.name(), self.w.value(), self.b.value()
        found = explorers.neuron_curve(name, w, b, GRID)
        self.curve.setData(found.x, found.a)
        self.slope.setData(found.x, found.slope)
        self._fit_height(found)
        activation = activations.get(name)
        if w != 0:
            crossing = -b / w
            self.zero.setValue(crossing)
            self.zero.setVisible(bool(GRID[0] <= crossing <= GRID[-1]))
            where = self.tr("z = wx + b = 0 at x = −b/w = {0}").format(number(crossing))
        else:
            self.zero.setVisible(False)
            where = self.tr("w = 0: z = b for every x, a flat line")
        kink = explorers.FACTS[name].kinks
        rows = [
            self.tr("<b>w</b> = {0} &nbsp; <b>b</b> = {1} &nbsp; threshold <b>θ = −b</b> = "
                    "{2}").format(number(w), number(b), number(-b)),
            f"{_html(activation.formula)} &nbsp;·&nbsp; {_html(activation.derivative_formula)}",
            where + (self.tr(" (σ has no derivative there)") if kink and w != 0 else ""),
            self._what_w_and_b_do(name),
        ]
        self.readout.setText("<br>".join(rows))


    def _what_w_and_b_do(self, name: str) -> str:
        """What the sliders do to this activation's curve (the notes' words are the S's: a
        step has no steepness to change, a line no S)."""
        if name == "step":
            return self.tr("<i>for the step only the sign of w matters (which side is 1); "
                           "b moves where it steps</i>")
        if name == "linear":
            return self.tr("<i>w is the line's slope; b shifts it</i>")
        if name in ("relu", "leaky_relu"):
            return self.tr("<i>w is the slope of the rising side; b shifts the corner</i>")
        return self.tr("<i>w changes how steep the curve is; b shifts it</i>")


class MPNeuron(QGroupBox):
    """An M-P neuron with two inputs over a gate's four points, stepped by the perceptron
    rule."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mpNeuron")
        self.gate = QComboBox(self)
        self.gate.setObjectName("explorerGate")
        for name in explorers.GATES:
            self.gate.addItem(name.upper(), name)
        self.gate.setToolTip(self.tr("The four points to separate: AND, OR or XOR"))
        w1, w2 = explorers.START_W
        self.w1 = ValueSlider("w₁", -3, 3, 0.05, w1, self.tr("The weight of x₁"))
        self.w2 = ValueSlider("w₂", -3, 3, 0.05, w2, self.tr("The weight of x₂"))
        self.b = ValueSlider("b", -3, 3, 0.05, explorers.START_B,
                             self.tr("The bias; the threshold θ = −b"))
        self.eta = QDoubleSpinBox(self)
        self.eta.setObjectName("explorerEta")
        self.eta.setRange(0.01, 2.0)
        self.eta.setSingleStep(0.05)
        self.eta.setDecimals(2)
        self.eta.setValue(explorers.START_ETA)
        self.eta.setToolTip(self.tr("The learning rate η of the perceptron rule"))
        self.step_button = QPushButton(self.tr("Perceptron step"), self)
        self.step_button.setObjectName("perceptronStep")
        self.step_button.setToolTip(self.tr(
            "Show the neuron the next sample and apply w ← w + η(y − a)x, b ← b + η(y − a)"))
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setObjectName("perceptronRun")
        self.run_button.setCheckable(True)
        self.run_button.setToolTip(self.tr("Step through the samples until the rule settles"))
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setObjectName("perceptronReset")
        self.reset_button.setToolTip(self.tr("Back to the starting weights"))
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_INTERVAL_MS)
        self.timer.timeout.connect(self.step)

        self.plot = make_plot("mpPlane", self.tr("x₁"), self.tr("x₂"), self)
        # room for the four points' labels and the region's beside them (squeezed to a
        # hundred pixels they sat on each other)
        self.plot.setMinimumWidth(MP_PLOT_MIN_WIDTH)
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)
        item.getViewBox().setRange(xRange=BOX[:2], yRange=BOX[2:], padding=0.02)
        self.region = QGraphicsPolygonItem()
        self.region.setBrush(QBrush(QColor(208, 52, 44, 45)))
        self.region.setPen(QPen(Qt.PenStyle.NoPen))
        item.addItem(self.region)
        self.line = item.plot(pen=pg.mkPen("#1f2328", width=3))
        self.wrong = pg.ScatterPlotItem(size=34, brush=None, pen=pg.mkPen("#f08c00", width=4))
        self.current = pg.ScatterPlotItem(size=46, brush=None,
                                          pen=pg.mkPen("#1f2328", width=2,
                                                       style=Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=22, pen=pg.mkPen("#1f2328", width=1.5))
        for part in (self.wrong, self.current, self.points):
            item.addItem(part)
        self.point_labels = []
        for _ in range(4):
            label = pg.TextItem(anchor=(0.5, 1.6), color=style.LABEL)
            font = label.textItem.font()
            font.setPointSize(12)
            label.setFont(font)
            item.addItem(label)
            self.point_labels.append(label)
        self.region_label = pg.TextItem(self.tr("a = 1"), anchor=(0.5, 0.5), color="#a02020")
        font = self.region_label.textItem.font()
        font.setPointSize(13)
        font.setBold(True)
        self.region_label.setFont(font)
        item.addItem(self.region_label)

        self.table = QLabel(self)
        self.table.setObjectName("mpTable")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setStyleSheet("font-size: 12pt;")
        self.update_label = QLabel(self)
        self.update_label.setObjectName("perceptronUpdate")
        self.update_label.setWordWrap(True)
        self.update_label.setTextFormat(Qt.TextFormat.RichText)
        self.update_label.setStyleSheet("font-size: 12pt;")
        self.status = QLabel(self)
        self.status.setObjectName("perceptronStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(STATUS_STYLE)
        # room for their longest texts kept always, so the plot and the buttons above them
        # stay where they are as the texts change (a second click hits the same button);
        # a line measured in the style sheet's font with a Chinese character in it, whose
        # fallback font's lines are taller than the Latin font's
        for label, lines in ((self.update_label, 3), (self.status, 2)):
            label.ensurePolished()
            line = label.fontMetrics().boundingRect("Wy 权重").height()
            label.setFixedHeight(line * lines + 8)
        #: the status's longest text, measured at the panel's width as it changes
        #: (``resizeEvent``): two lines held "… goes round for ever. No line" and no more
        self._measure = QLabel(self)
        self._measure.setWordWrap(True)
        self._measure.setStyleSheet(self.status.styleSheet())
        self._measure.hide()
        #: the same for the update's two sentences (in Chinese they took four lines, and the
        #: second was cut through the middle)
        self._measure_update = QLabel(self)
        self._measure_update.setWordWrap(True)
        self._measure_update.setTextFormat(Qt.TextFormat.RichText)
        self._measure_update.setStyleSheet(self.update_label.styleSheet())
        self._measure_update.hide()
        self._least_update_height = self.update_label.height()
        self.status.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("M-P neuron: a = H(w₁x₁ + w₂x₂ + b)")), 1)
        top.addWidget(self.gate)
        buttons = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("η"), self.eta)
        buttons.addLayout(form)
        for button in (self.step_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        middle = QHBoxLayout()
        # tall enough for the four points' "y = …" labels: the verdict's lines below took
        # the height an 800 px screen leaves, and the plot shrank until they were cut
        self.plot.setMinimumHeight(PLANE_HEIGHT)
        middle.addWidget(self.plot, 3)
        middle.addWidget(self.table, 0, Qt.AlignmentFlag.AlignTop)
        # the plot's key on one line under it and the table: in the table's column it ran
        # off the bottom of a dock that an 800 px screen leaves short
        self.key = QLabel(self.tr(
            '<span style="color:#f08c00">◯</span> wrong side &nbsp; '
            "◌ the next sample &nbsp; "
            '<span style="color:#d0342c">■</span> a = 1 side'), self)
        self.key.setObjectName("perceptronKey")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setWordWrap(True)
        self.key.setStyleSheet("font-size: 11pt;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.key)
        for slider in (self.w1, self.w2, self.b):
            layout.addWidget(slider)
        layout.addLayout(buttons)
        layout.addWidget(self.update_label)
        layout.addWidget(self.status)

        for slider in (self.w1, self.w2, self.b):
            slider.valueChanged.connect(self.restart)
        self.gate.currentIndexChanged.connect(self.restart)
        self.eta.valueChanged.connect(self.restart)
        self.step_button.clicked.connect(self.step)
        self.run_button.toggled.connect(self._run_toggled)
        self.reset_button.clicked.connect(self.reset)
        self.restart()

    # ---- the run -----------------------------------------------------------------------
    def restart(self, *_) -> None:
        """A new run of the rule from the weights on the sliders."""
        self.demo = explorers.PerceptronDemo(
            gate=self.gate.currentData(), w=(self.w1.value(), self.w2.value()),
            b=self.b.value(), eta=self.eta.value())
        self.update_label.setText(self.tr(
            "Press <b>Perceptron step</b> to show the neuron one sample: "
            "w ← w + η(y − a)x, b ← b + η(y − a)."))
        self.refresh()

    def reset(self) -> None:
        self.run_button.setChecked(False)
        for slider, value in zip((self.w1, self.w2, self.b),
                                 (*explorers.START_W, explorers.START_B), strict=True):
            slider.set_value(value)
        self.eta.blockSignals(True)
        self.eta.setValue(explorers.START_ETA)
        self.eta.blockSignals(False)
        self.restart()

    def step(self) -> None:
        record = self.demo.step()
        if record is not None:
            self.w1.set_value(float(self.demo.w[0]))
            self.w2.set_value(float(self.demo.w[1]))
            self.b.set_value(self.demo.b)
            self.update_label.setText(self._describe(record))
        if self.demo.status != "running":
            self.run_button.setChecked(False)
        self.refresh()

    def _run_toggled(self, on: bool) -> None:
        self.run_button.setText(self.tr("Pause") if on else self.tr("Run"))
        if on and self.demo.status != "running":
            self.restart()
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def _head(self, epoch, x: str, z: str, a: str, y: str) -> str:
        return self.tr("Epoch {0}, sample x = {1}: z = {2}, a = H(z) = {3}, y = {4}.").format(
            epoch, x, z, a, y)

    def _wrong_text(self, epoch, x, z, a, y, change, w1, w2, b) -> str:
        return self._head(epoch, x, z, a, y) + "<br>" + self.tr(
            "Wrong: η(y − a) = {0}, so w ← w + {0}·x = ({1}, {2}), b ← b + {0} = {3}.").format(
            change, w1, w2, b)

    def _describe(self, record) -> str:
        x = f"({number(record.x[0])}, {number(record.x[1])})"
        numbers = (record.epoch, x, number(record.z), number(record.a), number(record.y))
        if record.error == 0:
            return self._head(*numbers) + " " + self.tr("Right: nothing changes.")
        return self._wrong_text(*numbers, number(self.demo.eta * record.error),
                                number(record.w[0]), number(record.w[1]), number(record.b))

    def eventFilter(self, watched, event) -> bool:
        # the status's own width, once the layout has given it: the panel's resize comes
        # before its layout's, and the status measured at its old, wider width was a line
        # short (the XOR verdict was cut at top and bottom, tester)
        if watched is self.status and event.type() == QEvent.Type.Resize:
            self._fit_status()
        return False

    def _fit_status(self) -> None:
        """The status as tall as its longest message needs at this width, kept so while the
        messages change (the buttons above stay where they are)."""
        width = self.status.width()
        if width < MEASURED_WIDTH:  # not laid out yet: a sliver's height would be absurd
            return
        needed = 0
        # measured on a label of its own: the status's heightForWidth counts its fixed
        # height, and grew it by a few pixels at every resize
        for text in (self._cycle_text(99, "XOR"), self.status.text()):
            self._measure.setText(text)
            needed = max(needed, self._measure.heightForWidth(width) + 4)
        if needed != self.status.height():
            self.status.setFixedHeight(needed)
        # the update's longest kind of text: a wrong guess, with numbers of a few digits
        self._measure_update.setText(self._wrong_text(
            99, "(1, 1)", "−0.25", "0", "1", "0.5", "−0.75", "1.25", "−0.25"))
        needed = max(self._least_update_height,
                     self._measure_update.heightForWidth(width) + 4)
        if needed != self.update_label.height():
            self.update_label.setFixedHeight(needed)

    # ---- drawing -----------------------------------------------------------------------
    def refresh(self) -> None:
        demo = self.demo
        w, b = demo.w, demo.b
        z, a = demo.outputs()
        colours = [style.class_colour(int(y)) for y in demo.Y]
        self.points.setData(pos=demo.X, brush=colours,
                            symbol=["o" if y else "s" for y in demo.Y])
        wrong = a != demo.Y
        self.wrong.setData(pos=demo.X[wrong])
        upcoming = demo.X[[demo.index]] if demo.status == "running" else np.empty((0, 2))
        self.current.setData(pos=upcoming)
        for label, point, y in zip(self.point_labels, demo.X, demo.Y, strict=True):
            label.setText(f"y = {int(y)}")
            label.setPos(*point)
        line = explorers.decision_line(w, b, BOX)
        if line is None:
            self.line.setData([], [])
        else:
            self.line.setData(line[:, 0], line[:, 1])
        polygon = explorers.half_plane(w, b, BOX)
        self.region.setPolygon(QPolygonF([QPointF(*p) for p in polygon])
                               if polygon is not None else QPolygonF())
        spot = None
        if polygon is not None and line is not None:
            spot = _label_spot(np.asarray(polygon, dtype=float), np.asarray(demo.X, float),
                               self._label_half_size())
        # a region too thin to hold its label without covering a point's is left to the key
        # beside the table ("■ a = 1 side")
        self.region_label.setVisible(spot is not None)
        if spot is not None:
            self.region_label.setPos(float(spot[0]), float(spot[1]))
        self.table.setText(self._table(z, a))
        self.status.setText(self._status())
        colour = {"converged": "#2b8a3e", "not_separable": "#c92a2a"}.get(demo.status, "#2b2b2b")
        # the type the status's height was measured in (``_fit_status``): at 13pt here the
        # XOR verdict took a line more than its room, cut at top and bottom (tester)
        self.status.setStyleSheet(f"{STATUS_STYLE} color: {colour};")

    def _label_half_size(self) -> tuple[float, float]:
        """Half the a = 1 label's width and height and a point's marker (in x₁ and x₂ at the
        plane's scale now): the room the label must keep from a point's centre."""
        units_x, units_y = self.plot.getPlotItem().getViewBox().viewPixelSize()
        box = self.region_label.boundingRect()
        return ((box.width() / 2 + MARKER_RADIUS) * units_x,
                (box.height() / 2 + MARKER_RADIUS) * units_y)

    def _table(self, z, a) -> str:
        head = "".join(f"<th>&nbsp;{h}&nbsp;</th>" for h in
                       ("x₁", "x₂", "y", "z", self.tr("a")))
        rows = []
        for k, (x, y) in enumerate(zip(self.demo.X, self.demo.Y, strict=True)):
            colour = "#c92a2a" if a[k] != y else "#2b2b2b"
            cells = (number(x[0]), number(x[1]), number(y), number(z[k]), number(a[k]))
            rows.append("<tr>" + "".join(
                f'<td align="right" style="color:{colour}">&nbsp;{c}&nbsp;</td>'
                for c in cells) + "</tr>")
        return (f'<table cellspacing="0" cellpadding="2" border="1"><tr>{head}</tr>'
                + "".join(rows) + "</table><br>"
                # θ alone under the table (z = w₁x₁ + w₂x₂ + b is the title's): a second line
                # ran past the bottom of the plot's row in a dock an 800 px screen leaves short
                + self.tr("threshold θ = −b = {0}").format(number(-self.demo.b)))

    def _cycle_text(self, epoch: int, gate: str) -> str:
        """The status once the rule is found going round: the longest it says."""
        return self.tr("Not linearly separable: after {0} epochs the weights are back where "
                       "an earlier epoch began, so the rule goes round for ever. No line puts "
                       "{1}'s 1s on one side and its 0s on the other: it needs a hidden "
                       "layer.").format(epoch, gate)

    def _status(self) -> str:
        demo = self.demo
        gate = demo.gate.upper()
        if demo.status == "converged":
            if demo.epoch == 1:
                return self.tr("Converged after 1 epoch: every point is on its side of the "
                               "line. {0} is linearly separable.").format(gate)
            return self.tr("Converged after {0} epochs: every point is on its side of the "
                           "line. {1} is linearly separable.").format(demo.epoch, gate)
        if demo.status == "not_separable" and demo.reason == "cycle":
            return self._cycle_text(demo.epoch, gate)
        if demo.status == "not_separable":
            return self.tr("Not linearly separable, as far as {0} epochs show: the rule has not "
                           "settled. {1} needs a hidden layer.").format(demo.epoch, gate)
        wrong = int(np.sum(demo.outputs()[1] != demo.Y))
        if demo.epoch == 0 and demo.index == 0:
            return self.tr("{0} of 4 points on the wrong side.").format(wrong)
        return self.tr("Epoch {0}, sample {1} of 4 next; {2} of 4 points on the wrong "
                       "side.").format(demo.epoch + 1, demo.index + 1, wrong)


def _inside_grid(polygon: np.ndarray, half: np.ndarray, steps: int = 9) -> np.ndarray:
    """Points of a grid inside the convex ``polygon`` where a box of ``half`` its size stays
    within the polygon's extent (the plane's edges): the region's corners alone left no
    room in a wide region."""
    low, high = polygon.min(axis=0) + half, polygon.max(axis=0) - half
    if np.any(low > high):
        return np.empty((0, 2))
    xs, ys = np.meshgrid(np.linspace(low[0], high[0], steps), np.linspace(low[1], high[1], steps))
    grid = np.column_stack([xs.ravel(), ys.ravel()])
    edges = np.roll(polygon, -1, axis=0) - polygon
    cross = (edges[None, :, 0] * (grid[:, None, 1] - polygon[None, :, 1])
             - edges[None, :, 1] * (grid[:, None, 0] - polygon[None, :, 0]))
    inside = np.all(cross >= -1e-12, axis=1) | np.all(cross <= 1e-12, axis=1)
    return grid[inside]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: the least height of the M-P neuron's plane, in pixels
PLANE_HEIGHT = 210
#: the narrowest the status is measured at (below it, the panel is not laid out yet)
MEASURED_WIDTH = 200
#: the perceptron's status line: its type, measured and drawn alike
STATUS_STYLE = "font-size: 12pt; font-weight: bold;"
#: the least distance (in x₁, x₂) from the a = 1 label's box to a point's marker or its
#: "y = …" label
LABEL_ROOM = 0.05
#: pixels the label keeps from a point's centre: its marker's (a wrong point's ring, 17)
#: and a gap
MARKER_RADIUS = 17 + 3


def _label_spot(polygon: np.ndarray, points: np.ndarray,
                half_size: tuple[float, float] = (0.0, 0.0)) -> np.ndarray | None:
    """Where the a = 1 region's label goes: inside the region, as far from the gate's points
    (and their labels, just above them) as it can be: a corner of the region drawn a third of
    the way in towards its middle; None when every such spot is nearer than ``LABEL_ROOM``
    to one of them (it covered "y = 1" in a thin corner). Distances are from the label's
    box, ``half_size`` (half its width and height, in x₁ and x₂) around the spot: from its
    centre, its text still ran over the point at (0, 1) (tester)."""
    centre = polygon.mean(axis=0)
    candidates = np.vstack([polygon + (centre - polygon) / 3.0, centre,
                            _inside_grid(polygon, np.asarray(half_size, dtype=float))])
    labels = points + np.array([0.0, 0.25])  # a point's "y = …" sits above it
    marks = np.vstack([points, labels])
    apart = np.abs(candidates[:, None, :] - marks[None, :, :]) - np.asarray(half_size)
    distance = np.linalg.norm(np.maximum(apart, 0.0), axis=2).min(axis=1)
    best = int(np.argmax(distance))
    return candidates[best] if distance[best] >= LABEL_ROOM else None
