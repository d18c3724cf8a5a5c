"""The designer's edits as commands: one class per kind of edit of the network.

Each command applies its edit to the session's *current* network with ``engine.architecture``
and reverts it with the inverse edit, handing back exactly what the edit destroyed (a removed
neuron's weights, a removed layer, the matrix an inserted layer replaced). An edit of the
architecture begins a new run of the history (the loss plot starts a new curve); undoing it
ends that run again. Weights typed in by hand continue the run.
"""

from __future__ import annotations

import numpy as np

from engine import architecture as arch
from engine.network import Network
from engine.notation import bias_symbol, format_number, weight_symbol
from engine.session.events import HISTORY
from engine.session.undo import Command
from engine.spec import LayerSpec
from engine.text import QT_TRANSLATE_NOOP


class RunStart:
    """For commands that begin a new run of the history: ``begin_run`` in ``apply``,
    ``end_run`` in ``revert``; each returns the parts it changed."""

    starts_run = True
    _run_mark: tuple | None = None

    def begin_run(self) -> frozenset[str]:
        if not self.starts_run:
            return frozenset()
        history = self.session.history
        self._run_mark = history.run_mark()
        return frozenset({HISTORY}) if history.start_new_run() else frozenset()

    def end_run(self) -> frozenset[str]:
        if self._run_mark is None:
            return frozenset()
        self.session.history.restore_run_mark(self._run_mark)
        self._run_mark = None
        return frozenset({HISTORY})


class NetworkCommand(RunStart, Command):
    """An edit of the session's network. Subclasses say how to edit and how to revert it,
    and which neuron is selected afterwards; undo gives back the selection it found."""

    #: True when the edit changes the architecture (layers, sizes, activations, cost).
    changes_spec = True

    def __init__(self, session, template: str, args: dict | None = None):
        super().__init__(session, template, args)
        self.selection_before = session.selected_neuron

    def apply(self) -> frozenset[str]:
        network, selection = self.edit(self.session.network)
        return self.session._install_network(network, selection, self.changes_spec) \
            | self.begin_run()

    def revert(self) -> frozenset[str]:
        network = self.unedit(self.session.network)
        return self.session._install_network(network, self.selection_before,
                                             self.changes_spec) | self.end_run()

    def edit(self, network: Network) -> tuple[Network, tuple[int, int] | None]:
        raise NotImplementedError

    def unedit(self, network: Network) -> Network:
        raise NotImplementedError


class AddNeuron(NetworkCommand):
    def __init__(self, session, layer: int, index: int | None, seed):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Add a neuron to layer {l}"),
                         {"l": layer})
        units = session.spec.layers[layer - 1].units
        self.layer, self.index = layer, units if index is None else index
        self.seed = seed
        self.parts: arch.NeuronParts | None = None

    def edit(self, network):
        network = arch.insert_neuron(network, self.layer, self.index, self.parts,
                                     np.random.default_rng(self.seed))
        return network, (self.layer, self.index)

    def unedit(self, network):
        self.parts = arch.neuron_parts(network, self.layer, self.index)
        return arch.remove_neuron(network, self.layer, self.index)


class RemoveNeuron(NetworkCommand):
    def __init__(self, session, layer: int, index: int):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Remove neuron {i} of layer {l}"),
                         {"i": index + 1, "l": layer})
        self.layer, self.index = layer, index
        self.parts: arch.NeuronParts | None = None

    def edit(self, network):
        self.parts = arch.neuron_parts(network, self.layer, self.index)
        network = arch.remove_neuron(network, self.layer, self.index)
        # The neighbour that slid into the gap is selected, so Delete can be pressed again.
        left = network.spec.layers[self.layer - 1].units
        return network, (self.layer, min(self.index, left - 1))

    def unedit(self, network):
        return arch.insert_neuron(network, self.layer, self.index, self.parts)


class MoveNeuron(NetworkCommand):
    """A neuron dragged to another place in its layer, or into another hidden layer."""

    def __init__(self, session, layer: int, index: int, to_layer: int, to_index: int | None,
                 seed):
        super().__init__(session,
                         QT_TRANSLATE_NOOP("Commands", "Move neuron {i} of layer {l} to layer {m}"),
                         {"i": index + 1, "l": layer, "m": to_layer})
        units = session.spec.layers[to_layer - 1].units
        last = units - 1 if to_layer == layer else units
        self.source = (layer, index)
        self.target = (to_layer, last if to_index is None else to_index)
        self.seed = seed
        self.source_parts: arch.NeuronParts | None = None
        self.target_parts: arch.NeuronParts | None = None

    def edit(self, network):
        (layer, index), (to_layer, to_index) = self.source, self.target
        if layer == to_layer:
            return arch.move_neuron(network, layer, index, layer, to_index), self.target
        self.source_parts = arch.neuron_parts(network, layer, index)
        parts = self.target_parts or arch.NeuronParts(bias=self.source_parts.bias)
        network = arch.remove_neuron(network, layer, index)
        network = arch.insert_neuron(network, to_layer, to_index, parts,
                                     np.random.default_rng(self.seed))
        return network, self.target

    def unedit(self, network):
        (layer, index), (to_layer, to_index) = self.source, self.target
        if layer == to_layer:
            return arch.move_neuron(network, layer, to_index, layer, index)
        self.target_parts = arch.neuron_parts(network, to_layer, to_index)
        network = arch.remove_neuron(network, to_layer, to_index)
        return arch.insert_neuron(network, layer, index, self.source_parts)


