"""Layer diagnostics: vanishing gradients, saturated and dead units, and what they read as."""

import numpy as np

from engine import LayerSpec, Network, NetworkSpec
from engine.diagnostics import layer_diagnostics, reading
from engine.session.diagnostics_log import MAX_ENTRIES, DiagnosticsLog


def diagnose(spec, X, Y, seed=0, scale=None):
    net = Network(spec, seed=seed)
    if scale is not None:
        for W in net.weights:
            W *= scale
    trace = net.forward(X)
    return layer_diagnostics(net, trace, net.backward(trace, Y)), net, trace


def test_a_deep_sigmoid_net_shows_its_gradients_vanish():
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(32, 2)), rng.integers(0, 2, (32, 1)).astype(float)
    spec = NetworkSpec(2, [*(LayerSpec(8, "sigmoid") for _ in range(5)),
                           LayerSpec(1, "sigmoid")], "bce")
    d, net, trace = diagnose(spec, X, Y)
    assert d.mean_delta.shape == (6,) and (np.diff(d.mean_delta) > 0).all()  # shrinks back
    assert d.mean_delta[0] / d.mean_delta[-1] < 1e-2
    assert "vanishes" in reading(d)[0]
    grads = net.backward(trace, Y)
    np.testing.assert_allclose(d.gradient_norm[0], np.linalg.norm(grads.nabla_w[0]))


def test_saturated_tanh_and_dead_relu_units_are_counted():
    rng = np.random.default_rng(1)
    X, Y = 5 * rng.normal(size=(32, 2)), rng.normal(size=(32, 1))
    spec = NetworkSpec(2, [LayerSpec(6, "tanh"), LayerSpec(1, "linear")], "mse")
    d, _, _ = diagnose(spec, X, Y, scale=20.0)
    assert d.saturated[0] > 0.5 and np.isnan(d.saturated[1]) and np.isnan(d.dead[0])
    assert any("saturated" in line for line in reading(d))
    spec = NetworkSpec(2, [LayerSpec(6, "relu"), LayerSpec(1, "linear")], "mse")
    net = Network(spec, seed=0)
    net.biases[0][:3] = -100.0  # three units no sample can wake
    trace = net.forward(X)
    d = layer_diagnostics(net, trace, net.backward(trace, Y))
    assert d.dead[0] == 0.5
    assert any("dead" in line for line in reading(d))


def test_the_log_keeps_runs_apart_and_stays_bounded():
    log = DiagnosticsLog()
    d, _, _ = diagnose(NetworkSpec(2, [LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                       np.zeros((2, 2)), np.zeros((2, 1)))
    for epoch in range(1, 3 * MAX_ENTRIES):
        log.add(0, epoch, d)
    log.add(0, 3 * MAX_ENTRIES - 1, d)  # the same epoch again replaces
    log.add(1, 1, d)
    assert len(log) <= MAX_ENTRIES + 1
    epochs, values = log.series(0, "mean_delta")
    assert epochs[0] == 1 and epochs[-1] == 3 * MAX_ENTRIES - 1 and values.shape[1] == 2
    assert len(log.series(1, "mean_delta")[0]) == 1
