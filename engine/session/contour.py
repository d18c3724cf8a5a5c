"""Where a function sampled on a grid crosses a level: the decision boundary as line segments.

Marching squares, vectorised: each grid cell whose corners lie on both sides of the level
holds one segment (two at a saddle, split by the cell's centre value), its ends placed on the
cell's edges by linear interpolation. The result is an array of segments in the grid's own
coordinates, drawn as pairs of points; computing it once with the other derived numbers of the
plane (on the training worker's thread while training) keeps the main thread to painting.
"""

from __future__ import annotations

import numpy as np

#: the cell edges in order: bottom (corner 0 → 1), right (1 → 2), top (3 → 2), left (0 → 3);
#: corners 0–3 are (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₀, y₁)
_EDGES = ((0, 1), (1, 2), (3, 2), (0, 3))
#: at a saddle, the two segments cut off the corners not joined through the centre:
#: corners 1 and 3 (edges bottom+right, left+top) or corners 0 and 2 (bottom+left, right+top)
_CUT_ODD = ((0, 1), (3, 2))
_CUT_EVEN = ((0, 3), (1, 2))


def level_segments(values: np.ndarray, xs: np.ndarray, ys: np.ndarray, level: float
                   ) -> np.ndarray:
    """The segments where ``values`` (shape (len(ys), len(xs)), row 0 at ys[0]) cross
    ``level``: shape (M, 2, 2), segment m from (x, y) = out[m, 0] to out[m, 1]."""
    v = np.asarray(values, dtype=float)
    if v.ndim != 2 or min(v.shape) < 2:
        return np.empty((0, 2, 2))
    corners = np.stack([v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]], axis=-1)
    above = corners >= level
    x0, x1 = xs[:-1][None, :], xs[1:][None, :]
    y0, y1 = ys[:-1][:, None], ys[1:][:, None]
    corner_x = np.broadcast_to(np.stack([x0, x1, x1, x0], axis=-1), corners.shape)
    corner_y = np.broadcast_to(np.stack([y0, y0, y1, y1], axis=-1), corners.shape)
    crossed = np.stack([above[..., p] != above[..., q] for p, q in _EDGES], axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        points = np.stack([_crossing(corners, corner_x, corner_y, p, q, level)
                           for p, q in _EDGES], axis=-2)  # (rows, cols, edge, xy)
    count = crossed.sum(axis=-1)
    segments = []
    single = count == 2
    if single.any():
        edges = crossed[single]
        first = np.argmax(edges, axis=-1)
        second = 3 - np.argmax(edges[:, ::-1], axis=-1)
        cell_points = points[single]
        rows = np.arange(len(cell_points))
        segments.append(np.stack([cell_points[rows, first], cell_points[rows, second]],
                                 axis=1))
    saddle = count == 4
    if saddle.any():
        centre_above = corners[saddle].mean(axis=-1) >= level
        joined_even = above[saddle][:, 0] == centre_above  # corners 0 and 2 joined
        cell_points = points[saddle]
        for cuts, chosen in ((_CUT_ODD, joined_even), (_CUT_EVEN, ~joined_even)):
            for a, b in cuts:
                segments.append(np.stack([cell_points[chosen, a], cell_points[chosen, b]],
                                         axis=1))
    if not segments:
        return np.empty((0, 2, 2))
    return np.concatenate(segments)


def _crossing(corners, corner_x, corner_y, p: int, q: int, level: float) -> np.ndarray:
    """Where the level crosses the edge from corner p to corner q (meaningless where it
    does not: those are never read)."""
    t = (level - corners[..., p]) / (corners[..., q] - corners[..., p])
    x = corner_x[..., p] + t * (corner_x[..., q] - corner_x[..., p])
    y = corner_y[..., p] + t * (corner_y[..., q] - corner_y[..., p])
    return np.stack([x, y], axis=-1)
