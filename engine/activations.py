"""Activation functions σ and their derivatives σ', as the notes define them.

Each activation is a tiny object with ``fn`` (a = σ(z)), ``derivative`` (σ'(z), given z and
a so that the cheap form in terms of a can be used) and ``backprop`` (∂C/∂z from ∂C/∂a). All
take an optional ``out`` so the fast training path can reuse its buffers; the reference path
calls them without. Every formula here is stable for |z| up to 1e4 and beyond: nothing
exponentiates a large positive number, so no overflow warnings (the tests run with warnings
as errors).

Where a derivative is undefined at a single point (relu, leaky_relu and step at 0) we take
the value torch takes, so a user moving to PyTorch sees the same gradients.
"""

import functools

import numpy as np

from engine.errors import SpecError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate, translate_stored


def row_max(z):
    """The largest value of each row of ``z``, as a column (n, 1).

    numpy reduces along a short row one row at a time, which for thousands of rows of ten
    numbers costs 5× more than taking the maximum of the ten columns, so tall, narrow
    matrices take that route (a transposed copy, then an elementwise maximum down it).
    """
    n, k = z.shape
    if n > 4 * k:
        return np.maximum.reduce(np.ascontiguousarray(z.T), axis=0).reshape(n, 1)
    return np.maximum.reduce(z, axis=1, keepdims=True)


def row_sum(z):
    """The sum of each row of ``z``, as a column (n, 1): one matrix product with a column
    of ones, several times faster than numpy's row-by-row reduction for narrow rows."""
    return z @ _ones(z.shape[1], z.dtype)


@functools.cache
def _zeros(k, dtype):
    zeros = np.zeros(k, dtype)
    zeros.flags.writeable = False
    return zeros


@functools.cache
def _ones(k, dtype):
    ones = np.ones((k, 1), dtype)
    ones.flags.writeable = False
    return ones


class Activation:
    """Base of every activation: an elementwise σ with its derivative σ'."""

    name = ""
    #: σ and σ' as a user reads them (in English; ``formula`` is in the user's language)
    formula_en = ""
    derivative_formula_en = ""
    #: False only for softmax, whose σ' is a matrix rather than one number per neuron.
    elementwise = True

    def fn(self, z, out=None):
        """a = σ(z), elementwise."""
        raise NotImplementedError

    def derivative(self, z, a, out=None):
        """σ'(z); ``a`` must be σ(z), which lets sigmoid and tanh use their cheap forms."""
        raise NotImplementedError

    def backprop(self, z, a, grad_a, out=None):
        """∂C/∂z = ∂C/∂a ⊙ σ'(z): the notes' δ = ∇ₐC ⊙ σ'(z) for one layer."""
        d = self.derivative(z, a, out=out)
        return np.multiply(grad_a, d, out=d)

    def __call__(self, z):
        return self.fn(np.asarray(z))

    @property
    def title(self) -> str:
        """The activation's name as a menu shows it ("Sigmoid σ"), in the user's language."""
        return TITLES[self.name]

    @property
    def description(self) -> str:
        """What the activation does and what it is for, in one or two sentences."""
        return DESCRIPTIONS[self.name]

    @property
    def formula(self) -> str:
        """a = σ(z) in words and symbols, in the user's language."""
        return translate_stored("Activations", self.formula_en)

    @property
    def derivative_formula(self) -> str:
        return translate_stored("Activations", self.derivative_formula_en)

    def __repr__(self):
        return f"activation({self.name!r})"


class Step(Activation):
    """The M-P neuron's step, the Heaviside step H: 1 for z ≥ 0, else 0. The notes write it
    sgn (阶跃函数), but sgn is usually the sign function, −1 below 0; the program says H and
    names the notes' symbol beside it.

    Its derivative is 0 everywhere except at 0, where it does not exist; we return 0, which
    is exactly why gradient descent cannot train it (the trainer refuses and says so).
    """

    name = "step"
    formula_en = QT_TRANSLATE_NOOP(
        "Activations", "H(z) = 1 if z ≥ 0 else 0 (the Heaviside step; the notes' sgn)")
    derivative_formula_en = QT_TRANSLATE_NOOP("Activations", "H'(z) = 0 (undefined at z = 0)")

    def fn(self, z, out=None):
        if out is None:
            return (z >= 0).astype(z.dtype)
        return np.greater_equal(z, 0, out=out)

    def derivative(self, z, a, out=None):
        if out is None:
            return np.zeros_like(z)
        out.fill(0)
        return out


