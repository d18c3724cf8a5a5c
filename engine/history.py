"""The history of a project's training: one entry per finished epoch, grouped into runs.

A *run* is one line of descent of the weights: the epochs trained on from one start (new
weights, new data, a new architecture). Training again without such a change continues the
same run, and its epochs go on counting; ``start_new_run`` begins the next one, counted from
epoch 1 again, so the loss plot draws each run as its own curve instead of one curve that
jumps back up.

Every column (and every metric) has one entry per epoch kept, None where nothing was
reported (a regression run after a classification one has no accuracy), so the columns
always line up. Long runs are *thinned* to a bounded number of entries (``MAX_ENTRIES``) by a
rule that keeps a run's shape: every early epoch (a log-spaced grid, ``LOG_STEPS`` per
decade: all of the first hundred), a uniform grid over the whole run (``LINEAR_POINTS``), and
the last epoch exactly. The grids are nested as they coarsen (buckets of powers of two), so
thinning again never unsettles what an earlier thinning kept, and chunks thinned apart and
then joined keep the same epochs as one history thinned whole.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

#: the most entries a history holds; past this it is thinned to about half
MAX_ENTRIES = 10_000
#: early epochs kept: the first of each of this many log-spaced buckets per decade
LOG_STEPS = 250
#: the uniform grid over a whole run: about this many buckets, each a power of two wide
LINEAR_POINTS = 2_000
COLUMNS = ("epoch", "train_loss", "val_loss", "learning_rate", "elapsed", "run")


@dataclass
class History:
    """The end-of-epoch numbers of every run, as lists with one entry per epoch kept.

    ``epoch`` counts from 1 within each run; ``run`` says which run each entry belongs to.
    ``current_run`` is the run the next epochs join. ``stop_reason``, ``best_epoch`` (in the
    run's numbering) and ``message`` describe the end of the latest training.
    """

    epoch: list = field(default_factory=list)
    train_loss: list = field(default_factory=list)
    val_loss: list = field(default_factory=list)
    learning_rate: list = field(default_factory=list)
    elapsed: list = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    run: list = field(default_factory=list)
    current_run: int = 0
    stop_reason: str | None = None
    best_epoch: int | None = None
    message: str | None = None
    #: columns as floats, made once and extended as epochs are added (see ``column``)
    _arrays: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        n = len(self.epoch)
        if len(self.run) != n:  # a history from before runs were kept: one run
            self.run = [self.current_run] * n
        for values in self.metrics.values():
            values.extend([None] * (n - len(values)))

    def __len__(self):
        return len(self.epoch)

    # -- adding epochs -----------------------------------------------------------------------

    def append(self, report, epoch_offset: int = 0):
        """Add an end-of-epoch ``Report`` to the current run, as epoch ``offset + epoch``."""
        self._add(epoch_offset + report.epoch, report.train_loss, report.val_loss,
                  report.learning_rate, report.elapsed, report.metrics)
        self.stop_reason, self.message = report.stop_reason, report.message
        self.best_epoch = None if report.best_epoch is None else epoch_offset + report.best_epoch
        if len(self) > MAX_ENTRIES:
            self.thin()

    def extend(self, chunk: History):
        """Add ``chunk``'s entries (numbered already) to the current run, in place: the one
        join of a run's epochs onto a project's, for the window and the command line alike."""
        if not len(chunk):
            return
        for k in range(len(chunk)):
            self._add(chunk.epoch[k], chunk.train_loss[k], chunk.val_loss[k],
                      chunk.learning_rate[k], chunk.elapsed[k],
                      {name: values[k] for name, values in chunk.metrics.items()})
        self.stop_reason, self.best_epoch = chunk.stop_reason, chunk.best_epoch
        self.message = chunk.message
        if len(self) > MAX_ENTRIES:
            self.thin()

    def _add(self, epoch, train_loss, val_loss, learning_rate, elapsed, metrics):
        n = len(self.epoch)
        self.epoch.append(int(epoch))
        self.train_loss.append(train_loss)
        self.val_loss.append(val_loss)
        self.learning_rate.append(learning_rate)
        self.elapsed.append(elapsed)
        self.run.append(self.current_run)
        for name, value in metrics.items():
            if name not in self.metrics:
                self.metrics[name] = [None] * n
            self.metrics[name].append(value)
        for values in self.metrics.values():
            if len(values) == n:
                values.append(None)

    # -- runs --------------------------------------------------------------------------------

    def start_new_run(self) -> bool:
        """Let the next epochs begin a new run (from epoch 1); True if one was begun, False
        when the current run has no epochs yet (it stays the one to fill)."""
        if self.last_epoch() == 0:
            return False
        self.current_run += 1
        self.stop_reason = self.best_epoch = self.message = None
        return True

    def run_mark(self) -> tuple:
        """Where the runs stand (for an edit that begins a new run and must undo it)."""
        return (self.current_run, self.stop_reason, self.best_epoch, self.message)

    def restore_run_mark(self, mark: tuple) -> None:
        self.current_run, self.stop_reason, self.best_epoch, self.message = mark

    def last_epoch(self) -> int:
        """The last epoch of the current run (0 before its first), where training goes on."""
        for k in range(len(self.run) - 1, -1, -1):
            if self.run[k] == self.current_run:
                return int(self.epoch[k])
            if self.run[k] < self.current_run:
                break
        return 0

    def run_ids(self) -> list[int]:
        """The runs that have epochs, oldest first."""
        return sorted(set(self.run))

    def earlier_runs(self) -> list[int]:
        """The runs with epochs other than the current one (which may have none yet)."""
        return [run for run in self.run_ids() if run != self.current_run]

    def run_slices(self) -> list[tuple[int, slice]]:
        """(run, slice of the entries) for every run with epochs, oldest first."""
        runs = self.column("run")  # kept as an array: the loss plot asks at every refresh
        bounds = (np.flatnonzero(runs[1:] != runs[:-1]) + 1).tolist()
        starts, ends = [0, *bounds], [*bounds, len(self.run)]
        return [(int(self.run[a]), slice(a, b)) for a, b in zip(starts, ends, strict=True)
                if b > a]

    def only_current_run(self) -> History:
        """A copy keeping only the current run's epochs (the earlier runs cleared)."""
        keep = [k for k, run in enumerate(self.run) if run == self.current_run]
        return self._select(keep)

    # -- columns for plots -------------------------------------------------------------------

    def column(self, name: str) -> np.ndarray:
        """A column or a metric as floats, NaN where nothing was reported (read-only).

        The loss plot asks for every column at every frame of a run: the array is kept and
        only the epochs added since are converted (the columns only ever grow; thinning and
        copies start afresh)."""
        values = self.metrics.get(name) if name not in COLUMNS else getattr(self, name)
        if values is None:
            return np.full(len(self), np.nan)
        kept = self._arrays.get(name)
        if kept is None or len(kept) > len(values):
            kept = np.empty(0)
        if len(kept) < len(values):
            kept = np.concatenate([kept, np.array(values[len(kept):], dtype=float)])
            kept.flags.writeable = False
            self._arrays[name] = kept
        return kept

    # -- thinning ----------------------------------------------------------------------------

    def thin(self, limit: int = MAX_ENTRIES // 2):
        """Keep at most about ``limit`` entries, in place, keeping every run's shape (see the
        module doc). Earlier runs are thinned harder than the current one when there are many."""
        slices = self.run_slices()
        keep: list[int] = []
        for level in range(0, 16):
            keep = []
            for run, part in slices:
                coarser = 0 if run == self.current_run else level
                keep.extend(part.start + k for k in thinned(self.epoch[part], coarser))
            if len(keep) <= limit:
                break
        kept = self._select(keep)
        self.__dict__.update(kept.__dict__)  # with an empty _arrays: the columns changed

    def _select(self, keep: list[int]) -> History:
        def pick(values):
            return ([values[k] for k in keep])
        return History(
            epoch=pick(self.epoch), train_loss=pick(self.train_loss),
            val_loss=pick(self.val_loss), learning_rate=pick(self.learning_rate),
            elapsed=pick(self.elapsed), run=pick(self.run),
            metrics={name: pick(values) for name, values in self.metrics.items()},
            current_run=self.current_run, stop_reason=self.stop_reason,
            best_epoch=self.best_epoch, message=self.message)

    # -- plain data --------------------------------------------------------------------------

    def to_dict(self):
        return {"epoch": list(self.epoch), "train_loss": list(self.train_loss),
                "val_loss": list(self.val_loss), "learning_rate": list(self.learning_rate),
                "elapsed": list(self.elapsed),
                "metrics": {name: list(values) for name, values in self.metrics.items()},
                "run": list(self.run), "current_run": self.current_run,
                "stop_reason": self.stop_reason, "best_epoch": self.best_epoch,
                "message": self.message}

    @classmethod
    def from_dict(cls, data):
        values = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        for name in (*COLUMNS, "metrics"):
            if name in values:
                values[name] = (dict((k, list(v)) for k, v in values[name].items())
                                if name == "metrics" else list(values[name]))
        return cls(**values)

    def copy(self):
        return History.from_dict(self.to_dict())

    def __repr__(self):
        runs = len(self.run_ids())
        return f"History({len(self)} epochs kept, {runs} run{'s' * (runs != 1)})"


def thinned(epochs, coarser: int, log_steps: int = LOG_STEPS,
            linear_points: int = LINEAR_POINTS, shift: int = 0) -> list[int]:
    """Which entries of one run's ``epochs`` (ascending) thinning keeps: the first of each
    log bucket (of epoch + ``shift``) and of each linear bucket, and the last; ``coarser``
    halves both grids that many times, so the grids nest as they coarsen. The history and
    the weight snapshots (``engine.snapshots``) both thin by it."""
    n = len(epochs)
    if n <= 2:
        return list(range(n))
    e = np.asarray(epochs, dtype=np.int64)
    steps = max(log_steps >> coarser, 1)
    log_keys = np.floor(steps * np.log10(np.maximum(e + shift, 1))).astype(np.int64)
    points = max(linear_points >> coarser, 1)
    width = 1 << max(0, math.ceil(math.log2(max(int(e[-1]), 1) / points)))
    linear_keys = e // width
    first = np.zeros(n, dtype=bool)
    first[0] = first[-1] = True
    first[1:] |= log_keys[1:] != log_keys[:-1]
    first[1:] |= linear_keys[1:] != linear_keys[:-1]
    return np.flatnonzero(first).tolist()
