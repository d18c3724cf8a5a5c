"""The network and backpropagation, written the way the notes write them.

This is the reference path: readable, vectorised over the batch, and the one the teaching
views show. A batch is rows, so the notes' zˡ = Wˡaˡ⁻¹ + bˡ for one sample becomes
Zˡ = Aˡ⁻¹ Wˡᵀ + bˡ for all of them at once. The trainer uses a faster path
(``engine.fastpath``) that is tested to give the same numbers as this one.

δ in a ``Gradients`` is per sample: row x of ``deltas[l-1]`` is the notes' δ^{x,l} = ∂C_x/∂zˡ,
the error of one sample, as the teaching views show it. The gradients are of the mean cost
C = (1/n) Σₓ C_x, so ∂C/∂Wˡ = (1/n) Σₓ δ^{x,l} (a^{x,l-1})ᵀ: the 1/n is applied once, there.
"""

from dataclasses import dataclass

import numpy as np

from engine import activations, costs
from engine.arrays import as_dtype, as_inputs, as_targets
from engine.errors import SpecError
from engine.initializers import initial_parameters
from engine.spec import NetworkSpec
from engine.text import translate


@dataclass
class Trace:
    """A forward pass: ``zs[l-1]`` is Zˡ and ``activations[l]`` is Aˡ, with A⁰ = X.

    ``activations`` has one more entry than ``zs``: the input comes first, as in Nielsen's
    ``backprop``.
    """

    zs: list
    activations: list

    @property
    def output(self):
        """Aᴸ, the network's output."""
        return self.activations[-1]


@dataclass
class Gradients:
    """A backward pass: per-sample errors δˡ and the gradients of the mean cost.

    ``deltas[l-1]`` is δˡ, one row per sample (∂C_x/∂zˡ); ``nabla_w[l-1]`` is ∂C/∂Wˡ and
    ``nabla_b[l-1]`` is ∂C/∂bˡ, both of C, the mean over the samples.
    """

    deltas: list
    nabla_w: list
    nabla_b: list


