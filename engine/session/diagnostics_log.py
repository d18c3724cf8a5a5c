"""Backpropagation's signal per layer as training goes: one entry per snapshot of a run.

Each training snapshot's derived numbers carry the layer diagnostics on the probe samples
(``engine.diagnostics``); the log keeps them with the run and the epoch they were measured
at, bounded like the history (older entries thinned to every other when it grows past
``MAX_ENTRIES``), so the plot of a long run keeps its shape. It is not saved with the project:
what a run's saved snapshots (``engine.snapshots``) hold is measured again from their weights
(``backfill``) the first time the run is asked for, so a project reopened shows the curves of
its runs from the epochs it kept weights of (it showed one point, tester). Cleared when the
architecture changes.

It follows undo and redo through the history it is read with: ``series`` gives only the
epochs the history has now (an undone Train's are kept, for its redo, but not shown), and an
entry made after an undo replaces the undone branch's from its epoch on.
"""

from __future__ import annotations

import numpy as np

MAX_ENTRIES = 2000


class DiagnosticsLog:
    def __init__(self, backfill=None):
        self.entries: list[tuple[int, int, object]] = []
        #: ``backfill(run)``: (epoch, diagnostics) measured on the run's kept weights
        self.backfill = backfill
        self._filled: set[int] = set()

    def _fill(self, run: int) -> None:
        """The run's kept weights' measurements, once, beside what the log has of it."""
        if run in self._filled or self.backfill is None:
            return
        self._filled.add(run)
        known = {epoch for r, epoch, _ in self.entries if r == run}
        found = [(run, epoch, d) for epoch, d in self.backfill(run) if epoch not in known]
        if found:
            self.entries = sorted([*self.entries, *found], key=lambda entry: entry[:2])

    def add(self, run: int, epoch: int, diagnostics) -> None:
        """The diagnostics measured at ``epoch`` of ``run``; what the log has from there on
        (the same epoch measured again, or a branch undone before this run) goes."""
        self._fill(run)
        if self.entries and (self.entries[-1][0] > run or (self.entries[-1][0] == run
                                                          and self.entries[-1][1] >= epoch)):
            self.entries = [entry for entry in self.entries
                            if entry[0] < run or (entry[0] == run and entry[1] < epoch)]
        self.entries.append((run, epoch, diagnostics))
        if len(self.entries) > MAX_ENTRIES:
            half = len(self.entries) // 2
            self.entries = self.entries[:half:2] + self.entries[half:]

    def clear(self) -> None:
        self.entries = []
        self._filled = set()

    def series(self, run: int, name: str, last_epoch: float = np.inf
               ) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, values per layer: (entries, L)) of the diagnostics' field ``name`` in
        ``run`` up to ``last_epoch`` (the history's: not an undone Train's epochs); empty
        arrays when the run has none."""
        self._fill(run)
        rows = [(epoch, getattr(d, name)) for r, epoch, d in self.entries
                if r == run and epoch <= last_epoch]
        if not rows:
            return np.empty(0), np.empty((0, 0))
        return (np.array([epoch for epoch, _ in rows], dtype=float),
                np.array([values for _, values in rows], dtype=float))

    def __len__(self) -> int:
        return len(self.entries)
