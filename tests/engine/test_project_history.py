"""A second training run's history continues the first one's epoch numbers."""

import numpy as np

from engine.project.document import _plain_history
from engine.project.history import continued_history
from engine.reports import History


def run(epochs, losses, metrics, best=None):
    return History(epoch=list(epochs), train_loss=losses, val_loss=[None] * len(losses),
                   learning_rate=[0.1] * len(losses), elapsed=[1.0] * len(losses),
                   metrics=metrics, stop_reason="epochs", best_epoch=best)


def test_epochs_are_renumbered_and_missing_metrics_padded():
    first = run([1, 2], [0.5, 0.4], {"accuracy": [0.5, 0.6]})
    second = run([1, 2, 3], [0.3, 0.2, 0.1], {"r2": [0.1, 0.2, 0.3]}, best=2)
    joined = continued_history(first, second)
    assert joined.epoch == [1, 2, 3, 4, 5]
    assert joined.train_loss == [0.5, 0.4, 0.3, 0.2, 0.1]
    assert joined.metrics == {"accuracy": [0.5, 0.6, None, None, None],
                              "r2": [None, None, 0.1, 0.2, 0.3]}
    assert joined.best_epoch == 4
    assert first.epoch == [1, 2], "the earlier history is not changed"


def test_an_empty_run_keeps_the_earlier_history():
    first = run([1], [0.5], {}, best=1)
    joined = continued_history(first, History())
    assert joined.to_dict() == first.to_dict()


def test_numpy_numbers_are_stored_as_plain_numbers():
    history = run([np.int64(1)], [np.float32(0.5)], {"accuracy": [np.float32(0.25)]})
    stored = _plain_history(history)
    assert type(stored["epoch"][0]) is int
    assert type(stored["train_loss"][0]) is float and stored["train_loss"][0] == 0.5
    assert type(stored["metrics"]["accuracy"][0]) is float
