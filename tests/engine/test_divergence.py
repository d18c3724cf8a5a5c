"""Divergence: a non-finite weight or loss stops training, naming where, with finite weights."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer, TrainingDiverged

REGRESSION = NetworkSpec(1, [LayerSpec(4, "relu"), LayerSpec(1, "linear")], "mse")


def data(n=20):
    X = np.linspace(-3, 3, n).reshape(-1, 1)
    return X, 5 * X + 1


def test_a_huge_learning_rate_raises_and_keeps_the_last_finite_weights():
    X, Y = data()
    net = Network(REGRESSION, seed=0)
    run = Trainer(net, TrainConfig(batch_size=4, learning_rate=50.0, epochs=100,
                                   report_every=1)).run(X, Y)
    last = None
    with pytest.raises(TrainingDiverged) as caught:
        for _ in run:
            last = [w.copy() for w in net.weights + net.biases]
    error = caught.value
    assert error.learning_rate == 50.0 and error.epoch >= 1 and error.iteration >= 1
    message = str(error)
    assert f"epoch {error.epoch}, iteration {error.iteration}" in message
    assert "learning rate 50" in message and "lower the learning rate" in message
    assert all(np.isfinite(w).all() for w in net.weights + net.biases)
    # The failing update was not applied: the weights are those of the report before it.
    for kept, reported in zip(net.weights + net.biases, last, strict=True):
        np.testing.assert_array_equal(kept, reported)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_divergence_is_caught_for_every_dtype_and_optimizer(dtype, optimizer):
    X, Y = data()
    net = Network(REGRESSION, seed=1, dtype=dtype)
    lr = 1e30 if optimizer != "adam" else 1e300  # adam steps are at most about lr
    with pytest.raises(TrainingDiverged):
        Trainer(net, TrainConfig(batch_size=5, optimizer=optimizer, learning_rate=lr,
                                 epochs=50)).fit(X, Y)
    assert all(np.isfinite(w).all() and w.dtype == dtype for w in net.weights + net.biases)


def test_classification_nets_diverge_cleanly_too():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    spec = NetworkSpec(2, [LayerSpec(4, "relu"), LayerSpec(1, "sigmoid")], "bce")
    net = Network(spec, seed=0)
    with pytest.raises(TrainingDiverged, match="diverged in epoch"):
        Trainer(net, TrainConfig(mode="batch", learning_rate=1e308, epochs=50)).fit(X, Y)
    assert all(np.isfinite(w).all() for w in net.weights + net.biases)
