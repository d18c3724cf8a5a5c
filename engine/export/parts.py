"""What every export writes: the layers' arrays and names, the input features, the input
normalisation, and the names of the classes and of the raw features.

Exports read a network through this one small record, so each writer (npz, json, csv,
onnx, py) is a short function of plain arrays and strings, and an imported file comes back
as the same record before it becomes a network again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.text import translate

WEIGHTS_FORMAT = "backprop-studio-weights"
WEIGHTS_VERSION = 1


@dataclass(frozen=True)
class TargetScale:
    """A regression target the network learnt divided (``read_csv(divide_target=…)``): its
    outputs are ``name`` ÷ ``divisor``, and times ``divisor`` the target in its own units.
    Every export records it, so a file alone says what its numbers are."""

    name: str
    divisor: float

    @classmethod
    def of_source(cls, source: Any) -> TargetScale | None:
        """The scale of a project's data (its source's ``divide_target`` option), if any."""
        options = source.get("options") if isinstance(source, dict) else None
        divisor = options.get("divide_target") if isinstance(options, dict) else None
        target = options.get("target") if isinstance(options, dict) else None
        if (isinstance(divisor, bool) or not isinstance(divisor, int | float)
                or divisor == 1 or not isinstance(target, str)):
            return None
        return cls(target, float(divisor))

    @classmethod
    def of_outputs(cls, source: Any, class_names: Any) -> TargetScale | None:
        """The target a regression's outputs are, for every export to name: divided
        (``of_source``) or, divisor 1, as it is, when the data name one target column and
        have no classes; None for classes or an unnamed target."""
        scale = cls.of_source(source)
        if scale is not None or class_names is not None:
            return scale
        options = source.get("options") if isinstance(source, dict) else None
        target = options.get("target") if isinstance(options, dict) else None
        return cls(target, 1.0) if isinstance(target, str) and target else None

    @property
    def divided(self) -> bool:
        """Whether the network learnt the target divided (else as it is, divisor 1)."""
        return self.divisor != 1

    @classmethod
    def of(cls, value: Any) -> TargetScale | None:
        """A TargetScale, its dict (``to_dict``) or None, checked (ValueError)."""
        if value is None or isinstance(value, TargetScale):
            return value
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            raise ValueError(translate(
                "Export", "the target's scale must give its name and its divisor, not "
                "{value}").format(value=repr(value)))
        divisor = value.get("divisor")
        if (isinstance(divisor, bool) or not isinstance(divisor, int | float)
                or not np.isfinite(divisor) or divisor <= 0):
            raise ValueError(translate(
                "Export", "the target's divisor must be a positive number, not {value}").format(
                    value=repr(divisor)))
        return cls(value["name"], float(divisor))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "divisor": self.divisor}

    def divided_name(self) -> str:
        """"price ÷ 100,000", what the outputs are ("price" when not divided)."""
        from engine.datasets.csv_reader import divided_name

        return divided_name(self.name, self.divisor) if self.divided else self.name


@dataclass(frozen=True, eq=False)
class NetworkParts:
    """A network's numbers and names, as an export writes them and an import reads them.

    ``weights[l-1]`` is Wˡ with shape (Nₗ, Nₗ₋₁), ``biases[l-1]`` is bˡ, ``activations[l-1]``
    names σ of layer l. ``shift``/``scale`` are the input normalisation (x − shift) / scale,
    one number per input; ``normalisation`` names how they were fitted. ``features`` names
    the input features computed from the raw x₁, x₂ before the normalisation ("x1^2", …;
    ``engine.datasets.features``), or is None when the network takes the raw features.
    ``class_names`` names the classes the outputs stand for (one per output; with a single
    output, two names: the output is the probability of the second), ``feature_names`` the
    raw features a predictor takes, in their order; either is None when not known (weights
    exported without their data, or a regression's outputs). ``encoding`` (an
    ``engine.datasets.encoding.Encoding`` with text columns, else None) says how the raw
    columns of a table become the network's features (text one-hot): the ONNX model and
    the predictors then take the raw columns, strings included, and ``feature_names`` names
    the encoded features. ``target`` (a ``TargetScale``, else None) says the outputs are a
    regression target (divided, and by what; divisor 1: as it is).
    """

    n_inputs: int
    activations: tuple[str, ...]
    loss: str
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    shift: np.ndarray
    scale: np.ndarray
    normalisation: str = "none"
    features: tuple[str, ...] | None = None
    class_names: tuple[str, ...] | None = None
    feature_names: tuple[str, ...] | None = None
    encoding: Any = None
    target: TargetScale | None = None

    @property
    def raw_inputs(self) -> int:
        """How many raw values a predictor takes per row: one per raw column of the
        encoding, else 2 when input features are computed from x₁ and x₂, else one per
        network input."""
        from engine.datasets.features import RAW_FEATURES

        if self.encoding is not None:
            return len(self.encoding.columns)
        return RAW_FEATURES if self.features is not None else self.n_inputs

    @property
    def encoded_inputs(self) -> int:
        """How many numbers the encoded raw values are (what input features or the
        normalisation take)."""
        from engine.datasets.features import RAW_FEATURES

        return RAW_FEATURES if self.features is not None else self.n_inputs

    def feature_map(self) -> Any:
        """The engine's FeatureMap of ``features`` (None for raw features)."""
        from engine.datasets.features import FeatureMap

        return None if self.features is None else FeatureMap(tuple(self.features))

    @property
    def units(self) -> tuple[int, ...]:
        """N₁ … N_L, the neurons in each layer."""
        return tuple(int(W.shape[0]) for W in self.weights)

    @property
    def dtype(self) -> str:
        return self.weights[0].dtype.name

    @property
    def n_parameters(self) -> int:
        return sum(W.size + b.size for W, b in zip(self.weights, self.biases, strict=True))

    def architecture(self) -> str:
        """The notes' short form, "2-4-1"."""
        return "-".join(str(n) for n in (self.n_inputs, *self.units))

    def spec(self) -> Any:
        """The engine's NetworkSpec of these layers."""
        from engine import LayerSpec, NetworkSpec

        return NetworkSpec(
            n_inputs=self.n_inputs,
            layers=[LayerSpec(units=n, activation=a)
                    for n, a in zip(self.units, self.activations, strict=True)],
            loss=self.loss,
        )

    def network(self) -> Any:
        """An engine Network holding these weights (in their own dtype)."""
        from engine import Network

        return Network.from_arrays(self.spec(), list(self.weights), list(self.biases))

    def normaliser(self) -> Any:
        """The engine's Normaliser for these statistics."""
        from engine.datasets.normalise import Normaliser

        return Normaliser(self.normalisation, self.shift.astype(np.float64),
                          self.scale.astype(np.float64))

    def encode(self, rows: Any) -> np.ndarray:
        """Rows of raw values (strings in the text columns) as the encoded features; plain
        numbers as they are when there is no encoding."""
        if self.encoding is None:
            return np.asarray(rows, dtype=np.float64)
        return self.encoding.encode_rows(rows)

    def normalise(self, X: np.ndarray) -> np.ndarray:
        """Encoded features to what the first layer sees, as every export computes it: the
        input features first, then the normalisation."""
        from engine.datasets.features import network_inputs

        X = network_inputs(np.asarray(X, dtype=np.float64), self.feature_map())
        return (X - self.shift) / self.scale