class Sigmoid(Activation):
    """σ(z) = 1 / (1 + e^−z), computed as exp(−softplus(−z)).

    logaddexp never overflows, and the exp only ever sees numbers ≤ 0, so σ keeps its
    relative precision even deep in saturation, where the vanishing gradient is shown.
    """

    name = "sigmoid"
    formula_en = "σ(z) = 1 / (1 + e^(−z))"
    derivative_formula_en = "σ'(z) = σ(z)(1 − σ(z))"

    def fn(self, z, out=None):
        out = np.negative(z, out=out)
        np.logaddexp(0, out, out=out)
        np.negative(out, out=out)
        return np.exp(out, out=out)

    def derivative(self, z, a, out=None):
        out = np.subtract(1, a, out=out)
        return np.multiply(out, a, out=out)


class Tanh(Activation):
    """tanh(z) = (e^z − e^−z) / (e^z + e^−z); numpy's tanh is stable for any z."""

    name = "tanh"
    formula_en = "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"
    derivative_formula_en = "tanh'(z) = 1 − tanh²(z)"

    def fn(self, z, out=None):
        return np.tanh(z, out=out)

    def derivative(self, z, a, out=None):
        out = np.multiply(a, a, out=out)
        return np.subtract(1, out, out=out)


class ReLU(Activation):
    """ReLU(z) = max(z, 0); its derivative is 1 for z > 0 and 0 otherwise (0 at 0, as torch)."""

    name = "relu"
    formula_en = "ReLU(z) = max(z, 0)"
    derivative_formula_en = QT_TRANSLATE_NOOP("Activations", "ReLU'(z) = 1 if z > 0 else 0")

    def fn(self, z, out=None):
        if isinstance(z, np.ndarray) and z.ndim and z.dtype.kind == "f":
            # against a row of zeros, not the scalar 0: numpy's maximum with a scalar takes
            # a slower loop (twice the time on a batch of a large net's hidden layer)
            return np.maximum(z, _zeros(z.shape[-1], z.dtype), out=out)
        return np.maximum(z, 0, out=out)

    def derivative(self, z, a, out=None):
        # a = max(z, 0) is positive exactly where z is, and 0 elsewhere: a > 0 is 1 or 0
        # (written into the float buffer given: twice as fast as sign(a), the same numbers)
        if out is not None:
            return np.greater(a, 0, out=out)
        return np.sign(a)


class LeakyReLU(Activation):
    """max(z, 0.01 z): a ReLU whose negative side keeps a small slope (0.01, torch's default),
    so a neuron pushed below zero still receives a gradient."""

    name = "leaky_relu"
    slope = 0.01
    formula_en = QT_TRANSLATE_NOOP("Activations", "LeakyReLU(z) = z if z > 0 else 0.01 z")
    derivative_formula_en = QT_TRANSLATE_NOOP("Activations",
                                              "LeakyReLU'(z) = 1 if z > 0 else 0.01")

    def fn(self, z, out=None):
        # For z < 0, 0.01 z > z; for z > 0, z > 0.01 z: the larger of the two is the answer.
        out = np.multiply(z, self.slope, out=out)
        return np.maximum(z, out, out=out)

    def derivative(self, z, a, out=None):
        if out is None:
            out = np.empty_like(z)
        np.greater(z, 0, out=out)
        np.multiply(out, 1 - self.slope, out=out)
        return np.add(out, self.slope, out=out)


class Linear(Activation):
    """The identity, for regression outputs: a = z, σ'(z) = 1."""

    name = "linear"
    formula_en = "a = z"
    derivative_formula_en = "1"

    def fn(self, z, out=None):
        return np.positive(z, out=out)

    def derivative(self, z, a, out=None):
        if out is None:
            return np.ones_like(z)
        out.fill(1)
        return out


