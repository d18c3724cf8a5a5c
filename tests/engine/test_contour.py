"""The decision boundary's segments (engine.session.contour): where a grid crosses a level."""

import numpy as np

from engine.session.contour import level_segments
from engine.session.plane import boundary_level


def test_a_circle_is_found_on_its_radius():
    xs = ys = np.linspace(-1, 1, 72)
    x, y = np.meshgrid(xs, ys)
    segments = level_segments(x**2 + y**2, xs, ys, 0.5)
    radius = np.hypot(segments[..., 0], segments[..., 1])
    assert len(segments) > 100
    np.testing.assert_allclose(radius, np.sqrt(0.5), atol=2e-3)


def test_rows_are_y_and_columns_x():
    xs, ys = np.linspace(0, 10, 11), np.linspace(0, 1, 5)
    values = np.tile(xs, (len(ys), 1))  # grows with x only: the line x = 3.5
    segments = level_segments(values, xs, ys, 3.5)
    np.testing.assert_allclose(segments[..., 0], 3.5)
    assert segments[..., 1].min() == 0 and segments[..., 1].max() == 1


def test_a_saddle_is_split_by_its_centre():
    cell = np.array([[1.0, 0.0], [0.0, 1.0]])  # corners (x0,y0) and (x1,y1) above
    xs = ys = np.array([0.0, 1.0])
    joined = {tuple(map(tuple, s)) for s in level_segments(cell, xs, ys, 0.5)}
    # centre 0.5 counts as above: the high corners join, the low ones are cut off
    assert joined == {((0.5, 0.0), (1.0, 0.5)), ((0.0, 0.5), (0.5, 1.0))}
    apart = level_segments(cell, xs, ys, 0.6)
    ends = {tuple(map(tuple, s)) for s in np.round(apart, 6)}
    assert ends == {((0.4, 0.0), (0.0, 0.4)), ((1.0, 0.6), (0.6, 1.0))}


def test_a_step_output_and_no_crossing():
    xs = ys = np.linspace(0, 1, 4)
    step = (np.meshgrid(xs, ys)[0] > 0.5).astype(float)
    segments = level_segments(step, xs, ys, 0.5)
    np.testing.assert_allclose(segments[..., 0], 0.5)
    assert level_segments(np.zeros((4, 4)), xs, ys, 0.5).shape == (0, 2, 2)
    assert level_segments(np.zeros((1, 4)), xs, ys[:1], 0.5).shape == (0, 2, 2)


def test_the_level_follows_the_output():
    from engine.spec import LayerSpec, NetworkSpec

    sigmoid = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    tanh = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "tanh")], "mse")
    softmax = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(3, "softmax")], "cce")
    assert boundary_level("classification", sigmoid) == 0.5
    assert boundary_level("classification", tanh) == 0.0
    assert boundary_level("classification", softmax) is None
    assert boundary_level("regression", sigmoid) is None


def test_softmax_regions_are_bounded_where_the_winner_changes():
    from engine import datasets
    from engine.session import Session
    from engine.session.plane import winning_margins

    session = Session()
    session.set_data(datasets.load("clusters"), fit_network=True)
    assert session.network.spec.output_activation == "softmax"
    plane = session.derived.plane
    outputs = plane.activations[-1]
    margins = winning_margins(outputs)
    winner = np.argmax(outputs, axis=0)
    assert ((margins > 0) == (np.arange(len(outputs))[:, None, None] == winner)).all()
    if len(np.unique(winner)) > 1:  # a boundary wherever two regions meet
        assert len(plane.boundary) > 0