def parts_of(network: Any, normaliser: Any = None, features: Any = None, *,
             class_names: Any = None, feature_names: Any = None,
             encoding: Any = None, target: Any = None) -> NetworkParts:
    """The parts of an engine ``Network`` and, optionally, its ``Normaliser``, the input
    ``features`` (a FeatureMap, or their names) computed before it, the names of its
    classes and features, the data's ``encoding`` of text columns (an Encoding or its
    dict; one without text columns is left out) and the ``target``'s scale (a TargetScale
    or its dict); ValueError when they do not fit the network."""
    from engine.datasets.features import RAW_FEATURES, FeatureMap, chosen

    spec = network.spec
    weights = tuple(np.array(W, copy=True) for W in network.weights)
    n_inputs = int(spec.n_inputs)
    if normaliser is None:
        shift, scale, method = np.zeros(n_inputs), np.ones(n_inputs), "none"
    else:
        shift = np.asarray(normaliser.shift, dtype=np.float64)
        scale = np.asarray(normaliser.scale, dtype=np.float64)
        method = str(normaliser.method)
        if shift.shape != (n_inputs,) or scale.shape != (n_inputs,):
            raise ValueError(translate(
                "Export", "the normaliser has {shape} features but the network takes {n_inputs} "
                "inputs").format(shape=shift.shape[0], n_inputs=n_inputs))
    features = chosen(features if isinstance(features, FeatureMap | None)
                      else FeatureMap.of(features))
    if features is not None and features.n_features != n_inputs:
        raise ValueError(translate(
            "Export", "the input features {features} are {n_features} but the network takes "
            "{n_inputs} inputs").format(
                features=features, n_features=features.n_features, n_inputs=n_inputs))
    encoding = _text_encoding(encoding)
    encoded = n_inputs if features is None else RAW_FEATURES
    if encoding is not None and encoding.n_features != encoded:
        raise ValueError(translate(
            "Export", "the data's encoding makes {n_features} features but the network takes "
            "{encoded}").format(n_features=encoding.n_features, encoded=encoded))
    return NetworkParts(
        n_inputs=n_inputs,
        activations=tuple(layer.activation for layer in spec.layers),
        loss=str(spec.loss),
        weights=weights,
        biases=tuple(np.array(b, copy=True) for b in network.biases),
        shift=shift,
        scale=scale,
        normalisation=method,
        features=None if features is None else features.names,
        class_names=check_class_names(class_names, int(spec.layers[-1].units)),
        feature_names=check_feature_names(
            feature_names, n_inputs if features is None else RAW_FEATURES),
        encoding=encoding,
        target=TargetScale.of(target),
    )


