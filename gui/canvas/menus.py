"""The canvas's menus: a layer's (its activation, its size, layers around it), a neuron's, the
cost's, and the empty canvas's.

Menus are built fresh each time from the document, so they always show the current choices.
A choice that does not go with the rest of the net (softmax with bce), or that the document's
guard refuses now (a lesson preset locked it), is shown but disabled, its tooltip giving the
reason; where two settings must change together, the menu
offers the pair as one edit. Every action writes back through the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from engine import activations, notation
from engine import architecture as arch
from gui.canvas.mime import NEW_LAYER_UNITS

#: Output activation and cost that belong together, offered as one edit.
OUTPUT_PAIRS = (("sigmoid", "bce"), ("softmax", "cce"), ("linear", "mse"), ("sigmoid", "mse"))


def activation_label(name: str) -> str:
    """The activation's name (as its layer's card writes it) with its formula, as the notes
    write it; in another language than English its name there too ("step · 阶跃函数 H": the
    notes' word, which the name alone did not give, tester)."""
    return f"{activation_name(name)}    {activations.get(name).formula}"


def activation_name(name: str) -> str:
    title = activations.TITLES[name]
    return name if title == activations.TITLES.english[name] else f"{name} · {title}"


def cost_label(name: str) -> str:
    names = {"mse": QCoreApplication.translate("CanvasMenus", "mse: mean of ½‖y − aᴸ‖²"),
             "bce": QCoreApplication.translate("CanvasMenus", "bce: binary cross-entropy"),
             "cce": QCoreApplication.translate("CanvasMenus", "cce: categorical cross-entropy")}
    return names.get(name, name)


def locked(document, *edits: str) -> str | None:
    """Why the document's guard (a lesson preset's locks) refuses any of ``edits`` now, or
    None: the menus grey such an entry out instead of offering what a click would refuse."""
    guard = getattr(document, "edit_guard", None)
    if guard is None:
        return None
    for edit in edits:
        reason = guard(edit, ())
        if reason:
            return reason
    return None


def _grey_if_locked(action, document, *edits: str) -> bool:
    """Disable ``action`` with the guard's reason as its tooltip when ``edits`` are locked."""
    reason = locked(document, *edits)
    if reason:
        action.setEnabled(False)
        action.setToolTip(reason)
        action.setStatusTip(reason)
    return bool(reason)


def _new_menu(parent: QWidget | None) -> QMenu:
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    return menu


def add_activation_actions(menu: QMenu, document, layer: int) -> None:
    """One checkable action per activation. On the output layer, one the cost does not allow
    says which cost it takes and switches both in one step (step under bce: "step, with the
    cost mse"); the ones this layer cannot take at all are disabled, with the reason."""
    current = document.spec.layers[layer - 1].activation
    group = QActionGroup(menu)
    for name in activations.NAMES:
        action = menu.addAction(activation_label(name))
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)
        if _grey_if_locked(action, document, "set_activation"):
            continue
        reason = arch.refusal(lambda name=name: arch.set_activation(document.network, layer, name))
        cost = _cost_it_needs(document, layer, name) if reason else None
        if cost is not None:
            action.setText(QCoreApplication.translate(
                "CanvasMenus", "{a} (switches the cost to {c})").format(
                    a=activation_name(name), c=cost)
                           + f"    {activations.get(name).formula}")
            action.setToolTip(QCoreApplication.translate(
                "CanvasMenus", "{why} Choosing it switches the cost to {c} as well.").format(
                why=reason[:1].upper() + reason[1:].rstrip(".") + ".", c=cost))
            action.triggered.connect(
                lambda _=False, name=name, cost=cost: document.set_output(name, cost))
            _grey_if_locked(action, document, "set_output")
            continue
        if reason:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)
        action.triggered.connect(lambda _=False, name=name: document.set_activation(layer, name))