class Network:
    """A fully connected feedforward network: a spec plus its weights and biases.

    ``weights[l-1]`` is Wˡ with shape (Nₗ, Nₗ₋₁), so ``weights[l-1][i, j]`` is wᵢⱼˡ, the
    weight from neuron j of layer l-1 to neuron i of layer l; ``biases[l-1]`` is bˡ with
    shape (Nₗ,). Every array has the network's dtype, float64 unless float32 is asked for.
    """

    def __init__(self, spec, seed=0, dtype="float64", init=None):
        if not isinstance(spec, NetworkSpec):
            raise SpecError(translate(
                "Network", "a Network is built from a NetworkSpec, not {spec}").format(
                    spec=repr(spec)))
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)
                                 or seed < 0):
            raise SpecError(translate(
                "Network", "seed must be a whole number ≥ 0 (or None), not {seed}").format(
                    seed=repr(seed)))
        self.dtype = as_dtype(dtype)
        self.spec = spec
        weights, biases = initial_parameters(spec, seed, init)
        self.weights = [w.astype(self.dtype) for w in weights]
        self.biases = [b.astype(self.dtype) for b in biases]

    @classmethod
    def from_arrays(cls, spec, weights, biases, dtype=None):
        """A network with the given weights and biases (copied), checked against ``spec``.

        With ``dtype`` None the arrays' own float dtype is kept (integers become float64).
        """
        if not isinstance(spec, NetworkSpec):
            raise SpecError(translate(
                "Network", "a Network is built from a NetworkSpec, not {spec}").format(
                    spec=repr(spec)))
        weights, biases = list(weights), list(biases)
        for what, arrays in (("weights", weights), ("biases", biases)):
            if len(arrays) != spec.n_layers:
                raise SpecError(translate(
                    "Network", "the spec has {n_layers} layers of neurons, so it needs "
                    "{n_layers} {what} arrays, not {n_arrays}").format(
                        n_layers=spec.n_layers, what=what, n_arrays=len(arrays)))
        weights = [_as_array(w, f"weights[{i}]") for i, w in enumerate(weights)]
        biases = [_as_array(b, f"biases[{i}]") for i, b in enumerate(biases)]
        if dtype is None:
            found = np.result_type(*weights, *biases)
            dtype = found if found in (np.float32, np.float64) else np.float64
        net = cls.__new__(cls)
        net.spec = spec
        net.dtype = as_dtype(dtype)
        net.weights = [_checked(w, (n_out, n_in), f"weights[{l - 1}] (W{_sup(l)}, layer {l})",
                                net.dtype)
                       for l, (w, n_in, n_out) in enumerate(_layer_shapes(spec, weights), 1)]
        net.biases = [_checked(b, (n_out,), f"biases[{l - 1}] (b{_sup(l)}, layer {l})",
                               net.dtype)
                      for l, (b, _, n_out) in enumerate(_layer_shapes(spec, biases), 1)]
        return net

    # -- the forward pass --------------------------------------------------------------------

    @property
    def n_layers(self):
        """L, the number of weight matrices."""
        return self.spec.n_layers

    @property
    def sizes(self):
        return self.spec.sizes

    @property
    def layer_activations(self):
        """The activation object σ of layers 1..L."""
        return [activations.get(layer.activation) for layer in self.spec.layers]

    @property
    def cost(self):
        return costs.get(self.spec.loss)

    def forward(self, X):
        """Every Zˡ and Aˡ for the rows of X, layer by layer: the notes' forward pass."""
        a = as_inputs(X, self.spec.n_inputs, self.dtype)
        zs, acts = [], [a]
        for w, b, sigma in zip(self.weights, self.biases, self.layer_activations, strict=True):
            z = a @ w.T + b
            a = sigma.fn(z)
            zs.append(z)
            acts.append(a)
        return Trace(zs, acts)

    def predict(self, X):
        """Aᴸ for every row of X: (n, n_inputs) → (n, N_L)."""
        return self.forward(X).output

    def loss(self, X, Y):
        """C, the mean of C_x over the rows of X and Y."""
        trace = self.forward(X)
        Y = self._targets(Y, len(trace.output))
        return self.cost.fn(trace.zs[-1], trace.output, Y)

    # -- the backward pass -------------------------------------------------------------------

    def backward(self, trace, Y):
        """Backpropagation: δᴸ, then δˡ = ((Wˡ⁺¹)ᵀδˡ⁺¹) ⊙ σ'(zˡ) down to layer 1, then
        ∂C/∂wᵢⱼˡ = aⱼˡ⁻¹δᵢˡ and ∂C/∂bᵢˡ = δᵢˡ averaged over the samples."""
        Y = self._targets(Y, len(trace.output))
        sigmas = self.layer_activations
        n = len(Y)
        L = self.n_layers
        deltas, nabla_w, nabla_b = [None] * L, [None] * L, [None] * L
        delta = self.cost.delta(trace.zs[-1], trace.output, Y, sigmas[-1])
        for l in range(L, 0, -1):
            deltas[l - 1] = delta
            nabla_w[l - 1] = delta.T @ trace.activations[l - 1] / n
            nabla_b[l - 1] = delta.sum(axis=0) / n
            if l > 1:
                delta = sigmas[l - 2].backprop(trace.zs[l - 2], trace.activations[l - 1],
                                               delta @ self.weights[l - 1])
        return Gradients(deltas, nabla_w, nabla_b)

    def gradients(self, X, Y):
        """(∂C/∂W list, ∂C/∂b list) of the mean cost over the rows of X and Y."""
        grads = self.backward(self.forward(X), Y)
        return grads.nabla_w, grads.nabla_b

    def _targets(self, Y, n_rows):
        return as_targets(Y, self.spec.n_outputs, self.dtype, self.cost, n_rows)

    # -- copies and plain data ---------------------------------------------------------------

    def copy(self, dtype=None):
        """An independent network with the same spec and weights (optionally another dtype)."""
        return Network.from_arrays(self.spec, self.weights, self.biases,
                                   self.dtype if dtype is None else dtype)

    @property
    def n_parameters(self):
        return self.spec.n_parameters

    def flat_parameters(self):
        """Every weight and bias in one new vector: W¹, b¹, W², b², … each row by row."""
        return np.concatenate([part.ravel() for pair in zip(self.weights, self.biases,
                                                            strict=True) for part in pair])

    def set_flat_parameters(self, vector):
        """Set every weight and bias from a vector laid out as ``flat_parameters`` makes."""
        vector = np.asarray(vector)
        if vector.shape != (self.n_parameters,):
            raise SpecError(translate(
                "Network", "expected {n_parameters} parameters, got shape {shape}").format(
                    n_parameters=self.n_parameters, shape=vector.shape))
        start = 0
        for part in (p for pair in zip(self.weights, self.biases, strict=True) for p in pair):
            part[...] = vector[start:start + part.size].reshape(part.shape)
            start += part.size

    def to_dict(self):
        """The spec, dtype and exact weights as plain lists (floats round-trip through JSON)."""
        return {"spec": self.spec.to_dict(), "dtype": self.dtype.name,
                "weights": [w.tolist() for w in self.weights],
                "biases": [b.tolist() for b in self.biases]}

    @classmethod
    def from_dict(cls, data):
        if not isinstance(data, dict) or not {"spec", "weights", "biases"} <= set(data):
            raise SpecError(translate(
                "Network", "a network is described by a dict with spec, weights and biases"))
        return cls.from_arrays(NetworkSpec.from_dict(data["spec"]), data["weights"],
                               data["biases"], data.get("dtype", "float64"))

    def __repr__(self):
        return f"Network({self.spec}, {self.dtype.name}, {self.n_parameters} parameters)"


def _layer_shapes(spec, arrays):
    return zip(arrays, spec.sizes[:-1], spec.sizes[1:], strict=True)


def _as_array(values, name):
    try:
        array = np.asarray(values)
    except (TypeError, ValueError):
        raise SpecError(translate(
            "Network", "{name} is not a rectangular table of numbers").format(name=name)) from None
    if array.dtype.kind not in "biuf":
        raise SpecError(translate(
            "Network", "{name} must hold numbers, not {dtype} values").format(
                name=name, dtype=array.dtype))
    return array


def _checked(array, shape, name, dtype):
    if array.shape != shape:
        raise SpecError(translate(
            "Network", "{name} has shape {shape} but the spec needs {shape2}").format(
                name=name, shape=array.shape, shape2=shape))
    if not np.isfinite(array).all():
        raise SpecError(translate(
            "Network", "{name} holds NaN or infinite values").format(name=name))
    return np.array(array, dtype=dtype, order="C")


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sup(number):
    return str(number).translate(_SUPERSCRIPTS)
