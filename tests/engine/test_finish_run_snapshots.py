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