def _cost_it_needs(document, layer: int, activation: str) -> str | None:
    """The cost the output layer could take ``activation`` with, when the current one cannot
    (None for a hidden layer, or when no cost will do)."""
    if layer != document.spec.n_layers:
        return None
    for cost in ("mse", "bce", "cce"):
        if cost != document.spec.loss and not arch.refusal(
                lambda cost=cost: arch.with_choices(document.network, {layer: activation}, cost)):
            return cost
    return None


def add_cost_actions(menu: QMenu, document) -> None:
    """The cost C, one checkable action per cost; those the output cannot take are disabled."""
    group = QActionGroup(menu)
    for name in ("mse", "bce", "cce"):
        action = menu.addAction(cost_label(name))
        action.setCheckable(True)
        action.setChecked(name == document.spec.loss)
        group.addAction(action)
        reason = locked(document, "set_loss") or arch.refusal(
            lambda name=name: arch.set_loss(document.network, name))
        if reason:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)
        action.triggered.connect(lambda _=False, name=name: document.set_loss(name))


def add_output_pairs(menu: QMenu, document) -> None:
    """Output activation and cost pairs the net can switch to in one step."""
    spec = document.spec
    current = (spec.output_activation, spec.loss)
    for activation, loss in OUTPUT_PAIRS:
        if (activation, loss) == current:
            continue
        action = menu.addAction(QCoreApplication.translate(
            "CanvasMenus", "{a} with {c}").format(a=activation, c=loss))
        reason = locked(document, "set_output") or arch.refusal(
            lambda a=activation, c=loss: arch.with_choices(document.network, {spec.n_layers: a}, c))
        if reason:
            action.setEnabled(False)
            action.setToolTip(reason)
        action.triggered.connect(
            lambda _=False, a=activation, c=loss: document.set_output(a, c))


def layer_menu(document, layer: int, parent: QWidget | None = None) -> QMenu:
    """The menu of layer ``layer``'s header: its activation and, for a hidden layer, its size
    and the layers around it; for the output layer, the cost as well."""
    spec = document.spec
    menu = _new_menu(parent)
    output = layer == spec.n_layers
    title = (QCoreApplication.translate("CanvasMenus", "Output layer {l}: activation σ") if output
             else QCoreApplication.translate("CanvasMenus", "Hidden layer {l}: activation σ"))
    menu.addSection(title.format(l=layer))
    add_activation_actions(menu, document, layer)
    if output:
        menu.addSection(QCoreApplication.translate("CanvasMenus", "Output and cost together"))
        add_output_pairs(menu, document)
        menu.addSection(QCoreApplication.translate("CanvasMenus", "Cost C"))
        add_cost_actions(menu, document)
        return menu
    menu.addSection(QCoreApplication.translate("CanvasMenus", "Layer {l}").format(l=layer))
    _grey_if_locked(menu.addAction(QCoreApplication.translate(
        "CanvasMenus", "Add a neuron"), lambda: document.add_neuron(layer)), document,
        "add_neuron")
    last = spec.layers[layer - 1].units - 1
    _grey_if_locked(menu.addAction(QCoreApplication.translate(
        "CanvasMenus", "Remove the last neuron"), lambda: document.remove_neuron(layer, last)),
        document, "remove_neuron")
    _grey_if_locked(menu.addAction(
        QCoreApplication.translate("CanvasMenus", "Insert a hidden layer before"),
        lambda: document.add_hidden_layer(layer, units=NEW_LAYER_UNITS)), document,
        "add_hidden_layer")
    _grey_if_locked(menu.addAction(
        QCoreApplication.translate("CanvasMenus", "Insert a hidden layer after"),
        lambda: document.add_hidden_layer(layer + 1, units=NEW_LAYER_UNITS)), document,
        "add_hidden_layer")
    _grey_if_locked(menu.addAction(QCoreApplication.translate(
        "CanvasMenus", "Remove this layer"), lambda: document.remove_hidden_layer(layer)),
        document, "remove_hidden_layer")
    return menu


