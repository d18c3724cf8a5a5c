"""What a network is, before it has weights: its layers, their activations and its cost.

``NetworkSpec`` and ``LayerSpec`` are small immutable dataclasses. They check themselves when
built, so an architecture that cannot work (softmax with bce, say) is refused with a
``SpecError`` saying what to choose instead, before any weight exists. They turn into plain
dicts and back (``to_dict`` / ``from_dict``) for the project file.

In the notes' words: layer 0 is the input (n_inputs values), layers 1..L hold neurons, L is
the output layer and 1..L-1 are hidden; the net's number of layers is L, its number of weight
matrices.
"""

import math
from dataclasses import dataclass, field

from engine import activations, costs
from engine.errors import SpecError
from engine.text import translate

INIT_NAMES = ("auto", "glorot", "he", "uniform", "zeros")


def _check_count(value, what):
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SpecError(translate(
            "Spec", "{what} must be a whole number of at least 1, not {value}").format(
                what=what, value=repr(value)))


@dataclass(frozen=True)
class LayerSpec:
    """One layer of neurons: how many, their activation and how their weights start.

    ``init`` is "auto" (Glorot for sigmoid/tanh, He for relu), "glorot", "he", "uniform"
    (uniform(−a, a) with a = ``init_scale``, or 1/√fan_in when it is None) or "zeros".
    """

    units: int
    activation: str = "sigmoid"
    init: str = "auto"
    init_scale: float | None = None

    def __post_init__(self):
        _check_count(self.units, translate("Spec", "a layer's number of units"))
        activations.get(self.activation)
        if self.init not in INIT_NAMES:
            raise SpecError(
                translate(
                    "Spec", "unknown initialisation {init}: choose one of {names}").format(
                        init=repr(self.init), names=', '.join(INIT_NAMES))
            )
        if self.init_scale is not None:
            if self.init != "uniform":
                raise SpecError(
                    translate(
                        "Spec", "init_scale is the a of uniform(−a, a); it means nothing for "
                        "init={init}: choose init='uniform' or leave init_scale out").format(
                            init=repr(self.init))
                )
            if not _positive_number(self.init_scale):
                raise SpecError(
                    translate(
                        "Spec", "init_scale must be a positive number, not {init_scale}").format(
                            init_scale=repr(self.init_scale))
                )

    def to_dict(self):
        return {"units": self.units, "activation": self.activation,
                "init": self.init, "init_scale": self.init_scale}

    @classmethod
    def from_dict(cls, data):
        return cls(**checked_dict(data, ("units", "activation", "init", "init_scale"),
                                 "a layer", required=("units",)))

    def __repr__(self):
        extra = "" if self.init == "auto" else f", init={self.init!r}"
        if self.init_scale is not None:
            extra += f", init_scale={self.init_scale!r}"
        return f"LayerSpec(units={self.units}, activation={self.activation!r}{extra})"


