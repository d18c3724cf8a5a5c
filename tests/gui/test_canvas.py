"""The canvas draws the notes' picture of the net, names it, recolours cheaply when training
sends new weights, follows the selection, and renders into a PNG worth showing."""

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QImage

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.project import Project
from engine.project.starting import training_data
from gui.canvas import NetworkCanvas
from gui.canvas.decorations import describe_network
from gui.canvas.items import COLOUR_STEPS, EdgeItem, FoldedLayerItem, NeuronItem
from tests.gui.network_fixtures import show_canvas, use_spec


@pytest.fixture
def canvas(qtbot, doc):
    """Smaller than the shared canvas: this file's tests were written for 900 × 620."""
    return show_canvas(qtbot, doc, 900, 620)


def digits_canvas(qtbot, doc):
    """A canvas (never shown) on a 64-32-10 net for the digits: an input too large to draw."""
    digits = datasets.load("digits")
    spec = NetworkSpec(64, [LayerSpec(32, "relu"), LayerSpec(10, "softmax")], "cce")
    doc.replace_project(Project(Network(spec, seed=1), data=digits.source),
                        training_data(digits, spec))
    view = NetworkCanvas(doc)
    qtbot.addWidget(view)
    return view


def test_every_pair_of_neighbouring_layers_is_connected(canvas):
    scene = canvas.scene()
    assert [len(column) for column in scene.neurons] == [2, 4, 4, 1]
    edges = [item for item in scene.items() if isinstance(item, EdgeItem)]
    assert len(edges) == 2 * 4 + 4 * 4 + 4 * 1
    assert all(edge.dest.layer == edge.source.layer + 1 for edge in edges)


def test_new_weights_recolour_the_same_items(canvas, doc):
    scene = canvas.scene()
    before = set(map(id, scene.items()))
    edge = scene.edges[1][(2, 3)]
    weights = [np.zeros_like(W) for W in doc.network.weights]
    weights[1][2, 3] = -4.0
    weights[0][0, 0] = 4.0
    doc.set_parameters(weights, [b + 1.0 for b in doc.network.biases])
    assert set(map(id, scene.items())) == before
    assert edge.weight == -4.0
    assert edge.colour_step == 0 and edge.pen_width() == EdgeItem.MAX_WIDTH
    assert scene.edges[0][(0, 0)].colour_step == 2 * COLOUR_STEPS
    assert scene.edges[0][(1, 1)].colour_step == COLOUR_STEPS  # zero sits mid-map
    assert scene.neurons[1][0].bias_step == 2 * COLOUR_STEPS


def test_a_live_refresh_of_the_digits_net_is_cheap(qtbot, doc):
    """New weights recolour the items there are (no scene rebuilt, no item made); its speed
    is measured by benchmarks/gui_frames.py, not by a timed test."""
    view = digits_canvas(qtbot, doc)
    scene = view.scene()
    items_before = set(scene.items())
    rng = np.random.default_rng(0)
    for _ in range(30):
        doc.set_parameters([rng.normal(size=W.shape) for W in doc.network.weights],
                           [rng.normal(size=b.shape) for b in doc.network.biases])
    assert set(scene.items()) == items_before
    assert len(scene.edges[1]) == 320
    W = doc.network.weights[1]
    colours = scene._edge_layers[1].colours
    assert colours[np.argmax(W.ravel())] == max(colours)


def test_a_large_input_is_folded_with_its_size(qtbot, doc):
    view = digits_canvas(qtbot, doc)
    scene = view.scene()
    folded = [item for item in scene.items() if isinstance(item, FoldedLayerItem)]
    assert len(folded) == 1 and folded[0].layer == 0
    assert "64" in folded[0].label and "8 × 8" in folded[0].label
    assert scene.neurons[0] == [] and len(scene.neurons[1]) == 32
    assert scene.edges[0] == {}


