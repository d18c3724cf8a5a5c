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
    snapshots = {0: [w.copy() for w in net.weights + net.biases]}
    with pytest.raises(TrainingDiverged) as caught:
        for report in run:
            snapshots[report.iteration] = [w.copy() for w in net.weights + net.biases]
    error = caught.value
    assert error.learning_rate == 50.0 and error.epoch >= 1 and error.iteration >= 1
    message = str(error)
    assert f"epoch {error.epoch}, iteration {error.iteration}" in message
    assert "learning rate 50" in message and "lower the learning rate" in message
    assert all(np.isfinite(w).all() for w in net.weights + net.biases)
    # The exploding update was undone: the weights are those of the report before it.
    assert error.kept_after in (error.iteration - 1, error.iteration - 2)
    for kept, reported in zip(net.weights + net.biases, snapshots[error.kept_after],
                              strict=True):
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


# -- the rule of engine.divergence: a loss (or zᴸ) that explodes, not only inf/NaN -------------

_RNG = np.random.default_rng(0)
_X = _RNG.normal(size=(40, 2))
_LABEL = (_X[:, 0] * _X[:, 1] > 0).astype(float)
CASES = {
    "mse, linear output": (NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse"),
                           3 * _X[:, :1] + 1),
    "mse, sigmoid output": (NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")],
                                        "mse"), _LABEL[:, None]),
    "bce": (NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
            _LABEL[:, None]),
    "bce, multi-label": (NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(2, "sigmoid")], "bce"),
                         np.column_stack([_LABEL, _X[:, 0] > 0]).astype(float)),
    "cce": (NetworkSpec(2, [LayerSpec(4, "relu"), LayerSpec(3, "softmax")], "cce"),
            np.eye(3)[(_LABEL + (_X[:, 0] > 1)).astype(int)]),
}


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "rmsprop", "adam"])
@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("mode", ["minibatch", "batch"])
def test_a_learning_rate_of_1e12_is_reported_with_the_last_good_weights(case, optimizer, mode):
    """Before, these trained to the end with |w| ≈ 1e12 and a loss up to 5e42, and no word."""
    spec, Y = CASES[case]
    net = Network(spec, seed=0)
    start = net.loss(_X, Y)
    config = TrainConfig(mode=mode, batch_size=8, optimizer=optimizer, learning_rate=1e12,
                         epochs=50, report_every=1)
    snapshots = {0: [w.copy() for w in net.weights + net.biases]}
    with pytest.raises(TrainingDiverged) as caught:
        for report in Trainer(net, config).run(_X, Y):
            snapshots[report.iteration] = [w.copy() for w in net.weights + net.biases]
    error = caught.value
    message = str(error)
    assert "diverged" in message and "lower the learning rate (try 0.1)" in message
    assert "a million times its start" in message
    kept = net.weights + net.biases
    assert all(np.isfinite(w).all() for w in kept)
    for mine, before in zip(kept, snapshots[error.kept_after], strict=True):
        np.testing.assert_array_equal(mine, before)
    # the weights kept are before the exploding step: its loss is within the rule
    assert net.loss(_X, Y) < 1e6 * max(start, 1.0)
    # and the step after them is the one that exploded
    after = snapshots[error.kept_after + 1]
    exploded = Network.from_arrays(spec, after[:spec.n_layers], after[spec.n_layers:])
    with np.errstate(all="ignore"):
        trace = exploded.forward(_X)
    assert (exploded.loss(_X, Y) > 1e6 * start
            or np.abs(trace.zs[-1]).max() > 1e6 * max(np.abs(Y).max(), 1))


@pytest.mark.parametrize("case", list(CASES))
def test_ordinary_runs_never_trip_the_rule(case):
    spec, Y = CASES[case]
    for optimizer, lr in (("sgd", 0.5), ("momentum", 0.1), ("adam", 0.05), ("rmsprop", 0.01)):
        history = Trainer(Network(spec, seed=1), TrainConfig(
            optimizer=optimizer, learning_rate=lr, epochs=200, batch_size=4)).fit(_X, Y)
        assert len(history) == 200


def test_regression_on_large_numbers_is_judged_by_its_own_scale():
    """Targets of 1e7: the weights must grow ten-million-fold from their start, and the loss
    starts near 5e13 — neither is divergence (the limits scale with the targets)."""
    X = np.linspace(-1, 1, 50).reshape(-1, 1)
    Y = 1e7 * X + 3e6
    net = Network(NetworkSpec(1, [LayerSpec(1, "linear")], "mse"), seed=0)
    history = Trainer(net, TrainConfig(mode="batch", learning_rate=0.5, epochs=300)).fit(X, Y)
    assert len(history) == 300 and history.train_loss[-1] < 1e-6 * history.train_loss[0]


