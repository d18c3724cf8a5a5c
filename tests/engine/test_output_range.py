"""A regression target the output activation cannot reach is said beside the data (a
sigmoid output on the plane's targets in [−1, 1] trained to R² ≈ 0 without a word)."""

import numpy as np

from engine import datasets
from engine.output_range import output_range_problem


def test_a_sigmoid_output_cannot_reach_the_planes_negative_targets():
    ds = datasets.load("plane")
    problem = output_range_problem("sigmoid", ds.Y, ds.target_names)
    assert "gives values between 0 and 1 only" in problem
    assert "Choose a linear output" in problem
    assert output_range_problem("linear", ds.Y) is None
    assert output_range_problem("tanh", ds.Y) is None  # (−1, 1), but for noise just past


def test_relu_is_bounded_below_only():
    Y = np.array([[-0.5], [3.0], [-0.2]])
    assert "of 0 or more only" in output_range_problem("relu", Y, ["price"])
    assert "price reaches -0.5" in output_range_problem("relu", Y, ["price"])
    assert output_range_problem("relu", np.array([[0.0], [300.0]])) is None
