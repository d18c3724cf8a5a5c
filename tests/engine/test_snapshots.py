"""Weight snapshots (engine/snapshots.py): bounded thinning that keeps the first epochs, exact
reads, their place in the session (the scrubber's view) and in the project file."""

import json

import numpy as np
import pytest

from engine.errors import ProjectError
from engine.session import Session
from engine.snapshots import MAX_SNAPSHOTS, Snapshots, capacity


def same(these, those):
    return all(np.array_equal(a, b) for a, b in zip(these, those, strict=True))


def arrays(value, shapes=((3, 2), (1, 3))):
    return ([np.full(s, float(value)) for s in shapes],
            [np.full(s[0], -float(value)) for s in shapes])


def test_thinning_keeps_the_count_bounded_and_the_first_epochs():
    store = Snapshots()
    weights, biases = arrays(1.0)
    for epoch in range(0, 30_001):
        store.add(epoch, weights, biases)
        assert len(store) <= MAX_SNAPSHOTS
    epochs = store.epochs()
    assert epochs[:4] == [0, 1, 2, 3]
    assert len([e for e in epochs if e < 20]) >= 8
    assert epochs[-1] == 30_000
    # a uniform grid too: no gap wider than a tenth of the run
    assert max(np.diff(epochs)) <= 3_000
    store.thin()
    assert epochs[:4] == store.epochs()[:4]


def test_at_returns_the_stored_arrays_exactly_and_copies():
    store = Snapshots()
    weights, biases = arrays(0.1)
    store.add(0, weights, biases)
    weights[0][0, 0] = 99.0  # the store kept a copy
    store.add(10, *arrays(0.2))
    snapshot = store.at(7)
    assert snapshot.epoch == 0
    assert snapshot.weights[0][0, 0] == 0.1 and snapshot.biases[1][0] == -0.1
    assert np.array_equal(store.at(10).weights[1], np.full((1, 3), 0.2))
    assert store.at(10_000).epoch == 10
    assert store.at(3, run=1) is None
    with pytest.raises(ValueError):
        snapshot.weights[0][0, 0] = 1.0  # read-only


def test_adding_an_earlier_epoch_drops_the_later_ones_of_its_run():
    store = Snapshots()
    for epoch in range(6):
        store.add(epoch, *arrays(epoch))
    store.add(0, *arrays(1), run=1)
    store.add(3, *arrays(30))
    assert store.epochs() == [0, 1, 2, 3]
    assert store.epochs(1) == [0]


def test_large_networks_keep_fewer():
    assert capacity(8) == MAX_SNAPSHOTS
    assert capacity(10**9) == 2


def test_training_in_a_session_records_snapshots_and_scrubbing_is_a_view(tmp_path):
    session = Session()
    run = session.start_run()
    first = [W.copy() for W in session.network.weights]
    for _ in run.reports():
        pass
    session.finish_run(run)
    last = session.history.last_epoch()
    assert last > 10
    assert session.snapshots.epochs()[:5] == [0, 1, 2, 3, 4]
    final = [W.copy() for W in session.network.weights]

    changes = []
    session.changed.connect(changes.append)
    assert session.show_epoch(0) == 0
    assert changes and "weights" in changes[-1]
    assert same(session.shown_network.weights, first)
    assert session.derived.network is session.shown_network
    assert same(session.network.weights, final)

    path = tmp_path / "scrubbed.bps.json"
    session.save(path)  # saves the current weights, not the ones shown
    reopened = Session.open(path)
    assert same(reopened.network.weights, final)
    assert reopened.snapshots.epochs() == session.snapshots.epochs()
    for a, b in zip(reopened.snapshots, session.snapshots, strict=True):
        assert same(a.weights + a.biases, b.weights + b.biases)

    session.set_bias(1, 0, 0.25)  # an edit returns to now first
    assert session.shown_epoch is None
    assert session.shown_network is session.network
    assert session.show_epoch(last) is None  # the last epoch is now


def test_files_without_snapshots_load_and_damaged_ones_are_refused(tmp_path):
    session = Session()
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    path = tmp_path / "p.bps.json"
    session.save(path)
    document = json.loads(path.read_text())
    assert "snapshots" in document

    older = dict(document)
    del older["snapshots"]
    path.write_text(json.dumps(older))
    assert len(Session.open(path).snapshots) == 0

    def refused(snapshots, message):
        path.write_text(json.dumps({**document, "snapshots": snapshots}))
        with pytest.raises(ProjectError, match=message):
            Session.open(path)

    good = document["snapshots"]
    refused("x", "must be a list")
    refused([{"run": 0}], "must be an object with run, epoch")
    refused([{**good[0], "epoch": -1}], "whole numbers")
    refused([{**good[0], "weights": good[0]["weights"][:1]}], "needs 2 weights arrays")
    wrong = dict(good[0]["weights"][0], shape=[7, 7])
    refused([{**good[0], "weights": [wrong, *good[0]["weights"][1:]]}], "W1")
    refused([good[0]] * (MAX_SNAPSHOTS + 1), "at most")
