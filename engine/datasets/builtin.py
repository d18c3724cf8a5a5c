"""The built-in data sets by name: ``names()``, ``info(name)`` and ``load(name, **params)``.

scikit-learn supplies circles, moons, clusters (blobs), digits and iris; ``generators``
supplies the rest. scikit-learn is imported inside the functions that need it, never at
module import, because the GUI imports this module while it starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.datasets import generators
from engine.datasets.dataset import Dataset, one_hot
from engine.datasets.params import (
    SEED,
    VALIDATION_SHARE,
    ParamSpec,
    n_samples,
    noise,
    resolve_params,
)
from engine.errors import DataError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate, translate_stored

XY = ("x1", "x2")


@dataclass(frozen=True)
class BuiltinInfo:
    """What a GUI needs to offer a built-in: its title, task, description and parameter form.

    The title and description are kept in English (``title_en``, ``description_en``) and
    read in the user's language of the moment (``title``, ``description``)."""

    name: str
    title_en: str
    task: str
    description_en: str
    params: tuple[ParamSpec, ...]

    @property
    def title(self) -> str:
        return translate_stored("Datasets", self.title_en)

    @property
    def description(self) -> str:
        return translate_stored("Datasets", self.description_en)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "task": self.task,
            "description": self.description,
            "params": [spec.to_dict() for spec in self.params],
        }


@dataclass(frozen=True)
class _Parts:
    """A maker's answer: inputs, labels or target values, and names."""

    X: np.ndarray
    target: np.ndarray
    class_names: tuple[str, ...] = ("0", "1")
    feature_names: tuple[str, ...] = XY
    image_shape: tuple[int, int] | None = None


#: the words built-in data name their classes and features with, as the interface shows
#: them (the data, projects and exports keep the English: a model exported in the Chinese
#: interface names its classes as one exported in English does); see ``sources.shown_names``
SHOWN_WORDS = TranslatedNames("Datasets", {
    "outer": QT_TRANSLATE_NOOP("Datasets", "outer"),
    "inner": QT_TRANSLATE_NOOP("Datasets", "inner"),
    "setosa": QT_TRANSLATE_NOOP("Datasets", "setosa"),
    "versicolor": QT_TRANSLATE_NOOP("Datasets", "versicolor"),
    "virginica": QT_TRANSLATE_NOOP("Datasets", "virginica"),
    "sepal length (cm)": QT_TRANSLATE_NOOP("Datasets", "sepal length (cm)"),
    "sepal width (cm)": QT_TRANSLATE_NOOP("Datasets", "sepal width (cm)"),
    "petal length (cm)": QT_TRANSLATE_NOOP("Datasets", "petal length (cm)"),
    "petal width (cm)": QT_TRANSLATE_NOOP("Datasets", "petal width (cm)"),
})


def _cloud(n: int, noise_default: float, noise_max: float) -> tuple[ParamSpec, ...]:
    return (n_samples(n), noise(noise_default, noise_max), SEED, VALIDATION_SHARE)


def _truth(name: str) -> Callable[..., _Parts]:
    return lambda: _Parts(*generators.truth_table(name))


def _from_numpy(make: Callable[..., tuple[np.ndarray, np.ndarray]]) -> Callable[..., _Parts]:
    return lambda n_samples, noise, seed: _Parts(*make(n_samples, noise, seed))


def _regression(make, feature_names=XY) -> Callable[..., _Parts]:
    return lambda n_samples, noise, seed: _Parts(
        *make(n_samples, noise, seed), class_names=(), feature_names=feature_names
    )


def _circles(n_samples: int, noise: float, seed: int) -> _Parts:
    from sklearn.datasets import make_circles

    X, y = make_circles(n_samples=n_samples, noise=noise, factor=0.5, random_state=seed)
    return _Parts(X, y, ("outer", "inner"))


def _moons(n_samples: int, noise: float, seed: int) -> _Parts:
    from sklearn.datasets import make_moons

    X, y = make_moons(n_samples=n_samples, noise=noise, random_state=seed)
    return _Parts(X, y)


def _clusters(n_samples: int, n_classes: int, noise: float, seed: int) -> _Parts:
    from sklearn.datasets import make_blobs

    X, y = make_blobs(
        n_samples=n_samples,
        centers=n_classes,
        cluster_std=noise,
        center_box=(-1.0, 1.0),
        random_state=seed,
    )
    return _Parts(X, y, tuple(str(k) for k in range(n_classes)))


