"""Input normalisation fitted on the training split only, carried with the model.

The statistics are learnt from the training rows and then applied unchanged to validation
rows, to new inputs at prediction time and inside exported predictors; fitting them on all
the data would leak the validation set into training. ``to_dict``/``from_dict`` let a project
file and an export carry them as plain JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.errors import DataError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate

METHODS = ("none", "standardise", "minmax")

#: each method's name as a user reads it, translated when read
TITLES = TranslatedNames("Normalisation", {
    "none": QT_TRANSLATE_NOOP("Normalisation", "None (raw values)"),
    "standardise": QT_TRANSLATE_NOOP("Normalisation", "Standardise (mean 0, sd 1)"),
    "minmax": QT_TRANSLATE_NOOP("Normalisation", "Min–max (0 to 1)"),
})


@dataclass(frozen=True, eq=False)
class Normaliser:
    """``apply(X) = (X − shift) / scale`` column by column; ``none`` is shift 0, scale 1.

    ``standardise``: shift is the mean, scale the standard deviation (zero mean, unit variance).
    ``minmax``: shift is the minimum, scale the range (values in [0, 1]).
    A constant column gets scale 1, so it becomes 0 rather than NaN.
    """

    method: str
    shift: np.ndarray
    scale: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray, method: str = "standardise") -> Normaliser:
        """Learn the statistics of ``method`` from ``X`` (the training rows only)."""
        if method not in METHODS:
            raise DataError(_unknown(method))
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[0] == 0:
            raise DataError(translate(
                "Normalisation", "normalisation needs at least one row of a 2-D array, got "
                "{shape}").format(shape=X.shape))
        with np.errstate(over="ignore", invalid="ignore"):
            if method == "none":
                shift, scale = np.zeros(X.shape[1]), np.ones(X.shape[1])
            elif method == "standardise":
                shift, scale = X.mean(axis=0), X.std(axis=0)
            else:
                shift = X.min(axis=0)
                scale = X.max(axis=0) - shift
        if not np.all(np.isfinite(shift)):
            raise DataError(translate(
                "Normalisation", "the inputs are too large (or not finite) to normalise"))
        # Constant columns carry no information; dividing by a zero spread would make NaN.
        scale = np.where(np.isfinite(scale) & (scale > 0), scale, 1.0)
        return cls(method, shift, scale)

    @property
    def n_features(self) -> int:
        return int(self.shift.shape[0])

    def apply(self, X: np.ndarray) -> np.ndarray:
        """``X`` transformed with the fitted statistics (a new float64 array)."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.n_features:
            raise DataError(translate(
                "Normalisation", "normaliser was fitted on {n} features; got an array of shape "
                "{shape}").format(n=self.n_features, shape=X.shape))
        return (X - self.shift) / self.scale

    def invert(self, X: np.ndarray) -> np.ndarray:
        """Back from normalised inputs to the data's own units (for axes and previews)."""
        return np.asarray(X, dtype=np.float64) * self.scale + self.shift

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: method name and the two lists of numbers."""
        return {"method": self.method, "shift": self.shift.tolist(), "scale": self.scale.tolist()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Normaliser:
        """Rebuild from ``to_dict``'s output, checking it so a damaged file fails clearly."""
        try:
            method = data["method"]
            shift = np.asarray(data["shift"], dtype=np.float64)
            scale = np.asarray(data["scale"], dtype=np.float64)
        except (KeyError, TypeError, ValueError) as error:
            raise DataError(translate(
                "Normalisation", "normalisation statistics are damaged: {error}").format(
                    error=error)) from error
        if method not in METHODS:
            raise DataError(_unknown(method))
        if (
            shift.ndim != 1
            or shift.shape != scale.shape
            or not np.all(np.isfinite(shift))
            or not np.all(np.isfinite(scale) & (scale > 0))
        ):
            raise DataError(translate(
                "Normalisation", "normalisation statistics are damaged: shift and scale must be "
                "equal-length lists of finite numbers with positive scales"))
        return cls(method, shift, scale)

    def __repr__(self) -> str:
        return f"Normaliser({self.method!r}, {self.n_features} features)"


