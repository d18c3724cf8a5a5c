"""Architecture edits as numbers: a neuron or a hidden layer added, removed or moved, a layer's
activation, the cost, one weight or one bias set by hand.

Every edit returns a new ``Network`` and leaves its argument alone. A connection that exists
before and after the edit keeps its exact weight; a new connection is drawn by the rule of the
layer it leads into (that layer's ``init``; "auto" picks Glorot or He from its activation) from
the Generator the caller passes, so an edit is reproducible from a seed. What an edit destroys
can be read first (``neuron_parts``, ``layer_parts``, the bridging matrix) and handed back to
the inverse edit: that is how an undo puts back exactly what was there.

The designer's limits live here: 0 to 6 hidden layers of 1 to 64 neurons. The input layer's
size follows the data's features and the output layer's its targets, so neither is resized by
hand. Every refusal is a ``SpecError`` raised before anything is built, saying why.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np

from engine.errors import SpecError
from engine.initializers import from_name
from engine.network import Network
from engine.spec import LayerSpec, NetworkSpec
from engine.text import translate

MAX_HIDDEN_LAYERS = 6
MAX_HIDDEN_UNITS = 64


@dataclass(frozen=True)
class NeuronParts:
    """Neuron i of hidden layer l as numbers: its row of Wˡ (``incoming``, Nₗ₋₁ weights), its
    bias bᵢˡ and its column of Wˡ⁺¹ (``outgoing``, Nₗ₊₁ weights). A part left None is drawn
    fresh when the neuron is inserted."""

    incoming: np.ndarray | None = None
    bias: float | None = None
    outgoing: np.ndarray | None = None


@dataclass(frozen=True)
class LayerParts:
    """Hidden layer l as numbers: Wˡ (Nₗ, Nₗ₋₁), bˡ (Nₗ,) and Wˡ⁺¹ (Nₗ₊₁, Nₗ)."""

    weights_in: np.ndarray
    biases: np.ndarray
    weights_out: np.ndarray


# -- limits: checked on the spec alone, so a caller can refuse before it changes anything ----

def check_hidden(spec: NetworkSpec, layer: int) -> None:
    """SpecError unless ``layer`` names a hidden layer (1..L-1) of ``spec``."""
    L = spec.n_layers
    _check_whole(layer, translate(
        "Architecture", "a layer number must be a whole number, not {value}"))
    if layer == 0:
        raise SpecError(translate(
            "Architecture", "layer 0 is the input: it has one neuron per feature of the data "
            "({n}), so its size follows the data, not the designer").format(n=spec.n_inputs))
    if layer == L:
        raise SpecError(translate(
            "Architecture", "layer {L} is the output: it has one neuron per target of the data "
            "({n}), so its size follows the data, not the designer").format(
                L=L, n=spec.n_outputs))
    if not 0 < layer < L:
        raise SpecError(translate(
            "Architecture", "there is no layer {layer}: this net has layers 0 (input) to "
            "{L} (output)").format(layer=layer, L=L))


def check_add_neuron(spec: NetworkSpec, layer: int) -> None:
    check_hidden(spec, layer)
    if spec.layers[layer - 1].units >= MAX_HIDDEN_UNITS:
        raise SpecError(translate(
            "Architecture", "hidden layer {layer} is full: a hidden layer holds at most "
            "{most} neurons").format(layer=layer, most=MAX_HIDDEN_UNITS))


def check_remove_neuron(spec: NetworkSpec, layer: int) -> None:
    check_hidden(spec, layer)
    if spec.layers[layer - 1].units <= 1:
        raise SpecError(translate(
            "Architecture", "hidden layer {layer} has a single neuron and a layer needs at "
            "least one: remove the whole layer instead").format(layer=layer))


def check_move_neuron(spec: NetworkSpec, layer: int, to_layer: int) -> None:
    if to_layer == layer:
        check_hidden(spec, layer)
        return
    check_remove_neuron(spec, layer)
    check_add_neuron(spec, to_layer)


def check_add_layer(spec: NetworkSpec, position: int) -> None:
    """``position`` is the new layer's number l: it goes between layers l-1 and l."""
    _check_whole(position, translate(
        "Architecture", "a layer position must be a whole number, not {value}"))
    L = spec.n_layers
    if L - 1 >= MAX_HIDDEN_LAYERS:
        raise SpecError(translate(
            "Architecture", "this net already has {most} hidden layers, the most the "
            "designer allows: remove one first").format(most=MAX_HIDDEN_LAYERS))
    if not 1 <= position <= L:
        raise SpecError(translate(
            "Architecture", "a new hidden layer goes between the input (layer 0) and the "
            "output (layer {L}), so its number is 1 to {L}, not {position}").format(
                L=L, position=position))