@pytest.mark.parametrize("hidden, words", [
    ((), "Single-layer perceptron · 2-1 · L = 1 layer · 3 parameters"),
    ((4,), "Shallow network (1 hidden layer) · 2-4-1 · L = 2 layers · 17 parameters"),
    ((4, 4), "Deep network (2 hidden layers) · 2-4-4-1 · L = 3 layers · 37 parameters"),
])
def test_the_label_names_the_net_in_the_notes_terms(canvas, doc, hidden, words):
    spec = NetworkSpec(2, [*(LayerSpec(n, "tanh") for n in hidden), LayerSpec(1, "sigmoid")],
                       "bce")
    use_spec(doc, spec)
    assert describe_network(doc.spec) == words
    assert canvas.scene().decor.summary.lines == [words]


def test_tooltips_speak_the_notes_notation(canvas, doc):
    scene = canvas.scene()
    edge = scene.edges[1][(1, 0)]
    doc.set_weight(2, 1, 0, 0.25)
    scene.refresh_tooltip(edge)
    assert "w₂₁² = 0.25" in edge.toolTip()
    assert "from neuron 1 of layer 1 to neuron 2 of layer 2" in edge.toolTip()
    neuron = scene.neurons[2][3]
    doc.set_bias(2, 3, -1.5)
    scene.refresh_tooltip(neuron)
    assert "b₄² = -1.5" in neuron.toolTip() and "θ = −b = 1.5" in neuron.toolTip()


def test_selection_goes_both_ways(canvas, doc, qtbot):
    scene = canvas.scene()
    with qtbot.waitSignal(doc.selectionChanged):
        scene.neurons[2][1].setSelected(True)
    assert doc.selected_neuron == (2, 1)
    doc.select_neuron(1, 3)
    assert scene.neurons[1][3].isSelected() and not scene.neurons[2][1].isSelected()
    doc.add_neuron(1)
    assert scene.neurons[1][4].isSelected()
    scene.clearSelection()
    assert doc.selected_neuron is None


def test_a_rebuild_waits_while_a_neuron_of_the_canvas_is_dragged(canvas, doc, qtbot):
    scene = canvas.scene()
    dragged = scene.neurons[1][0]
    scene._drag_source = (1, 0)
    doc.add_neuron(2)
    assert scene.neurons[1][0] is dragged and len(scene.neurons[2]) == 4
    doc.set_parameters(doc.network.weights, doc.network.biases)  # no stale index errors
    scene.finish_neuron_drag(1, 0, None, outside=False)
    qtbot.waitUntil(lambda: len(scene.neurons[2]) == 5)


def test_screenshot_of_a_2441_net(canvas, tmp_path):
    canvas.fit_to_view()
    path = tmp_path / "net_2441.png"
    assert canvas.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 800 and image.height() >= 500
    pixels = [image.pixelColor(x, y).name() for x, y in
              itertools.product(range(0, image.width(), 4), range(0, image.height(), 4))]
    not_white = sum(colour != "#ffffff" for colour in pixels) / len(pixels)
    assert not_white > 0.02
    assert len(set(pixels)) > 50  # edges in both colours, labels, neurons


def test_neurons_of_big_layers_shrink_but_stay_apart(qtbot, doc):
    spec = NetworkSpec(2, [LayerSpec(64, "relu"), LayerSpec(1, "sigmoid")], "bce")
    use_spec(doc, spec)
    view = NetworkCanvas(doc)
    qtbot.addWidget(view)
    column = view.scene().neurons[1]
    assert len(column) == 64
    gap = column[1].pos().y() - column[0].pos().y()
    assert all(isinstance(n, NeuronItem) for n in column)
    assert 2 * column[0].radius < gap


def test_a_long_feature_name_is_cut_short_beside_its_input_and_whole_in_its_tooltip(
        qtbot, doc, tmp_path):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    csv = tmp_path / "pen.csv"
    csv.write_text("flipper_length_mm,a_rather_long_column_name_indeed,kind\n"
                   + "".join(f"{180 + i},{i % 3},{'xy'[i % 2]}\n" for i in range(12)),
                   encoding="utf-8")
    data = datasets.read_csv(csv, target="kind")
    spec = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    doc.replace_project(Project(Network(spec, seed=1), data=data.source),
                        training_data(data, spec))
    view = NetworkCanvas(doc)
    qtbot.addWidget(view)
    labels = {item.text(): item.toolTip() for item in view.scene().items()
              if isinstance(item, QGraphicsSimpleTextItem)}
    assert labels["flipper_length_mm"] == ""  # 17 characters: whole
    assert labels["a_rather_long_colum…"] == "a_rather_long_column_name_indeed"


