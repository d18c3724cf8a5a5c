"""The designer's edits as undoable commands: one QUndoCommand per kind of edit.

Each command applies its edit to the document's *current* network with ``engine.architecture``
and reverts it with the inverse edit, handing back exactly what the edit destroyed (a removed
neuron's weights, a removed layer, the matrix an inserted layer replaced). Undo therefore
touches only what the edit touched: weights trained since the edit stay as they are.

The document emits ``aboutToEdit`` before it pushes a command; every later undo and redo emits
it again before changing anything, so a running training is stopped first each time.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from engine import LayerSpec, Network
from engine import architecture as arch
from gui import notation


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class NetworkCommand(QUndoCommand):
    """An edit of the document's network. Subclasses say how to apply and how to revert it,
    and which neuron is selected afterwards; undo gives back the selection it found."""

    #: True when the edit changes the architecture (layers, sizes, activations, cost).
    changes_spec = True

    def __init__(self, document, text: str):
        super().__init__(text)
        self.document = document
        self.selection_before = document.selected_neuron
        self._applied_once = False

    def redo(self) -> None:
        if self._applied_once:
            self.document.aboutToEdit.emit()
        self._applied_once = True
        network, selection = self.apply(self.document.network)
        self.document._install_network(network, self.changes_spec, selection)

    def undo(self) -> None:
        self.document.aboutToEdit.emit()
        network = self.revert(self.document.network)
        self.document._install_network(network, self.changes_spec, self.selection_before)

    def apply(self, network):
        raise NotImplementedError

    def revert(self, network):
        raise NotImplementedError


class AddNeuronCommand(NetworkCommand):
    def __init__(self, document, layer: int, index: int | None, seed):
        super().__init__(document, tr("Add a neuron to layer {l}").format(l=layer))
        units = document.spec.layers[layer - 1].units
        self.layer, self.index = layer, units if index is None else index
        self.seed = seed
        self.parts: arch.NeuronParts | None = None

    def apply(self, network):
        network = arch.insert_neuron(network, self.layer, self.index, self.parts,
                                     np.random.default_rng(self.seed))
        return network, (self.layer, self.index)

    def revert(self, network):
        self.parts = arch.neuron_parts(network, self.layer, self.index)
        return arch.remove_neuron(network, self.layer, self.index)


class RemoveNeuronCommand(NetworkCommand):
    def __init__(self, document, layer: int, index: int):
        super().__init__(document, tr("Remove neuron {i} of layer {l}").format(
            i=index + 1, l=layer))
        self.layer, self.index = layer, index
        self.parts: arch.NeuronParts | None = None

    def apply(self, network):
        self.parts = arch.neuron_parts(network, self.layer, self.index)
        network = arch.remove_neuron(network, self.layer, self.index)
        # The neighbour that slid into the gap is selected, so Delete can be pressed again.
        left = network.spec.layers[self.layer - 1].units
        return network, (self.layer, min(self.index, left - 1))

    def revert(self, network):
        return arch.insert_neuron(network, self.layer, self.index, self.parts)


class MoveNeuronCommand(NetworkCommand):
    """A neuron dragged to another place in its layer, or into another hidden layer."""

    def __init__(self, document, layer: int, index: int, to_layer: int, to_index: int | None,
                 seed):
        super().__init__(document, tr("Move neuron {i} of layer {l} to layer {m}").format(
            i=index + 1, l=layer, m=to_layer))
        units = document.spec.layers[to_layer - 1].units
        last = units - 1 if to_layer == layer else units
        self.source = (layer, index)
        self.target = (to_layer, last if to_index is None else to_index)
        self.seed = seed
        self.source_parts: arch.NeuronParts | None = None
        self.target_parts: arch.NeuronParts | None = None

    def apply(self, network):
        (layer, index), (to_layer, to_index) = self.source, self.target
        if layer == to_layer:
            return arch.move_neuron(network, layer, index, layer, to_index), self.target
        self.source_parts = arch.neuron_parts(network, layer, index)
        parts = self.target_parts or arch.NeuronParts(bias=self.source_parts.bias)
        network = arch.remove_neuron(network, layer, index)
        network = arch.insert_neuron(network, to_layer, to_index, parts,
                                     np.random.default_rng(self.seed))
        return network, self.target

    def revert(self, network):
        (layer, index), (to_layer, to_index) = self.source, self.target
        if layer == to_layer:
            return arch.move_neuron(network, layer, to_index, layer, index)
        self.target_parts = arch.neuron_parts(network, to_layer, to_index)
        network = arch.remove_neuron(network, to_layer, to_index)
        return arch.insert_neuron(network, layer, index, self.source_parts)


class AddLayerCommand(NetworkCommand):
    """A hidden layer inserted as layer ``position``; the matrix it replaces is kept for undo."""

    def __init__(self, document, position: int, layer: LayerSpec, seed):
        super().__init__(document, tr("Add hidden layer {l} ({n} × {act})").format(
            l=position, n=layer.units, act=layer.activation))
        self.position, self.layer, self.seed = position, layer, seed
        self.parts: arch.LayerParts | None = None
        self.bridge: np.ndarray | None = None

    def apply(self, network):
        self.bridge = network.weights[self.position - 1].copy()
        network = arch.insert_hidden_layer(network, self.position, self.layer, self.parts,
                                           np.random.default_rng(self.seed))
        return network, (self.position, 0)

    def revert(self, network):
        self.parts = arch.layer_parts(network, self.position)
        return arch.remove_hidden_layer(network, self.position, self.bridge)


class RemoveLayerCommand(NetworkCommand):
    def __init__(self, document, layer: int, seed):
        super().__init__(document, tr("Remove hidden layer {l}").format(l=layer))
        self.layer, self.seed = layer, seed
        self.layer_spec: LayerSpec = document.spec.layers[layer - 1]
        self.parts: arch.LayerParts | None = None
        self.bridge: np.ndarray | None = None

    def apply(self, network):
        self.parts = arch.layer_parts(network, self.layer)
        network = arch.remove_hidden_layer(network, self.layer, self.bridge,
                                           np.random.default_rng(self.seed))
        return network, None

    def revert(self, network):
        self.bridge = network.weights[self.layer - 1].copy()
        return arch.insert_hidden_layer(network, self.layer, self.layer_spec, self.parts)


class ChoicesCommand(NetworkCommand):
    """Layers' activations and/or the cost changed together; every weight stays."""

    def __init__(self, document, activations: dict[int, str], loss: str | None, text: str):
        super().__init__(document, text)
        spec = document.spec
        self.activations, self.loss = dict(activations), loss
        self.old_activations = {l: spec.layers[l - 1].activation for l in activations}
        self.old_loss = spec.loss if loss is not None else None

    def apply(self, network):
        return arch.with_choices(network, self.activations, self.loss), self.selection_before

    def revert(self, network):
        return arch.with_choices(network, self.old_activations, self.old_loss)


