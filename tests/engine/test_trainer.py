"""Trainer: reports, iteration counts, changes between yields, stop rules, reproducibility."""

import numpy as np
import pytest

from engine import (
    DataError,
    History,
    LayerSpec,
    Network,
    NetworkSpec,
    SpecError,
    TrainConfig,
    Trainer,
)

SPEC = NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce")


def blobs(n=25, seed=0):
    rng = np.random.default_rng(seed)
    Y = (np.arange(n) % 2).reshape(-1, 1).astype(float)
    X = rng.normal(0, 0.5, (n, 2)) + 2 * Y - 1
    return X, Y


def trainer(config, spec=SPEC, **kwargs):
    return Trainer(Network(spec, seed=0), config, **kwargs)


@pytest.mark.parametrize(("mode", "batch_size", "expected"), [
    ("minibatch", 10, 3), ("stochastic", 10, 25), ("batch", 10, 1), ("minibatch", 25, 1),
    ("minibatch", 100, 1)])
def test_iterations_per_epoch_per_mode(mode, batch_size, expected):
    X, Y = blobs(25)
    reports = list(trainer(TrainConfig(mode=mode, batch_size=batch_size, epochs=2)).run(X, Y))
    assert [r.iterations_per_epoch for r in reports] == [expected, expected]
    assert [r.iteration for r in reports] == [expected, 2 * expected]
    assert [r.epoch for r in reports] == [1, 2]
    assert all(r.epoch_done for r in reports)


def test_a_report_carries_what_the_gui_shows():
    X, Y = blobs(25)
    report = next(iter(trainer(TrainConfig(batch_size=10, epochs=3)).run(X, Y, X, Y)))
    assert report.epochs == 3 and report.val_loss is not None
    assert set(report.metrics) == {"accuracy", "val_accuracy"}
    assert 0 <= report.metrics["accuracy"] <= 1
    assert report.elapsed > 0 and report.samples_per_second > 0
    assert report.learning_rate == 0.1 and report.stop_reason is None
    assert "epoch=1/3" in repr(report)


def test_report_every_k_iterations_and_at_each_epoch_end():
    X, Y = blobs(25)
    reports = list(trainer(TrainConfig(batch_size=10, epochs=2, report_every=2)).run(X, Y))
    assert [(r.iteration, r.epoch_done) for r in reports] == [
        (2, False), (3, True), (4, False), (6, True)]


def test_train_loss_is_the_mean_over_the_epochs_samples_at_their_batchs_weights():
    X, Y = blobs(25)
    net = Network(SPEC, seed=0)
    before = net.copy()
    report = next(iter(Trainer(net, TrainConfig(mode="batch", epochs=1)).run(X, Y)))
    assert report.train_loss == pytest.approx(before.loss(X, Y), rel=1e-12)


def test_fit_returns_a_history_per_epoch():
    X, Y = blobs()
    history = trainer(TrainConfig(batch_size=5, epochs=4)).fit(X, Y, X, Y)
    assert isinstance(history, History) and len(history) == 4
    assert history.epoch == [1, 2, 3, 4] and history.stop_reason == "epochs"
    assert len(history.metrics["val_accuracy"]) == 4
    assert History.from_dict(history.to_dict()).train_loss == history.train_loss


def test_same_seed_same_run_and_another_seed_another():
    X, Y = blobs()
    runs = [trainer(TrainConfig(batch_size=4, epochs=3, seed=s)) for s in (1, 1, 2)]
    losses = [t.fit(X, Y).train_loss for t in runs]
    assert losses[0] == losses[1] and losses[0] != losses[2]
    np.testing.assert_array_equal(runs[0].net.weights[0], runs[1].net.weights[0])


def test_learning_rate_changed_between_yields_applies_from_the_next_iteration():
    X, Y = blobs()
    t = trainer(TrainConfig(batch_size=5, epochs=3, report_every=1))
    run = t.run(X, Y)
    first = next(run)
    after_one = [w.copy() for w in t.net.weights]
    t.set_learning_rate(1e-300)  # far below a weight's last digit: nothing moves from here on
    assert first.iteration == 1
    reports = list(run)
    assert reports[-1].learning_rate == 1e-300
    np.testing.assert_array_equal(t.net.weights[0], after_one[0])


def test_optimizer_and_batch_size_can_change_while_running():
    X, Y = blobs(25)
    t = trainer(TrainConfig(batch_size=10, epochs=3))
    run = t.run(X, Y)
    assert next(run).iterations_per_epoch == 3
    t.update(optimizer="adam", learning_rate=0.01, batch_size=5)
    second = next(run)
    assert second.iterations_per_epoch == 5 and second.learning_rate == 0.01
    with pytest.raises(SpecError, match="seed"):
        t.update(seed=4)
    with pytest.raises(SpecError, match="learning_rate must be a finite number greater than 0"):
        t.update(learning_rate=-1.0)
    with pytest.raises(SpecError, match="unknown training setting"):
        t.update(speed=3)
    assert t.config.learning_rate == 0.01  # refused changes leave the settings as they were


def test_stopping_between_yields_leaves_the_current_weights():
    X, Y = blobs()
    t = trainer(TrainConfig(batch_size=5, epochs=10))
    run = t.run(X, Y)
    next(run)
    next(run)
    del run
    same = trainer(TrainConfig(batch_size=5, epochs=2))
    same.fit(X, Y)
    np.testing.assert_array_equal(t.net.weights[0], same.net.weights[0])


def test_weights_edited_between_yields_are_trained_from():
    X, Y = blobs()
    t = trainer(TrainConfig(batch_size=5, epochs=2, learning_rate=1e-12))
    run = t.run(X, Y)
    next(run)
    t.net.weights[0][...] = 0.25
    next(run)
    np.testing.assert_allclose(t.net.weights[0], 0.25, atol=1e-9)


