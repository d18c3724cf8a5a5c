"""Backpropagation's signal per layer as training goes: one entry per snapshot of a run.

Each training snapshot's derived numbers carry the layer diagnostics on the probe samples
(``engine.diagnostics``); the log keeps them with the run and the epoch they were measured
at, bounded like the history (older entries thinned to every other when it grows past
``MAX_ENTRIES``), so the plot of a long run keeps its shape. It is not saved with the project:
it is a view of the runs trained in this session, cleared when the architecture changes.
"""

from __future__ import annotations

import numpy as np

MAX_ENTRIES = 2000


class DiagnosticsLog:
    def __init__(self):
        self.entries: list[tuple[int, int, object]] = []

    def add(self, run: int, epoch: int, diagnostics) -> None:
        if self.entries and self.entries[-1][:2] == (run, epoch):
            self.entries[-1] = (run, epoch, diagnostics)  # the same epoch, measured again
        else:
            self.entries.append((run, epoch, diagnostics))
        if len(self.entries) > MAX_ENTRIES:
            half = len(self.entries) // 2
            self.entries = self.entries[:half:2] + self.entries[half:]

    def clear(self) -> None:
        self.entries = []

    def series(self, run: int, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, values per layer: (entries, L)) of the diagnostics' field ``name`` in
        ``run``; empty arrays when the run has none."""
        rows = [(epoch, getattr(d, name)) for r, epoch, d in self.entries if r == run]
        if not rows:
            return np.empty(0), np.empty((0, 0))
        return (np.array([epoch for epoch, _ in rows], dtype=float),
                np.array([values for _, values in rows], dtype=float))

    def __len__(self) -> int:
        return len(self.entries)
