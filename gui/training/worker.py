"""The training worker: drives a session's ``TrainingRun`` (a Trainer on its own copy of the
network) in a QThread.

Between two reports of the generator it looks at what the main thread asked for (stop,
pause, step, new settings), and hands over a ``Snapshot``: the weights, the epochs finished
since the last one, and the derived numbers every view shows at those weights, computed here
on the worker's thread, so the main thread only paints. Snapshots are throttled to
``max_rate`` per second and never queue up: a new one is only sent once the main thread has
taken the previous one, so the screen shows the latest weights whatever the training speed.
The worker never touches a widget and prints nothing.

Reports come about every ``REPORT_SECONDS`` of training (the trainer's ``report_every`` is
tuned as it goes), so pause and stop take effect within a few milliseconds even for large
networks, and small networks do not pay for a report every iteration.

A ``Pace`` (the window's speed control) holds training back to so many iterations or epochs a
second: the worker waits between them, and shows each one when the pace is slow enough for
the screen to keep up. A run that falls behind its pace (the machine is slower) does not
burst to catch up.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from engine import BackpropStudioError, History, Report, TrainingDiverged
from engine.session import Derived, TrainingRun
from gui.training.pace import Pace

REPORT_SECONDS = 0.01
MAX_RATE = 30.0
#: the share of the time the screen's thread may spend showing snapshots (and anything else
#: it does meanwhile) while a long training runs: the rest is training's...
SCREEN_SHARE = 0.07
#: ...and while epochs take less than QUICK_EPOCH seconds: such a run is watched more than
#: waited for (XOR does thousands of epochs a second), so its animation comes first
QUICK_SCREEN_SHARE = 0.5
QUICK_EPOCH = 0.05
#: the longest the worker waits for the screen to take a snapshot before it trains on
TAKE_TIMEOUT = 0.5
#: the longest between two snapshots, however long the screen took for the last one (a first
#: frame that builds its views must not hold the next ones back for seconds)
MAX_INTERVAL = 0.5
#: a paced run more than this many seconds behind its pace starts counting afresh
PACE_SLACK = 0.25


@dataclass
class Snapshot:
    """What the screen needs from training: the weights now, the epochs finished since last
    time (numbered in the project's run) and the views' numbers at these weights."""

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    report: Report | None
    finished: History
    derived: Derived


class TrainingWorker(QObject):
    """Drives ``run`` (a ``TrainingRun`` of the session) to its end."""

    snapshotReady = Signal(object)
    paused = Signal()
    #: a setting changed during the run that the trainer refused (it keeps the old one)
    settingRefused = Signal(str)
    #: the run is over: the last Snapshot, and None or the error message (divergence etc.)
    finished = Signal(object, object)

    def __init__(self, run: TrainingRun, max_rate: float = MAX_RATE,
                 pace: Pace | None = None, preparers=()):
        super().__init__()
        self.run_ = run
        #: functions of a snapshot's Derived that make the views' pictures of it here, on
        #: this thread (pure numpy and QImage: no widget), so the main thread only paints
        self.preparers = tuple(preparers)
        self.net, self.trainer = run.network, run.trainer
        # The first report comes after one iteration; _tune_reports spaces the rest.
        self.trainer.update(report_every=1)
        self._counts_classes = self.trainer.confusion
        self.max_interval_floor = self.min_interval = 1.0 / max_rate
        self._lock = threading.Lock()
        self._pending_settings: dict = {}
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._taken = threading.Event()
        self._taken.set()
        self._step: str | None = None
        #: when the last snapshot started, and the time making it took on this thread
        self._last_sent = 0.0
        self._snapshot_seconds = 0.0
        #: how long an epoch takes, as last measured (a long one until then)
        self._epoch_seconds = float("inf")
        self._wake = threading.Event()
        self._pace = Pace("epoch", None)
        self._pace_due: float | None = None
        self._pace_iteration = 0
        self._shown: Report | None = None
        if pace is not None:
            self.request_pace(pace)

    # ---- called from the main thread ----------------------------------------------------
    def request_stop(self) -> None:
        self._stop.set()
        self._running.set()
        self._taken.set()
        self._wake.set()

    def request_pause(self) -> None:
        self._running.clear()
        self._wake.set()

    def request_pace(self, pace: Pace) -> None:
        """Train at ``pace`` from the next iteration on (a slow pace of iterations reports
        each one, so each can be shown)."""
        with self._lock:
            self._pace, self._pace_due = pace, None
            if pace.unit == "iteration" and not pace.fastest:
                self._pending_settings["report_every"] = 1
        self._wake.set()

    def request_resume(self) -> None:
        with self._lock:
            self._step = None
        self._running.set()

    def request_step(self, unit: str) -> None:
        """Train one ``"iteration"`` or one ``"epoch"`` more, then pause again."""
        with self._lock:
            self._step = unit
            if unit == "iteration":
                self._pending_settings["report_every"] = 1
        self._running.set()

    def request_settings(self, **changes) -> None:
        """New training settings, applied between two iterations (the trainer checks them)."""
        with self._lock:
            self._pending_settings.update(changes)

    def snapshot_taken(self, seconds_on_screen: float = 0.0) -> None:
        """The main thread has shown the last snapshot and spent ``seconds_on_screen`` of CPU
        time since the one before. With what making the snapshot cost here, that is the
        time a frame takes from training; the next snapshot starts late enough after this
        one started that frames take at most SCREEN_SHARE of the time (and come at most
        ``max_rate`` times a second: the interval runs from one snapshot's start to the
        next's, so a frame's own cost does not lower the rate)."""
        share = QUICK_SCREEN_SHARE if self._epoch_seconds < QUICK_EPOCH else SCREEN_SHARE
        cost = self._snapshot_seconds + seconds_on_screen
        self.min_interval = min(MAX_INTERVAL, max(self.max_interval_floor, cost / share))
        self._taken.set()

    # ---- the loop, on the worker thread -------------------------------------------------
    @Slot()
    def run(self) -> None:
        report, error = None, None
        try:
            report = self._train()
        except TrainingDiverged as diverged:
            error = str(diverged)
        except BackpropStudioError as refused:
            error = str(refused)
        except Exception:  # a bug: the run still ends, and the error is logged and shown
            from gui.crash_handler import report_unexpected

            error = report_unexpected(*sys.exc_info())
        try:
            snapshot = self._snapshot(report, final=True)
        except Exception:  # the same bug again: end the run without the last snapshot
            snapshot = None
        self.finished.emit(snapshot, error)

    def _train(self) -> Report | None:
        report = None
        generator = self.run_.reports()
        clock = time.perf_counter()
        with np.errstate(all="ignore"):  # divergence is reported as TrainingDiverged
            for report in generator:
                now = time.perf_counter()
                self._tune_reports(report, now - clock)
                if report.epoch_done:
                    self._epoch_seconds = report.elapsed / max(report.epoch, 1)
                if self._stop.is_set() or report.stop_reason is not None:
                    generator.close()
                    break
                self._apply_settings()
                self._maybe_send(report)
                self._keep_pace(report)
                if self._step_done(report):
                    self._running.clear()
                self._wait_while_paused(report)
                if self._stop.is_set():  # stopped while paused: not one iteration more
                    generator.close()
                    break
                self._count_classes_if_due()
                clock = time.perf_counter()
        return report

    def _count_classes_if_due(self) -> None:
        """Have the trainer count the confusion matrix at an epoch's end only when a snapshot
        will follow it: XOR finishes thousands of epochs between two frames, and counting at
        each would cost it a tenth of its speed."""
        if self._counts_classes:
            since = time.perf_counter() - self._last_sent
            self.trainer.confusion = since + min(self._epoch_seconds, 1.0) >= self.min_interval

    def _apply_settings(self) -> None:
        if not self._pending_settings:  # the usual case, checked without the lock: XOR
            return                      # reports thousands of times a second
        with self._lock:
            changes, self._pending_settings = self._pending_settings, {}
        if changes:
            try:
                self.trainer.update(**changes)
            except BackpropStudioError as refused:
                self.settingRefused.emit(str(refused))

    def _keep_pace(self, report: Report) -> None:
        """Wait until the pace allows the next iteration or epoch; show this one first when
        the wait is long enough. Stop, pause and a new pace cut the wait short."""
        pace = self._pace
        if pace.fastest:
            return
        if pace.unit == "iteration":
            units, self._pace_iteration = (report.iteration - self._pace_iteration,
                                           report.iteration)
        else:
            units = 1 if report.epoch_done else 0
        if units <= 0:
            return
        now = time.perf_counter()
        if self._pace_due is None or self._pace_due < now - PACE_SLACK:
            self._pace_due = now
        self._pace_due += units / pace.per_second
        if self._pace_due <= now:
            return
        self._wake.clear()
        if (report is not self._shown and self._taken.is_set()
                and self._pace_due - now >= self.max_interval_floor):
            self._send(report)
        remaining = self._pace_due - time.perf_counter()
        if remaining > 0 and self._running.is_set() and not self._stop.is_set():
            self._wake.wait(remaining)

    def _tune_reports(self, report: Report, seconds: float) -> None:
        """Aim at one report every REPORT_SECONDS: few enough to cost nothing, often
        enough that pause and stop feel immediate."""
        if self._step == "iteration" or report.epoch_done:
            return
        if self._pace.unit == "iteration" and not self._pace.fastest:
            return
        current = self.trainer.config.report_every or report.iterations_per_epoch
        per_iteration = seconds / max(current, 1)
        wanted = int(min(report.iterations_per_epoch,
                         max(1, REPORT_SECONDS / max(per_iteration, 1e-9))))
        if wanted > 2 * current or wanted < current / 2:
            with self._lock:
                self._pending_settings.setdefault("report_every", wanted)

    def _step_done(self, report: Report) -> bool:
        if self._step is None:
            return False
        with self._lock:
            step = self._step
            done = step == "iteration" or (step == "epoch" and report.epoch_done)
            if done:
                self._step = None
        return done

    def _wait_while_paused(self, report: Report) -> None:
        if self._running.is_set():
            return
        self._send(report)
        self.paused.emit()
        while not self._running.wait(0.05):
            pass
        self._pace_due = None  # the pace counts from the moment training goes on
        self._apply_settings()

    def _maybe_send(self, report: Report) -> None:
        """Send at the report nearest the time the next snapshot is due (reports come every
        REPORT_SECONDS or so: waiting for the first one after it would lower the rate)."""
        now = time.perf_counter()
        due = self._last_sent + self.min_interval - REPORT_SECONDS / 2
        if now >= due and self._taken.is_set():
            self._send(report)

    def _send(self, report: Report) -> None:
        """Hand a snapshot over and let the main thread show it before training on: the
        wait releases the GIL, so the screen is never starved by a busy small network."""
        self._taken.clear()
        self._shown = report
        self._last_sent, cpu = time.perf_counter(), time.thread_time()
        snapshot = self._snapshot(report)
        self._snapshot_seconds = time.thread_time() - cpu
        self.snapshotReady.emit(snapshot)
        self._taken.wait(TAKE_TIMEOUT)

    def _snapshot(self, report: Report | None, final: bool = False) -> Snapshot:
        derived = self.run_.derived(final)  # of a copy of the weights, which the screen shows
        for prepare in self.preparers:
            prepare(derived)
        return Snapshot(weights=derived.network.weights, biases=derived.network.biases,
                        report=report, finished=self.run_.take_finished(), derived=derived)
