"""A run whose last snapshot already showed every epoch still tells the views that the
weights kept for the scrubber grew when it is recorded (the scrubber said "0 epochs kept")."""

from engine import datasets
from engine.session import Session, events


def test_recording_a_run_announces_its_kept_weights():
    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=5)
    run = session.start_run()
    for _ in run.reports():
        pass
    # as the window does: every epoch and the final weights shown before the run ends
    session.show_progress(run.network.weights, run.network.biases, run.take_finished())
    heard = []
    session.changed.connect(lambda change: heard.append(set(change.parts)))
    session.finish_run(run)
    assert any(events.HISTORY in parts for parts in heard)
    assert len(session.snapshots.epochs(session.history.current_run)) >= 5


def test_the_runs_start_is_the_network_it_began_with():
    import numpy as np

    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    assert session.run_start_network() is None  # no epochs: the start is the network itself
    before = session.network.copy()
    session.set_config(epochs=5)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    start = session.run_start_network()
    assert start is not None
    for mine, theirs in zip(start.weights + start.biases, before.weights + before.biases,
                            strict=True):
        np.testing.assert_array_equal(mine, theirs)
    assert not np.array_equal(session.network.weights[0], before.weights[0])


def test_a_reopened_projects_gradients_per_layer_come_from_its_kept_weights(tmp_path):
    """Reopened, Gradients per Layer showed one point where it had shown epochs 0–58
    (tester): the runs' kept weights are measured again."""
    session = Session()
    session.set_data(datasets.load("iris"), fit_network=True)
    session.add_hidden_layer(1, units=4)
    session.set_config(epochs=12)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    path = tmp_path / "iris.bps.json"
    session.save(path)
    again = Session.open(path)
    current = again.history.current_run
    epochs, values = again.diagnostics.series(current, "mean_delta", again.history.last_epoch())
    kept = again.snapshots.epochs(current)
    assert len(kept) >= 5 and list(epochs) == [float(e) for e in kept]
    assert values.shape == (len(kept), again.spec.n_layers)
    # the last kept epoch's numbers are those of the weights the project has now
    last = again.derived.diagnostics.mean_delta
    assert abs(values[-1] - last).max() < 1e-12


def test_the_runs_start_is_measured_from_its_epoch_0_weights(tmp_path):
    """The loss plot's epoch-0 dot for a run it did not see start (a reopened project)."""
    session = Session()
    before = session.derived.evaluation
    assert session.run_start_evaluation() is None  # no epochs yet: the start is now
    session.set_config(epochs=5)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    assert session.run_start_evaluation().cost == before.cost
    path = tmp_path / "p.bps.json"
    session.save(path)
    again = Session.open(path)
    assert again.run_start_evaluation().cost == before.cost
    assert again.run_start_evaluation() is again.run_start_evaluation()  # measured once