class ReinitialiseCommand(NetworkCommand):
    """Every layer's initialisation rule changed and the weights drawn anew by it; undo puts
    back the rule and the very weights that were there."""

    def __init__(self, document, init: str, init_scale: float | None, seed, text: str):
        super().__init__(document, text)
        self.init, self.init_scale, self.seed = init, init_scale, seed
        self.before: Network | None = None

    def apply(self, network):
        self.before = network.copy()
        return arch.reinitialise(network, self.init, self.init_scale, self.seed), \
            self.selection_before

    def revert(self, network):
        return self.before.copy()


class SetWeightCommand(NetworkCommand):
    """wᵢⱼˡ typed in by hand."""

    changes_spec = False

    def __init__(self, document, layer: int, i: int, j: int, value: float):
        super().__init__(document, tr("Set {w} = {v}").format(
            w=notation.weight_symbol(layer, i, j), v=notation.format_number(value)))
        self.where, self.value = (layer, i, j), float(value)
        self.old = float(document.network.weights[layer - 1][i, j])

    def apply(self, network):
        self.old = float(network.weights[self.where[0] - 1][self.where[1:]])
        return arch.set_weight(network, *self.where, self.value), self.selection_before

    def revert(self, network):
        return arch.set_weight(network, *self.where, self.old)


class SetBiasCommand(NetworkCommand):
    """bᵢˡ (and so the threshold θ = −b) typed in by hand."""

    changes_spec = False

    def __init__(self, document, layer: int, i: int, value: float):
        super().__init__(document, tr("Set {b} = {v}").format(
            b=notation.bias_symbol(layer, i), v=notation.format_number(value)))
        self.where, self.value = (layer, i), float(value)
        self.old = float(document.network.biases[layer - 1][i])

    def apply(self, network):
        self.old = float(network.biases[self.where[0] - 1][self.where[1]])
        return arch.set_bias(network, *self.where, self.value), self.selection_before

    def revert(self, network):
        return arch.set_bias(network, *self.where, self.old)
