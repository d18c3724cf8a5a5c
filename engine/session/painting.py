"""Points painted on the plane, as plain numbers: adding, erasing, starting over (no Qt).

A painting is immutable; every change returns a new one, which the document turns into its
data (``Document.set_painted_points``), so each change is an undoable data change. The data
can never be empty (every view and the trainer need at least one sample), so erasing stops at
the last point and starting over leaves one seed point per class to paint around.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from engine.errors import DataError
from engine.text import translate

CLASS_LETTERS = "ABCDEFGH"
MAX_CLASSES = len(CLASS_LETTERS)
SEED_RADIUS = 0.5


class LastPointError(DataError):
    """Erasing would leave no data at all."""


@dataclass(frozen=True, eq=False)
class Painting:
    """``X`` (n, 2) in the plane's units; ``y`` class indices, or target values for
    regression; ``n_classes`` 0 for regression."""

    X: np.ndarray
    y: np.ndarray
    n_classes: int
    #: the classes' names when painting goes on from named data (a built-in's 0–3), else
    #: None: A, B, C, … (renaming the data's classes changed the output neurons' labels)
    names: tuple[str, ...] | None = None

    @property
    def task(self) -> str:
        return "classification" if self.n_classes else "regression"

    @property
    def class_names(self) -> tuple[str, ...] | None:
        if not self.n_classes:
            return None
        if self.names is not None and len(self.names) == self.n_classes:
            return tuple(self.names)
        return tuple(CLASS_LETTERS[:self.n_classes])

    def __len__(self) -> int:
        return int(self.X.shape[0])

    def added(self, x: float, y: float, value: float) -> Painting:
        """One more point at (x, y), of class ``value`` (or with target ``value``)."""
        return replace(self, X=np.vstack([self.X, [[float(x), float(y)]]]),
                       y=np.append(self.y, value))

    def erased(self, keep: np.ndarray) -> Painting:
        """Only the points where ``keep`` is True; LastPointError when none would be left."""
        if not keep.any():
            raise LastPointError(translate(
                "Session", "the painted data keep at least one point; paint another point "
                "before erasing the last one"))
        return replace(self, X=self.X[keep], y=self.y[keep])

    def with_classes(self, n_classes: int) -> Painting:
        """Another number of classes; points of classes that no longer exist are dropped."""
        if self.n_classes == 0 or n_classes == 0:
            return started_over(n_classes)
        names = None if self.names is None or n_classes > len(self.names) else \
            self.names[:n_classes]
        return replace(self, n_classes=n_classes, names=names).erased(self.y < n_classes)


def near(X: np.ndarray, x: float, y: float, radius_x: float, radius_y: float) -> np.ndarray:
    """Which points lie inside the ellipse of radii (``radius_x``, ``radius_y``) around
    (x, y): a round eraser on screen even when the axes have different scales."""
    return ((X[:, 0] - x) / radius_x) ** 2 + ((X[:, 1] - y) / radius_y) ** 2 <= 1.0


def started_over(n_classes: int, names: tuple[str, ...] | None = None) -> Painting:
    """One seed point per class on a circle (or one point with target 0 for regression),
    the classes named ``names`` when they are as many (the data's, so starting over on XOR
    keeps 0 and 1 rather than A and B, tester)."""
    if n_classes == 0:
        return Painting(np.zeros((1, 2)), np.zeros(1), 0)
    angles = [2 * math.pi * k / n_classes + math.pi / 4 for k in range(n_classes)]
    X = SEED_RADIUS * np.array([[math.cos(a), math.sin(a)] for a in angles])
    kept = tuple(names) if names is not None and len(names) == n_classes else None
    return Painting(X, np.arange(n_classes, dtype=np.float64), n_classes, kept)


def from_dataset(dataset) -> Painting | None:
    """The points of 2-D data as a painting to go on from; None when the data are not 2-D
    or have more classes than painting offers."""
    if dataset.n_features != 2:
        return None
    if dataset.task == "regression":
        return Painting(dataset.X.copy(), dataset.Y[:, 0].copy(), 0)
    if dataset.n_classes > MAX_CLASSES:
        return None
    names = tuple(dataset.class_names) if dataset.class_names else None
    return Painting(dataset.X.copy(), dataset.labels().astype(np.float64), dataset.n_classes,
                    names)
