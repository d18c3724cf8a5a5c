"""Input features, as TensorFlow Playground offers them, for data with two raw features.

A data set with exactly two raw features x₁ and x₂ can feed the network any of the columns
of ``CATALOGUE`` instead of (or as well as) x₁ and x₂ themselves: x₁², x₂², x₁x₂, sin x₁,
sin x₂. Two circles, one inside the other, are then separable with x₁² and x₂² and no hidden
layer at all. The raw data stay raw (the data set, the painted points, the 2-D input plane
are all in x₁, x₂); the features are computed wherever raw inputs enter the network, before
the normalisation, which is fitted on the features::

    features = FeatureMap.of(["x1^2", "x2^2"])
    X_net = network_inputs(X_raw, features, normaliser)     # the one way in

Each feature is defined once, here, as one operation on the raw columns (``op``, ``columns``):
the numpy formula, the standalone predictor's Python line and the ONNX nodes of the exports are
all read from that one definition, so they cannot disagree. ``None`` for a ``FeatureMap``
means the raw features (whatever their number); a choice of exactly x₁ and x₂ is the same and
is kept as ``None`` (``chosen``), so projects without features are written as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.errors import DataError
from engine.text import translate


@dataclass(frozen=True)
class Feature:
    """One input feature: ``name`` as files and the command line write it, ``display`` as the
    screen shows it, and its formula: ``op`` ("x", "mul" or "sin") of the raw columns
    ``columns`` (0 is x₁, 1 is x₂)."""

    name: str
    display: str
    op: str
    columns: tuple[int, ...]

    def values(self, X: np.ndarray) -> np.ndarray:
        """The feature of every row of raw ``X`` (n, 2), shape (n,)."""
        return _NUMPY[self.op](*(X[:, c] for c in self.columns))

    def python(self, raw: Sequence[str] = ("x1", "x2")) -> str:
        """The numpy expression of this feature in terms of the raw column names ``raw``."""
        return _PYTHON[self.op].format(*(raw[c] for c in self.columns))


_NUMPY = {"x": lambda a: a, "mul": np.multiply, "sin": np.sin}
_PYTHON = {"x": "{0}", "mul": "{0} * {1}", "sin": "np.sin({0})"}
#: the ONNX operator of each op (Identity, Mul, Sin: all in every opset the exports use)
ONNX_OPS = {"x": "Identity", "mul": "Mul", "sin": "Sin"}

#: every feature on offer, in the order the network takes them
CATALOGUE: tuple[Feature, ...] = (
    Feature("x1", "x₁", "x", (0,)),
    Feature("x2", "x₂", "x", (1,)),
    Feature("x1^2", "x₁²", "mul", (0, 0)),
    Feature("x2^2", "x₂²", "mul", (1, 1)),
    Feature("x1*x2", "x₁x₂", "mul", (0, 1)),
    Feature("sin(x1)", "sin x₁", "sin", (0,)),
    Feature("sin(x2)", "sin x₂", "sin", (1,)),
)
BY_NAME = {feature.name: feature for feature in CATALOGUE}
#: the names of the raw features, which need no map
RAW = ("x1", "x2")
#: raw features a data set must have to take input features
RAW_FEATURES = 2


def _key(text: str) -> str:
    """A name as typed, reduced so that "x1^2", "x₁²", "x1**2", "X1 ^ 2" are one."""
    text = str(text).strip().lower()
    for old, new in (("₁", "1"), ("₂", "2"), ("²", "^2"), ("**", "^"), ("·", "*"),
                     ("×", "*"), (" ", ""), ("(", ""), (")", "")):
        text = text.replace(old, new)
    return text.replace("*", "")


_BY_KEY = {_key(feature.name): feature for feature in CATALOGUE}
_BY_KEY.update({_key(feature.display): feature for feature in CATALOGUE})


def feature_named(name: str) -> Feature:
    """The feature ``name`` names ("x1^2", "x₁²", "sin(x1)", "sin x1", "x1x2", …);
    DataError listing the choices otherwise."""
    feature = _BY_KEY.get(_key(name))
    if feature is None:
        raise DataError(translate(
            "Features", "there is no input feature {name}: choose from {choices}").format(
                name=f"{str(name)!r:.40}", choices=", ".join(f.name for f in CATALOGUE)))
    return feature


@dataclass(frozen=True)
class FeatureMap:
    """The chosen features (``names``, in the catalogue's order): raw X (n, 2) → the columns
    the network takes (n, k)."""

    names: tuple[str, ...]

    @classmethod
    def of(cls, names: Iterable[str] | str) -> FeatureMap:
        """The map of ``names`` (a list, or one comma-separated string; "all" for every
        feature), put in the catalogue's order; DataError when none or an unknown one."""
        if isinstance(names, str):
            names = [] if not names.strip() else names.split(",")
        names = [str(name) for name in names]
        if [name.strip().lower() for name in names] == ["all"]:
            names = [feature.name for feature in CATALOGUE]
        chosen = {feature_named(name).name for name in names if str(name).strip()}
        if not chosen:
            raise DataError(translate(
                "Features", "choose at least one input feature (the network needs an input)"))
        return cls(tuple(feature.name for feature in CATALOGUE if feature.name in chosen))

    @property
    def features(self) -> tuple[Feature, ...]:
        return tuple(BY_NAME[name] for name in self.names)

    @property
    def n_features(self) -> int:
        return len(self.names)

    @property
    def display_names(self) -> tuple[str, ...]:
        return tuple(feature.display for feature in self.features)

    @property
    def is_raw(self) -> bool:
        return self.names == RAW

    def apply(self, X: np.ndarray) -> np.ndarray:
        """The chosen features of every row of raw ``X`` (n, 2), as a new float64 array."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != RAW_FEATURES:
            raise DataError(translate(
                "Features", "input features are computed from 2 raw features (x₁, x₂); got an "
                "array of shape {shape}").format(shape=X.shape))
        return np.column_stack([feature.values(X) for feature in self.features]) \
            if len(X) else np.zeros((0, self.n_features))

    def to_list(self) -> list[str]:
        return list(self.names)

    def __str__(self) -> str:
        return ", ".join(self.names)


def chosen(names: Iterable[str] | str | None) -> FeatureMap | None:
    """The map of ``names``, or None when they are the raw x₁, x₂ (or None themselves)."""
    if names is None:
        return None
    features = names if isinstance(names, FeatureMap) else FeatureMap.of(names)
    return None if features.is_raw else features


def names_of(features: FeatureMap | None, n_raw: int = RAW_FEATURES) -> tuple[str, ...]:
    """The names of the network's inputs: the chosen ones, or the raw ones ("x1" … "xn")."""
    return features.names if features is not None else tuple(f"x{j}"
                                                             for j in range(1, n_raw + 1))


def input_width(dataset: Any, features: FeatureMap | None) -> int:
    """How many inputs a network needs for ``dataset`` seen through ``features``."""
    return features.n_features if features is not None else int(dataset.n_features)


def raw_feature_count(dataset: Any) -> int:
    """How many raw feature columns ``dataset`` has: a text column one-hot encoded is one
    (a message said 9 for penguins' 6 columns, counting island=Biscoe, … each, tester)."""
    encoding = getattr(dataset, "encoding", None)
    return len(encoding.columns) if encoding is not None else int(dataset.n_features)


def features_problem(dataset: Any, features: FeatureMap | None) -> str | None:
    """Why ``features`` cannot be computed from ``dataset``, in words; None when they can."""
    if features is None or dataset.n_features == RAW_FEATURES:
        return None
    from engine.datasets.sources import display_name  # (it reads every kind of data)

    return translate(
        "Features", "input features such as x₁² are for data with 2 raw features (x₁, x₂), "
        "but {name} has {n}").format(
            name=display_name(dataset) or translate("Features", "the data"),
            n=raw_feature_count(dataset))


def network_inputs(X_raw: np.ndarray, features: FeatureMap | None,
                   normaliser: Any = None) -> np.ndarray:
    """Raw features to what the first layer takes: the features first, then the
    normalisation (fitted on the features). The one way raw inputs enter a network."""
    X = features.apply(X_raw) if features is not None else X_raw
    return normaliser.apply(X) if normaliser is not None else X


def fit_inputs(X_train_raw: np.ndarray, features: FeatureMap | None, method: str):
    """The normaliser of ``method`` fitted on the training rows' features (None for "none")."""
    from engine.datasets.normalise import Normaliser

    if method == "none":
        return None
    return Normaliser.fit(network_inputs(X_train_raw, features), method)
