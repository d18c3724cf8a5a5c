"""The fast training path gives the reference path's numbers (Network.forward / backward)."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer, optimizers, schedules
from engine.batching import EpochPlan, Workspace, batch_bounds, epoch_order
from engine.fastpath import FastPath, all_finite

COMBOS = [("tanh", "sigmoid", "bce"), ("relu", "softmax", "cce"), ("sigmoid", "linear", "mse"),
          ("leaky_relu", "tanh", "mse"), ("linear", "relu", "mse")]


def problem(hidden, output, loss, n=23, seed=0, dtype="float64"):
    rng = np.random.default_rng(seed)
    n_out = 3
    spec = NetworkSpec(4, [LayerSpec(5, hidden), LayerSpec(4, hidden), LayerSpec(n_out, output)],
                       loss)
    X = rng.normal(0, 1, (n, 4))
    if loss == "cce":
        Y = np.eye(n_out)[rng.integers(0, n_out, n)]
    elif loss == "bce":
        Y = rng.integers(0, 2, (n, n_out)).astype(float)
    else:
        Y = rng.normal(0, 1, (n, n_out))
    return Network(spec, seed=seed, dtype=dtype, init="uniform"), X, Y


@pytest.mark.parametrize(("hidden", "output", "loss"), COMBOS)
def test_one_batch_gradient_equals_the_reference(hidden, output, loss):
    net, X, Y = problem(hidden, output, loss)
    fast = FastPath(net)
    ws = Workspace(net.sizes, len(X), net.dtype)
    z = np.empty((len(X), net.spec.n_outputs))
    fast.gradient(X, Y, z, ws, 1.0 / len(X))
    nabla_w, nabla_b = net.gradients(X, Y)
    for mine, theirs in zip(fast.grad.weights + fast.grad.biases, nabla_w + nabla_b,
                            strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(z, net.forward(X).zs[-1], rtol=1e-14)


def reference_training(net, X, Y, config):
    """Training written out with Network.gradients, the optimizers and the same batch order."""
    rng = np.random.default_rng(config.seed)
    m = len(X) if config.mode == "batch" else (1 if config.mode == "stochastic"
                                               else config.batch_size)
    opt = optimizers.make(config.optimizer, net.n_parameters, net.dtype, config)
    for epoch in range(config.epochs):
        order = epoch_order(rng, len(X), config.shuffle and config.mode != "batch")
        eta = schedules.learning_rate(config, epoch)
        for start, stop in batch_bounds(len(X), m):
            rows = order[start:stop]
            nabla_w, nabla_b = net.gradients(X[rows], Y[rows])
            grad = np.concatenate([g.ravel() for pair in zip(nabla_w, nabla_b, strict=True)
                                   for g in pair])
            theta = net.flat_parameters()
            optimizers.add_penalties(grad, theta, config.weight_decay, config.l1,
                                     np.empty_like(grad))
            opt.update(theta, grad, theta, eta)
            net.set_flat_parameters(theta)


@pytest.mark.parametrize(("combo", "config"), [
    (COMBOS[0], TrainConfig(batch_size=5, learning_rate=0.3, epochs=4, seed=3)),
    (COMBOS[1], TrainConfig(batch_size=7, optimizer="adam", learning_rate=0.01, epochs=3,
                            weight_decay=0.01, schedule="step", decay_every=2)),
    (COMBOS[2], TrainConfig(mode="stochastic", optimizer="nesterov", learning_rate=0.02,
                            epochs=2, l1=0.001)),
    (COMBOS[3], TrainConfig(mode="batch", optimizer="rmsprop", learning_rate=0.01, epochs=5,
                            schedule="exponential", decay_rate=0.9)),
    (COMBOS[4], TrainConfig(batch_size=4, optimizer="momentum", learning_rate=0.01, epochs=3,
                            shuffle=False)),
])
def test_training_equals_the_reference_loop(combo, config):
    net, X, Y = problem(*combo)
    twin = net.copy()
    Trainer(net, config).fit(X, Y)
    reference_training(twin, X, Y, config)
    for mine, theirs in zip(net.weights + net.biases, twin.weights + twin.biases, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-10, atol=1e-13)


def test_float32_training_tracks_float64():
    net32, X, Y = problem("tanh", "sigmoid", "bce", dtype="float32")
    net64 = net32.copy(dtype="float64")
    config = TrainConfig(batch_size=8, learning_rate=0.1, epochs=3)
    Trainer(net32, config).fit(X, Y)
    Trainer(net64, config).fit(X, Y)
    assert net32.weights[0].dtype == np.float32
    np.testing.assert_allclose(net32.weights[0], net64.weights[0], rtol=1e-4, atol=1e-5)


def test_large_data_gathered_batch_by_batch_gives_the_same_numbers(monkeypatch):
    net, X, Y = problem("relu", "softmax", "cce", n=40)
    twin = net.copy()
    config = TrainConfig(batch_size=8, learning_rate=0.1, epochs=3)
    Trainer(net, config).fit(X, Y)
    monkeypatch.setattr(EpochPlan, "GATHER_EPOCH_BYTES", 0)  # as if X were huge
    Trainer(twin, config).fit(X, Y)
    np.testing.assert_array_equal(net.weights[0], twin.weights[0])


def test_the_data_is_never_copied_whole_when_large_or_in_order(monkeypatch):
    net, X, Y = problem("tanh", "sigmoid", "bce")
    sizes, dtype = net.sizes, net.dtype
    in_order = EpochPlan(X, Y, 5, False, sizes, dtype)
    assert in_order.inputs is X and in_order.targets is Y
    monkeypatch.setattr(EpochPlan, "GATHER_EPOCH_BYTES", 0)
    by_batch = EpochPlan(X, Y, 5, True, sizes, dtype)
    assert by_batch.inputs is None
    assert all(batch[0] is None for batch in by_batch.batches)


@pytest.mark.parametrize("size", [10, 50_000])
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_all_finite_finds_any_bad_value(size, bad):
    vector = np.ones(size, np.float32)
    assert all_finite(vector)
    vector[size // 3] = bad
    assert not all_finite(vector)


@pytest.mark.parametrize("scale", [0.5, 5.0, 300.0])
def test_softmax_delta_is_the_shifted_one_whether_or_not_it_shifts(scale):
    """δᴸ = softmax(z) − y is computed without the shift by each row's largest zₖ while ‖z‖
    is small (``UNSHIFTED_SOFTMAX``), with it beyond: both the reference's, and finite."""
    from engine.activations import Softmax
    from engine.batching import Workspace
    from engine.fastpath import FastPath

    rng = np.random.default_rng(0)
    spec = NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(5, "softmax")], "cce")
    kernel = FastPath(Network(spec, seed=0))
    ws = Workspace(spec.sizes, 7, np.float64)
    z = rng.normal(size=(7, 5)) * scale
    y = np.eye(5)[rng.integers(0, 5, 7)]
    delta, check = kernel._output_delta(z, y, ws)
    assert check == pytest.approx(np.vdot(z, z))
    np.testing.assert_allclose(delta, Softmax().fn(z) - y, rtol=1e-13, atol=1e-15)
    assert np.isfinite(delta).all()
