"""Editing on the canvas: double-click to type a weight or a bias, the +/− buttons, the layer
header's activation menu with disabled choices that say why, the cost menu, the neuron and
connection menus, and the keyboard."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMenu

from gui.canvas.editor import parse_number
from tests.gui.network_fixtures import use_network

LEFT = Qt.MouseButton.LeftButton


def at(view, scene_pos: QPointF):
    return view.mapFromScene(scene_pos)


def actions_by_text(menu: QMenu) -> dict:
    found = {}
    for action in menu.actions():
        if action.menu():
            found.update(actions_by_text(action.menu()))
        elif action.text():
            found[action.text().split("    ")[0]] = action
    return found


def test_double_click_a_connection_and_type_its_weight(canvas, doc, qtbot):
    scene = canvas.scene()
    edge = scene.edges[1][(0, 0)]  # the top one: horizontal, crossed by no other mid-way
    qtbot.mouseDClick(canvas.viewport(), LEFT, pos=at(canvas, edge.line.pointAt(0.5)))
    assert scene.editor is not None
    assert scene.editor.line_edit.text() == f"{doc.network.weights[1][0, 0]:.6g}"
    scene.editor.line_edit.setText("−0,75")
    qtbot.keyClick(scene.editor.line_edit, Qt.Key.Key_Return)
    assert doc.network.weights[1][0, 0] == -0.75
    assert scene.editor is None and edge.weight == -0.75
    doc.undo_stack.undo()
    assert doc.network.weights[1][0, 0] != -0.75


def test_double_click_a_neuron_and_type_its_bias(canvas, doc, qtbot):
    scene = canvas.scene()
    neuron = scene.neurons[2][1]
    qtbot.mouseDClick(canvas.viewport(), LEFT, pos=at(canvas, neuron.pos()))
    editor = scene.editor
    editor.line_edit.setText("not a number")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert scene.editor is editor and "cf222e" in editor.line_edit.styleSheet()
    # and says why (red alone did not, tester)
    assert editor.line_edit.toolTip().startswith("“not a number” is not a finite number")
    editor.line_edit.setText("2.5")
    qtbot.keyClick(editor.line_edit, Qt.Key.Key_Return)
    assert doc.network.biases[1][1] == 2.5


def test_escape_leaves_the_value_alone(canvas, doc, qtbot):
    scene = canvas.scene()
    scene.edit_bias(1, 0)
    scene.editor.line_edit.setText("9")
    qtbot.keyClick(scene.editor.line_edit, Qt.Key.Key_Escape)
    assert scene.editor is None and doc.network.biases[0][0] == 0.0
    assert doc.undo_stack.count() == 0


def test_inputs_have_no_bias_to_edit(canvas, qtbot):
    with qtbot.waitSignal(canvas.scene().message) as said:
        canvas.scene().edit_bias(0, 1)
    assert "no bias" in said.args[0] and canvas.scene().editor is None


@pytest.mark.parametrize("text, value", [("1.5", 1.5), ("−2", -2.0), ("0,25", 0.25),
                                         (" 1e-3 ", 0.001), ("nan", None), ("x", None)])
def test_numbers_as_people_type_them(text, value):
    assert parse_number(text) == value


def test_plus_and_minus_buttons_resize_a_hidden_layer(canvas, doc, qtbot):
    minus, plus = canvas.scene().decor.buttons[2]
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, plus.scenePos()))
    assert doc.spec.sizes == (2, 4, 5, 1)
    minus, plus = canvas.scene().decor.buttons[2]
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, minus.scenePos()))
    qtbot.mouseClick(canvas.viewport(), LEFT,
                     pos=at(canvas, canvas.scene().decor.buttons[2][0].scenePos()))
    assert doc.spec.sizes == (2, 4, 3, 1)


def test_buttons_at_the_limits_are_grey_and_explain(canvas, doc, qtbot):
    use_network(doc, hidden=(1, 64))
    minus, _ = canvas.scene().decor.buttons[1]
    _, plus = canvas.scene().decor.buttons[2]
    assert not minus.enabled and not plus.enabled
    with qtbot.waitSignal(doc.editRefused) as refused:
        qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, plus.scenePos()))
    assert "full" in refused.args[0]
    assert canvas.banner.isVisible() and "full" in canvas.banner.text()


def test_the_layer_header_sets_the_activation(canvas, doc, qtbot):
    header = canvas.scene().decor.headers[1]
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, header.scenePos()
                                                     + QPointF(0, 12)))
    menu = canvas.scene().open_menu
    assert menu is not None and menu.isVisible()
    actions = actions_by_text(menu)
    assert actions["tanh"].isChecked()
    assert not actions["softmax"].isEnabled()
    assert "only makes sense on the output layer" in actions["softmax"].toolTip()
    actions["relu"].trigger()
    assert doc.spec.layers[0].activation == "relu"
    assert "relu" in canvas.scene().decor.headers[1].detail


def test_the_output_menu_explains_softmax_with_bce(canvas, doc):
    use_network(doc, outputs=3)
    scene = canvas.scene()
    scene.show_layer_menu(3, canvas.mapToGlobal(canvas.rect().center()))
    actions = actions_by_text(scene.open_menu)
    # softmax is offered with the cost it needs, and says so before it is chosen
    softmax = actions["softmax (switches the cost to cce)"]
    assert softmax.isEnabled() and "cce" in softmax.toolTip()
    assert not actions["cce: categorical cross-entropy"].isEnabled()
    softmax.trigger()
    assert (doc.spec.output_activation, doc.spec.loss) == ("softmax", "cce")
    doc.undo()
    scene.show_layer_menu(3, canvas.mapToGlobal(canvas.rect().center()))
    actions_by_text(scene.open_menu)["softmax with cce"].trigger()
    assert (doc.spec.output_activation, doc.spec.loss) == ("softmax", "cce")


def test_the_cost_chip_sets_the_cost(canvas, doc, qtbot):
    chip = canvas.scene().decor.cost_chip
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, chip.scenePos() + QPointF(0, 12)))
    actions = actions_by_text(canvas.scene().open_menu)
    assert actions["bce: binary cross-entropy"].isChecked()
    assert "softmax" in actions["cce: categorical cross-entropy"].toolTip()
    actions["mse: mean of ½‖y − aᴸ‖²"].trigger()
    assert doc.spec.loss == "mse"
    assert "mse" in canvas.scene().decor.cost_chip.title


def test_the_neuron_menu_removes_and_moves(canvas, doc):
    scene = canvas.scene()
    scene.show_neuron_menu(1, 3, canvas.mapToGlobal(canvas.rect().center()))
    actions = actions_by_text(scene.open_menu)
    actions["Layer 2"].trigger()
    assert doc.spec.sizes == (2, 3, 5, 1)
    scene.show_neuron_menu(2, 0, canvas.mapToGlobal(canvas.rect().center()))
    actions_by_text(scene.open_menu)["Remove neuron"].trigger()
    assert doc.spec.sizes == (2, 3, 4, 1)
    scene.show_neuron_menu(0, 0, canvas.mapToGlobal(canvas.rect().center()))
    remove = actions_by_text(scene.open_menu)["Remove neuron"]
    assert not remove.isEnabled() and "input" in remove.toolTip()


def test_the_connection_menu_cuts_a_weight(canvas, doc):
    scene = canvas.scene()
    scene.show_edge_menu(2, 3, 1, canvas.mapToGlobal(canvas.rect().center()))
    actions_by_text(scene.open_menu)["Set to 0 (no influence)"].trigger()
    assert doc.network.weights[1][3, 1] == 0.0


def test_the_empty_canvas_offers_a_new_layer(canvas, doc):
    from gui.canvas import menus

    menu = menus.canvas_menu(doc)
    actions_by_text(menu)["Add a hidden layer before the output"].trigger()
    assert doc.spec.sizes == (2, 4, 4, 3, 1)  # the palette's Layer tile's size
    menu.deleteLater()


def test_keyboard_walks_and_edits(canvas, doc, qtbot):
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert doc.selected_neuron == (1, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert doc.selected_neuron == (2, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert doc.spec.sizes == (2, 4, 5, 1) and doc.selected_neuron == (2, 2)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert doc.spec.sizes == (2, 4, 4, 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert canvas.scene().editor is not None
    qtbot.keyClick(canvas.scene().editor.line_edit, Qt.Key.Key_Escape)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert doc.selected_neuron is None
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.banner.isVisible() and "Select a neuron" in canvas.banner.text()


def test_the_menu_key_opens_the_selected_neurons_menu(canvas, doc):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    doc.select_neuron(2, 1)
    centre = canvas.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre,
                              canvas.viewport().mapToGlobal(centre))
    QApplication.sendEvent(canvas.viewport(), event)
    actions = actions_by_text(canvas.scene().open_menu)
    assert "Remove neuron" in actions
    actions["relu"].trigger()
    assert doc.spec.layers[1].activation == "relu"