def _pixel_names(rows: int, cols: int) -> tuple[str, ...]:
    return tuple(f"pixel_{r}_{c}" for r in range(rows) for c in range(cols))


def _digits(seed: int) -> _Parts:
    """The digits; they are fixed data, so ``seed`` only drives the train/validation split."""
    from sklearn.datasets import load_digits

    bunch = load_digits()
    # The scans count ink in 0..16 per cell; scaled to [0, 1] like every other image source.
    return _Parts(
        bunch.data / 16.0,
        bunch.target,
        tuple(str(d) for d in range(10)),
        _pixel_names(8, 8),
        (8, 8),
    )


def _iris(seed: int) -> _Parts:
    """The iris flowers; fixed data, so ``seed`` only drives the train/validation split."""
    from sklearn.datasets import load_iris

    bunch = load_iris()
    return _Parts(
        bunch.data,
        bunch.target,
        tuple(str(n) for n in bunch.target_names),
        tuple(str(n) for n in bunch.feature_names),
    )


_SPLIT_ONLY = (SEED, VALIDATION_SHARE)
_CLASSES = ParamSpec("n_classes", "int", 3, 2, 8, QT_TRANSLATE_NOOP("Datasets", "Classes"))

_REGISTRY: dict[str, tuple[BuiltinInfo, Callable[..., _Parts]]] = {}


def _register(name, title, task, description, params, maker) -> None:
    _REGISTRY[name] = (BuiltinInfo(name, title, task, description, tuple(params)), maker)


#: the gates' titles and descriptions, one whole sentence each for the translators
_GATES = {
    "and": (QT_TRANSLATE_NOOP("Datasets", "AND truth table"),
            QT_TRANSLATE_NOOP("Datasets", "The four points of the AND gate on inputs 0/1; "
                                          "one neuron separates it.")),
    "or": (QT_TRANSLATE_NOOP("Datasets", "OR truth table"),
            QT_TRANSLATE_NOOP("Datasets", "The four points of the OR gate on inputs 0/1; "
                                          "one neuron separates it.")),
    "nand": (QT_TRANSLATE_NOOP("Datasets", "NAND truth table"),
            QT_TRANSLATE_NOOP("Datasets", "The four points of the NAND gate on inputs 0/1; "
                                          "one neuron separates it.")),
    "xor": (QT_TRANSLATE_NOOP("Datasets", "XOR truth table"),
            QT_TRANSLATE_NOOP("Datasets", "The four points of the XOR gate on inputs 0/1; "
                                          "no single neuron can separate it.")),
}
for _gate, (_title, _description) in _GATES.items():
    _register(_gate, _title, "classification", _description, (), _truth(_gate))
