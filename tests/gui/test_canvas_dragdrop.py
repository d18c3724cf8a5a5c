"""Drag and drop through the canvas's real drop events: a palette neuron onto a layer or into
a gap, a palette layer into a gap, a neuron onto another layer, a neuron off the canvas; drop
targets highlight while dragging; refused drops say why and change nothing."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gui.canvas import layout, mime
from tests.gui.network_fixtures import use_network

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def drag_over(view, data: QMimeData, scene_pos: QPointF) -> bool:
    """Enter the canvas and move to ``scene_pos``; True when the canvas would take a drop."""
    pos = view.mapFromScene(scene_pos)
    enter = QDragEnterEvent(pos, ACTIONS, data, LEFT, NO_KEYS)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos, ACTIONS, data, LEFT, NO_KEYS)
    QApplication.sendEvent(view.viewport(), move)
    return enter.isAccepted() and move.isAccepted()


def drop(view, data: QMimeData, scene_pos: QPointF) -> bool:
    drag_over(view, data, scene_pos)
    event = QDropEvent(QPointF(view.mapFromScene(scene_pos)), ACTIONS, data, LEFT, NO_KEYS)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def column(layer, y=0.0):
    return QPointF(layout.column_x(layer), y)


def gap(position):
    return QPointF(layout.column_x(position) - layout.LAYER_SPACING / 2, 0.0)


def test_a_palette_neuron_joins_a_hidden_layer_where_dropped(canvas, doc):
    W1 = doc.network.weights[0].copy()
    assert drop(canvas, mime.new_neuron_data(), column(1, y=0.0))
    assert doc.spec.sizes == (2, 5, 4, 1)
    assert doc.selected_neuron == (1, 2)  # between the 2nd and the 3rd neuron
    assert (doc.network.weights[0][[0, 1, 3, 4]] == W1).all()
    assert len(canvas.scene().neurons[1]) == 5


def test_a_palette_neuron_in_a_gap_makes_a_new_layer(canvas, doc):
    assert drop(canvas, mime.new_neuron_data(), gap(1))
    assert doc.spec.sizes == (2, 1, 4, 4, 1)
    assert drop(canvas, mime.new_neuron_data(), gap(4))  # after the last hidden layer
    assert doc.spec.sizes == (2, 1, 4, 4, 1, 1)


def test_a_palette_layer_in_a_gap_brings_its_neurons(canvas, doc):
    assert drop(canvas, mime.new_layer_data(), gap(2))
    assert doc.spec.sizes == (2, 4, mime.NEW_LAYER_UNITS, 4, 1)
    assert doc.spec.layers[1].activation == "tanh"


def test_a_neuron_dragged_to_another_hidden_layer_moves(canvas, doc):
    doc.set_bias(1, 0, 0.5)
    assert drop(canvas, mime.moved_neuron_data(1, 0), column(2, y=500.0))
    assert doc.spec.sizes == (2, 3, 5, 1)
    assert doc.network.biases[1][4] == 0.5 and doc.selected_neuron == (2, 4)
    doc.undo_stack.undo()
    assert doc.spec.sizes == (2, 4, 4, 1) and doc.network.biases[0][0] == 0.5


def test_a_neuron_dropped_lower_in_its_own_layer_reorders_it(canvas, doc):
    W1 = doc.network.weights[0].copy()
    assert drop(canvas, mime.moved_neuron_data(1, 0), column(1, y=500.0))
    assert (doc.network.weights[0] == W1[[1, 2, 3, 0]]).all()


def test_a_neuron_dragged_off_the_canvas_is_removed(canvas, doc, qtbot):
    scene = canvas.scene()
    scene.finish_neuron_drag(2, 1, Qt.DropAction.IgnoreAction, outside=True)
    qtbot.waitUntil(lambda: len(scene.neurons[2]) == 3)
    assert doc.spec.sizes == (2, 4, 3, 1)


def test_a_cancelled_drag_over_the_canvas_removes_nothing(canvas, doc):
    canvas.scene().finish_neuron_drag(2, 1, Qt.DropAction.IgnoreAction, outside=False)
    assert doc.spec.sizes == (2, 4, 4, 1)


def test_dragging_a_neuron_starts_a_real_drag(canvas, doc, qtbot, monkeypatch):
    seen = {}

    def fake_exec(drag, actions):
        seen["formats"] = drag.mimeData().formats()
        seen["actions"] = actions
        return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    scene = canvas.scene()
    monkeypatch.setattr(scene, "cursor_outside_view", lambda: True)
    neuron = scene.neurons[1][2]
    start = canvas.mapFromScene(neuron.pos())
    qtbot.mousePress(canvas.viewport(), LEFT, pos=start)
    qtbot.mouseMove(canvas.viewport(), start + type(start)(30, 30))
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=start + type(start)(30, 30))
    assert mime.MOVE_MIME in seen["formats"]
    assert seen["actions"] == Qt.DropAction.MoveAction
    qtbot.waitUntil(lambda: len(scene.neurons[1]) == 3)
    assert doc.spec.sizes == (2, 3, 4, 1)


def test_drop_targets_highlight_while_dragging(canvas):
    scene = canvas.scene()
    assert drag_over(canvas, mime.new_neuron_data(), column(2))
    assert scene.highlight.isVisible() and scene.highlight.accepting
    assert "layer 2" in scene.highlight.text
    assert drag_over(canvas, mime.new_neuron_data(), gap(1))
    assert scene.highlight.accepting and "New hidden layer 1" in scene.highlight.text
    # a refused place takes the drag too (in a real drag, only then does the drop come and
    # say why), but the highlight shows the refusal
    assert drag_over(canvas, mime.new_neuron_data(), column(3))
    assert scene.highlight.isVisible() and not scene.highlight.accepting
    assert "output" in scene.highlight.text
    QApplication.sendEvent(canvas.viewport(), QDragLeaveEvent())
    assert not scene.highlight.isVisible()


@pytest.mark.parametrize("data, where, words", [
    (mime.new_neuron_data, column(0), "input"),
    (mime.new_neuron_data, column(3), "output"),
    (mime.new_layer_data, column(1), "between two layers"),
    (lambda: mime.moved_neuron_data(1, 0), gap(2), "on a hidden layer"),
    (lambda: mime.moved_neuron_data(1, 0), column(3), "output"),
])
def test_refused_drops_say_why_and_change_nothing(canvas, doc, qtbot, data, where, words):
    with qtbot.waitSignal(canvas.scene().message) as said:
        assert not drop(canvas, data(), where)
    assert words in said.args[0]
    assert doc.spec.sizes == (2, 4, 4, 1) and doc.undo_stack.count() == 0


def test_limits_are_refused_while_dragging(canvas, doc):
    use_network(doc, hidden=(64, 2, 2, 2, 2, 2))
    assert drag_over(canvas, mime.new_neuron_data(), column(1))
    assert "full" in canvas.scene().highlight.text
    assert not canvas.scene().highlight.accepting
    assert drag_over(canvas, mime.new_layer_data(), gap(3))
    assert "6 hidden layers" in canvas.scene().highlight.text
    assert not drop(canvas, mime.new_layer_data(), gap(3))
    assert len(doc.spec.layers) == 7


def test_other_drags_are_not_taken(canvas, doc):
    text = QMimeData()
    text.setText("a neuron, honest")
    assert not drag_over(canvas, text, column(1))
    assert not drop(canvas, text, column(1))
    assert doc.spec.sizes == (2, 4, 4, 1)


def test_garbled_payloads_are_ignored():
    data = QMimeData()
    data.setData(mime.MOVE_MIME, b"one,two")
    assert mime.read(data) is None
    assert mime.read(mime.moved_neuron_data(2, 5)) == mime.Payload("move", layer=2, index=5)
