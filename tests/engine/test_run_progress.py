"""A run trained elsewhere (the window's training process) and taken on by its twin here
(``TrainingRun.progress`` / ``absorb``) records exactly what training here records."""

import copy
import pickle

import numpy as np

from engine import datasets
from engine.session import Session


def _session():
    session = Session()
    session.set_data(datasets.load("moons", n_samples=60, seed=1), fit_network=True)
    session.set_config(epochs=12, mode="minibatch", batch_size=8, optimizer="adam")
    return session


def test_a_twin_that_absorbs_the_progress_records_the_same_run():
    here, there = _session(), _session()
    run = here.start_run(confusion=True)
    for _ in run.reports():
        pass
    here.finish_run(run)

    twin = there.start_run(confusion=True)
    elsewhere = copy.deepcopy(twin)  # what the fork gives the child
    for k, _report in enumerate(elsewhere.reports()):
        if k % 5 == 0:  # progress now and then, through a pipe
            twin.absorb(pickle.loads(pickle.dumps(elsewhere.progress())))
            there.show_progress(twin.network.weights, twin.network.biases,
                                twin.take_finished())
    twin.absorb(pickle.loads(pickle.dumps(elsewhere.progress(final=True))))
    there.finish_run(twin)

    for W, W_there in zip(here.network.weights, there.network.weights, strict=True):
        np.testing.assert_array_equal(W, W_there)
    assert here.history.epoch == there.history.epoch == list(range(1, 13))
    assert here.history.train_loss == there.history.train_loss
    assert there.undo_history.undo_text() == "Train"
    assert (here.snapshots.epochs(here.history.current_run)
            == there.snapshots.epochs(there.history.current_run))
    np.testing.assert_array_equal(run.derived(final=True).confusion,
                                  twin.derived(final=True).confusion)
