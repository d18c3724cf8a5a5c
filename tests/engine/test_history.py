"""The history: runs that keep their shape, one join, thinning that keeps the early epochs."""

import json

import numpy as np

from engine.history import LOG_STEPS, MAX_ENTRIES, History
from engine.project.document import _plain_history
from engine.reports import Report


def report(epoch, loss=0.5, metrics=None, val=None, best=None, stop=None):
    return Report(epoch=epoch, epochs=10**6, iteration=epoch, iterations_per_epoch=1,
                  epoch_done=True, train_loss=loss, val_loss=val,
                  metrics={"accuracy": 0.5} if metrics is None else metrics,
                  learning_rate=0.1, elapsed=0.001 * epoch, samples_per_second=1.0,
                  stop_reason=stop, best_epoch=best)


def chunk(epochs, offset=0, metrics=None, best=None):
    history = History()
    for epoch in epochs:
        history.append(report(epoch, 1 / epoch, metrics, best=best), offset)
    return history


def test_a_run_continues_its_epochs_and_missing_metrics_are_padded():
    history = chunk([1, 2], metrics={"accuracy": 0.6})
    history.extend(chunk([1, 2, 3], offset=history.last_epoch(), metrics={"r2": 0.2}, best=2))
    assert history.epoch == [1, 2, 3, 4, 5]
    assert history.metrics == {"accuracy": [0.6, 0.6, None, None, None],
                               "r2": [None, None, 0.2, 0.2, 0.2]}
    assert history.best_epoch == 4
    assert all(len(values) == len(history) for values in history.metrics.values())


def test_a_new_run_starts_at_epoch_one_as_a_curve_of_its_own():
    history = chunk([1, 2, 3])
    assert history.start_new_run()
    assert not history.start_new_run(), "an empty run is not begun twice"
    assert history.last_epoch() == 0
    history.extend(chunk([1, 2], offset=history.last_epoch()))
    assert history.epoch == [1, 2, 3, 1, 2]
    assert [(run, (part.start, part.stop)) for run, part in history.run_slices()] == [
        (0, (0, 3)), (1, (3, 5))]
    assert history.only_current_run().epoch == [1, 2]


def test_a_run_mark_undoes_the_start_of_a_run():
    history = chunk([1, 2], best=1)
    mark = history.run_mark()
    history.start_new_run()
    history.restore_run_mark(mark)
    assert history.current_run == 0 and history.last_epoch() == 2 and history.best_epoch == 1


def test_a_million_epochs_keep_their_beginning_and_a_bounded_size():
    history = History()
    for start in range(1, 1_000_001, 10_000):  # the window joins chunks like these
        history.extend(chunk(range(start, start + 10_000)))
    epochs = np.array(history.epoch)
    assert len(history) <= MAX_ENTRIES
    assert (epochs <= 100).sum() >= 20, "the learning phase is kept"
    assert epochs[0] == 1 and epochs[-1] == 1_000_000
    assert np.all(np.diff(epochs) > 0)
    # the late epochs are spread over the whole run, not bunched at its end
    assert np.histogram(epochs[epochs > 1000], bins=10)[0].min() > 50
    stored = json.dumps(_plain_history(history))
    assert len(stored.encode()) < 2_000_000


def test_thinning_again_keeps_what_it_kept():
    history = chunk(range(1, 30_001))
    history.thin()
    kept = list(history.epoch)
    history.thin()
    assert history.epoch == kept
    # every epoch up to where the log grid's buckets grow wider than one epoch
    assert set(range(1, int(LOG_STEPS / np.log(10)))) <= set(kept)


def test_many_runs_stay_bounded_and_the_current_one_is_thinned_least():
    history = History()
    for _ in range(40):
        history.extend(chunk(range(1, 4001), offset=history.last_epoch()))
        history.start_new_run()
    history.extend(chunk(range(1, 4001)))
    assert len(history) <= MAX_ENTRIES
    current = [e for e, run in zip(history.epoch, history.run, strict=True)
               if run == history.current_run]
    first = [e for e, run in zip(history.epoch, history.run, strict=True) if run == 0]
    assert len(current) > len(first) >= 2


def test_histories_round_trip_and_old_files_have_one_run():
    history = chunk([1, 2])
    history.start_new_run()
    history.extend(chunk([1]))
    assert History.from_dict(json.loads(json.dumps(history.to_dict()))).to_dict() == \
        history.to_dict()
    old = {key: value for key, value in history.to_dict().items()
           if key not in ("run", "current_run")}
    assert History.from_dict(old).run == [0, 0, 0]


def test_numpy_numbers_are_stored_as_plain_numbers():
    history = History(epoch=[np.int64(1)], train_loss=[np.float32(0.5)], val_loss=[None],
                      learning_rate=[0.1], elapsed=[1.0], metrics={"accuracy": [np.float32(0.25)]})
    stored = _plain_history(history)
    assert type(stored["epoch"][0]) is int and type(stored["run"][0]) is int
    assert type(stored["train_loss"][0]) is float and stored["train_loss"][0] == 0.5
    assert type(stored["metrics"]["accuracy"][0]) is float


def test_columns_read_as_floats_with_nan_for_nothing():
    history = chunk([1, 2])
    history.val_loss[0] = 0.25
    np.testing.assert_array_equal(history.column("val_loss"), [0.25, np.nan])
    np.testing.assert_array_equal(history.column("r2"), [np.nan, np.nan])
