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


def confident_output(loss):
    """A 2-3-1 sigmoid net whose output is pushed to 0 or 1 on every sample."""
    rng = np.random.default_rng(2)
    X = rng.normal(size=(40, 2))
    Y = (X[:, :1] > 0).astype(float)
    spec = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], loss)
    net = Network(spec, seed=0)
    net.weights[0][:] = [[10.0, 0.0], [10.0, 0.0], [10.0, 0.0]]
    net.biases[0][:] = 0.0
    net.weights[1][:] = 20.0
    net.biases[1][:] = 0.0
    trace = net.forward(X)
    return layer_diagnostics(net, trace, net.backward(trace, Y))


def test_a_saturated_output_under_its_own_cost_is_not_called_a_stopped_delta():
    d = confident_output("bce")
    assert d.output_fused and d.saturated[-1] == 1.0
    lines = reading(d)
    assert not any("δ stops" in line and "layer 2" in line for line in lines)
    assert "100% of the output layer's units are near 0 or 1. With this cost δᴸ = aᴸ − y, so " \
        "that does not stop δ: it is small only where the outputs are right." in lines
    # under the quadratic cost σ'(zᴸ) stays in δᴸ: saturation there does stop it
    d = confident_output("mse")
    assert not d.output_fused
    assert any("layer 2's units are saturated" in line and "δ stops" in line
               for line in reading(d))


def test_a_signal_that_reaches_every_layer_says_what_vanishing_would_be():
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(32, 2)), rng.integers(0, 2, (32, 1)).astype(float)
    spec = NetworkSpec(2, [LayerSpec(6, "tanh"), LayerSpec(6, "tanh"), LayerSpec(1, "sigmoid")],
                       "bce")
    d, _, _ = diagnose(spec, X, Y)
    assert reading(d)[0].startswith("The error signal reaches every layer: layer 1's mean |δ| "
                                    "is within a factor ")
    assert reading(d)[0].endswith("(a vanishing signal is 100 times smaller or more).")


def test_the_log_follows_undo_and_redo_and_a_new_branch_replaces_the_undone_one():
    """Undo Train left the 500 epochs' curves in Gradients per Layer (tester); redo after
    the log was cut would have left one point."""
    log = DiagnosticsLog()
    d, _, _ = diagnose(NetworkSpec(2, [LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                       np.zeros((2, 2)), np.zeros((2, 1)))
    for epoch in range(1, 11):
        log.add(0, epoch, d)
    assert len(log.series(0, "mean_delta", 0)[0]) == 0  # undone: the history has none
    assert log.series(0, "mean_delta", 10)[0].tolist() == list(range(1, 11))  # redone
    log.add(0, 4, d)  # trained again after undoing to epoch 3: epochs 4… are the new ones
    assert log.series(0, "mean_delta")[0].tolist() == [1, 2, 3, 4]
    log.add(1, 5, d)
    log.add(0, 2, d)  # a later run undone too: its entries go with the branch
    assert len(log.series(1, "mean_delta")[0]) == 0
    assert log.series(0, "mean_delta")[0].tolist() == [1, 2]


def test_a_step_output_says_there_is_no_error_signal_not_that_there_is_one_layer():
    """A hidden layer added before lesson 3's step neuron: δ is 0 everywhere (the panel
    said "one layer: nothing to compare" of a two-layer net, tester)."""
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(8, 2)), rng.integers(0, 2, (8, 1)).astype(float)
    spec = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "step")], "mse")
    d, _, _ = diagnose(spec, X, Y)
    assert not d.mean_delta.any()
    assert reading(d)[0].startswith("δ is 0 in every layer: there is no error signal")
