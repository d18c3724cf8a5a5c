"""Backpropagation against central differences: every activation × cost × depth 0–3."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import LayerSpec, Network, NetworkSpec, gradient_check
from engine.gradient_check import relative_error

HIDDEN = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
OUTPUTS = [("mse", "sigmoid"), ("mse", "tanh"), ("mse", "relu"), ("mse", "leaky_relu"),
           ("mse", "linear"), ("bce", "sigmoid"), ("cce", "softmax")]


def targets(rng, loss, n, n_out):
    if loss == "cce":
        return np.eye(n_out)[rng.integers(0, n_out, n)]
    if loss == "bce":
        return rng.uniform(0, 1, (n, n_out))  # soft targets are allowed too
    return rng.normal(0, 1, (n, n_out))


@st.composite
def problems(draw):
    loss, output = draw(st.sampled_from(OUTPUTS))
    depth = draw(st.integers(0, 3))
    hidden = [draw(st.sampled_from(HIDDEN)) for _ in range(depth)]
    widths = [draw(st.integers(1, 5)) for _ in range(depth)]
    n_out = draw(st.integers(2 if output == "softmax" else 1, 4))
    n_in = draw(st.integers(1, 4))
    n = draw(st.integers(1, 6))
    seed = draw(st.integers(0, 2**31 - 1))
    layers = [LayerSpec(u, a) for u, a in zip(widths, hidden, strict=True)]
    spec = NetworkSpec(n_in, [*layers, LayerSpec(n_out, output)], loss)
    return spec, n, seed


@settings(max_examples=50, deadline=None)
@given(problems())
def test_backpropagation_matches_central_differences(problem):
    spec, n, seed = problem
    rng = np.random.default_rng(seed)
    net = Network(spec, seed=seed, init="uniform")  # biases random too, so no z sits at 0
    X = rng.normal(0, 1, (n, spec.n_inputs))
    Y = targets(rng, spec.loss, n, spec.n_outputs)
    check = gradient_check(net, X, Y)
    assert check.relative_error < 1e-6, (spec, check.relative_error)


@pytest.mark.parametrize(("loss", "output"), OUTPUTS)
@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_every_output_and_depth(loss, output, depth):
    """The grid, deterministic: each hidden layer a different activation."""
    rng = np.random.default_rng(depth)
    layers = [LayerSpec(3, HIDDEN[(depth + i) % len(HIDDEN)]) for i in range(depth)]
    spec = NetworkSpec(3, [*layers, LayerSpec(3, output)], loss)
    net = Network(spec, seed=depth, init="uniform")
    X = rng.normal(0, 1, (4, 3))
    check = gradient_check(net, X, targets(rng, loss, 4, 3))
    assert check.relative_error < 1e-6
    assert check.ok


def test_gradient_check_reports_both_gradients_in_the_network_layout():
    spec = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    net = Network(spec, seed=0, dtype="float32")
    X = np.array([[0.0, 1.0], [1.0, 0.5]])
    check = gradient_check(net, X, [[1.0], [0.0]])
    assert [w.shape for w in check.numeric[0]] == [(3, 2), (1, 3)]
    assert [b.shape for b in check.analytic[1]] == [(3,), (1,)]
    assert net.weights[0].dtype == np.float32  # the check ran on a float64 copy
    assert check.relative_error < 1e-6


def test_a_wrong_gradient_is_caught():
    assert relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0])) == 0
    assert relative_error(np.array([1.0, 2.0]), np.array([-1.0, -2.0])) == pytest.approx(1.0)
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0


def test_a_fault_in_the_trainers_fast_path_alone_fails_the_check(monkeypatch):
    """The check follows the gradient training uses, not only the reference backward."""
    from engine import fastpath

    spec = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "mse")
    net = Network(spec, seed=0)
    X, Y = np.array([[0.3, -1.0], [1.0, 0.5]]), np.array([[1.0], [0.0]])
    assert gradient_check(net, X, Y).ok
    original = fastpath.FastPath.gradient

    def faulty(self, x, y, z_out, ws, inv_m):
        check = original(self, x, y, z_out, ws, inv_m)
        self.grad.weights[0] *= 1.01  # 1 % off in W¹, in the fast path only
        return check

    monkeypatch.setattr(fastpath.FastPath, "gradient", faulty)
    check = gradient_check(net, X, Y)
    assert not check.ok
    np.testing.assert_allclose(check.fast[0][0], 1.01 * check.analytic[0][0])