_register(
    "xor_noisy",
    QT_TRANSLATE_NOOP("Datasets", "Noisy XOR"),
    "classification",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "Gaussian clouds around the four corners of the unit square, labelled by XOR."),
    _cloud(200, 0.15, 0.5),
    _from_numpy(generators.xor_noisy),
)
_register(
    "circles",
    QT_TRANSLATE_NOOP("Datasets", "Circles"),
    "classification",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "A small circle inside a large one (scikit-learn's make_circles, factor 0.5)."),
    _cloud(200, 0.05, 0.5),
    _circles,
)
_register(
    "moons",
    QT_TRANSLATE_NOOP("Datasets", "Moons"),
    "classification",
    QT_TRANSLATE_NOOP("Datasets", "Two interleaving half-moons (scikit-learn's make_moons)."),
    _cloud(200, 0.1, 0.5),
    _moons,
)
_register(
    "spirals",
    QT_TRANSLATE_NOOP("Datasets", "Spirals"),
    "classification",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "Two interleaved spirals, as in TensorFlow Playground; needs a deep-ish network."),
    _cloud(400, 0.05, 0.5),
    _from_numpy(generators.spirals),
)
_register(
    "clusters",
    QT_TRANSLATE_NOOP("Datasets", "Clusters"),
    "classification",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "Gaussian blobs, one per class (scikit-learn's make_blobs); noise is their spread."),
    (n_samples(300), _CLASSES, noise(0.1, 0.5, QT_TRANSLATE_NOOP("Datasets", "Spread")), SEED,
     VALIDATION_SHARE),
    _clusters,
)
_register(
    "checkerboard",
    QT_TRANSLATE_NOOP("Datasets", "Checkerboard"),
    "classification",
    QT_TRANSLATE_NOOP("Datasets", "Points on [−1, 1]² coloured by a 4 × 4 checkerboard."),
    _cloud(400, 0.0, 0.5),
    _from_numpy(generators.checkerboard),
)
_register(
    "plane",
    QT_TRANSLATE_NOOP("Datasets", "Plane"),
    "regression",
    QT_TRANSLATE_NOOP("Datasets", "y = (x₁ + x₂) / 2 on [−1, 1]²: a single linear neuron fits it."),
    _cloud(200, 0.05, 0.5),
    _regression(generators.plane),
)
_register(
    "gaussian_bump",
    QT_TRANSLATE_NOOP("Datasets", "Gaussian bump"),
    "regression",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "y = exp(−‖x‖² / 0.32) on [−1, 1]²: a bump that needs a hidden layer."),
    _cloud(300, 0.02, 0.5),
    _regression(generators.gaussian_bump),
)
_register(
    "sine",
    QT_TRANSLATE_NOOP("Datasets", "Sine"),
    "regression",
    QT_TRANSLATE_NOOP("Datasets", "y = sin(πx) on [−1, 1]: one input, one output, a curve to fit."),
    _cloud(100, 0.05, 0.5),
    _regression(generators.sine, ("x",)),
)
_register(
    "digits",
    QT_TRANSLATE_NOOP("Datasets", "Digits (8×8)"),
    "classification",
    QT_TRANSLATE_NOOP(
        "Datasets",
        "scikit-learn's 1,797 handwritten digits, 8 × 8 pixels in [0, 1], 10 classes."),
    _SPLIT_ONLY,
    _digits,
)
_register(
    "iris",
    QT_TRANSLATE_NOOP("Datasets", "Iris"),
    "classification",
    QT_TRANSLATE_NOOP("Datasets", "Fisher's 150 iris flowers, 4 measurements in cm, 3 species."),
    _SPLIT_ONLY,
    _iris,
)


def names() -> list[str]:
    """Every built-in data set's name, in the order a menu should show them."""
    return list(_REGISTRY)


def info(name: str) -> BuiltinInfo:
    """A built-in's title, task, description and parameters (name, default, range)."""
    if not isinstance(name, str) or name not in _REGISTRY:
        raise DataError(translate(
            "Datasets", "unknown built-in data set {name}; choose one of {choices}").format(
                name=repr(name), choices=", ".join(_REGISTRY)))
    return _REGISTRY[name][0]


def load(name: str, **params: Any) -> Dataset:
    """A built-in data set by name, with its parameters checked and defaults filled in.

    Parameters a set does not take, or values out of range, raise DataError listing what is
    allowed; ``info(name).params`` lists them for a form. Every built-in takes ``seed``: the
    truth tables, four fixed points with nothing drawn and no split, take it and ignore it.
    """
    about = info(name)
    if "seed" in params and not any(spec.name == "seed" for spec in about.params):
        # fixed data with no split (the truth tables): a seed would change nothing, so it is
        # checked like any seed and then set aside, and ``load(name, seed=…)`` works for
        # every built-in
        SEED.check(params["seed"], name)
        params = {key: value for key, value in params.items() if key != "seed"}
    resolved = resolve_params(about.params, params, name)
    parts = _REGISTRY[name][1](**{k: v for k, v in resolved.items() if k != "validation_share"})
    if about.task == "classification":
        Y = one_hot(parts.target, len(parts.class_names))
        class_names: tuple[str, ...] = parts.class_names
        target_names: tuple[str, ...] = ("class",)
    else:
        Y, class_names, target_names = parts.target.reshape(-1, 1), (), ("y",)
    return Dataset(
        X=np.ascontiguousarray(parts.X, dtype=np.float64),
        Y=np.ascontiguousarray(Y, dtype=np.float64),
        task=about.task,
        class_names=class_names,
        feature_names=parts.feature_names,
        target_names=target_names,
        image_shape=parts.image_shape,
        name=name,
        source={"kind": "builtin", "name": name, "params": resolved},
        validation_share=resolved.get("validation_share", 0.0),
        seed=resolved.get("seed", 0),
    )