def check_remove_layer(spec: NetworkSpec, layer: int) -> None:
    check_hidden(spec, layer)


def refusal(trial: Callable[[], object]) -> str | None:
    """Why ``trial()`` is refused (its SpecError's message), or None when it goes through:
    so a menu or a drop target can say why a choice cannot be made before it is chosen."""
    try:
        trial()
    except SpecError as error:
        return str(error)
    return None


# -- reading what an edit will destroy ------------------------------------------------------

def neuron_parts(net: Network, layer: int, index: int) -> NeuronParts:
    """Copies of neuron ``index`` of hidden layer ``layer``'s weights in, bias and weights out."""
    check_hidden(net.spec, layer)
    _check_index(index, net.spec.layers[layer - 1].units, _hidden_layer(layer))
    return NeuronParts(incoming=net.weights[layer - 1][index].copy(),
                       bias=float(net.biases[layer - 1][index]),
                       outgoing=net.weights[layer][:, index].copy())


def layer_parts(net: Network, layer: int) -> LayerParts:
    """Copies of hidden layer ``layer``'s Wˡ, bˡ and Wˡ⁺¹."""
    check_hidden(net.spec, layer)
    return LayerParts(net.weights[layer - 1].copy(), net.biases[layer - 1].copy(),
                      net.weights[layer].copy())


# -- neurons --------------------------------------------------------------------------------

def insert_neuron(net: Network, layer: int, index: int | None = None,
                  parts: NeuronParts | None = None, rng=None) -> Network:
    """Hidden layer ``layer`` gains a neuron at ``index`` (default: last); the parts not given
    are drawn: its weights in by layer l's rule, its weights out by layer l+1's."""
    check_add_neuron(net.spec, layer)
    units = net.spec.layers[layer - 1].units
    index = units if index is None else index
    _check_index(index, units + 1, translate("Architecture", "hidden layer {l} (inserting)")
                 .format(l=layer))
    spec = _resized(net.spec, layer, units + 1)
    parts = parts or NeuronParts()
    rng = _generator(rng)
    sizes = spec.sizes
    incoming, bias, outgoing = parts.incoming, parts.bias, parts.outgoing
    if incoming is None or bias is None:
        fresh_w, fresh_b = _draw(spec, layer, rng)
        incoming = fresh_w[index] if incoming is None else incoming
        bias = fresh_b[index] if bias is None else bias
    if outgoing is None:
        outgoing = _draw(spec, layer + 1, rng)[0][:, index]
    incoming = _vector(incoming, sizes[layer - 1], "the neuron's incoming weights")
    outgoing = _vector(outgoing, sizes[layer + 1], "the neuron's outgoing weights")
    bias = _finite(bias, "the neuron's bias must be a finite number, not {value}")
    weights, biases = _copies(net)
    weights[layer - 1] = np.insert(weights[layer - 1], index, incoming, axis=0)
    biases[layer - 1] = np.insert(biases[layer - 1], index, bias)
    weights[layer] = np.insert(weights[layer], index, outgoing, axis=1)
    return _network(spec, weights, biases, net.dtype)


