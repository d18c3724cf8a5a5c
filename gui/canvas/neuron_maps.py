"""Each neuron's output over the input plane, drawn inside the neuron (as in TF Playground).

For data with two inputs, the forward pass of the notes, zˡ = Wˡaˡ⁻¹ + bˡ and aˡ = σ(zˡ), is
run on a grid of points x = (x₁, x₂) covering the data (the decision boundary's plane, the
document's ``plane``), and
neuron i of layer l is filled with aᵢˡ(x) over that grid: the inputs show x₁ and x₂ themselves,
a tanh or σ neuron of layer 1 the line wᵢˡ·x + bᵢ = 0 it draws, a ReLU its fold, later layers
the shapes they make of those, and the output neuron the decision boundary in miniature.

Colours are the weights' diverging map: a layer of probabilities (σ, softmax, step) spans
[0, 1]; any other layer is symmetric about 0 with the largest |aˡ| of that layer at its ends,
so the neurons of one layer compare directly.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtGui import QImage

from gui import style
from gui.plots.plane import activation_levels, plane_axes, plane_points

#: grid points per side: enough to look smooth at a neuron's size, cheap at 30 frames a second
MAP_POINTS = 24
#: a smaller neuron (a column of more than 24) keeps its plain fill: its picture would be a dot
MIN_RADIUS = 10.0


@cache
def _colour_table() -> np.ndarray:
    """The diverging map as 256 RGBA bytes."""
    table = style.diverging_colormap().getLookupTable(0.0, 1.0, 256, alpha=True)
    return np.ascontiguousarray(table, dtype=np.uint8)


def layer_activations(document, points: int = MAP_POINTS) -> list[np.ndarray] | None:
    """aˡ on the plane's grid for l = 0 … L, each (neurons, points, points) with row 0 at the
    largest x₂ (the top of a picture); None unless the data and the network both have
    exactly two inputs (they can differ until the network is fitted to new data)."""
    X = document.dataset.X
    if X.ndim != 2 or X.shape[1] != 2 or len(X) == 0 or document.spec.n_inputs != 2:
        return None
    grid = plane_points(*plane_axes(X, points, document.plane))
    with np.errstate(all="ignore"):
        trace = document.network.forward(document.normalise(grid))
    return [np.asarray(a, dtype=float).T.reshape(-1, points, points)[:, ::-1]
            for a in trace.activations]


def map_images(document, points: int = MAP_POINTS) -> list[list[QImage]] | None:
    """One small picture per neuron of every layer (inputs first), or None as above."""
    activations = layer_activations(document, points)
    if activations is None:
        return None
    kinds = [None] + [layer.activation for layer in document.spec.layers]
    return [[_image(picture) for picture in _coloured(kind, values)]
            for kind, values in zip(kinds, activations, strict=True)]


def neuron_image(document, layer: int, index: int, points: int = MAP_POINTS) -> QImage | None:
    """Neuron ``index`` of ``layer``'s picture alone (coloured on its layer's range)."""
    activations = layer_activations(document, points)
    if activations is None:
        return None
    kind = document.spec.layers[layer - 1].activation if layer else None
    return _image(_coloured(kind, activations[layer])[index])


def _coloured(kind: str | None, values: np.ndarray) -> np.ndarray:
    """A layer's maps as RGBA bytes on the diverging map, over the layer's colour range."""
    low, high = activation_levels(kind, values)
    share = np.nan_to_num((values - low) / (high - low), nan=0.5)
    return _colour_table()[np.clip(np.rint(share * 255), 0, 255).astype(np.uint8)]


def _image(rgba: np.ndarray) -> QImage:
    height, width, _ = rgba.shape
    data = np.ascontiguousarray(rgba).tobytes()
    return QImage(data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()
