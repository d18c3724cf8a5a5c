"""The input plane (x₁, x₂) that the decision boundary and the neurons' output maps cover.

Every view of the plane draws the network over the same rectangle, computed here once, so the
output neuron's map on the canvas is the decision boundary in miniature; and every view
colours an activation on the same range (``activation_levels``).
"""

from __future__ import annotations

import numpy as np

#: how far the plane reaches past the data, as a share of the data's extent
MARGIN = 0.25
#: activations read as probabilities: drawn on [0, 1], with 0.5 in the middle of the map
PROBABILITY_OUTPUTS = frozenset({"sigmoid", "softmax", "step"})
#: the plane painting starts from, (x₁ from, x₁ to, x₂ from, x₂ to), grown to hold the points
PAINTING_PLANE = (-1.5, 1.5, -1.5, 1.5)
#: the margin around painted points, as a share of their larger extent
PAINTING_MARGIN = 0.15

Plane = tuple[float, float, float, float]


def plane_axes(X: np.ndarray, points: int, plane: Plane | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
    """``points`` values of x₁ and of x₂ covering ``plane`` (x₁ from, x₁ to, x₂ from, x₂ to)
    or, when it is None, the data ``X`` (n × 2) and a margin."""
    if plane is not None:
        x_from, x_to, y_from, y_to = plane
        return np.linspace(x_from, x_to, points), np.linspace(y_from, y_to, points)
    (x_lo, y_lo), (x_hi, y_hi) = X.min(axis=0), X.max(axis=0)
    # all the points on one line (or one point): a unit's margin that way, not a pixel's
    pad_x = MARGIN * (x_hi - x_lo) if x_hi > x_lo else 0.5
    pad_y = MARGIN * (y_hi - y_lo) if y_hi > y_lo else 0.5
    return (np.linspace(x_lo - pad_x, x_hi + pad_x, points),
            np.linspace(y_lo - pad_y, y_hi + pad_y, points))


def plane_points(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Every (x₁, x₂) of the grid, row by row from the lowest x₂: shape (len(ys)·len(xs), 2)."""
    return np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)


def painting_plane(X: np.ndarray | None) -> Plane:
    """The plane to hold still while points are painted: ``PAINTING_PLANE`` grown to hold the
    current 2-D points ``X`` with a margin (None or other data: the square alone)."""
    x_from, x_to, y_from, y_to = PAINTING_PLANE
    if X is None or X.ndim != 2 or X.shape[1] != 2 or not len(X):
        return PAINTING_PLANE
    (x0, y0), (x1, y1) = X.min(axis=0), X.max(axis=0)
    pad = PAINTING_MARGIN * max(x1 - x0, y1 - y0, 1e-9)
    return (min(x_from, x0 - pad), max(x_to, x1 + pad),
            min(y_from, y0 - pad), max(y_to, y1 + pad))


def activation_levels(activation: str | None, values: np.ndarray) -> tuple[float, float]:
    """The colour range of ``values``: [0, 1] for probabilities, else symmetric about 0
    (±max|value|), so white is always "nothing" and red and blue the two signs."""
    if activation in PROBABILITY_OUTPUTS:
        return (0.0, 1.0)
    limit = float(np.max(np.abs(values), initial=0.0))
    limit = limit if np.isfinite(limit) and limit > 0 else 1.0
    return (-limit, limit)


def boundary_level(task: str, spec) -> float | None:
    """Where the decision boundary lies: the value at which the one output of a two-class
    network crosses the middle of its range (0.5 for sigmoid and step, 0 for tanh); None for
    several outputs or regression, whose picture has no one boundary."""
    if task != "classification" or spec.n_outputs != 1:
        return None
    return 0.0 if spec.output_activation == "tanh" else 0.5


def by_winning_class(task: str, spec) -> bool:
    """Whether the plane is seen as regions of the winning class (softmax over several
    classes): coloured so, with boundaries where the winner changes."""
    return (task == "classification" and spec.output_activation == "softmax"
            and spec.n_outputs > 1)


def winning_margins(outputs: np.ndarray) -> np.ndarray:
    """For softmax outputs (K, rows, columns) over the plane: each class's probability less
    the largest of the others, (K, rows, columns). Class k wins where its margin is above 0,
    so the boundaries between the regions are where the margins cross 0."""
    margins = np.empty_like(outputs)
    for k in range(len(outputs)):
        others = np.delete(outputs, k, axis=0)
        margins[k] = outputs[k] - others.max(axis=0)
    return margins