def remove_neuron(net: Network, layer: int, index: int) -> Network:
    """Hidden layer ``layer`` loses neuron ``index`` and every connection to and from it."""
    check_remove_neuron(net.spec, layer)
    units = net.spec.layers[layer - 1].units
    _check_index(index, units, _hidden_layer(layer))
    weights, biases = _copies(net)
    weights[layer - 1] = np.delete(weights[layer - 1], index, axis=0)
    biases[layer - 1] = np.delete(biases[layer - 1], index)
    weights[layer] = np.delete(weights[layer], index, axis=1)
    return _network(_resized(net.spec, layer, units - 1), weights, biases, net.dtype)


def move_neuron(net: Network, layer: int, index: int, to_layer: int,
                to_index: int | None = None, rng=None) -> Network:
    """Neuron ``index`` of hidden layer ``layer`` becomes neuron ``to_index`` (default: last)
    of hidden layer ``to_layer``.

    Within a layer this only reorders, so every weight is kept. Into another layer the neuron
    keeps its bias, but its connections are new (its neighbours are other neurons now), drawn
    by the layers' rules.
    """
    check_move_neuron(net.spec, layer, to_layer)
    units = net.spec.layers[layer - 1].units
    _check_index(index, units, _hidden_layer(layer))
    if to_layer != layer:
        bias = float(net.biases[layer - 1][index])
        return insert_neuron(remove_neuron(net, layer, index), to_layer, to_index,
                             NeuronParts(bias=bias), rng)
    to_index = units - 1 if to_index is None else to_index
    _check_index(to_index, units, _hidden_layer(layer))
    order = [k for k in range(units) if k != index]
    order.insert(to_index, index)
    weights, biases = _copies(net)
    weights[layer - 1] = weights[layer - 1][order]
    biases[layer - 1] = biases[layer - 1][order]
    weights[layer] = weights[layer][:, order]
    return _network(net.spec, weights, biases, net.dtype)


# -- hidden layers --------------------------------------------------------------------------

def insert_hidden_layer(net: Network, position: int, layer: LayerSpec,
                        parts: LayerParts | None = None, rng=None) -> Network:
    """A hidden layer becomes layer ``position``, between layers position-1 and position.

    The direct matrix between those two layers, W^position, no longer exists (read it first
    to undo). With no ``parts``, the new Wˡ and bˡ are drawn by the new layer's rule and the
    matrix out of it by the rule of the layer after it.
    """
    check_add_layer(net.spec, position)
    _check_hidden_layer_spec(layer)
    old = net.spec.layers
    spec = NetworkSpec(net.spec.n_inputs, (*old[:position - 1], layer, *old[position - 1:]),
                       net.spec.loss)
    sizes = spec.sizes
    if parts is None:
        rng = _generator(rng)
        w_in, b = _draw(spec, position, rng)
        w_out = _draw(spec, position + 1, rng)[0]
    else:
        w_in, b, w_out = parts.weights_in, parts.biases, parts.weights_out
    w_in = _matrix(w_in, (sizes[position], sizes[position - 1]), "the new layer's weights in")
    b = _matrix(b, (sizes[position],), "the new layer's biases")
    w_out = _matrix(w_out, (sizes[position + 1], sizes[position]), "the new layer's weights out")
    weights, biases = _copies(net)
    weights[position - 1:position] = [w_in, w_out]
    biases.insert(position - 1, b)
    return _network(spec, weights, biases, net.dtype)


def remove_hidden_layer(net: Network, layer: int, bridge: np.ndarray | None = None,
                        rng=None) -> Network:
    """Hidden layer ``layer`` goes; layers l-1 and l+1 become neighbours, joined by ``bridge``
    (Nₗ₊₁, Nₗ₋₁) or, with none, by a matrix drawn by layer l+1's rule."""
    check_remove_layer(net.spec, layer)
    old = net.spec.layers
    spec = NetworkSpec(net.spec.n_inputs, (*old[:layer - 1], *old[layer:]), net.spec.loss)
    sizes = spec.sizes
    if bridge is None:
        bridge = _draw(spec, layer, _generator(rng))[0]
    bridge = _matrix(bridge, (sizes[layer], sizes[layer - 1]), "the bridging weights")
    weights, biases = _copies(net)
    weights[layer - 1:layer + 1] = [bridge]
    del biases[layer - 1]
    return _network(spec, weights, biases, net.dtype)


