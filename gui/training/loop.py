"""The training loop both workers drive: a session's ``TrainingRun`` trained to its end, with
what the screen asks for (stop, pause, step, pace, new settings) taken between two reports.

Qt-free, so it runs the same on the window's worker thread (``TrainingWorker``) and in a
training process of its own (``training_process``). It decides *when* the screen gets a
snapshot; ``deliver(report)`` says *how*: the thread makes the views' numbers and hands them
over, the process sends the weights to the window's relay thread.

Snapshots are throttled to ``max_rate`` per second and never queue up: a new one is only
delivered once the screen has taken the previous one (``snapshot_taken``), so the screen
shows the latest weights whatever the training speed. How far apart they come also follows
what a frame costs: with ``screen_shares`` = (share, quick share), frames take at most
``share`` of the time of a long training and ``quick share`` of a run of quick epochs.

Reports come about every ``REPORT_SECONDS`` of training (the trainer's ``report_every`` is
tuned as it goes), so pause and stop take effect within a few milliseconds even for large
networks, and small networks do not pay for a report every iteration.

Requests come from another thread (``request_*`` and ``snapshot_taken``, for the thread
worker) or, given ``take_requests``, are fetched by the loop itself between two reports and
while it waits (a process of its own: a second thread there to listen would cost XOR a tenth
of its speed, in handing the interpreter lock back and forth).

A ``Pace`` (the window's speed control) holds training back to so many iterations or epochs a
second: the loop waits between them, and shows each one when the pace is slow enough for the
screen to keep up. A run that falls behind its pace (the machine is slower) does not burst to
catch up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from engine import BackpropStudioError, Report
from gui.training.pace import Pace

REPORT_SECONDS = 0.01
MAX_RATE = 30.0
#: the share of the time the screen's thread may spend showing snapshots (and anything else
#: it does meanwhile) while a long training runs on a thread of the window's process: the
#: rest is training's...
SCREEN_SHARE = 0.07
#: ...and while epochs take less than QUICK_EPOCH seconds: such a run is watched more than
#: waited for (XOR does thousands of epochs a second), so its animation comes first
QUICK_SCREEN_SHARE = 0.5
QUICK_EPOCH = 0.05
#: a run in a process of its own takes nothing from the screen's time, nor the screen from
#: its: snapshots come as often as the screen can take them (up to ``max_rate``)
APART_SCREEN_SHARES = (1.0, 1.0)
#: the longest the loop waits for the screen to take a snapshot before it trains on
TAKE_TIMEOUT = 0.5
#: the longest between two snapshots, however long the screen took for the last one (a first
#: frame that builds its views must not hold the next ones back for seconds)
MAX_INTERVAL = 0.5
#: a paced run more than this many seconds behind its pace starts counting afresh
PACE_SLACK = 0.25
#: with ``take_requests``: how often the loop looks for requests while it trains
REQUEST_SECONDS = 0.005


class TrainingLoop:
    """Drives ``run`` (a ``TrainingRun``) to its end; ``train()`` returns the last Report.

    ``deliver(report)`` hands the screen a snapshot at ``report`` (made from ``run``);
    ``on_paused()`` says the run has paused; ``on_refused(message)`` that a setting changed
    during the run was refused (the trainer keeps the old one). ``wait_for_screen``: after
    a delivery, wait (releasing the GIL) until the screen has taken it, so a busy small
    network on a thread of the window's process never starves the screen.
    ``take_requests(timeout)``: apply the requests that have come, waiting up to ``timeout``
    seconds for the first (see the module doc); None: they come from another thread.
    """

    def __init__(self, run, deliver: Callable[[Report], None], *,
                 on_paused: Callable[[], None] = lambda: None,
                 on_refused: Callable[[str], None] = lambda message: None,
                 max_rate: float = MAX_RATE, pace: Pace | None = None,
                 screen_shares: tuple[float, float] = (SCREEN_SHARE, QUICK_SCREEN_SHARE),
                 wait_for_screen: bool = True,
                 take_requests: Callable[[float], None] | None = None):
        self.run_ = run
        self.take_requests = take_requests
        self._requests_taken_at = 0.0
        self.deliver, self.on_paused, self.on_refused = deliver, on_paused, on_refused
        self.screen_shares = screen_shares
        self.wait_for_screen = wait_for_screen
        self.trainer = run.trainer
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
        #: when the last snapshot started, and the time delivering it took on this thread
        self._last_sent = 0.0
        self._snapshot_seconds = 0.0
        #: how long an epoch takes, as last measured (a long one until then)
        self._epoch_seconds = float("inf")
        self._wake = threading.Event()
        self._pace = Pace("epoch", None)
        self._pace_due: float | None = None
        self._pace_iteration: int | None = None
        self._shown: Report | None = None
        if pace is not None:
            self.request_pace(pace)

    # ---- called from the screen's side -------------------------------------------------
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
            # counted from the next report on: the run's iterations so far, taken as due
            # all at once, were a wait of hours (the slider moved to 1 iteration/s froze a
            # run at epoch 106, tester)
            self._pace_iteration = None
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
        """The screen has shown the last snapshot and spent ``seconds_on_screen`` of CPU
        time since the one before. With what delivering the snapshot cost here, that is
        the time a frame takes from training; the next snapshot starts late enough after
        this one started that frames take at most the screen's share of the time (and come
        at most ``max_rate`` times a second: the interval runs from one snapshot's start to
        the next's, so a frame's own cost does not lower the rate)."""
        long_share, quick_share = self.screen_shares
        share = quick_share if self._epoch_seconds < QUICK_EPOCH else long_share
        cost = self._snapshot_seconds + seconds_on_screen
        self.min_interval = min(MAX_INTERVAL, max(self.max_interval_floor, cost / share))
        self._taken.set()

    # ---- the loop -----------------------------------------------------------------------
    def train(self) -> Report | None:
        """Train to the run's end or a stop; the last report (None before the first)."""
        report = None
        generator = self.run_.reports()
        clock = time.perf_counter()
        stop, running = self._stop, self._running
        # XOR reports thousands of times a second: each step is asked for only when needed
        with np.errstate(all="ignore"):  # divergence is reported as TrainingDiverged
            for report in generator:
                now = time.perf_counter()
                if (self.take_requests is not None
                        and now - self._requests_taken_at >= REQUEST_SECONDS):
                    self._requests_taken_at = now
                    self.take_requests(0.0)
                if report.epoch_done:
                    self._epoch_seconds = report.elapsed / max(report.epoch, 1)
                else:
                    self._tune_reports(report, now - clock)
                if stop.is_set() or report.stop_reason is not None:
                    generator.close()
                    break
                if self._pending_settings:
                    self._apply_settings()
                self._maybe_send(report, now)
                if not self._pace.fastest:
                    self._keep_pace(report)
                if self._step is not None and self._step_done(report):
                    running.clear()
                if not running.is_set():
                    self._wait_while_paused(report)
                    if stop.is_set():  # stopped while paused: not one iteration more
                        generator.close()
                        break
                if self._counts_classes:
                    self._count_classes_if_due()
                clock = time.perf_counter()
        return report

    def _count_classes_if_due(self) -> None:
        """Have the trainer count the confusion matrix at an epoch's end only when a snapshot
        will follow it: XOR finishes thousands of epochs between two frames, and counting at
        each would cost it a tenth of its speed."""
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
                self.on_refused(str(refused))

    def _keep_pace(self, report: Report) -> None:
        """Wait until the pace allows the next iteration or epoch; show this one first when
        the wait is long enough. Stop, pause and a new pace cut the wait short."""
        pace = self._pace
        if pace.fastest:
            return
        if pace.unit == "iteration":
            since = self._pace_iteration
            units = 1 if since is None else report.iteration - since
            self._pace_iteration = report.iteration
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
            self._wait(self._wake, remaining)

    def _tune_reports(self, report: Report, seconds: float) -> None:
        """Aim at one report every REPORT_SECONDS: few enough to cost nothing, often
        enough that pause and stop feel immediate (an epoch's end always reports)."""
        if self._step == "iteration":
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
        self.on_paused()
        while not self._wait(self._running, 0.05):
            pass
        self._pace_due = None  # the pace counts from the moment training goes on
        self._apply_settings()

    def _wait(self, event: threading.Event, timeout: float) -> bool:
        """Wait until ``event`` is set or ``timeout`` seconds have passed (False); with
        ``take_requests`` the wait is spent taking them (a request sets the event)."""
        if self.take_requests is None:
            return event.wait(timeout)
        deadline = time.perf_counter() + timeout
        while not event.is_set():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return False
            self.take_requests(remaining)
        return True

    def _maybe_send(self, report: Report, now: float) -> None:
        """Send at the report nearest the time the next snapshot is due (reports come every
        REPORT_SECONDS or so: waiting for the first one after it would lower the rate)."""
        due = self._last_sent + self.min_interval - REPORT_SECONDS / 2
        if now >= due and self._taken.is_set():
            self._send(report)

    def _send(self, report: Report) -> None:
        """Deliver a snapshot at ``report``; on a thread of the window's process, let the
        screen show it before training on: the wait releases the GIL, so the screen is never
        starved by a busy small network."""
        self._taken.clear()
        self._shown = report
        self._last_sent, cpu = time.perf_counter(), time.thread_time()
        self.deliver(report)
        self._snapshot_seconds = time.thread_time() - cpu
        if self.wait_for_screen:
            self._taken.wait(TAKE_TIMEOUT)
