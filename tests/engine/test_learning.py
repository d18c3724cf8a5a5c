"""It learns: XOR with a hidden layer, and scikit-learn's 8×8 digits to ≥ 95 % test accuracy."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([[0.0], [1.0], [1.0], [0.0]])


@pytest.mark.parametrize(("output", "loss"), [("sigmoid", "bce"), ("tanh", "mse")])
def test_xor_is_learned_by_a_2_4_1_tanh_net(output, loss):
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, output)], loss)
    net = Network(spec, seed=0)
    history = Trainer(net, TrainConfig(mode="batch", learning_rate=0.5, epochs=2000)).fit(
        XOR_X, XOR_Y)
    assert history.metrics["accuracy"][-1] == 1.0
    np.testing.assert_array_equal(net.predict(XOR_X) >= 0.5, XOR_Y == 1)
    assert history.train_loss[-1] < 0.1 * history.train_loss[0]


def test_digits_reach_95_percent_test_accuracy():
    datasets = pytest.importorskip("sklearn.datasets")
    digits = datasets.load_digits()
    X = digits.data / 16.0
    Y = np.eye(10)[digits.target]
    order = np.random.default_rng(0).permutation(len(X))
    train, test = order[:1400], order[1400:]
    spec = NetworkSpec(64, [LayerSpec(32, "relu"), LayerSpec(16, "relu"),
                            LayerSpec(10, "softmax")], "cce")
    net = Network(spec, seed=0)
    history = Trainer(net, TrainConfig(batch_size=32, optimizer="adam", learning_rate=0.005,
                                       epochs=40, seed=0)).fit(X[train], Y[train],
                                                               X[test], Y[test])
    predicted = np.argmax(net.predict(X[test]), axis=1)
    accuracy = np.mean(predicted == digits.target[test])
    assert accuracy >= 0.95
    assert history.metrics["val_accuracy"][-1] == pytest.approx(accuracy)