def neuron_menu(document, scene, layer: int, index: int,
                parent: QWidget | None = None) -> QMenu:
    """A neuron's context menu: edit its bias, remove it, move it to another hidden layer."""
    spec = document.spec
    menu = _new_menu(parent)
    if layer == 0:
        menu.addSection(QCoreApplication.translate(
            "CanvasMenus", "Input x{j}").format(j=notation.sub(index + 1)))
    else:
        menu.addSection(QCoreApplication.translate(
            "CanvasMenus", "Neuron {i} of layer {l}").format(i=index + 1, l=layer))
        _grey_if_locked(menu.addAction(
            QCoreApplication.translate("CanvasMenus", "Edit bias {b}… (θ = −b)").format(
                b=notation.bias_symbol(layer, index)),
            lambda: scene.edit_bias(layer, index)), document, "set_bias")
    remove = menu.addAction(QCoreApplication.translate(
        "CanvasMenus", "Remove neuron"), lambda: document.remove_neuron(layer, index))
    reason = locked(document, "remove_neuron") or arch.refusal(
        lambda: arch.check_remove_neuron(spec, layer))
    if reason:
        remove.setEnabled(False)
        remove.setToolTip(reason)
    if 0 < layer < spec.n_layers:
        # Made with its parent, not by addMenu(title): some PySide6 versions let Python own
        # (and delete) a submenu that addMenu made.
        move = QMenu(QCoreApplication.translate("CanvasMenus", "Move to hidden layer"), menu)
        menu.addMenu(move)
        move.setToolTipsVisible(True)
        for other in range(1, spec.n_layers):
            if other == layer:
                continue
            action = move.addAction(QCoreApplication.translate(
                "CanvasMenus", "Layer {l}").format(l=other),
                                    lambda other=other: document.move_neuron(layer, index, other))
            reason = locked(document, "move_neuron") or arch.refusal(
                lambda other=other: arch.check_move_neuron(spec, layer, other))
            if reason:
                action.setEnabled(False)
                action.setToolTip(reason)
        move.setEnabled(bool(move.actions()))
        _grey_if_locked(menu.addAction(
            QCoreApplication.translate("CanvasMenus", "Add a neuron after this one"),
            lambda: document.add_neuron(layer, index + 1)), document, "add_neuron")
    if layer > 0:
        menu.addMenu(layer_menu(document, layer, menu)).setText(
            QCoreApplication.translate("CanvasMenus", "Layer {l}").format(l=layer))
    return menu


def edge_menu(document, scene, layer: int, i: int, j: int,
              parent: QWidget | None = None) -> QMenu:
    """A connection's menu: type a new weight, cut it (w = 0) or flip its sign."""
    menu = _new_menu(parent)
    value = float(document.network.weights[layer - 1][i, j])
    symbol = notation.weight_symbol(layer, i, j)
    menu.addSection(f"{symbol} = {notation.format_number(value)}")
    actions = [
        menu.addAction(QCoreApplication.translate("CanvasMenus", "Edit weight {w}…").format(
            w=symbol), lambda: scene.edit_weight(layer, i, j)),
        menu.addAction(QCoreApplication.translate("CanvasMenus", "Set to 0 (no influence)"),
                       lambda: document.set_weight(layer, i, j, 0.0)),
        menu.addAction(QCoreApplication.translate("CanvasMenus", "Flip its sign"),
                       lambda: document.set_weight(layer, i, j, -value))]
    for action in actions:
        _grey_if_locked(action, document, "set_weight")
    return menu


def canvas_menu(document, parent: QWidget | None = None) -> QMenu:
    """The empty canvas's menu: a new hidden layer in front of the output, and the cost."""
    menu = _new_menu(parent)
    L = document.spec.n_layers
    add = menu.addAction(QCoreApplication.translate(
        "CanvasMenus", "Add a hidden layer before the output"),
                         lambda: document.add_hidden_layer(L, units=NEW_LAYER_UNITS))
    reason = locked(document, "add_hidden_layer") or arch.refusal(
        lambda: arch.check_add_layer(document.spec, L))
    if reason:
        add.setEnabled(False)
        add.setToolTip(reason)
    menu.addSection(QCoreApplication.translate("CanvasMenus", "Cost C"))
    add_cost_actions(menu, document)
    return menu