@dataclass(frozen=True)
class NetworkSpec:
    """A fully connected feedforward net: ``n_inputs`` inputs, then ``layers``, then ``loss``.

    ``layers`` lists layers 1..L (hidden layers first, the output layer last) and may be
    given as any sequence; it is kept as a tuple so the spec cannot change under a network.
    """

    n_inputs: int
    layers: tuple = field(default=())
    loss: str = "mse"

    def __post_init__(self):
        _check_count(self.n_inputs, translate("Spec", "the number of inputs"))
        try:
            layers = tuple(self.layers)
        except TypeError:
            raise SpecError(translate("Spec", "layers must be a list of LayerSpec")) from None
        if not layers:
            raise SpecError(translate(
                "Spec", "a network needs at least one layer of neurons: its output layer"))
        for number, layer in enumerate(layers, start=1):
            if not isinstance(layer, LayerSpec):
                raise SpecError(translate(
                    "Spec", "layer {number} must be a LayerSpec, not {layer}").format(
                        number=number, layer=repr(layer)))
        object.__setattr__(self, "layers", layers)
        costs.get(self.loss)
        self._check_combination()

    def _check_combination(self):
        for number, layer in enumerate(self.layers[:-1], start=1):
            if layer.activation == "softmax":
                raise SpecError(
                    translate(
                        "Spec", "layer {number} is hidden and uses softmax, which only makes "
                        "sense on the output layer: choose relu, tanh or sigmoid for hidden "
                        "layers").format(number=number)
                )
        output = self.layers[-1]
        if output.activation == "softmax" and output.units == 1:
            raise SpecError(
                translate(
                    "Spec", "softmax over a single output is always 1: for two classes choose "
                    "one sigmoid output with bce, or two softmax outputs with cce")
            )
        if output.activation == "softmax" and self.loss != "cce":
            raise SpecError(
                translate(
                    "Spec", "softmax outputs need the cce loss (categorical cross-entropy), not "
                    "{loss}: choose cce, or sigmoid outputs for {loss}").format(loss=self.loss)
            )
        if self.loss == "bce" and output.activation != "sigmoid":
            raise SpecError(
                translate(
                    "Spec", "bce needs sigmoid outputs (probabilities between 0 and 1), not "
                    "{activation}: choose sigmoid for the output layer, or cce with softmax, or "
                    "mse").format(activation=output.activation)
            )
        if self.loss == "cce" and output.activation != "softmax":
            raise SpecError(
                translate(
                    "Spec", "cce needs softmax outputs, not {activation}: choose softmax for the "
                    "output layer (at least 2 units), or one sigmoid output with bce").format(
                        activation=output.activation)
            )

    @property
    def sizes(self):
        """(N₀, N₁, …, N_L): the number of neurons in every layer, inputs first."""
        return (self.n_inputs, *(layer.units for layer in self.layers))

    @property
    def n_layers(self):
        """L, the number of weight matrices (the notes count layers this way)."""
        return len(self.layers)

    @property
    def n_outputs(self):
        return self.layers[-1].units

    @property
    def n_parameters(self):
        sizes = self.sizes
        return sum(sizes[i] * sizes[i + 1] + sizes[i + 1] for i in range(len(sizes) - 1))

    @property
    def output_activation(self):
        return self.layers[-1].activation

    @property
    def uses_step(self):
        return any(layer.activation == "step" for layer in self.layers)

    def to_dict(self):
        return {"n_inputs": self.n_inputs,
                "layers": [layer.to_dict() for layer in self.layers],
                "loss": self.loss}

    @classmethod
    def from_dict(cls, data):
        data = checked_dict(data, ("n_inputs", "layers", "loss"), "a network",
                           required=("n_inputs", "layers"))
        layers = data.get("layers", ())
        if not isinstance(layers, list | tuple):
            raise SpecError(translate("Spec", "a network's layers must be a list"))
        data["layers"] = [LayerSpec.from_dict(layer) for layer in layers]
        return cls(**data)

    def __str__(self):
        shape = "-".join(str(size) for size in self.sizes)
        names = ", ".join(layer.activation for layer in self.layers)
        return f"{shape} ({names}; {self.loss})"

    def __repr__(self):
        layers = ", ".join(repr(layer) for layer in self.layers)
        return f"NetworkSpec(n_inputs={self.n_inputs}, layers=[{layers}], loss={self.loss!r})"


def _positive_number(value):
    return (not isinstance(value, bool) and isinstance(value, int | float)
            and math.isfinite(value) and value > 0)


def checked_dict(data, keys, what, required=()):
    """A copy of ``data`` after checking it names only ``keys`` and every one ``required``."""
    if not isinstance(data, dict):
        raise SpecError(translate(
            "Spec", "{what} must be described by a dict, not {name}").format(
                what=what, name=type(data).__name__))
    unknown = sorted(set(data) - set(keys), key=str)
    if unknown:
        raise SpecError(translate(
            "Spec", "{what} has unknown settings {names}; known ones are {names2}").format(
                what=what, names=', '.join(map(repr, unknown)), names2=', '.join(keys)))
    missing = [key for key in required if key not in data]
    if missing:
        raise SpecError(translate(
            "Spec", "{what} needs the setting(s) {names}").format(
                what=what, names=', '.join(missing)))
    return dict(data)