def _text_encoding(encoding: Any) -> Any:
    """The Encoding of ``encoding`` (or its dict) when it has text columns, else None."""
    from engine.datasets.encoding import Encoding
    from engine.errors import DataError

    if encoding is None:
        return None
    try:
        encoding = Encoding.from_dict(encoding)
    except DataError as error:
        raise ValueError(str(error)) from error
    return encoding if encoding.has_text else None


def check_class_names(names: Any, n_outputs: int) -> tuple[str, ...] | None:
    """``names`` as a tuple of strings (None when none are given, or for an empty list, as a
    regression's data have); ValueError unless there is one per output, or two for one."""
    if names is None or len(names) == 0:
        return None
    names = tuple(str(name) for name in names)
    if len(names) != (2 if n_outputs == 1 else n_outputs):
        raise ValueError(translate(
            "Export", "{n_names} class names do not fit {n_outputs} output(s): one output needs "
            "two names (it is the probability of the second), more outputs one name each").format(
                n_names=len(names), n_outputs=n_outputs))
    return names


def check_feature_names(names: Any, n_raw: int) -> tuple[str, ...] | None:
    """``names`` as a tuple of strings (None when none are given); ValueError unless there is
    one per raw feature the predictor takes."""
    if names is None or len(names) == 0:
        return None
    names = tuple(str(name) for name in names)
    if len(names) != n_raw:
        raise ValueError(translate(
            "Export", "{n_names} feature names do not fit the {n_raw} raw features the network "
            "takes").format(n_names=len(names), n_raw=n_raw))
    return names
