"""The hint to standardise: features on very different scales, or far from 0."""

import numpy as np

from engine.datasets.normalise import scaling_problem


def test_features_on_the_same_small_scale_need_nothing():
    X = np.array([[0, 1], [1, 0], [0.5, 0.2]])
    assert scaling_problem(X) is None


def test_ranges_a_thousand_fold_apart_are_named():
    X = np.array([[0, 0], [1, 1000], [0.5, 10]])
    said = scaling_problem(X, ["petal", "price"])
    assert "1,000-fold" in said and "price spans 1000" in said and "petal 1" in said


def test_large_values_on_one_scale_are_named_too():
    X = np.array([[100.0, 150.0], [120.0, 160.0], [130.0, 140.0]])
    assert "reach 160" in scaling_problem(X)


def test_constant_or_tiny_data_say_nothing():
    assert scaling_problem(np.ones((5, 2))) is None
    assert scaling_problem(np.zeros((1, 2))) is None
