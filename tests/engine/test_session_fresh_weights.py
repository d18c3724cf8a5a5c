"""Other data taken in with ``fresh_weights``: the weights start as Reset Weights draws them,
in the same undo step as the data; without it (paint strokes, the one-click fix) they stay."""

import numpy as np

from engine import datasets
from engine.network import Network
from engine.session import Session


def _trained_session():
    session = Session()
    session.set_config(epochs=2, mode="batch")
    run = session.start_run()
    for _report in run.reports():
        pass
    session.finish_run(run)
    return session


def test_fresh_weights_are_reset_weights_and_one_undo_step():
    session = _trained_session()
    trained = [w.copy() for w in session.network.weights]
    data_before = session.dataset
    session.set_data(datasets.load("moons", n_samples=40), fresh_weights=True)
    fresh = Network(session.spec, seed=session.config.seed, dtype=session.network.dtype)
    for mine, expected in zip(session.network.weights + session.network.biases,
                              fresh.weights + fresh.biases, strict=True):
        np.testing.assert_array_equal(mine, expected)
    assert session.history.last_epoch() == 0  # a new run
    session.undo()
    assert session.dataset is data_before
    for mine, before in zip(session.network.weights, trained, strict=True):
        np.testing.assert_array_equal(mine, before)


def test_without_fresh_weights_new_data_keep_the_trained_ones():
    session = _trained_session()
    trained = [w.copy() for w in session.network.weights]
    session.set_data(datasets.load("moons", n_samples=40))
    for mine, before in zip(session.network.weights, trained, strict=True):
        np.testing.assert_array_equal(mine, before)
