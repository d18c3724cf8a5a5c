"""The decision boundary's background as RGBA bytes, made on whichever thread asks first.

The training worker makes it for each snapshot (``prepare``), so the decision boundary, asking
for the same plane on the main thread, only hands the bytes to its image: no lookup table is
applied while painting. Two pictures, as the view's module doc says: the first output's value
on the diverging map (the canvas's neuron maps use the same colours and the same range), or,
for softmax over several classes, each point in its winning class's colour, paler where the
network is less sure.
"""

from __future__ import annotations

import numpy as np

from engine.session.plane import by_winning_class
from gui import style
from gui.canvas.neuron_maps import colour_table


def output_picture(plane) -> np.ndarray:
    """The first output's value over the plane as RGBA bytes (rows as the plane's)."""
    low, high = plane.levels[-1]
    share = np.nan_to_num((plane.output - low) / ((high - low) or 1.0), nan=0.5)
    return colour_table()[np.clip(np.rint(share * 255), 0, 255).astype(np.uint8)]


def class_picture(outputs: np.ndarray) -> np.ndarray:
    """RGB bytes of the plane coloured by the winning class (softmax outputs (K, rows,
    columns)): its colour, paler where the network is less sure (the winner's probability
    near 1/K: white), as strong as the single-output picture where it is sure."""
    k = len(outputs)
    winner = np.argmax(outputs, axis=0)
    sure = (outputs.max(axis=0) - 1.0 / k) / (1.0 - 1.0 / k)
    colours = np.array([style.class_colour(c).getRgb()[:3] for c in range(k)], dtype=float)
    strength = 0.12 + 0.45 * np.clip(sure, 0.0, 1.0)[..., None]
    picture = 255.0 * (1.0 - strength) + colours[winner] * strength
    return np.clip(np.rint(picture), 0, 255).astype(np.uint8)


class PlanePictures:
    """The picture of the last plane asked for (see the module doc)."""

    def __init__(self):
        self._last: tuple = (None, None, None)

    def prepare(self, derived) -> None:
        plane = derived.plane
        if plane is not None:
            self.picture(plane, by_winning_class(derived.dataset.task, derived.network.spec))

    def picture(self, plane, classes: bool) -> np.ndarray:
        made_for, made_classes, picture = self._last  # one read: the worker may replace it
        if made_for is plane and made_classes == classes:
            return picture
        picture = class_picture(plane.activations[-1]) if classes else output_picture(plane)
        self._last = (plane, classes, picture)
        return picture