# -- choices and single numbers ---------------------------------------------------------------

def with_inputs(net: Network, columns, rng=None) -> Network:
    """The network with other inputs (the input features chosen anew): input k of the result
    is input ``columns[k]`` of ``net``, its weights into layer 1 kept exactly, or a new input
    (``None``) whose weights are drawn by layer 1's rule from ``rng``. Inputs not listed are
    dropped with their weights; every other weight and bias is kept."""
    columns = list(columns)
    if not columns:
        raise SpecError(translate("Architecture", "a network needs at least one input"))
    n_old = net.spec.n_inputs
    for column in columns:
        if column is not None:
            _check_index(column, n_old, translate("Architecture", "the inputs"))
    spec = NetworkSpec(len(columns), net.spec.layers, net.spec.loss)
    fresh = _draw(spec, 1, _generator(rng))[0]
    weights, biases = _copies(net)
    W = np.array(fresh, dtype=np.float64)
    for k, column in enumerate(columns):
        if column is not None:
            W[:, k] = net.weights[0][:, column]
    weights[0] = W
    return _network(spec, weights, biases, net.dtype)


def with_choices(net: Network, activations: dict[int, str] | None = None,
                 loss: str | None = None) -> Network:
    """The same weights under other activations ({layer: name}) and/or another cost. A
    combination that cannot work (softmax with bce) is refused with the spec's reason."""
    layers = list(net.spec.layers)
    for layer, activation in (activations or {}).items():
        _check_whole(layer, translate(
            "Architecture", "a layer number must be a whole number, not {value}"))
        if not 1 <= layer <= len(layers):
            raise SpecError(translate(
                "Architecture", "layer {layer} has no activation: the input is layer 0 and "
                "layers 1 to {L} hold neurons").format(layer=layer, L=len(layers)))
        old = layers[layer - 1]
        layers[layer - 1] = LayerSpec(old.units, activation, old.init, old.init_scale)
    spec = NetworkSpec(net.spec.n_inputs, layers, net.spec.loss if loss is None else loss)
    return _network(spec, *_copies(net), net.dtype)


def set_activation(net: Network, layer: int, activation: str) -> Network:
    return with_choices(net, activations={layer: activation})


def set_loss(net: Network, loss: str) -> Network:
    return with_choices(net, loss=loss)


def reinitialise(net: Network, init: str, init_scale: float | None = None,
                 seed=0) -> Network:
    """Every layer's initialisation rule set to ``init`` (``init_scale`` is uniform's a) and
    every weight and bias drawn anew by it from ``seed``: the same net, started afresh."""
    layers = [LayerSpec(layer.units, layer.activation, init, init_scale)
              for layer in net.spec.layers]
    spec = NetworkSpec(net.spec.n_inputs, layers, net.spec.loss)
    return Network(spec, seed=seed, dtype=net.dtype)


def set_weight(net: Network, layer: int, i: int, j: int, value: float) -> Network:
    """wᵢⱼˡ = ``value``: the weight from neuron j of layer l-1 to neuron i of layer l."""
    _check_layer(net.spec, layer)
    rows, cols = net.weights[layer - 1].shape
    _check_index(i, rows, translate("Architecture", "layer {l}").format(l=layer))
    _check_index(j, cols, translate("Architecture", "layer {l}").format(l=layer - 1))
    value = _finite(value, translate(
        "Architecture", "a weight must be a finite number, not {value}"))
    weights, biases = _copies(net)
    weights[layer - 1][i, j] = value
    return _network(net.spec, weights, biases, net.dtype)


