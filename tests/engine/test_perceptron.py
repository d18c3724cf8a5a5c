"""The perceptron rule: M-P neurons learn AND and OR; XOR is reported not linearly separable."""

import numpy as np
import pytest

from engine import DataError, LayerSpec, Network, NetworkSpec, SpecError, TrainConfig, Trainer

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
MP_NEURON = NetworkSpec(2, [LayerSpec(1, "step")], "mse")
PERCEPTRON = TrainConfig(mode="perceptron", learning_rate=0.1, epochs=100, shuffle=False)


@pytest.mark.parametrize(("name", "targets"), [("AND", [0, 0, 0, 1]), ("OR", [0, 1, 1, 1])])
@pytest.mark.parametrize("shuffle", [False, True])
def test_and_and_or_are_learned(name, targets, shuffle):
    Y = np.array(targets, float).reshape(-1, 1)
    net = Network(MP_NEURON, seed=0)
    config = TrainConfig(mode="perceptron", learning_rate=0.1, epochs=100, shuffle=shuffle)
    history = Trainer(net, config).fit(X, Y)
    assert history.stop_reason == "converged", name
    assert history.metrics["errors"][-1] == 0 and history.metrics["accuracy"][-1] == 1.0
    np.testing.assert_array_equal(net.predict(X), Y)
    assert history.train_loss[-1] == 0.0


def test_xor_is_reported_not_linearly_separable_without_crashing():
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    history = Trainer(Network(MP_NEURON, seed=0), PERCEPTRON).fit(X, Y)
    assert history.stop_reason == "not_separable"
    assert "not linearly separable" in history.message
    assert "hidden layer" in history.message
    assert history.metrics["accuracy"][-1] < 1.0
    assert len(history) < 100  # the cycle is seen long before the epoch limit


def test_xor_with_shuffling_ends_saying_it_did_not_converge():
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    config = TrainConfig(mode="perceptron", learning_rate=0.1, epochs=30, shuffle=True)
    history = Trainer(Network(MP_NEURON, seed=0), config).fit(X, Y)
    assert history.stop_reason == "epochs" and len(history) == 30
    assert "did not converge in 30 epochs" in history.message
    assert "not linearly separable" in history.message


@pytest.mark.parametrize("seed", range(5))
def test_a_run_that_runs_out_of_epochs_ends_scoring_the_weights_it_ends_with(seed):
    """Every mistake of an epoch moved the weights, so its count says little of the weights
    the run ends with: the last report scores those on every sample (XOR: 4 mistakes in
    the last epoch, and weights that still get 2 of the 4 right)."""
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    net = Network(MP_NEURON, seed=seed)
    config = TrainConfig(mode="perceptron", learning_rate=0.1, epochs=20, shuffle=True,
                         seed=seed)
    history = Trainer(net, config).fit(X, Y)
    assert history.stop_reason == "epochs"
    wrong = np.any(net.predict(X) != Y, axis=1)
    assert history.metrics["errors"][-1] == wrong.sum()
    assert history.metrics["accuracy"][-1] == 1 - wrong.mean()
    assert history.train_loss[-1] == 0.5 * np.sum(net.predict(X) != Y) / len(X)


def test_reports_per_sample_when_asked():
    Y = np.array([[0.0], [0.0], [0.0], [1.0]])
    config = TrainConfig(mode="perceptron", epochs=2, shuffle=False, report_every=1)
    reports = list(Trainer(Network(MP_NEURON, seed=0), config).run(X, Y))
    assert [r.iteration for r in reports[:4]] == [1, 2, 3, 4]
    assert reports[3].epoch_done and not reports[0].epoch_done
    assert all(r.iterations_per_epoch == 4 for r in reports)


def test_several_step_outputs_learn_together_and_float32_is_kept():
    spec = NetworkSpec(2, [LayerSpec(2, "step")], "mse")
    Y = np.array([[0, 0], [0, 1], [0, 1], [1, 1]], float)  # AND and OR side by side
    net = Network(spec, seed=3, dtype="float32")
    history = Trainer(net, PERCEPTRON).fit(X, Y)
    assert history.stop_reason == "converged"
    np.testing.assert_array_equal(net.predict(X), Y)
    assert net.weights[0].dtype == np.float32


def test_only_a_single_layer_of_step_neurons_with_0_1_targets():
    deep = NetworkSpec(2, [LayerSpec(2, "step"), LayerSpec(1, "step")], "mse")
    with pytest.raises(SpecError, match="single layer of step neurons"):
        Trainer(Network(deep), PERCEPTRON)
    smooth = NetworkSpec(2, [LayerSpec(1, "sigmoid")], "mse")
    with pytest.raises(SpecError, match="choose step"):
        Trainer(Network(smooth), PERCEPTRON)
    with pytest.raises(DataError, match="0 or 1"):
        Trainer(Network(MP_NEURON), PERCEPTRON).run(X, np.array([[0.5], [1], [0], [1]]))


def test_validation_data_is_scored_too():
    Y = np.array([[0.0], [1.0], [1.0], [1.0]])
    history = Trainer(Network(MP_NEURON, seed=0), PERCEPTRON).fit(X, Y, X, Y)
    assert history.metrics["val_accuracy"][-1] == 1.0 and history.val_loss[-1] == 0.0


@pytest.mark.parametrize("w0", [-1e-6, -3e-6, -1e-5])
def test_separable_data_with_small_features_converge_not_called_inseparable(w0):
    """w moves by 4e-8 an epoch here, η = 0.1: rounding w/η to 6 decimals (the old rule) made
    two different starts look equal after two epochs and called this data inseparable."""
    spec = NetworkSpec(1, [LayerSpec(1, "step")], "mse")
    X, Y = np.array([[2e-7], [-2e-7]]), np.array([[1.0], [0.0]])
    net = Network.from_arrays(spec, [np.array([[w0]])], [np.array([0.0])])
    config = TrainConfig(mode="perceptron", learning_rate=0.1, epochs=1000, shuffle=False)
    history = Trainer(net, config).fit(X, Y)
    assert history.stop_reason == "converged"
    np.testing.assert_array_equal(net.predict(X), Y)


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("eta", [0.01, 0.1, 0.3, 1.0])
def test_xor_cycles_are_still_seen_exactly(seed, eta):
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    config = TrainConfig(mode="perceptron", learning_rate=eta, epochs=1000, shuffle=False)
    history = Trainer(Network(MP_NEURON, seed=seed), config).fit(X, Y)
    assert history.stop_reason == "not_separable"
