"""The training worker on a thread of the window's process: drives a ``TrainingLoop`` over a
session's ``TrainingRun`` (a Trainer on its own copy of the network) in a QThread.

Each snapshot it hands over holds the weights, the epochs finished since the last one, and the
derived numbers every view shows at those weights, computed here on the worker's thread (with
the views' pictures of them, ``preparers``), so the main thread only paints. The worker never
touches a widget and prints nothing. ``training_process`` runs the same loop in a process of
its own, where training and painting do not share one interpreter's lock.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from engine import BackpropStudioError, History, Report, TrainingDiverged
from engine.session import Derived, TrainingRun
from gui.training.loop import MAX_RATE, TrainingLoop
from gui.training.pace import Pace


@dataclass
class Snapshot:
    """What the screen needs from training: the weights now, the epochs finished since last
    time (numbered in the project's run) and the views' numbers at these weights."""

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    report: Report | None
    finished: History
    derived: Derived


def make_snapshot(run: TrainingRun, report: Report | None, preparers,
                  final: bool = False) -> Snapshot:
    """The snapshot of ``run`` now, its derived numbers and pictures made on this thread."""
    derived = run.derived(final)  # of a copy of the weights, which the screen shows
    for prepare in preparers:
        prepare(derived)
    return Snapshot(weights=derived.network.weights, biases=derived.network.biases,
                    report=report, finished=run.take_finished(), derived=derived)


class WorkerSignals(QObject):
    """What a training worker says to the controller, from its thread (queued)."""

    snapshotReady = Signal(object)
    paused = Signal()
    #: a setting changed during the run that the trainer refused (it keeps the old one)
    settingRefused = Signal(str)
    #: the run is over: the last Snapshot, and None or the error message (divergence etc.)
    finished = Signal(object, object)


class TrainingWorker(WorkerSignals):
    """Drives ``run`` (a ``TrainingRun`` of the session) to its end, on this QThread."""

    def __init__(self, run: TrainingRun, max_rate: float = MAX_RATE,
                 pace: Pace | None = None, preparers=()):
        super().__init__()
        self.run_ = run
        #: functions of a snapshot's Derived that make the views' pictures of it here, on
        #: this thread (pure numpy and QImage: no widget), so the main thread only paints
        self.preparers = tuple(preparers)
        self.loop = TrainingLoop(
            run, self._deliver, on_paused=self.paused.emit,
            on_refused=self.settingRefused.emit, max_rate=max_rate, pace=pace)

    # ---- called from the main thread ----------------------------------------------------
    def request_stop(self) -> None:
        self.loop.request_stop()

    def request_pause(self) -> None:
        self.loop.request_pause()

    def request_pace(self, pace: Pace) -> None:
        self.loop.request_pace(pace)

    def request_resume(self) -> None:
        self.loop.request_resume()

    def request_step(self, unit: str) -> None:
        self.loop.request_step(unit)

    def request_settings(self, **changes) -> None:
        self.loop.request_settings(**changes)

    def snapshot_taken(self, seconds_on_screen: float = 0.0) -> None:
        self.loop.snapshot_taken(seconds_on_screen)

    # ---- on the worker thread -----------------------------------------------------------
    @Slot()
    def run(self) -> None:
        report, error = None, None
        try:
            report = self.loop.train()
        except TrainingDiverged as diverged:
            error = str(diverged)
        except BackpropStudioError as refused:
            error = str(refused)
        except Exception:  # a bug: the run still ends, and the error is logged and shown
            from gui.crash_handler import report_unexpected

            error = report_unexpected(*sys.exc_info())
        try:
            snapshot = make_snapshot(self.run_, report, self.preparers, final=True)
        except Exception:  # the same bug again: end the run without the last snapshot
            snapshot = None
        self.finished.emit(snapshot, error)

    def _deliver(self, report: Report) -> None:
        self.snapshotReady.emit(make_snapshot(self.run_, report, self.preparers))
