"""The inspector's neuron section: everything about the selected neuron, in the notes' terms.

For neuron i of layer l: its activation σ, its bias bᵢˡ and threshold θ = −b, its incoming
weights wᵢⱼˡ, and for the selected sample x of the data the numbers of one forward and one
backward pass, from the session's derived numbers: zᵢˡ, aᵢˡ = σ(zᵢˡ), δᵢˡ = ∂Cₓ/∂zᵢˡ, and for
each incoming weight the gradient ∂Cₓ/∂wᵢⱼˡ = aⱼˡ⁻¹ δᵢˡ. Bias and weights can be typed in;
they go to the document as undoable edits. The numbers follow training live: the worker
computes them with each snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from engine import activations, notation
from engine.datasets.sources import shown_names
from gui.canvas import neuron_maps
from gui.canvas.editor import parse_number
from gui.live_refresh import SIDE_VIEW_INTERVAL, LiveRefresh

VALUE_COLUMN = 2
#: the inspector's output map's size on screen
MAP_PIXELS = 128
#: the table property that keeps the rows ``fit_table_height`` was last asked to show
_FIT_ROWS = "fitTableRows"


def fit_table_height(table: QTableWidget, max_rows: int) -> None:
    """Size a table to its rows (up to ``max_rows``; more scroll), so the inspector reads top
    to bottom without nested scroll bars for short tables. Columns wider than the panel bring
    a horizontal scroll bar, which gets room of its own instead of covering the last row; the
    table is sized again whenever that bar comes or goes (the panel resized, new columns)."""
    bar = table.horizontalScrollBar()
    if table.property(_FIT_ROWS) is None:
        bar.rangeChanged.connect(lambda *_: fit_table_height(table, table.property(_FIT_ROWS)))
    table.setProperty(_FIT_ROWS, max_rows)  # before resizing, which may call back at once
    rows = min(table.rowCount(), max_rows)
    header = table.horizontalHeader()
    # the header's hint, not its height: new labels (taller subscripts, Chinese) are laid
    # out later
    height = max(header.height(), header.sizeHint().height()) + 2 * table.frameWidth() + 2
    if bar.maximum() > 0:
        height += bar.sizeHint().height()
    table.setFixedHeight(height + sum(table.rowHeight(row) for row in range(rows)))


def refused_reasons(document, edit) -> tuple[bool, list[str]]:
    """Run ``edit`` and collect the reasons the document gives if it refuses."""
    reasons: list[str] = []
    collect = reasons.append
    document.editRefused.connect(collect)
    try:
        done = edit()
    finally:
        document.editRefused.disconnect(collect)
    return bool(done), reasons


class NeuronInspector(QGroupBox):
    """The selected neuron's numbers; empty with a hint when no neuron is selected."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("neuronInspector")
        self.document = document
        self._filling = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.activation = QLabel(self)
        self.bias = QLineEdit(self)
        self.bias.setObjectName("biasEdit")
        self.bias.setToolTip(self.tr("Type a new bias and press Enter (an undoable edit)"))
        self.bias.returnPressed.connect(self._bias_typed)
        self.threshold = QLabel(self)
        self.sample = QSpinBox(self)
        self.sample.setObjectName("sampleSpin")
        self.sample.setToolTip(self.tr("The sample of the data whose forward and backward "
                                       "pass is shown"))
        self.sample.valueChanged.connect(lambda value: document.select_sample(value - 1))
        self.sample_text = QLabel(self)
        self.sample_text.setWordWrap(True)
        self.z, self.a, self.delta = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.z, self.a, self.delta, self.threshold):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delta.setWordWrap(True)  # δ worked out is long; the panel must stay narrow
        self.activation.setWordWrap(True)
        self.output_map = QLabel(self)
        self.output_map.setObjectName("neuronOutputMap")
        self.output_map.setToolTip(self.tr("The neuron's output over the plane of x₁ and x₂ "
                                           "(red positive, blue negative); the ring is the "
                                           "sample x"))
        self.form = QFormLayout()
        self.weights = QTableWidget(0, 4, self)
        self.weights.setObjectName("incomingWeights")
        self.weights.verticalHeader().setVisible(False)
        self.weights.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.weights.horizontalHeader().setStretchLastSection(True)
        self.weights.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.weights.itemChanged.connect(self._weight_typed)
        self.message = QLabel(self)
        self.message.setObjectName("inspectorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #cf222e;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        # what the table is, right above it: the heading at the top of the box said so
        # far above it, below a, δ and the map (tester)
        self.weights_caption = QLabel(self, objectName="incomingWeightsCaption")
        self.weights_caption.setWordWrap(True)
        self.weights_caption.hide()
        layout.addWidget(self.weights_caption)
        layout.addWidget(self.weights)
        self._build_form()
        # What the user picks shows at once; the numbers of a run a few times a second.
        for signal in (document.selectionChanged, document.specChanged, document.dataChanged,
                       document.planeChanged):
            signal.connect(self.refresh)
        document.sampleChanged.connect(lambda _index: self.refresh())
        self.live = LiveRefresh(self, document, self.refresh, (document.weightsChanged,),
                                SIDE_VIEW_INTERVAL)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self._lay_out_again)
        self.refresh()

    def _lay_out_again(self) -> None:
        self.layout().invalidate()
        self.updateGeometry()

    def _build_form(self) -> None:
        self.form.addRow(self.tr("Activation σ"), self.activation)
        self.form.addRow(self.tr("Bias b"), self.bias)
        self.form.addRow(self.tr("Threshold θ = −b"), self.threshold)
        self.form.addRow(self.tr("Sample x"), self.sample)
        self.form.addRow("", self.sample_text)
        self.form.addRow("zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ", self.z)
        self.form.addRow("aᵢˡ = σ(zᵢˡ)", self.a)
        self.form.addRow("δᵢˡ = ∂Cₓ/∂zᵢˡ", self.delta)
        self.form.addRow(self.tr("a over (x₁, x₂)"), self.output_map)

    # -- filling ------------------------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.document
        selected = doc.selected_neuron
        self._filling = True
        try:
            self._fill_sample_box()
            if selected is None:
                self._show_nothing()
            else:
                self._show_neuron(*selected)
            self._show_output_map(selected)
        finally:
            self._filling = False
        # the wrapped lines laid out once more after their new texts are: the form's first
        # pass gives them the heights of their first widths, and the sample's and δ's lines
        # were cut through the first time a neuron was chosen (tester)
        self._relayout.start()

    def _show_output_map(self, selected: tuple[int, int] | None) -> None:
        """The neuron's output over the input plane, larger than on the canvas, with the
        chosen sample marked (data with two inputs only)."""
        plane = self.document.derived.plane
        image = None if selected is None else neuron_maps.neuron_image(plane, *selected)
        self.form.setRowVisible(self.output_map, image is not None)
        if image is None:
            self.output_map.clear()
            return
        pixmap = QPixmap.fromImage(image.scaled(
            MAP_PIXELS, MAP_PIXELS, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        data = self.document.dataset
        xs, ys = plane.xs, plane.ys
        x1, x2 = data.X[self.document.selected_sample]
        where = QPointF(MAP_PIXELS * (x1 - xs[0]) / (xs[-1] - xs[0]),
                        MAP_PIXELS * (1 - (x2 - ys[0]) / (ys[-1] - ys[0])))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width in ((Qt.GlobalColor.white, 4.0), (Qt.GlobalColor.black, 1.5)):
            painter.setPen(QPen(colour, width))
            painter.drawEllipse(where, 5, 5)
        painter.end()
        self.output_map.setPixmap(pixmap)

    def _fill_sample_box(self) -> None:
        n = len(self.document.dataset.X)
        self.sample.blockSignals(True)
        self.sample.setRange(1, max(n, 1))
        self.sample.setValue(self.document.selected_sample + 1)
        self.sample.setSuffix(self.tr(" of {n}").format(n=n))
        self.sample.blockSignals(False)

    def _show_nothing(self) -> None:
        self.setTitle(self.tr("Neuron"))
        self.heading.setText(self.tr("Click a neuron on the canvas (or use the arrow keys) to "
                                     "see its weights, bias and the numbers of one sample."))
        self._generic_labels()
        for widget in (self.activation, self.threshold, self.z, self.a, self.delta,
                       self.sample_text):
            widget.setText("—")
        self.bias.clear()
        self.bias.setEnabled(False)
        self._no_weights()

    def _no_weights(self) -> None:
        """No table of weights in: none selected, or an input (an empty table showed its
        header of column numbers alone, tester)."""
        self.weights.setRowCount(0)
        self.weights.hide()
        self.weights_caption.hide()
        self.heading.show()

    def _show_neuron(self, layer: int, i: int) -> None:
        spec, net = self.document.spec, self.document.network
        kind = (self.tr("input") if layer == 0 else self.tr("output")
                if layer == spec.n_layers else self.tr("hidden"))
        self.setTitle(self.tr("Neuron {i} of layer {l} ({kind})").format(
            i=i + 1, l=layer, kind=kind))
        numbers = self._sample_numbers(layer, i)
        if layer == 0:
            self._show_input(i, numbers)
            return
        activation = activations.get(spec.layers[layer - 1].activation)
        self.weights_caption.setText(self.tr(
            "Weights in: {W} row {i}. Double-click a value to change it.").format(
                W=notation.matrix_symbol(layer), i=i + 1))
        self.heading.hide()
        self.activation.setText(activation.name)
        self.activation.setToolTip(activation.formula)
        b = float(net.biases[layer - 1][i])
        self.bias.setEnabled(True)
        if not self.bias.hasFocus():
            self.bias.setText(f"{b:.6g}")
        self.bias.setToolTip(notation.bias_symbol(layer, i))
        self.threshold.setText(notation.format_number(-b or 0.0))  # θ of b = 0 is 0, not −0
        self._label_rows(layer, i)
        z, a, delta, _ = numbers
        self.z.setText(notation.format_number(z))
        self.a.setText(notation.format_number(a))
        self.delta.setText(f"{notation.format_number(delta)}\n"
                           f"{self._delta_worked(layer, i)}")
        self._fill_weights(layer, i, numbers)

    def _generic_labels(self) -> None:
        for widget, text in ((self.z, "zᵢˡ = Σⱼ wᵢⱼˡ aⱼˡ⁻¹ + bᵢˡ"), (self.a, "aᵢˡ = σ(zᵢˡ)"),
                             (self.delta, "δᵢˡ = ∂Cₓ/∂zᵢˡ")):
            self.form.labelForField(widget).setText(text)

    def _label_rows(self, layer: int, i: int) -> None:
        """The rows' formulas with this neuron's indices, as the notes write them."""
        sup, sup_prev, sub = notation.sup(layer), notation.sup(layer - 1), notation.sub(i + 1)
        for widget, text in (
                (self.z, f"z{sub}{sup} = Σⱼ w{sub}ⱼ{sup} aⱼ{sup_prev} + b{sub}{sup}"),
                (self.a, f"a{sub}{sup} = σ(z{sub}{sup})"),
                (self.delta, f"δ{sub}{sup} = ∂Cₓ/∂z{sub}{sup}")):
            self.form.labelForField(widget).setText(text)

    def _delta_worked(self, layer: int, i: int) -> str:
        """δᵢˡ worked out: (Σₖ wₖᵢˡ⁺¹ δₖˡ⁺¹) σ'(zᵢˡ), or the output's own form."""
        numbers = self.document.derived.sample(self.document.selected_sample)
        f = notation.format_number
        sup, sub = notation.sup(layer), notation.sub(i + 1)
        delta = f(float(numbers.deltas[layer - 1][i]))
        back, sigma_prime = numbers.back[layer - 1], numbers.sigma_primes[layer - 1]
        if layer < self.document.spec.n_layers:
            return (f"= (Σₖ wₖ{sub}{notation.sup(layer + 1)} δₖ{notation.sup(layer + 1)}) "
                    f"σ'(z{sub}{sup}) = {f(float(back[i]))} × {f(float(sigma_prime[i]))} "
                    f"= {delta}")
        a, y = float(numbers.activations[layer][i]), float(numbers.y[i])
        if back is None:
            return f"= a{sub}{sup} − y{sub} = {f(a)} − {f(y)} = {delta}"
        return (f"= (a{sub}{sup} − y{sub}) σ'(z{sub}{sup}) = {f(float(back[i]))} × "
                f"{f(float(sigma_prime[i]))} = {delta}")

    def _show_input(self, j: int, numbers) -> None:
        data = self.document.dataset
        names = shown_names(data, data.feature_names)
        name = notation.feature_label(names[j]) if j < len(names) else ""
        features = self.document.features
        if features is not None and j < features.n_features:
            self.heading.setText(self.tr("Input x{j}: the input feature {f}, computed from "
                                         "the raw x₁ and x₂. Inputs have no weights in and "
                                         "no bias.").format(j=notation.sub(j + 1),
                                                            f=features.display_names[j]))
        else:
            self.heading.setText(self.tr("Input x{j}: the feature “{name}”. Inputs have no "
                                         "weights in and no bias.").format(
                j=notation.sub(j + 1), name=name))
        self.activation.setText("—")
        self.bias.clear()
        self.bias.setEnabled(False)
        self.threshold.setText("—")
        value = notation.format_number(numbers[1])
        self._generic_labels()
        k = notation.sub(j + 1)
        method = getattr(self.document.normaliser, "method", "none")
        # normalised, a⁰ is not x: the stepper writes (x − μ)/s, and "a₁⁰ = x₁ 0.05686"
        # beside x₁ = 0.002458 read as a contradiction (tester)
        self.form.labelForField(self.a).setText(
            f"a{k}⁰ = (x{k} − μ{k})/s{k}" if method == "standardise"
            else f"a{k}⁰ = (x{k} − min{k})/(max{k} − min{k})" if method == "minmax"
            else f"a{k}⁰ = x{k}")
        self.a.setText(value)
        self.z.setText("—")
        self.delta.setText("—")
        self._no_weights()

    def _sample_numbers(self, layer: int, i: int):
        """(zᵢˡ, aᵢˡ, δᵢˡ, aˡ⁻¹) of the selected sample, from the derived numbers."""
        numbers = self.document.derived.sample(self.document.selected_sample)
        # one target is a number, several a vector: "y = 0", not "y = (0)"
        text = (self.tr("x = ({x}), y = {y}") if len(numbers.y) == 1
                else self.tr("x = ({x}), y = ({y})"))
        text = text.format(x=_listed(numbers.x, 6),
                           y=", ".join(notation.format_number(v) for v in numbers.y[:10]))
        if self.document.normaliser is not None:
            # the network takes x normalised: the stepper and the canvas write a⁰, and a
            # student saw two numbers for one input (tester)
            text += "\n" + self.tr("normalised: a⁰ = ({a})").format(
                a=_listed(numbers.activations[0], 6))
        self.sample_text.setText(text)
        if layer == 0:
            return None, float(numbers.activations[0][i]), None, None
        return (float(numbers.zs[layer - 1][i]), float(numbers.activations[layer][i]),
                float(numbers.deltas[layer - 1][i]), numbers.activations[layer - 1])

    def _fill_weights(self, layer: int, i: int, numbers) -> None:
        W = self.document.network.weights[layer - 1]
        _, _, delta, a_prev = numbers
        self.weights.setHorizontalHeaderLabels(
            [self.tr("w"), self.tr("from"), self.tr("value"),
             # on two lines: in a panel of 300 px the one line was cut to "∂Cₓ/∂w₁…"
             f"∂Cₓ/∂w{notation.sub(i + 1)}ⱼ{notation.sup(layer)}\n= aⱼ{notation.sup(layer - 1)} "
             f"δ{notation.sub(i + 1)}{notation.sup(layer)}"])
        self.weights.setRowCount(W.shape[1])
        for j in range(W.shape[1]):
            gradient = notation.format_number(float(a_prev[j] * delta))
            cells = [notation.weight_symbol(layer, i, j),
                     self.tr("neuron {j} of layer {l}").format(j=j + 1, l=layer - 1),
                     f"{float(W[i, j]):.6g}", gradient]
            for column, text in enumerate(cells):
                self._set_cell(j, column, text, editable=column == VALUE_COLUMN)
        fit_table_height(self.weights, 8)
        self.weights_caption.show()
        self.weights.show()

    def _set_cell(self, row: int, column: int, text: str, editable: bool) -> None:
        item = self.weights.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.weights.setItem(row, column, item)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
        if item.text() != text:
            item.setText(text)

    # -- edits ---------------------------------------------------------------------------------
    def _bias_typed(self) -> None:
        selected = self.document.selected_neuron
        value = parse_number(self.bias.text())
        if selected is None or selected[0] == 0:
            return
        if value is None:
            self._say(self.tr("“{t}” is not a number.").format(t=self.bias.text()))
            return
        done, reasons = refused_reasons(self.document,
                                        lambda: self.document.set_bias(*selected, value))
        self._say("" if done else " ".join(reasons))

    def _weight_typed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE_COLUMN:
            return
        selected = self.document.selected_neuron
        if selected is None or selected[0] == 0:
            return
        layer, i = selected
        j = item.row()
        value = parse_number(item.text())
        if value is None:
            self._say(self.tr("“{t}” is not a number.").format(t=item.text()))
            self.refresh()
            return
        done, reasons = refused_reasons(self.document,
                                        lambda: self.document.set_weight(layer, i, j, value))
        self._say("" if done else " ".join(reasons))
        if not done:
            self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _listed(values, most: int) -> str:
    """"0.4013, 0.8858": the first ``most`` values, "…" after them if there are more."""
    return (", ".join(notation.format_number(float(v)) for v in values[:most])
            + (", …" if len(values) > most else ""))