def set_bias(net: Network, layer: int, i: int, value: float) -> Network:
    """bᵢˡ = ``value`` (the neuron's threshold θ = −b)."""
    _check_layer(net.spec, layer)
    _check_index(i, net.spec.sizes[layer], translate("Architecture", "layer {l}").format(
        l=layer))
    value = _finite(value, translate(
        "Architecture", "a bias must be a finite number, not {value}"))
    weights, biases = _copies(net)
    biases[layer - 1][i] = value
    return _network(net.spec, weights, biases, net.dtype)


# -- helpers ----------------------------------------------------------------------------------

def _hidden_layer(layer: int) -> str:
    """"hidden layer 2": where a neuron index is out of range."""
    return translate("Architecture", "hidden layer {l}").format(l=layer)


def _check_whole(value, message: str) -> None:
    """SpecError(``message`` with the value) unless ``value`` is a whole number."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise SpecError(message.format(value=repr(value)))


def _check_layer(spec: NetworkSpec, layer: int) -> None:
    _check_whole(layer, translate(
        "Architecture", "a layer number must be a whole number, not {value}"))
    if not 1 <= layer <= spec.n_layers:
        raise SpecError(translate(
            "Architecture", "layer {layer} has no weights: the input is layer 0 and layers 1 "
            "to {L} hold neurons").format(layer=layer, L=spec.n_layers))


def _check_index(index, count: int, where: str) -> None:
    _check_whole(index, translate(
        "Architecture", "a neuron index must be a whole number, not {value}"))
    if not 0 <= index < count:
        raise SpecError((translate("Architecture", "{where} has no neuron {i}: its neurons are "
                                   "1 to {count}") if count else
                         translate("Architecture", "{where} has no neurons")).format(
                             where=where, i=index + 1, count=count))


def _check_hidden_layer_spec(layer) -> None:
    if not isinstance(layer, LayerSpec):
        raise SpecError(f"a new hidden layer is described by a LayerSpec, not {layer!r}")
    if layer.units > MAX_HIDDEN_UNITS:
        raise SpecError(translate(
            "Architecture", "a hidden layer holds at most {most} neurons, not {units}").format(
                most=MAX_HIDDEN_UNITS, units=layer.units))


def _finite(value, message: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise SpecError(message.format(value=repr(value)))
    return float(value)


def _vector(values, length: int, what: str) -> np.ndarray:
    return _matrix(values, (length,), what)


def _matrix(values, shape: tuple, what: str) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    if array.shape != shape:
        raise SpecError(f"{what} have shape {array.shape}, but the net needs {shape}")
    if not np.isfinite(array).all():
        raise SpecError(f"{what} hold NaN or infinite values")
    return array


def _resized(spec: NetworkSpec, layer: int, units: int) -> NetworkSpec:
    layers = list(spec.layers)
    old = layers[layer - 1]
    layers[layer - 1] = LayerSpec(units, old.activation, old.init, old.init_scale)
    return NetworkSpec(spec.n_inputs, layers, spec.loss)


def _draw(spec: NetworkSpec, layer: int, rng: np.random.Generator):
    """Fresh (Wˡ, bˡ) for layer ``layer`` of ``spec``, by that layer's own rule."""
    layer_spec = spec.layers[layer - 1]
    rule = from_name(layer_spec.init, layer_spec.activation, layer_spec.init_scale)
    return rule(rng, spec.sizes[layer - 1], layer_spec.units)


def _generator(rng) -> np.random.Generator:
    if isinstance(rng, np.random.Generator):
        return rng
    if rng is None or (isinstance(rng, Integral) and not isinstance(rng, bool) and rng >= 0):
        return np.random.default_rng(rng)
    raise SpecError(f"rng must be a numpy Generator or a seed ≥ 0, not {rng!r}")


def _copies(net: Network) -> tuple[list[np.ndarray], list[np.ndarray]]:
    return [W.copy() for W in net.weights], [b.copy() for b in net.biases]


def _network(spec, weights, biases, dtype) -> Network:
    return Network.from_arrays(spec, weights, biases, dtype=dtype)
