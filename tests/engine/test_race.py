"""The optimizer race: each run is a separate Trainer run with the same seed and settings."""

import numpy as np
import pytest

from engine import TrainConfig, Trainer
from engine.errors import SpecError
from engine.race import Entry, Race, entry_config
from engine.session import Session

ENTRIES = [Entry("batch", "sgd"), Entry("minibatch", "momentum", 0.05),
           Entry("stochastic", "nesterov"), Entry("minibatch", "rmsprop", 0.01),
           Entry("batch", "adam", 0.02)]


def test_runs_equal_separate_trainer_runs():
    session = Session()
    data = session.training
    base = session.config
    race = Race(session.network, data, base, ENTRIES, epochs=25)
    race.run_to_end()
    assert race.done and not race.step()
    for run, entry in zip(race.runs, ENTRIES, strict=True):
        config = entry_config(base, entry, 25)
        assert config.mode == entry.mode and config.optimizer == entry.optimizer
        assert config.learning_rate == (base.learning_rate if entry.learning_rate is None
                                        else entry.learning_rate)
        net = session.network.copy()
        history = Trainer(net, config, task=data.task).fit(data.X, data.Y, data.X_val,
                                                           data.Y_val)
        assert run.epochs == 25 == len(history)
        for W, W_ref in zip(run.network.weights, net.weights, strict=True):
            np.testing.assert_allclose(W, W_ref, rtol=0, atol=1e-12)
        for b, b_ref in zip(run.network.biases, net.biases, strict=True):
            np.testing.assert_allclose(b, b_ref, rtol=0, atol=1e-12)
        np.testing.assert_allclose(run.losses, history.column("train_loss"), atol=1e-12)
        assert run.score() is not None and run.elapsed >= 0


def test_runs_start_from_the_same_weights_and_leave_the_network_alone():
    session = Session()
    before = [W.copy() for W in session.network.weights]
    race = Race(session.network, session.training, session.config, ENTRIES[:2], epochs=3)
    for run in race.runs:
        for W, W0 in zip(run.network.weights, before, strict=True):
            np.testing.assert_array_equal(W, W0)
    race.run_to_end()
    for W, W0 in zip(session.network.weights, before, strict=True):
        np.testing.assert_array_equal(W, W0)


def test_round_robin_one_epoch_each():
    session = Session()
    race = Race(session.network, session.training, session.config, ENTRIES[:3], epochs=4)
    assert race.step()
    assert [run.epochs for run in race.runs] == [1, 1, 1]
    race.step()
    assert [run.epochs for run in race.runs] == [2, 2, 2]


def test_divergence_ends_one_run_only():
    session = Session()
    entries = [Entry("batch", "sgd", 1e6), Entry("batch", "sgd", 0.1)]
    session.set_loss("mse")
    race = Race(session.network, session.training, session.config, entries, epochs=50)
    race.run_to_end()
    wild, tame = race.runs
    assert tame.epochs == 50 and tame.error is None
    assert wild.done


def test_refuses_no_entries_and_the_perceptron_rule():
    session = Session()
    with pytest.raises(SpecError):
        Race(session.network, session.training, session.config, [], epochs=3)
    with pytest.raises(SpecError):
        Race(session.network, session.training, session.config,
             [Entry("perceptron", "sgd")], epochs=3)


def test_adopting_a_run_is_one_undoable_edit():
    session = Session()
    before = [W.copy() for W in session.network.weights]
    race = Race(session.network, session.training, TrainConfig(), ENTRIES[-1:], epochs=10)
    race.run_to_end()
    weights, biases = race.runs[0].parameters()
    session.replace_parameters(weights, biases, "Adopt a Race Run")
    for W, new in zip(session.network.weights, weights, strict=True):
        np.testing.assert_array_equal(W, new)
    session.undo()
    for W, W0 in zip(session.network.weights, before, strict=True):
        np.testing.assert_array_equal(W, W0)
    session.redo()
    for W, new in zip(session.network.weights, weights, strict=True):
        np.testing.assert_array_equal(W, new)
