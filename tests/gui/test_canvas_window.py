"""The designer in the main window: the palette in its dock, the Edit menu's designer actions
with their shortcuts, refusals in the status bar, the unsaved mark after an edit."""

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gui import create_main_window
from gui.panels.palette import NeuronPalette

EDIT_ACTIONS = {
    "actionDeleteNeuron": QKeySequence.StandardKey.Delete,
    "actionAddNeuron": "Ctrl+Shift+N",
    "actionAddLayer": "Ctrl+Shift+L",
    "actionRemoveLayer": "Ctrl+Shift+Del",
    "actionMoveNeuronLeft": "Ctrl+Shift+Left",
    "actionMoveNeuronRight": "Ctrl+Shift+Right",
    "actionEditBias": "F2",
}


@pytest.fixture
def window(qtbot):
    window = create_main_window(restore_layout=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()


def action(window, name) -> QAction:
    return window.findChild(QAction, name)


def test_the_palette_sits_in_its_dock(window):
    palette = window.findChild(QWidget, "neuronPalette")
    assert isinstance(palette, NeuronPalette)
    assert window.docks["paletteDock"].widget() is palette


@pytest.mark.parametrize("name", EDIT_ACTIONS)
def test_edit_menu_has_the_designer_actions_with_shortcuts(window, name):
    edit_menu = window.findChild(QMenu, "menuEdit")
    found = action(window, name)
    assert found in edit_menu.actions()
    key = EDIT_ACTIONS[name]
    expected = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                else [QKeySequence(key)])
    assert found.shortcuts() == expected


def test_edits_from_the_menu_mark_the_project_unsaved(window):
    doc = window.document
    assert not window.isWindowModified()
    doc.select_neuron(1, 1)
    action(window, "actionDeleteNeuron").trigger()
    assert doc.spec.sizes == (2, 3, 1)
    assert window.isWindowModified()
    action(window, "actionAddLayer").trigger()  # as large as the palette's Layer tile's
    assert doc.spec.sizes == (2, 3, 3, 1) and doc.selected_neuron == (2, 0)
    action(window, "actionMoveNeuronLeft").trigger()  # the new layer's first neuron
    assert doc.spec.sizes == (2, 4, 2, 1)
    assert doc.selected_neuron == (1, 3)
    action(window, "actionRemoveLayer").trigger()  # the selected neuron's layer
    assert doc.spec.sizes == (2, 2, 1)
    # the layer now in its place is selected: pressed again, it goes too (tester)
    assert doc.selected_neuron == (1, 1)
    window.action_undo.trigger()
    assert doc.spec.sizes == (2, 4, 2, 1) and doc.selected_neuron == (1, 3)
    doc.select_neuron(2, 1)
    action(window, "actionRemoveLayer").trigger()  # the last hidden one: the one before
    assert doc.spec.sizes == (2, 4, 1) and doc.selected_neuron == (1, 1)
    action(window, "actionRemoveLayer").trigger()
    assert doc.spec.sizes == (2, 1) and doc.selected_neuron is None


def test_refusals_reach_the_status_bar(window):
    window.document.add_neuron(0)
    message = window.statusBar().currentMessage()
    assert message.startswith("Layer 0 is the input")


def test_an_action_with_nothing_selected_says_so(window):
    action(window, "actionDeleteNeuron").trigger()
    assert "Select a neuron first" in window.statusBar().currentMessage()
    action(window, "actionEditBias").trigger()
    assert "Select a neuron first" in window.statusBar().currentMessage()


def test_f2_opens_the_bias_editor_on_the_canvas(window):
    window.document.select_neuron(2, 0)
    action(window, "actionEditBias").trigger()
    assert window.canvas.scene().editor is not None
    window.canvas.scene().editor.close_editor()


def test_the_cost_submenu_follows_the_output(window):
    cost = window.findChild(QMenu, "menuCost")
    cost.aboutToShow.emit()
    texts = {a.text(): a for a in cost.actions()}
    assert texts["bce: binary cross-entropy"].isChecked()
    assert not texts["cce: categorical cross-entropy"].isEnabled()
    texts["mse: mean of ½‖y − aᴸ‖²"].trigger()
    assert window.document.spec.loss == "mse"