class AddLayer(NetworkCommand):
    """A hidden layer inserted as layer ``position``; the matrix it replaces is kept for undo."""

    def __init__(self, session, position: int, layer: LayerSpec, seed):
        super().__init__(session,
                         QT_TRANSLATE_NOOP("Commands", "Add hidden layer {l} ({n} × {act})"),
                         {"l": position, "n": layer.units, "act": layer.activation})
        self.position, self.layer, self.seed = position, layer, seed
        self.parts: arch.LayerParts | None = None
        self.bridge: np.ndarray | None = None

    def edit(self, network):
        self.bridge = network.weights[self.position - 1].copy()
        network = arch.insert_hidden_layer(network, self.position, self.layer, self.parts,
                                           np.random.default_rng(self.seed))
        return network, (self.position, 0)

    def unedit(self, network):
        self.parts = arch.layer_parts(network, self.position)
        return arch.remove_hidden_layer(network, self.position, self.bridge)


class RemoveLayer(NetworkCommand):
    def __init__(self, session, layer: int, seed):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Remove hidden layer {l}"),
                         {"l": layer})
        self.layer, self.seed = layer, seed
        self.layer_spec: LayerSpec = session.spec.layers[layer - 1]
        self.parts: arch.LayerParts | None = None
        self.bridge: np.ndarray | None = None

    def edit(self, network):
        self.parts = arch.layer_parts(network, self.layer)
        network = arch.remove_hidden_layer(network, self.layer, self.bridge,
                                           np.random.default_rng(self.seed))
        # a neuron of the hidden layer now in its place (else the one before it) selected,
        # so Remove Hidden Layer can be pressed again, as Delete can (tester)
        hidden = network.spec.n_layers - 1
        layer = self.layer if self.layer <= hidden else self.layer - 1
        if layer < 1:
            return network, None
        index = self.selection_before[1] if self.selection_before else 0
        return network, (layer, min(index, network.spec.layers[layer - 1].units - 1))

    def unedit(self, network):
        self.bridge = network.weights[self.layer - 1].copy()
        return arch.insert_hidden_layer(network, self.layer, self.layer_spec, self.parts)


class SetChoices(NetworkCommand):
    """Layers' activations and/or the cost changed together; every weight stays."""

    def __init__(self, session, activations: dict[int, str], loss: str | None, template: str,
                 args: dict):
        super().__init__(session, template, args)
        spec = session.spec
        self.activations, self.loss = dict(activations), loss
        self.old_activations = {l: spec.layers[l - 1].activation for l in activations}
        self.old_loss = spec.loss if loss is not None else None

    def edit(self, network):
        return arch.with_choices(network, self.activations, self.loss), self.selection_before

    def unedit(self, network):
        return arch.with_choices(network, self.old_activations, self.old_loss)


class Reinitialise(NetworkCommand):
    """Every layer's initialisation rule changed and the weights drawn anew by it; undo puts
    back the rule and the very weights that were there."""

    def __init__(self, session, init: str, init_scale: float | None, seed):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Initialise the weights: {rule}"),
                         {"rule": init})
        self.init, self.init_scale, self.seed = init, init_scale, seed
        self.before: Network | None = None

    def edit(self, network):
        self.before = network.copy()
        return arch.reinitialise(network, self.init, self.init_scale, self.seed), \
            self.selection_before

    def unedit(self, network):
        return self.before.copy()


class SetWeight(NetworkCommand):
    """wᵢⱼˡ typed in by hand: the run goes on from the new value."""

    changes_spec = False
    starts_run = False

    def __init__(self, session, layer: int, i: int, j: int, value: float):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Set {w} = {v}"),
                         {"w": weight_symbol(layer, i, j),
                                                     "v": format_number(value)})
        self.where, self.value = (layer, i, j), float(value)
        self.old = float(session.network.weights[layer - 1][i, j])

    def edit(self, network):
        self.old = float(network.weights[self.where[0] - 1][self.where[1:]])
        return arch.set_weight(network, *self.where, self.value), self.selection_before

    def unedit(self, network):
        return arch.set_weight(network, *self.where, self.old)


class SetBias(NetworkCommand):
    """bᵢˡ (and so the threshold θ = −b) typed in by hand: the run goes on from it."""

    changes_spec = False
    starts_run = False

    def __init__(self, session, layer: int, i: int, value: float):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Set {b} = {v}"),
                         {"b": bias_symbol(layer, i),
                                                     "v": format_number(value)})
        self.where, self.value = (layer, i), float(value)
        self.old = float(session.network.biases[layer - 1][i])

    def edit(self, network):
        self.old = float(network.biases[self.where[0] - 1][self.where[1]])
        return arch.set_bias(network, *self.where, self.value), self.selection_before

    def unedit(self, network):
        return arch.set_bias(network, *self.where, self.old)
