"""Costs: DESIGN.md's definitions, computed stably from the logits, and their target checks."""

import numpy as np
import pytest

from engine import DataError, SpecError, activations, costs

sigmoid, softmax, tanh = (activations.get(n) for n in ("sigmoid", "softmax", "tanh"))


def test_mse_is_half_the_squared_distance_averaged():
    a = np.array([[0.2, 0.9], [0.5, 0.1]])
    y = np.array([[0.0, 1.0], [1.0, 0.0]])
    expected = np.mean([0.5 * (0.04 + 0.01), 0.5 * (0.25 + 0.01)])
    assert costs.get("mse").fn(None, a, y) == pytest.approx(expected, rel=1e-15)


def test_bce_matches_the_notes_formula():
    z = np.array([[0.3, -1.2], [2.0, 0.1]])
    y = np.array([[1.0, 0.0], [0.0, 1.0]])
    a = sigmoid.fn(z)
    naive = np.mean(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a), axis=1))
    assert costs.get("bce").fn(z, a, y) == pytest.approx(naive, rel=1e-13)


def test_cce_matches_the_notes_formula():
    z = np.array([[0.3, -1.2, 2.0], [2.0, 0.1, -0.5]])
    y = np.array([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    a = softmax.fn(z)
    naive = np.mean(-np.sum(y * np.log(a), axis=1))
    assert costs.get("cce").fn(z, a, y) == pytest.approx(naive, rel=1e-13)


def test_cross_entropies_stay_finite_when_outputs_round_to_0_or_1():
    z = np.array([[1e4], [-1e4], [800.0]])
    y = np.array([[0.0], [1.0], [1.0]])
    losses = costs.get("bce").per_sample(z, sigmoid.fn(z), y)
    np.testing.assert_allclose(losses, [1e4, 1e4, 0.0])
    z = np.array([[1e4, -1e4, 0.0]])
    y = np.array([[0.0, 1.0, 0.0]])
    assert costs.get("cce").per_sample(z, softmax.fn(z), y)[0] == pytest.approx(2e4)


def test_fused_deltas_are_output_minus_target():
    z = np.array([[0.5, -2.0, 1.0]])
    y = np.array([[0.0, 1.0, 0.0]])
    for name, sigma in (("bce", sigmoid), ("cce", softmax)):
        a = sigma.fn(z)
        np.testing.assert_array_equal(costs.get(name).delta(z, a, y, sigma), a - y)


def test_mse_delta_is_gradient_times_derivative():
    z = np.array([[0.5, -2.0]])
    y = np.array([[1.0, -1.0]])
    a = tanh.fn(z)
    np.testing.assert_allclose(costs.get("mse").delta(z, a, y, tanh), (a - y) * (1 - a**2))


def test_targets_outside_what_the_cost_means_are_refused():
    with pytest.raises(DataError, match=r"row 1, column 0 holds 2"):
        costs.get("bce").check_targets(np.array([[1.0], [2.0]]))
    with pytest.raises(DataError, match="row 0 sums to 2"):
        costs.get("cce").check_targets(np.array([[1.0, 1.0]]))
    costs.get("mse").check_targets(np.array([[-5.0, 7.0]]))


def test_unknown_cost_lists_the_choices():
    with pytest.raises(SpecError, match="mse, bce, cce"):
        costs.get("hinge")
