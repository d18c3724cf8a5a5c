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


# -- confident correct outputs, against a 60-digit reference (Python's decimal) ---------------

def _log1p(t):
    from decimal import Decimal
    return t - t * t / 2 + t ** 3 / 3 if t < Decimal("1e-15") else (1 + t).ln()


def _softplus(x):
    return x + _log1p((-x).exp()) if x > 0 else _log1p(x.exp())


def _reference_bce(z, y):
    from decimal import Decimal, localcontext
    with localcontext() as context:
        context.prec = 60
        z, y = Decimal(z), Decimal(y)
        return y * _softplus(-z) + (1 - y) * _softplus(z)


def _reference_cce(zs, ys):
    from decimal import Decimal, localcontext
    with localcontext() as context:
        context.prec = 60
        zs = [Decimal(v) for v in zs]
        total = sum(v.exp() for v in zs)
        return sum(-Decimal(y) * (v.exp() / total).ln() for v, y in zip(zs, ys, strict=True)
                   if y)


def _relative_error(value, reference):
    from decimal import Decimal
    return float(abs(Decimal(float(value)) - reference) / reference)


@pytest.mark.parametrize("z", [30.0, 36.0, 40.0, 700.0, 5.0, 0.0, -30.0])
@pytest.mark.parametrize("y", [1.0, 0.0, 0.3])
def test_bce_keeps_its_precision_on_confident_outputs(z, y):
    loss = costs.get("bce").per_sample(np.array([[z]]), None, np.array([[y]]))[0]
    assert _relative_error(loss, _reference_bce(z, y)) < 1e-12


@pytest.mark.parametrize("zs", [[30.0, 0.0], [36.0, 0.0], [36.0, 0.0, -1.0], [5.0, 5.0, 0.0],
                                [0.0, 30.0], [36.0, 36.0, 36.0], [-1e3, 2.0, 1.0]])
def test_cce_keeps_its_precision_on_confident_outputs(zs):
    y = [1.0] + [0.0] * (len(zs) - 1)
    loss = costs.get("cce").per_sample(np.array([zs]), None, np.array([y]))[0]
    assert _relative_error(loss, _reference_cce(zs, y)) < 1e-12


def test_the_old_subtraction_lost_these_digits():
    """What the cancellation-free forms are for: softplus(z) − z at z = 36 is 0, not 2.3e-16."""
    assert float(np.logaddexp(0, 36.0) - 36.0) == 0.0
    assert costs.get("bce").per_sample(np.array([[36.0]]), None, np.array([[1.0]]))[0] > 2e-16


def test_cce_rows_within_the_tolerance_are_read_as_distributions():
    cce = costs.get("cce")
    y = np.array([[0.33333, 0.33333, 0.33333], [0.0, 1.0, 0.0], [0.25, 0.25, 0.50004]])
    read = cce.targets(y)
    np.testing.assert_allclose(read.sum(axis=1), 1.0, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(read[1], y[1])  # a one-hot row is left exactly as it is
    assert y[0, 0] == 0.33333  # the caller's array is not changed
    z = np.array([[0.3, -1.2, 2.0]] * 3)
    naive = -np.sum(read * np.log(softmax.fn(z)), axis=1)
    np.testing.assert_allclose(cce.per_sample(z, None, read), naive, rtol=1e-13)
    with pytest.raises(DataError, match=r"row 0 sums to 0\.999"):
        cce.targets(np.array([[0.333, 0.333, 0.333]]))  # 1e-3 off: not a rounding


def test_the_network_trains_and_scores_on_the_same_normalised_targets():
    from engine import LayerSpec, Network, NetworkSpec

    net = Network(NetworkSpec(2, [LayerSpec(3, "softmax")], "cce"), seed=0)
    X = np.array([[0.5, -1.0], [1.0, 2.0]])
    rough = np.array([[0.33333, 0.33333, 0.33333], [0.0, 0.0, 1.0]])
    exact = rough / rough.sum(axis=1, keepdims=True)
    assert net.loss(X, rough) == net.loss(X, exact)
    (dw_rough, db_rough), (dw_exact, db_exact) = net.gradients(X, rough), net.gradients(X, exact)
    for mine, theirs in zip(dw_rough + db_rough, dw_exact + db_exact, strict=True):
        np.testing.assert_array_equal(mine, theirs)
