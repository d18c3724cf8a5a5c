"""A project saved while it trains is marked modified again as the run goes on (the file no
longer holds the network shown), and recording the run keeps it so."""

from engine import datasets
from engine.session import Session, events


def test_saving_during_a_run_then_training_on_is_modified(tmp_path):
    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=6, mode="batch")
    heard = []
    session.changed.connect(lambda change: heard.append(events.CLEAN in change.parts))
    run = session.start_run()
    reports = run.reports()
    for _ in range(3):
        next(reports)
    session.show_progress(run.network.weights, run.network.biases, run.take_finished())
    assert session.is_modified
    session.save(tmp_path / "p.bps.json")  # in the middle of the run
    assert not session.is_modified
    heard.clear()
    next(reports)
    session.show_progress(run.network.weights, run.network.biases, run.take_finished())
    assert session.is_modified and any(heard)  # the title's mark comes back
    for _ in reports:
        pass
    session.finish_run(run)
    assert session.is_modified  # the run is an undoable step past the saved state


def test_a_run_that_changes_nothing_leaves_a_saved_project_unmodified(tmp_path):
    session = Session()
    session.save(tmp_path / "p.bps.json")
    run = session.start_run()
    session.finish_run(run)
    assert not session.is_modified
