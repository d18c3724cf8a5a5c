"""The inspector: the layer summary and cost, and for a clicked neuron its activation, bias,
θ = −b, incoming weights and, for the selected sample, zᵢˡ, aᵢˡ and δᵢˡ from the engine's own
forward and backward pass. Typed values become undoable edits."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine import LayerSpec, NetworkSpec, notation
from gui.panels.inspector import InspectorPanel
from tests.gui.network_fixtures import use_spec


@pytest.fixture
def doc(doc):
    """The shared document with a net of two hidden activations, so the table shows both."""
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(3, "relu"), LayerSpec(1, "sigmoid")],
                       "bce")
    use_spec(doc, spec, seed=2)
    return doc


@pytest.fixture
def panel(qtbot, doc):
    widget = InspectorPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(360, 800)
    widget.show()
    return widget


def engine_numbers(doc, layer, i):
    s = doc.selected_sample
    x, y = doc.dataset.X[s:s + 1], doc.dataset.Y[s:s + 1]
    x = doc.normaliser.apply(x) if doc.normaliser is not None else x
    trace = doc.network.forward(x)
    grads = doc.network.backward(trace, y)
    return (trace.zs[layer - 1][0, i], trace.activations[layer][0, i],
            grads.deltas[layer - 1][0, i], trace.activations[layer - 1][0])


def number_in(label) -> float:
    return float(label.text().split("=")[-1])


def test_the_layer_summary_stays(panel, doc):
    assert panel.objectName() == "inspectorPanel"
    assert panel.table.rowCount() == 4
    assert panel.table.item(2, 2).text() == "relu"
    assert "Deep network (2 hidden layers)" in panel.summary.text()


def test_nothing_selected_says_what_to_do(panel):
    assert "Click a neuron" in panel.neuron.heading.text()
    assert panel.neuron.weights.rowCount() == 0 and not panel.neuron.bias.isEnabled()
    # no empty table of weights: its header of column numbers alone read as a bug (tester)
    assert panel.neuron.weights.isHidden()
    panel.document.select_neuron(2, 0)
    assert panel.neuron.weights.isVisible() and panel.neuron.weights.rowCount() > 0
    panel.document.select_neuron(None)
    assert panel.neuron.weights.isHidden()


def test_a_neuron_shows_the_engines_numbers_for_the_sample(panel, doc):
    doc.set_bias(2, 1, 0.3)
    doc.select_sample(3)
    doc.select_neuron(2, 1)
    neuron = panel.neuron
    z, a, delta, a_prev = engine_numbers(doc, 2, 1)
    assert number_in(neuron.z) == pytest.approx(z, rel=1e-3)
    assert number_in(neuron.a) == pytest.approx(a, rel=1e-3)
    assert number_in(neuron.delta) == pytest.approx(delta, rel=1e-3, abs=1e-6)
    assert neuron.form.labelForField(neuron.z).text().startswith("z₂² = Σⱼ w₂ⱼ² aⱼ¹ + b₂²")
    # δ₂² = (Σₖ wₖ₂³ δₖ³) σ'(z₂²), worked out with the numbers
    worked = neuron.delta.text().split("\n")[1]
    assert worked.startswith("= (Σₖ wₖ₂³ δₖ³) σ'(z₂²) = ")
    W3 = doc.network.weights[2]
    numbers = doc.derived.sample(doc.selected_sample)
    back = float(W3[:, 1] @ numbers.deltas[2])
    assert f"{notation.format_number(back)} × " in worked
    assert neuron.activation.text() == "relu"
    assert neuron.bias.text() == "0.3" and neuron.threshold.text() == "-0.3"
    W = doc.network.weights[1]
    assert neuron.weights.rowCount() == 4
    for j in range(4):
        assert neuron.weights.item(j, 0).text() == notation.weight_symbol(2, 1, j)
        assert float(neuron.weights.item(j, 2).text()) == pytest.approx(W[1, j], rel=1e-5)
        gradient = neuron.weights.item(j, 3).text()
        assert float(gradient) == pytest.approx(a_prev[j] * delta, rel=1e-3, abs=1e-6)


def test_another_sample_changes_the_numbers(panel, doc):
    doc.select_neuron(3, 0)
    doc.select_sample(0)
    first = panel.neuron.a.text()
    panel.neuron.sample.setValue(2)  # the spin box counts from 1
    assert doc.selected_sample == 1
    assert panel.neuron.a.text() != first
    assert number_in(panel.neuron.a) == pytest.approx(engine_numbers(doc, 3, 0)[1], rel=1e-3)


def test_numbers_follow_training_live(panel, doc):
    doc.select_neuron(1, 0)
    weights = [W * 0 + 0.5 for W in doc.network.weights]
    doc.set_parameters(weights, doc.network.biases)
    assert panel.neuron.weights.item(1, 2).text() == "0.5"


def test_typing_a_weight_is_an_undoable_edit(panel, doc):
    doc.select_neuron(2, 2)
    panel.neuron.weights.item(3, 2).setText("-1.25")
    assert doc.network.weights[1][2, 3] == -1.25
    doc.undo_stack.undo()
    assert doc.network.weights[1][2, 3] != -1.25
    assert panel.neuron.weights.item(3, 2).text() != "-1.25"


def test_a_typed_weight_that_is_no_number_is_refused(panel, doc):
    doc.select_neuron(2, 2)
    before = doc.network.weights[1].copy()
    panel.neuron.weights.item(0, 2).setText("lots")
    assert "not a number" in panel.neuron.message.text()
    np.testing.assert_array_equal(doc.network.weights[1], before)


def test_typing_a_bias(panel, doc, qtbot):
    doc.select_neuron(1, 3)
    panel.neuron.bias.setText("−0.5")
    qtbot.keyClick(panel.neuron.bias, Qt.Key.Key_Return)
    assert doc.network.biases[0][3] == -0.5
    assert panel.neuron.threshold.text() == "0.5"


def test_an_input_neuron_shows_its_value(panel, doc):
    doc.select_sample(2)
    doc.select_neuron(0, 1)
    x = doc.dataset.X[2, 1]
    assert panel.neuron.a.text() == notation.format_number(x)
    assert panel.neuron.form.labelForField(panel.neuron.a).text() == "a₂⁰ = x₂"
    assert "no bias" in panel.neuron.heading.text()
    assert panel.neuron.weights.rowCount() == 0 and panel.neuron.weights.isHidden()


def test_the_cost_box_refuses_what_cannot_work_and_says_why(panel, doc):
    panel.cost.activated.emit(panel.cost.findData("cce"))
    assert doc.spec.loss == "bce"
    assert panel.cost_message.isVisibleTo(panel) and "softmax" in panel.cost_message.text()
    assert panel.cost.currentData() == "bce"
    panel.cost.activated.emit(panel.cost.findData("mse"))
    assert doc.spec.loss == "mse" and not panel.cost_message.isVisibleTo(panel)


def test_a_neurons_output_map_marks_the_sample(panel, doc):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    from gui.panels.neuron_inspector import MAP_PIXELS

    doc.select_neuron(1, 0)
    picture = panel.findChild(QLabel, "neuronOutputMap")
    assert picture.isVisible()
    image = picture.pixmap().toImage()
    assert (image.width(), image.height()) == (MAP_PIXELS, MAP_PIXELS)
    # the ring around the sample: black pixels where the map itself has none
    assert any(QColor(image.pixel(x, y)).name() == "#000000"
               for x in range(MAP_PIXELS) for y in range(MAP_PIXELS))
    doc.select_neuron(None)
    assert not picture.isVisible()


def test_no_output_map_without_two_inputs(panel, doc):
    from PySide6.QtWidgets import QLabel

    spec = NetworkSpec(3, [LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    use_spec(doc, spec, seed=0)
    doc.select_neuron(1, 0)
    assert not panel.findChild(QLabel, "neuronOutputMap").isVisible()


def test_one_target_reads_as_a_number_not_a_vector(panel, doc):
    doc.select_neuron(1, 0)
    doc.select_sample(0)
    assert doc.dataset.n_outputs == 1
    text = panel.neuron.sample_text.text()
    assert text.startswith("x = (0, 0), y = ") and "y = (" not in text
