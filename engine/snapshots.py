"""Weight snapshots: copies of a network's weights and biases at some of the epochs trained,
for the history scrubber (the network as it was then).

A ``Snapshots`` store keys each copy by (run, epoch), the history's numbering: runs count
from 0, epochs from 1 within a run, epoch 0 being the weights a run started from. The store
is bounded: at most ``capacity(...)`` snapshots (``MAX_SNAPSHOTS``, fewer for large nets so
they stay within ``MAX_BYTES``); past that it is thinned to about half by the history's rule
(``engine.history``): the first of each log-spaced bucket (every early epoch), the first of
each bucket of a uniform grid over the run, and the last epoch. Earlier runs are thinned
harder than the newest one.

Adding a snapshot at epoch e of a run drops that run's snapshots after e: they belonged to a
line of descent that was undone and trained again differently.

    store = Snapshots()
    store.add(0, net.weights, net.biases)        # copies
    store.at(37)                                 # the nearest kept at or before epoch 37
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine.history import thinned

#: the most snapshots a store keeps
MAX_SNAPSHOTS = 200
#: the most bytes of weights a store keeps (large nets keep fewer snapshots)
MAX_BYTES = 32 * 2**20
#: the log grid: buckets per decade of epochs (all of the first ten or so are kept)
LOG_STEPS = 20
#: the uniform grid over a run: about this many buckets, each a power of two epochs wide
LINEAR_POINTS = 64


@dataclass(frozen=True, eq=False)
class Snapshot:
    """The weights Wˡ and biases bˡ (layers 1..L, read-only copies) at one epoch of one run."""

    run: int
    epoch: int
    weights: tuple
    biases: tuple

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (*self.weights, *self.biases))

    def fits(self, weights: Sequence[np.ndarray], biases: Sequence[np.ndarray]) -> bool:
        """True if its arrays have the shapes and dtypes of ``weights`` and ``biases``."""
        mine, theirs = (*self.weights, *self.biases), (*weights, *biases)
        return len(self.weights) == len(weights) and len(mine) == len(theirs) and all(
            a.shape == b.shape and a.dtype == b.dtype for a, b in zip(mine, theirs, strict=True))


def _frozen_copy(array) -> np.ndarray:
    copy = np.array(array, copy=True)
    copy.flags.writeable = False
    return copy


def capacity(nbytes: int) -> int:
    """How many snapshots of ``nbytes`` each a store keeps: at most ``MAX_SNAPSHOTS``, within
    ``MAX_BYTES``, and never fewer than two (the start and the end)."""
    return max(2, min(MAX_SNAPSHOTS, MAX_BYTES // max(int(nbytes), 1)))


class Snapshots:
    """Snapshots by (run, epoch), bounded (see the module doc). Not thread-safe: one thread
    (the training worker's, or the session's) adds to a store at a time."""

    def __init__(self, snapshots: Sequence[Snapshot] = ()):
        self._items: dict[tuple[int, int], Snapshot] = {}
        self._nbytes = 0  # the largest snapshot's size
        for snapshot in snapshots:
            self._items[(snapshot.run, snapshot.epoch)] = snapshot
            self._nbytes = max(self._nbytes, snapshot.nbytes)
        self._items = dict(sorted(self._items.items()))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items.values()))

    def __repr__(self) -> str:
        return f"Snapshots({len(self)} kept)"

    @property
    def limit(self) -> int:
        """The most snapshots this store keeps, for the size of its networks."""
        return capacity(self._nbytes) if self._items else MAX_SNAPSHOTS

    # -- adding ------------------------------------------------------------------------------

    def add(self, epoch: int, weights, biases, run: int = 0) -> None:
        """Keep copies of ``weights`` and ``biases`` as epoch ``epoch`` of run ``run`` (later
        epochs of that run are dropped); thinned when the store is full."""
        epoch, run = int(epoch), int(run)
        if epoch < 0 or run < 0:
            raise ValueError("snapshots are numbered from run 0, epoch 0")
        snapshot = Snapshot(run, epoch, tuple(_frozen_copy(W) for W in weights),
                            tuple(_frozen_copy(b) for b in biases))
        self._put(snapshot)

    def _put(self, snapshot: Snapshot) -> None:
        key = (snapshot.run, snapshot.epoch)
        self._nbytes = max(self._nbytes if self._items else 0, snapshot.nbytes)
        if not self._items or next(reversed(self._items)) < key:
            self._items[key] = snapshot  # the usual case, once an epoch: after all the others
        else:
            for old in [k for k in self._items if k[0] == key[0] and k[1] >= key[1]]:
                del self._items[old]
            self._items[key] = snapshot
            self._items = dict(sorted(self._items.items()))
        if len(self._items) > self.limit:
            self.thin()

    def merge(self, other: Snapshots) -> None:
        """Add ``other``'s snapshots (a training run's) in their order (they are read-only
        copies already, so they are shared, not copied again)."""
        for snapshot in other:
            self._put(snapshot)

    def clear(self) -> None:
        self._items.clear()
        self._nbytes = 0

    # -- reading -----------------------------------------------------------------------------

    def epochs(self, run: int = 0) -> list[int]:
        """The epochs of run ``run`` that have a snapshot, in order."""
        return [epoch for r, epoch in self._items if r == run]

    def newest(self, run: int = 0) -> int | None:
        """The latest epoch of run ``run`` that has a snapshot; None if there is none."""
        epochs = self.epochs(run)
        return epochs[-1] if epochs else None

    def at(self, epoch: int, run: int = 0) -> Snapshot | None:
        """The snapshot of run ``run`` nearest at or before ``epoch``; None if there is none."""
        best = None
        for (r, e), snapshot in self._items.items():
            if r == run and e <= epoch:
                best = snapshot
        return best

    # -- thinning ----------------------------------------------------------------------------

    def thin(self, limit: int | None = None) -> None:
        """Keep at most about ``limit`` (default: half the capacity) snapshots, in place,
        keeping every early epoch, a uniform grid over each run and each run's last epoch;
        earlier runs are thinned harder than the newest one."""
        limit = max(self.limit // 2, 2) if limit is None else max(int(limit), 1)
        runs = sorted({run for run, _ in self._items})
        if not runs:
            return
        newest = runs[-1]
        keep: list[tuple[int, int]] = []
        for level in range(0, 40):
            keep = []
            for run in runs:
                epochs = self.epochs(run)
                coarser = level if run == newest else level + 2
                if run != newest and level >= 8:
                    continue  # past this, the earlier runs go
                keep.extend((run, epochs[k]) for k in kept(epochs, coarser))
            if len(keep) <= limit:
                break
        self._items = {key: self._items[key] for key in sorted(keep)}

    # -- plain data --------------------------------------------------------------------------

    def to_dict(self) -> list[dict]:
        """The snapshots as JSON-ready records (arrays as ``engine.project.arrays``' bit-exact
        encoding): ``[{"run", "epoch", "weights": [ARRAY…], "biases": [ARRAY…]}, …]``."""
        from engine.project.arrays import encode_array

        return [{"run": s.run, "epoch": s.epoch,
                 "weights": [encode_array(W) for W in s.weights],
                 "biases": [encode_array(b) for b in s.biases]} for s in self]

    @classmethod
    def from_dict(cls, records: list[dict]) -> Snapshots:
        """The store ``to_dict`` wrote (unchecked: the project reader checks it first)."""
        from engine.project.arrays import decode_array

        snapshots = []
        for record in records:
            weights = [decode_array(a, f"W{l}", a["shape"])
                       for l, a in enumerate(record["weights"], 1)]
            biases = [decode_array(a, f"b{l}", a["shape"])
                      for l, a in enumerate(record["biases"], 1)]
            snapshots.append(Snapshot(int(record["run"]), int(record["epoch"]),
                                      tuple(map(_frozen_copy, weights)),
                                      tuple(map(_frozen_copy, biases))))
        return cls(snapshots)

    def copy(self) -> Snapshots:
        return Snapshots(list(self))


def outlives_thinning(epoch: int) -> bool:
    """Whether a snapshot at ``epoch``, added right after one at ``epoch - 1``, can survive
    thinning other than as its run's last: the first of its log bucket, or the first of its
    linear bucket at the finest width the run can have by then (widths only grow, by powers
    of two, so an epoch off that grid is off every later one). A run offering every epoch
    copies only these (and its last): XOR finishes thousands of epochs a second."""
    epoch = int(epoch)
    if epoch <= 1:
        return True
    log_key = math.floor(LOG_STEPS * math.log10(epoch + 1))
    if log_key != math.floor(LOG_STEPS * math.log10(epoch)):
        return True
    width = 1 << max(0, math.ceil(math.log2(epoch / LINEAR_POINTS)))
    return epoch % width == 0


def kept(epochs: Sequence[int], coarser: int = 0) -> list[int]:
    """Which of a run's ``epochs`` (ascending) thinning keeps: the first of each log bucket
    (of epoch + 1, so epoch 0 has its own) and of each linear bucket, and the last;
    ``coarser`` halves both grids that many times. The grids nest as they coarsen."""
    keep = thinned(epochs, coarser, LOG_STEPS, LINEAR_POINTS, shift=1)
    if coarser > 12 and len(keep) > 2:  # at the coarsest: only the first and the last
        keep = [keep[0], keep[-1]]
    return keep
