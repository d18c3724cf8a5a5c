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