@pytest.mark.parametrize(("activation", "loss", "label"),
                         [("sigmoid", "bce", "P(y)"), ("step", "mse", "1 = y")])
def test_a_single_output_is_labelled_by_what_it_gives(qtbot, doc, tmp_path, activation, loss,
                                                       label):
    """A sigmoid gives the second class's probability; an M-P neuron gives 1 for it."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    csv = tmp_path / "kinds.csv"
    csv.write_text("a,b,kind\n" + "".join(f"{i},{i % 3},{'xy'[i % 2]}\n" for i in range(12)),
                   encoding="utf-8")
    data = datasets.read_csv(csv, target="kind")
    spec = NetworkSpec(2, [LayerSpec(1, activation)], loss)
    doc.replace_project(Project(Network(spec, seed=1), data=data.source),
                        training_data(data, spec))
    view = NetworkCanvas(doc)
    qtbot.addWidget(view)
    texts = {item.text() for item in view.scene().items()
             if isinstance(item, QGraphicsSimpleTextItem)}
    assert label in texts
    assert ({"P(y)", "1 = y"} - {label}).isdisjoint(texts)


def test_numbers_on_the_output_push_its_class_names_right_and_back(qtbot, window):
    """A number tag right of an output neuron used to cover its class name ("δ = 128.7│00,000");
    the name moves right of the tag while numbers are shown, and back after."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from gui.canvas.overlay import NumberTag

    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.document.add_hidden_layer(2, units=3)  # 2-4-3-1: the net fills the width
    scene = window.canvas.scene()
    output = scene.neurons[-1][0]
    label = scene.decor.output_labels[0]
    home = label.x()
    window.live_numbers.set_quantity("delta")
    tag = next(item for item in scene.items() if isinstance(item, NumberTag)
               and abs(item.pos().y() - output.pos().y()) < 1
               and 0 < item.pos().x() - output.pos().x() < 120)
    assert isinstance(label, QGraphicsSimpleTextItem)
    assert label.x() >= tag.pos().x() + tag.rect.right()
    # the name pushed right and the tags stay inside what the canvas fits to its view (the
    # name was cut at the right edge, "δ = 0.1421 P(", even after Fit Network to View)
    rect = scene.sceneRect()
    assert rect.contains(label.sceneBoundingRect()) and rect.contains(tag.sceneBoundingRect())
    assert rect.right() >= label.sceneBoundingRect().right() + 39  # the margin the net has
    view = window.canvas
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(label.sceneBoundingRect())
    window.live_numbers.set_quantity(None)
    assert label.x() == home


def test_an_activations_symbol_fits_inside_its_neuron(qtbot, window):
    """Ten ReLU neurons in a column drew "ReLL", the symbol cut by the disc's edge (tester):
    it is drawn smaller to fit, or not at all."""
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    from gui.canvas import items

    document = window.document
    assert document.add_hidden_layer(1, units=10) if hasattr(document, "add_hidden_layer") else 1
    drawn = []
    real = QPainter.drawText

    def recording(painter, *args):
        if len(args) == 3 and isinstance(args[2], str):
            rect, text = args[0], args[2]
            drawn.append((rect.width(), QFontMetricsF(painter.font()).horizontalAdvance(text)))
        return real(painter, *args)

    neuron = next(item for item in window.canvas.scene().items()
                  if isinstance(item, items.NeuronItem) and item.symbol == "tanh")
    neuron.radius, neuron.output_map = 11.5, None
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.translate(50, 50)
    QPainter.drawText = recording
    try:
        neuron.paint(painter, None, None)
    finally:
        QPainter.drawText = real
        painter.end()
    assert drawn and all(wide <= 0.8 * disc + 0.5 for disc, wide in drawn), drawn