def _unknown(method) -> str:
    return translate("Normalisation", "normalisation must be one of {choices}, not {method}"
                     ).format(choices=", ".join(METHODS), method=repr(method))


def fit_normaliser(X: np.ndarray, method: str = "standardise") -> Normaliser:
    """Same as :meth:`Normaliser.fit`; the name reads well at call sites."""
    return Normaliser.fit(X, method)


#: features whose spreads differ more than this many times, or whose values reach beyond
#: ±LARGE_VALUE, saturate tanh and sigmoid units unless they are normalised
SPREAD_RATIO = 10.0
LARGE_VALUE = 10.0


def scaling_problem(X: np.ndarray, feature_names=()) -> str | None:
    """Why raw ``X`` wants normalising, in words, or None: features on very different scales
    (one in 0…1, another in 0…10,000) or far from 0 put every tanh or sigmoid unit in its flat
    tails, where gradients vanish. For the hint shown while the normalisation is "none"."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] < 2 or X.shape[1] == 0 or not np.isfinite(X).all():
        return None
    spread = X.max(axis=0) - X.min(axis=0)
    varying = spread[spread > 0]
    names = list(feature_names) or [f"x{j + 1}" for j in range(X.shape[1])]
    if len(varying) >= 2 and varying.max() > SPREAD_RATIO * varying.min():
        wide, narrow = int(np.argmax(spread)), int(np.argmin(np.where(spread > 0, spread, np.inf)))
        return translate(
            "Normalisation", "the features' ranges differ {ratio}-fold ({wide} spans "
            "{wide_spread}, {narrow} {narrow_spread})").format(
                ratio=f"{varying.max() / varying.min():,.0f}", wide=names[wide],
                wide_spread=f"{spread[wide]:.4g}", narrow=names[narrow],
                narrow_spread=f"{spread[narrow]:.4g}")
    largest = float(np.abs(X).max())
    if largest > LARGE_VALUE:
        return translate(
            "Normalisation", "the features reach {largest}, far outside the range where tanh "
            "and sigmoid bend").format(largest=f"{largest:.4g}")
    return None


#: a regression target beyond ±TARGET_LARGE is far from where a network's outputs start
TARGET_LARGE = 100.0


def target_scale_problem(Y: np.ndarray, target_names=()) -> str | None:
    """Why a regression target on a large scale will hardly be learned, in words, or None.

    Only the inputs are normalised: a network's outputs start near 0, and a target in the
    thousands (grams, dollars) leaves its cost in the millions; the large gradients grow the
    weights until the hidden neurons saturate, and the run stalls (house prices in dollars:
    r² 0.05 after 200 epochs, in hundreds of thousands 0.98)."""
    found = _largest_target(Y)
    if found is None:
        return None
    column, extreme, factor = found
    names = list(target_names) or [f"y{j + 1}" for j in range(column + 1)]
    return translate(
        "Normalisation", "the target {name} reaches {largest}, while the network's outputs "
        "start near 0: it may hardly learn at all, its hidden neurons saturating as the "
        "weights grow to reach the target. Give the target in larger units (divided by "
        "{factor}, say)").format(
            name=names[column] if column < len(names) else f"y{column + 1}",
            largest=f"{extreme:.4g}", factor=f"{factor:,.0f}")


def suggested_divisor(Y: np.ndarray) -> float | None:
    """The power of ten that brings a regression target on a large scale within reach
    (``target_scale_problem``'s "divided by"), or None when the target needs none."""
    found = _largest_target(Y)
    return None if found is None else found[2]


def _largest_target(Y):
    """(column, its value of largest magnitude, the power of ten at or below it) of the
    target column reaching furthest beyond ±TARGET_LARGE, or None."""
    Y = np.asarray(Y, dtype=np.float64)
    if Y.size == 0 or not np.isfinite(Y).all():
        return None
    largest = np.abs(Y).max(axis=0) if Y.ndim == 2 else np.abs(Y).reshape(1, -1).max(axis=1)
    column = int(np.argmax(largest))
    if largest[column] <= TARGET_LARGE:
        return None
    values = Y.reshape(len(Y), -1)[:, column]
    extreme = float(values[np.argmax(np.abs(values))])
    return column, extreme, 10.0 ** int(np.floor(np.log10(largest[column])))
