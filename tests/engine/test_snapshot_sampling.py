"""A training run copies the weights only at the epochs thinning can keep (and its last), and
keeps the same snapshots as copying them at every epoch would."""

import numpy as np
import pytest

from engine import TrainingDiverged, datasets
from engine.session import Session, runs
from engine.snapshots import Snapshots, kept, outlives_thinning


@pytest.mark.parametrize("last", [2, 63, 64, 65, 1000, 4097, 250_000])
def test_thinning_keeps_only_epochs_that_outlive_it(last):
    epochs = list(range(0, last + 1))
    for coarser in (0, 3):
        kept_epochs = [epochs[k] for k in kept(epochs, coarser)]
        assert all(outlives_thinning(e) for e in kept_epochs[:-1])


def _xor_session(epochs):
    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=epochs, mode="batch")
    return session


def test_a_run_keeps_a_bounded_run_shaped_set_of_exact_snapshots():
    session = _xor_session(3000)
    run = session.start_run()
    every, weights_at = Snapshots(), {}
    every.add(0, run.network.weights, run.network.biases, run=run.run_id)
    for report in run.reports():
        if report.epoch_done:
            every.add(report.epoch, run.network.weights, run.network.biases, run=run.run_id)
            weights_at[report.epoch] = [a.copy() for a in (*run.network.weights,
                                                             *run.network.biases)]
    mine, everyone = run.snapshots.epochs(run.run_id), every.epochs(run.run_id)
    assert len(mine) <= run.snapshots.limit
    assert mine[:2] == [0, 1] and mine[-1] == 3000
    early = [e for e in mine if e <= 100]
    assert len(early) >= len([e for e in everyone if e <= 100]) >= 20
    for epoch in mine[1:]:
        snapshot = run.snapshots.at(epoch, run.run_id)
        for x, y in zip(snapshot.weights + snapshot.biases, weights_at[epoch], strict=True):
            np.testing.assert_array_equal(x, y)


def test_a_stopped_run_keeps_its_last_epoch_exactly():
    session = _xor_session(10_000)
    run = session.start_run()
    generator = run.reports()
    at_end = None
    for report in generator:
        if report.epoch_done:
            at_end = [a.copy() for a in (*run.network.weights, *run.network.biases)]
        if report.epoch == 777:  # an epoch that thinning would not otherwise keep
            assert not outlives_thinning(777)
            generator.close()
            break
    kept_last = run.snapshots.at(777, run.run_id)
    assert kept_last is not None and kept_last.epoch == 777
    for x, y in zip(kept_last.weights + kept_last.biases, at_end, strict=True):
        np.testing.assert_array_equal(x, y)
    session.finish_run(run)
    assert session.snapshots.newest(session.history.current_run) == 777


def _weights_at_epoch_ends(run):
    """Run ``run`` to its end; {epoch: the weights at its end}, and the error it ended by."""
    at, error = {}, None
    try:
        for report in run.reports():
            if report.epoch_done:
                at[run.project_epoch(report)] = [
                    a.copy() for a in (*run.network.weights, *run.network.biases)]
    except TrainingDiverged as diverged:
        error = diverged
    return at, error


def _assert_exact(run, weights_at):
    for epoch in run.snapshots.epochs(run.run_id)[1:]:
        snapshot = run.snapshots.at(epoch, run.run_id)
        for x, y in zip(snapshot.weights + snapshot.biases, weights_at[epoch], strict=True):
            np.testing.assert_array_equal(x, y)


def test_a_run_stopped_in_the_middle_of_an_epoch_keeps_the_last_epochs_end():
    session = _xor_session(10_000)
    session.set_config(mode="minibatch", batch_size=1, report_every=1)
    run = session.start_run()
    generator, weights_at = run.reports(), {}
    for report in generator:
        if report.epoch_done:
            weights_at[report.epoch] = [a.copy() for a in (*run.network.weights,
                                                           *run.network.biases)]
        elif report.epoch == 778 and report.iteration % 4 == 2:  # halfway through 778
            generator.close()
            break
    assert run.snapshots.newest(run.run_id) == 777
    _assert_exact(run, weights_at)


def test_a_diverging_run_keeps_only_weights_it_really_had(monkeypatch):
    # every epoch after the first is only held, so the one held when training fails is lost
    monkeypatch.setattr(runs, "outlives_thinning", lambda epoch: epoch <= 1)
    session = Session()
    session.set_data(datasets.load("sine", n_samples=50, validation_share=0.0),
                     fit_network=True)
    session.set_config(epochs=5000, mode="batch", optimizer="sgd", learning_rate=2.0)
    run = session.start_run()
    weights_at, error = _weights_at_epoch_ends(run)
    assert error is not None and len(weights_at) > 2
    assert run.snapshots.epochs(run.run_id) == [0, 1]
    _assert_exact(run, weights_at)


def test_a_run_that_ends_keeps_its_last_epoch_when_only_held(monkeypatch):
    monkeypatch.setattr(runs, "outlives_thinning", lambda epoch: epoch <= 1)
    session = _xor_session(37)
    run = session.start_run()
    weights_at, error = _weights_at_epoch_ends(run)
    assert error is None
    assert run.snapshots.epochs(run.run_id) == [0, 1, 37]
    _assert_exact(run, weights_at)
