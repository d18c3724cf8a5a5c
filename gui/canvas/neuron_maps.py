"""Each neuron's output over the input plane, drawn inside the neuron (as in TF Playground).

For data with two inputs the session's derived numbers hold the notes' forward pass,
zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = σ(zˡ), on a grid of points x = (x₁, x₂) covering the plane the
decision boundary covers; neuron i of layer l is filled with aᵢˡ(x) over that grid: the
inputs show x₁ and x₂ themselves, a tanh or σ neuron of layer 1 the line wᵢˡ·x + bᵢ = 0 it
draws, a ReLU its fold, later layers the shapes they make of those, and the output neuron the
decision boundary in miniature. A neuron's picture is every third point of the grid, the
middles of its 3 × 3 blocks (24 points a side: smooth at a neuron's size), coloured on its
layer's range, which every view of the plane shares: a layer of probabilities (σ, softmax,
step) spans [0, 1]; any other layer is symmetric about 0 with the largest |aˡ| of that layer
at its ends. The picture is transparent outside the neuron's disc, so drawing it needs no
clip (an antialiased clip path costs more than the picture).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtGui import QImage

from gui import style

#: grid points pooled into one pixel of a neuron's picture
POOL = 3
#: a smaller neuron (a column of more than 24) keeps its plain fill: its picture would be a dot
MIN_RADIUS = 10.0


@cache
def colour_table() -> np.ndarray:
    """The diverging map as 256 RGBA bytes."""
    table = style.diverging_colormap().getLookupTable(0.0, 1.0, 256, alpha=True)
    return np.ascontiguousarray(table, dtype=np.uint8)


@cache
def _disc(size: int) -> np.ndarray:
    """Opacity 0–255 of a disc filling a ``size`` × ``size`` picture, its edge antialiased."""
    centre = (size - 1) / 2
    y, x = np.mgrid[0:size, 0:size]
    distance = np.hypot(x - centre, y - centre)
    return (255 * np.clip(size / 2 - distance, 0.0, 1.0)).astype(np.uint8)


class MapPictures:
    """The pictures of the last plane asked for, made on whichever thread asked first: the
    training worker makes them for its snapshot (``prepare``, when the canvas shows maps), so
    that the canvas, asking for the same plane on the main thread, only paints them."""

    def __init__(self):
        #: whether the canvas shows maps now (set on the main thread, read by the worker's)
        self.wanted = False
        self._last: tuple = (None, None)

    def prepare(self, derived) -> None:
        if self.wanted:
            self.images(derived.plane)

    def images(self, plane) -> list[list[QImage]] | None:
        made_for, images = self._last  # one read: the worker may replace it meanwhile
        if plane is None or made_for is plane:
            return images if plane is not None else None
        images = map_images(plane)
        self._last = (plane, images)
        return images


def map_images(plane, pool: int = POOL) -> list[list[QImage]] | None:
    """One disc-shaped picture per neuron of every layer (inputs first) from ``plane`` (the
    derived ``PlaneNumbers``, or None for data that is not 2-D: then None)."""
    if plane is None:
        return None
    layers = []
    for values, levels in zip(plane.activations, plane.levels, strict=True):
        rgba = _coloured(values, levels, pool)
        disc = _disc(rgba.shape[1])
        # premultiplied, as the raster engine draws it without converting
        rgba[..., :3] = (rgba[..., :3] * disc[..., None].astype(np.uint16) // 255)
        rgba[..., 3] = disc
        layers.append([_image(picture) for picture in rgba])
    return layers


def neuron_image(plane, layer: int, index: int, pool: int = 1) -> QImage | None:
    """Neuron ``index`` of ``layer``'s picture alone (on its layer's range), or None."""
    if plane is None:
        return None
    values = plane.activations[layer][index:index + 1]
    return _image(_coloured(values, plane.levels[layer], pool)[0])


def _coloured(values: np.ndarray, levels: tuple[float, float], pool: int) -> np.ndarray:
    """Maps (neurons, rows, columns), row 0 at the lowest x₂, as RGBA bytes with row 0 at
    the top (a picture's), one point of each ``pool`` × ``pool`` block."""
    if pool > 1:  # each block's middle point: a smooth map's block mean, at no cost
        values = values[:, pool // 2::pool, pool // 2::pool]
    low, high = levels
    share = np.nan_to_num((values[:, ::-1] - low) / (high - low), nan=0.5)
    return colour_table()[np.clip(np.rint(share * 255), 0, 255).astype(np.uint8)]


def _image(rgba: np.ndarray) -> QImage:
    height, width, _ = rgba.shape
    data = np.ascontiguousarray(rgba).tobytes()
    return QImage(data, width, height, 4 * width,
                  QImage.Format.Format_RGBA8888_Premultiplied).copy()