class Softmax(Activation):
    """softmax(z)ⱼ = e^zⱼ / Σₖ e^zₖ over each row: the output layer of a classifier.

    The largest zₖ of each row is subtracted first, so the exponentials never overflow. Its
    derivative is a Jacobian, not one number per neuron: ``backprop`` applies it, and with
    the cce cost the whole product collapses to the fused δᴸ = aᴸ − y.
    """

    name = "softmax"
    elementwise = False
    formula_en = "softmax(z)ⱼ = e^(zⱼ) / Σₖ e^(zₖ)"
    derivative_formula_en = "∂aⱼ/∂zₖ = aⱼ(1[j = k] − aₖ)"

    def fn(self, z, out=None):
        out = np.subtract(z, row_max(z), out=out)
        np.exp(out, out=out)
        return np.divide(out, row_sum(out), out=out)

    def derivative(self, z, a, out=None):
        raise SpecError(translate(
            "Activations",
            "softmax has no derivative of one number per neuron: every output depends on every "
            "input, so its derivative is a matrix. Use backprop() (the Jacobian product), or the "
            "cce cost, whose δᴸ = aᴸ − y needs no derivative at all."))

    def backprop(self, z, a, grad_a, out=None):
        # Jᵀg for the Jacobian aⱼ(1[j = k] − aₖ): a ⊙ (g − Σⱼ gⱼaⱼ).
        weighted = row_sum(grad_a * a)
        out = np.subtract(grad_a, weighted, out=out)
        return np.multiply(out, a, out=out)


ACTIVATIONS = {
    activation.name: activation
    for activation in (Step(), Sigmoid(), Tanh(), ReLU(), LeakyReLU(), Linear(), Softmax())
}

NAMES = tuple(ACTIVATIONS)

#: each activation's name as a user reads it, translated when read
TITLES = TranslatedNames("Activations", {
    "step": QT_TRANSLATE_NOOP("Activations", "Step H"),
    "sigmoid": QT_TRANSLATE_NOOP("Activations", "Sigmoid σ"),
    "tanh": QT_TRANSLATE_NOOP("Activations", "Tanh"),
    "relu": QT_TRANSLATE_NOOP("Activations", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("Activations", "Leaky ReLU"),
    "linear": QT_TRANSLATE_NOOP("Activations", "Linear"),
    "softmax": QT_TRANSLATE_NOOP("Activations", "Softmax"),
})

#: what each activation does, translated when read
DESCRIPTIONS = TranslatedNames("Activations", {
    "step": QT_TRANSLATE_NOOP(
        "Activations",
        "The M-P neuron's threshold: 1 for z ≥ 0, else 0. Its derivative is 0, so gradient "
        "descent cannot train it; the perceptron rule can."),
    "sigmoid": QT_TRANSLATE_NOOP(
        "Activations",
        "Squashes z into (0, 1); for large |z| it saturates and its gradient vanishes."),
    "tanh": QT_TRANSLATE_NOOP(
        "Activations",
        "Squashes z into (−1, 1), centred on 0; it saturates like the sigmoid."),
    "relu": QT_TRANSLATE_NOOP(
        "Activations",
        "max(z, 0): no saturation above 0, but a neuron stuck below 0 stops learning."),
    "leaky_relu": QT_TRANSLATE_NOOP(
        "Activations",
        "Like ReLU with a slope of 0.01 below 0, so every neuron keeps a gradient."),
    "linear": QT_TRANSLATE_NOOP(
        "Activations",
        "a = z, unchanged: for the outputs of a regression."),
    "softmax": QT_TRANSLATE_NOOP(
        "Activations",
        "For a classifier's output layer: one probability per class, summing to 1 (with the cce "
        "cost)."),
})


def get(name):
    """The activation called ``name``; a SpecError listing the choices if there is none."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        raise SpecError(translate(
            "Activations", "unknown activation {name}: choose one of {choices}").format(
                name=repr(name), choices=", ".join(NAMES))) from None
