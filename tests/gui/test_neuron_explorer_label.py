"""The M-P plane's "a = 1" label keeps its whole box clear of the gate's points: measured
from its centre, its text still ran over the point at (0, 1) (tester)."""

import numpy as np

from engine import explorers
from gui.explorers.neuron_explorer import BOX, LABEL_ROOM, _label_spot

POINTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def test_the_label_box_stays_clear_of_every_point_and_its_label():
    w, b = np.array([-0.5, 1.0]), -0.25  # the tester's AND at epoch 1: (0, 1) on the a = 1 side
    polygon = np.asarray(explorers.half_plane(w, b, BOX), dtype=float)
    half = (0.35, 0.12)
    spot = _label_spot(polygon, POINTS, half)
    assert spot is not None  # there is room above the points' row
    marks = np.vstack([POINTS, POINTS + np.array([0.0, 0.25])])
    gaps = np.maximum(np.abs(marks - spot) - half, 0.0)
    assert np.linalg.norm(gaps, axis=1).min() >= LABEL_ROOM
    assert w @ spot + b >= 0  # inside the a = 1 side