def test_target_loss_stops_early():
    X, Y = blobs()
    history = trainer(TrainConfig(batch_size=5, epochs=500, learning_rate=0.5,
                                  target_loss=0.1)).fit(X, Y)
    assert history.stop_reason == "target_loss"
    assert history.train_loss[-1] <= 0.1 < history.train_loss[0]
    assert len(history) < 500


def test_early_stopping_restores_the_best_validation_weights():
    X, Y = blobs(40)
    X_val, Y_val = X, 1 - Y  # the better it learns, the worse it does on these
    config = TrainConfig(batch_size=5, epochs=50, learning_rate=0.5, patience=3)
    t = trainer(config)
    history = t.fit(X, Y, X_val, Y_val)
    assert history.stop_reason == "early_stopping" and len(history) < 50
    best = history.best_epoch
    assert history.val_loss[best - 1] == min(history.val_loss)
    assert len(history) == best + 3
    again = trainer(TrainConfig(batch_size=5, epochs=best, learning_rate=0.5))
    again.fit(X, Y)
    np.testing.assert_allclose(t.net.weights[0], again.net.weights[0], rtol=1e-12)
    with pytest.raises(SpecError, match="validation"):
        trainer(config).run(X, Y)


def test_schedules_change_the_learning_rate_per_epoch():
    X, Y = blobs()
    step = trainer(TrainConfig(epochs=5, learning_rate=0.8, schedule="step", decay_every=2,
                               decay_rate=0.5)).fit(X, Y)
    assert step.learning_rate == pytest.approx([0.8, 0.8, 0.4, 0.4, 0.2])
    exp = trainer(TrainConfig(epochs=3, learning_rate=1.0, schedule="exponential",
                              decay_rate=0.9)).fit(X, Y)
    assert exp.learning_rate == pytest.approx([1.0, 0.9, 0.81])
    t = trainer(TrainConfig(epochs=3, learning_rate=1.0, schedule="step", decay_every=1))
    assert t.learning_rate == 1.0
    run = t.run(X, Y)
    next(run)
    next(run)
    assert t.learning_rate == pytest.approx(0.5)  # epoch 2 of the run: η·γ¹
    t.set_learning_rate(0.1)
    assert t.learning_rate == pytest.approx(0.05)  # the schedule's factor is kept


def test_regression_reports_r2_and_classification_a_confusion_matrix():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (60, 1))
    spec = NetworkSpec(1, [LayerSpec(8, "tanh"), LayerSpec(1, "linear")], "mse")
    history = trainer(TrainConfig(batch_size=10, epochs=200, optimizer="adam",
                                  learning_rate=0.02), spec).fit(X, X**2)
    assert history.metrics["r2"][-1] > 0.9
    X, Y = blobs()
    report = list(trainer(TrainConfig(epochs=2), confusion=True).run(X, Y))[-1]
    assert report.confusion.shape == (2, 2) and report.confusion.sum() == len(X)


def test_step_layers_are_refused_for_gradient_descent_with_what_to_choose():
    hidden_step = NetworkSpec(2, [LayerSpec(2, "step"), LayerSpec(1, "sigmoid")], "mse")
    with pytest.raises(SpecError, match=r"layer 1 uses the step activation.*Choose sigmoid"):
        trainer(TrainConfig(), hidden_step)
    mp_neuron = NetworkSpec(2, [LayerSpec(1, "step")], "mse")
    with pytest.raises(SpecError, match="perceptron rule") as caught:
        trainer(TrainConfig(), mp_neuron)
    # the mode named as its menu names it, not by the value stored in the code
    assert str(caught.value).endswith("choose the mode “Perceptron rule”")
    assert "mode='perceptron'" not in str(caught.value)


def test_float32_training_keeps_float32():
    X, Y = blobs()
    net = Network(SPEC, seed=0, dtype="float32")
    Trainer(net, TrainConfig(epochs=2)).fit(X, Y)
    assert all(w.dtype == np.float32 for w in net.weights + net.biases)


def test_bad_data_is_refused_before_anything_changes():
    X, Y = blobs()
    t = trainer(TrainConfig())
    before = t.net.weights[0].copy()
    with pytest.raises(DataError, match="Y has 24 rows"):
        t.run(X, Y[:-1])
    with pytest.raises(DataError, match="between 0 and 1"):
        t.run(X, Y * 2)
    with pytest.raises(DataError, match="both X_val and Y_val"):
        t.run(X, Y, X)
    np.testing.assert_array_equal(t.net.weights[0], before)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"mode": "online"}, "unknown mode"),
    ({"batch_size": 0}, "batch_size must be a whole number from 1 to 1,000,000"),
    ({"optimizer": "sgdm"}, "unknown optimizer"),
    ({"learning_rate": float("nan")}, "finite number"),
    ({"momentum": 1.0}, "less than 1"),
    ({"epochs": 2.5}, "whole number"),
    ({"shuffle": "yes"}, "True or False"),
    ({"schedule": "cosine"}, "unknown schedule"),
    ({"patience": 0}, "patience"),
])
def test_impossible_settings_are_refused(kwargs, message):
    with pytest.raises(SpecError, match=message):
        TrainConfig(**kwargs)


def test_config_dicts_round_trip():
    config = TrainConfig(optimizer="adam", patience=5, target_loss=0.01)
    assert TrainConfig.from_dict(config.to_dict()) == config
    with pytest.raises(SpecError, match="unknown settings"):
        TrainConfig.from_dict({"colour": 1})
