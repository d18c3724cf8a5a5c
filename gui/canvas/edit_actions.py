"""The designer's edits from the keyboard and the Edit menu, acting on the selected neuron.

``EditActions`` makes the window's QActions (Delete, Add Neuron, Add Hidden Layer, Remove
Hidden Layer, Move Neuron Left/Right, Edit Bias, the Cost submenu), each with a shortcut and an
objectName. The functions below are the same edits for the canvas's own keys. When there is
nothing to act on they say so through ``message`` instead of doing nothing silently; the
document explains its own refusals through ``editRefused``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from gui.actions import ActionInfo, make_action
from gui.canvas import menus


def _select_first() -> str:
    return QCoreApplication.translate(
        "EditActions", "Select a neuron first: click it, or press an arrow key on the canvas.")


def remove_selected(document) -> str | None:
    """Remove the selected neuron; a message when there is none."""
    selected = document.selected_neuron
    if selected is None:
        return _select_first()
    document.remove_neuron(*selected)
    return None


def add_neuron_near_selection(document) -> str | None:
    """A new neuron after the selected one of a hidden layer, else at the end of the last
    hidden layer; with no hidden layer at all, a new one-neuron hidden layer."""
    spec = document.spec
    selected = document.selected_neuron
    if selected is not None and 0 < selected[0] < spec.n_layers:
        document.add_neuron(selected[0], selected[1] + 1)
    elif spec.n_layers > 1:
        document.add_neuron(spec.n_layers - 1)
    else:
        document.add_hidden_layer(1)
    return None


def add_layer_near_selection(document) -> str | None:
    """A new hidden layer right after the selected neuron's layer, else before the output;
    of the palette's Layer tile's size (Edit ▸ Add Hidden Layer made one neuron, the tile
    three, tester)."""
    from gui.canvas.mime import NEW_LAYER_UNITS

    spec = document.spec
    selected = document.selected_neuron
    position = spec.n_layers if selected is None else min(selected[0] + 1, spec.n_layers)
    document.add_hidden_layer(position, units=NEW_LAYER_UNITS)
    return None


def remove_selected_layer(document) -> str | None:
    selected = document.selected_neuron
    if selected is None:
        return QCoreApplication.translate(
            "EditActions", "Select a neuron of the hidden layer to remove first.")
    document.remove_hidden_layer(selected[0])
    return None


def move_selected(document, step: int) -> str | None:
    """Move the selected hidden neuron to the previous (-1) or next (+1) hidden layer."""
    selected = document.selected_neuron
    if selected is None:
        return _select_first()
    layer, index = selected
    document.move_neuron(layer, index, layer + step)
    return None


def neighbour(document, direction: str) -> tuple[int, int]:
    """The neuron an arrow key leads to from the selected one ("up", "down", "left",
    "right"); with none selected, the first neuron of the first hidden (or input) layer."""
    sizes = document.spec.sizes
    selected = document.selected_neuron
    if selected is None:
        return (1 if len(sizes) > 2 else 0), 0
    layer, index = selected
    if direction in ("up", "down"):
        index += -1 if direction == "up" else 1
        return layer, max(0, min(index, sizes[layer] - 1))
    new_layer = max(0, min(layer + (-1 if direction == "left" else 1), len(sizes) - 1))
    if new_layer == layer:
        return selected
    # The neuron at about the same height, so moving sideways feels straight.
    share = index / (sizes[layer] - 1) if sizes[layer] > 1 else 0.5
    return new_layer, round(share * (sizes[new_layer] - 1))


class EditActions(QObject):
    """The Edit menu's designer actions for ``document``; ``edit_bias`` opens the canvas's
    inline editor on a neuron."""

    message = Signal(str)

    def __init__(self, document, edit_bias, parent: QObject):
        super().__init__(parent)
        self.document = document
        rows = [
            ("actionDeleteNeuron", self.tr("&Delete Neuron"), QKeySequence.StandardKey.Delete,
             self.tr("Remove the selected neuron and its connections"),
             lambda: remove_selected(document)),
            ("actionAddNeuron", self.tr("Add &Neuron"), "Ctrl+Shift+N",
             self.tr("Add a neuron after the selected one (or to the last hidden layer)"),
             lambda: add_neuron_near_selection(document)),
            ("actionAddLayer", self.tr("Add Hidden &Layer"), "Ctrl+Shift+L",
             self.tr("Add a hidden layer after the selected neuron's layer (or before the output)"),
             lambda: add_layer_near_selection(document)),
            ("actionRemoveLayer", self.tr("&Remove Hidden Layer"), "Ctrl+Shift+Del",
             self.tr("Remove the selected neuron's hidden layer"),
             lambda: remove_selected_layer(document)),
            ("actionMoveNeuronLeft", self.tr("Move Neuron to &Previous Layer"), "Ctrl+Shift+Left",
             self.tr("Move the selected neuron into the hidden layer before it"),
             lambda: move_selected(document, -1)),
            ("actionMoveNeuronRight", self.tr("Move Neuron to Ne&xt Layer"), "Ctrl+Shift+Right",
             self.tr("Move the selected neuron into the hidden layer after it"),
             lambda: move_selected(document, +1)),
            ("actionEditBias", self.tr("Edit &Bias…"), "F2",
             self.tr("Type a new bias b (threshold θ = −b) for the selected neuron"),
             lambda: self._edit_bias(edit_bias)),
        ]
        self.actions = []
        for name, text, shortcut, tip, run in rows:
            action = make_action(parent, ActionInfo(name, text, shortcut, tip))
            action.triggered.connect(lambda _=False, run=run: self._run(run))
            self.actions.append(action)
        (self.action_delete, self.action_add_neuron, self.action_add_layer,
         self.action_remove_layer, self.action_move_left, self.action_move_right,
         self.action_edit_bias) = self.actions

    def cost_menu(self, parent) -> QMenu:
        """"Cost C" submenu, rebuilt each time it opens so it shows what fits the output."""
        menu = QMenu(self.tr("&Cost C"), parent)
        menu.setObjectName("menuCost")
        menu.setToolTipsVisible(True)

        def fill():
            menu.clear()
            menus.add_cost_actions(menu, self.document)

        menu.aboutToShow.connect(fill)
        fill()
        return menu

    def _edit_bias(self, edit_bias) -> str | None:
        selected = self.document.selected_neuron
        if selected is None:
            return _select_first()
        edit_bias(*selected)
        return None

    def _run(self, run) -> None:
        text = run()
        if text:
            self.message.emit(text)