def test_a_run_that_starts_near_zero_loss_may_grow_far_from_it():
    """A saturated net (loss 1e-12) under a strong weight decay: its weights shrink towards 0
    and its loss grows a hundred-billion-fold to near ln 2. Judged against the loss of a net
    that knows nothing (C at zᴸ = 0, ln 2 here), not against 1e-12, that is no divergence."""
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[0.0], [1.0], [1.0], [1.0]])
    spec = NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce")
    net = Network.from_arrays(spec, [np.array([[60.0, 60.0]])], [np.array([-28.0])])
    start = net.loss(X, Y)
    assert start < 1e-11
    history = Trainer(net, TrainConfig(mode="batch", learning_rate=1.0, weight_decay=0.9,
                                       epochs=30)).fit(X, Y)
    assert len(history) == 30 and max(history.train_loss) > 1e10 * start


def test_the_window_and_the_command_line_get_it_through_the_session(tmp_path):
    from engine.session import Session

    session = Session()
    session.set_config(learning_rate=1e12, epochs=20)
    before = [w.copy() for w in session.network.weights]
    run = session.start_run()
    with pytest.raises(TrainingDiverged, match="lower the learning rate"):
        for _ in run.reports():
            pass
    assert all(np.isfinite(w).all() for w in run.network.weights)
    for mine, theirs in zip(session.network.weights, before, strict=True):
        np.testing.assert_array_equal(mine, theirs)


def test_a_run_going_on_counts_its_epochs_as_the_project_does():
    """At epoch 500, η = 1e6: the message said "epoch 1" where every view said 501
    (tester)."""
    from engine import datasets
    from engine.session import Session

    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=5, mode="stochastic")
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    session.set_config(learning_rate=1e12, epochs=5)
    run = session.start_run()
    with pytest.raises(TrainingDiverged, match=r"diverged in epoch 6, iteration [1-4],"):
        for _ in run.reports():
            pass


# -- a run that ends worse than it started, without exploding ----------------------------------

def _shifted_regression():
    """Targets around 5 (a network starts near 0): Adam's steps are about η whatever the
    gradient, so η = 1000 throws the weights about without ever exploding."""
    X = np.random.default_rng(0).normal(size=(200, 3))
    return X, (X @ [1.0, 2.0, 0.5] + 5).reshape(-1, 1)


@pytest.mark.parametrize(("learning_rate", "worse"), [(0.01, False), (1000.0, True)])
def test_a_run_that_ends_worse_than_a_blank_network_says_so(learning_rate, worse):
    X, Y = _shifted_regression()
    spec = NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    reports = list(Trainer(Network(spec, seed=0), TrainConfig(
        mode="minibatch", batch_size=16, optimizer="adam", learning_rate=learning_rate,
        epochs=30)).run(X, Y))
    last = reports[-1]
    assert last.stop_reason == "epochs"
    assert last.worsened is worse
    assert not any(report.worsened for report in reports[:-1])
    if worse:
        assert last.train_loss > 2 * float(np.mean(Y ** 2)) / 2 * 0.9
        assert "made the network worse" in last.message and "try 0.1" in last.message
    else:
        assert last.message is None


def test_a_trained_net_made_far_worse_than_its_start_says_so():
    """Adam at too large an η on a trained regression: the loss ends many times its start yet
    far below a blank network's; the good weights were saved over without a word (tester)."""
    X, Y = _shifted_regression()
    spec = NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    net = Network(spec, seed=0)
    list(Trainer(net, TrainConfig(mode="batch", optimizer="adam", learning_rate=0.05,
                                  epochs=600)).run(X, Y))
    trained = list(Trainer(net.copy(), TrainConfig(
        mode="batch", optimizer="adam", learning_rate=0.05, epochs=20)).run(X, Y))[-1]
    assert not trained.worsened
    last = list(Trainer(net.copy(), TrainConfig(
        mode="batch", optimizer="adam", learning_rate=5.0, epochs=50)).run(X, Y))[-1]
    blank = float(np.mean(Y ** 2)) / 2
    start = net.loss(X, Y)
    assert 10 * start < last.train_loss < 2 * blank
    assert last.worsened and "made the network worse" in last.message


def test_a_fitted_nets_noise_is_not_a_worsening():
    from engine.divergence import Limits

    limits = Limits(loss_scale=0.69, z=1e6, start_loss=1e-6, blank_loss=0.69)
    assert not limits.worsened(1e-5)  # ten times a tiny loss: noise
    assert limits.worsened(0.05)  # 50,000 times it, 7 % of knowing nothing
    assert not Limits(loss_scale=0.69, z=1e6, start_loss=0.6, blank_loss=0.69).worsened(1.3)
