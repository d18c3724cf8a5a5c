"""How a network's weights start: random, but at a scale that keeps signals alive.

Too small and every layer shrinks the signal (and its gradient) towards zero; too large and
sigmoid and tanh saturate, so their derivatives vanish. Glorot (Xavier) keeps the variance of
the signal about constant through sigmoid/tanh layers; He doubles it for ReLU, which zeroes
half its inputs. All weights are drawn in float64 from a ``numpy.random.Generator`` made from
the seed, layer by layer, so the same seed gives the same net in float64 and (rounded) in
float32.
"""

import math

import numpy as np

from engine.errors import SpecError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate

#: each rule's name as a user reads it, translated when read
TITLES = TranslatedNames("Initializers", {
    "auto": QT_TRANSLATE_NOOP("Initializers", "Automatic (Glorot, or He for ReLU)"),
    "glorot": QT_TRANSLATE_NOOP("Initializers", "Glorot uniform"),
    "he": QT_TRANSLATE_NOOP("Initializers", "He normal"),
    "uniform": QT_TRANSLATE_NOOP("Initializers", "Uniform (−a, a)"),
    "zeros": QT_TRANSLATE_NOOP("Initializers", "Zeros"),
})

#: The rule "auto" picks for each activation.
AUTO_RULES = {"relu": "he", "leaky_relu": "he"}


class Initializer:
    """Draws (Wˡ, bˡ) for one layer with ``fan_in`` inputs and ``fan_out`` neurons."""

    name = ""

    def __call__(self, rng, fan_in, fan_out):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}()"


class Glorot(Initializer):
    """wᵢⱼ ~ uniform(−a, a), a = √(6 / (fan_in + fan_out)) (Glorot and Bengio, 2010); b = 0.

    The same as torch.nn.init.xavier_uniform_ with gain 1.
    """

    name = "glorot"

    def __call__(self, rng, fan_in, fan_out):
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=(fan_out, fan_in)), np.zeros(fan_out)


class He(Initializer):
    """wᵢⱼ ~ normal(0, 2 / fan_in) (He et al., 2015); b = 0. For ReLU layers."""

    name = "he"

    def __call__(self, rng, fan_in, fan_out):
        std = math.sqrt(2.0 / fan_in)
        return rng.normal(0.0, std, size=(fan_out, fan_in)), np.zeros(fan_out)


class Uniform(Initializer):
    """wᵢⱼ and bᵢ ~ uniform(−a, a); with a = None, a = 1/√fan_in, torch.nn.Linear's default."""

    name = "uniform"

    def __init__(self, a=None):
        if a is not None and not (isinstance(a, int | float) and math.isfinite(a) and a > 0):
            raise SpecError(translate(
                "Initializers", "the a of uniform(−a, a) must be a positive number, not {a}")
                .format(a=repr(a)))
        self.a = a

    def __call__(self, rng, fan_in, fan_out):
        a = 1.0 / math.sqrt(fan_in) if self.a is None else float(self.a)
        return rng.uniform(-a, a, size=(fan_out, fan_in)), rng.uniform(-a, a, size=fan_out)

    def __repr__(self):
        return f"Uniform(a={self.a!r})"


class Zeros(Initializer):
    """Every weight and bias 0: every neuron of a layer then computes the same thing and
    receives the same gradient forever, which shows why weights must start random."""

    name = "zeros"

    def __call__(self, rng, fan_in, fan_out):
        return np.zeros((fan_out, fan_in)), np.zeros(fan_out)


def from_name(name, activation="sigmoid", scale=None):
    """The initializer called ``name``; "auto" picks Glorot or He from the ``activation``."""
    if name == "auto":
        name = AUTO_RULES.get(activation, "glorot")
    if name == "glorot":
        return Glorot()
    if name == "he":
        return He()
    if name == "uniform":
        return Uniform(scale)
    if name == "zeros":
        return Zeros()
    raise SpecError(translate(
        "Initializers", "unknown initialisation {name}: choose auto, glorot, he, uniform or "
        "zeros").format(name=repr(name)))


def initial_parameters(spec, seed=0, init=None):
    """Float64 (weights, biases) for every layer of ``spec``, reproducible from ``seed``.

    ``init`` overrides every layer's own rule: a name ("glorot", "he", "uniform", "zeros",
    "auto") or an ``Initializer`` such as ``Uniform(0.5)``. None keeps each layer's rule.
    """
    if init is not None and not isinstance(init, str | Initializer):
        raise SpecError(translate(
            "Initializers", "init must be a rule's name or an Initializer, not {init}").format(
                init=repr(init)))
    rng = np.random.default_rng(seed)
    weights, biases = [], []
    for fan_in, layer in zip(spec.sizes[:-1], spec.layers, strict=True):
        if isinstance(init, Initializer):
            rule = init
        elif init is not None:
            rule = from_name(init, layer.activation)
        else:
            rule = from_name(layer.init, layer.activation, layer.init_scale)
        w, b = rule(rng, fan_in, layer.units)
        weights.append(w)
        biases.append(b)
    return weights, biases
