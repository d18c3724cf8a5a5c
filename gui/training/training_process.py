"""Training in a process of its own, so painting and training never wait for each other.

In one process the two share Python's interpreter lock, and PySide6 keeps it while Qt paints:
every millisecond the window spends on a frame is a millisecond training stands still, and a
class's small nets (XOR does thousands of epochs a second) lose half their speed to the
animation. Here the ``TrainingLoop`` runs in a child process forked from the window, which
starts at once and shares the run's data without copying it; a relay thread in the window
(this worker's QThread) takes the child's progress (weights, finished epochs, counts: a few
kilobytes), makes the derived numbers and the views' pictures of them there, and hands the
controller the same snapshots the thread worker does. Requests (stop, pause, step, pace,
settings, "taken") go the other way over the same pipe.

While the child trains, numpy's BLAS runs on one thread in the window (``one_blas_thread``)
and on every core but one in the child (``child_blas_threads``): one core on a two-core
machine. OpenBLAS's idle workers spin instead of sleeping, so with two threads on two cores
the window's relay spun one at 70 % of a core beside the child, and the child's own threads
waited for each other on the core the window was using: digits trained at 0.43 of its quiet
speed beside one busy process, against 1.01 on one thread.

The child runs numpy and the engine only (never Qt) and leaves by ``os._exit``, as
``multiprocessing``'s fork does. Fork is what makes it cheap, and it is safe only where the
platform forks a threaded program well: Linux. Elsewhere the window trains on a thread
(``TrainingWorker``), and ``BACKPROP_STUDIO_TRAIN_IN=thread`` asks for that anywhere.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import threading
import time
import traceback
import warnings

from PySide6.QtCore import Slot

from engine import BackpropStudioError, TrainingDiverged
from engine.session import TrainingRun
from gui.training.loop import APART_SCREEN_SHARES, MAX_RATE, TrainingLoop
from gui.training.pace import Pace
from gui.training.worker import WorkerSignals, make_snapshot

#: how often the relay looks at the pipe when nothing comes (and for a stop that hangs)
POLL_SECONDS = 0.05
#: how long a stopped child may take to send its end before it is killed
STOP_GRACE_SECONDS = 5.0


def trains_apart() -> bool:
    """Whether the window trains in a process of its own (see the module doc)."""
    choice = os.environ.get("BACKPROP_STUDIO_TRAIN_IN", "")
    return sys.platform.startswith("linux") and choice != "thread"


class ProcessTrainingWorker(WorkerSignals):
    """Drives ``run`` to its end in a child process; its ``run()`` relays on a QThread.

    The same requests and signals as ``TrainingWorker``, so the controller does not know
    which it has. ``run`` itself stays in the window: it takes on the child's progress
    (``TrainingRun.absorb``), so the session records the run as if it had trained here.
    """

    def __init__(self, run: TrainingRun, max_rate: float = MAX_RATE,
                 pace: Pace | None = None, preparers=()):
        super().__init__()
        self.run_ = run
        self.preparers = tuple(preparers)
        self._max_rate, self._pace = max_rate, pace
        self._early: list[tuple] = []  # requests made before the child is up
        self._connection = None
        self._send_lock = threading.Lock()
        self._stop_asked_at: float | None = None
        #: the training process's id, once it is started
        self.child_pid: int | None = None

    # ---- called from the main thread ----------------------------------------------------
    def request_stop(self) -> None:
        if self._stop_asked_at is None:
            self._stop_asked_at = time.perf_counter()
        self._ask("request_stop")

    def request_pause(self) -> None:
        self._ask("request_pause")

    def request_pace(self, pace: Pace) -> None:
        self._ask("request_pace", pace)

    def request_resume(self) -> None:
        self._ask("request_resume")

    def request_step(self, unit: str) -> None:
        self._ask("request_step", unit)

    def request_settings(self, **changes) -> None:
        self._ask("request_settings", changes)

    def snapshot_taken(self, seconds_on_screen: float = 0.0) -> None:
        self._ask("snapshot_taken", seconds_on_screen)

    def _ask(self, *request) -> None:
        with self._send_lock:
            if self._connection is None:
                self._early.append(request)
                return
            with contextlib.suppress(OSError, ValueError):  # the child has gone: the
                self._connection.send(request)             # relay says how

    # ---- on the relay thread ------------------------------------------------------------
    @Slot()
    def run(self) -> None:
        with one_blas_thread():
            self._run()

    def _run(self) -> None:
        error, report = None, self.run_.last_report
        process = None
        try:
            context = multiprocessing.get_context("fork")
            here, there = context.Pipe()
            with self._send_lock:
                early, self._early = self._early, []
                process = context.Process(
                    target=_child, name="backprop-studio-training", daemon=True,
                    args=(self.run_, there, here, self._max_rate, self._pace, early))
                with warnings.catch_warnings():  # Python 3.12+ warns of any threaded fork:
                    warnings.filterwarnings(      # this child never takes a lock it shares
                        "ignore", ".*multi-threaded.*fork", DeprecationWarning)
                    process.start()
                there.close()
                self._connection, self.child_pid = here, process.pid
            error = self._relay(here, process)
            report = self.run_.last_report
        except Exception:  # a bug: the run still ends, and the error is logged and shown
            from gui.crash_handler import report_unexpected

            error = report_unexpected(*sys.exc_info())
        finally:
            self._end(process)
        try:
            snapshot = make_snapshot(self.run_, report, self.preparers, final=True)
        except Exception:  # the same bug again: end the run without the last snapshot
            snapshot = None
        self.finished.emit(snapshot, error)

    def _relay(self, connection, process) -> str | None:
        """Show the child's progress until it ends; its error message, if any."""
        while True:
            if not connection.poll(POLL_SECONDS):
                if not process.is_alive() and not connection.poll(0):
                    return self._lost(process)
                if (self._stop_asked_at is not None
                        and time.perf_counter() - self._stop_asked_at > STOP_GRACE_SECONDS):
                    process.kill()
                    return self._killed()
                continue
            try:
                kind, *rest = connection.recv()
            except (EOFError, OSError):
                return self._lost(process)
            if kind == "progress":
                self.run_.absorb(rest[0])
                self.snapshotReady.emit(
                    make_snapshot(self.run_, self.run_.last_report, self.preparers))
            elif kind == "paused":
                self.paused.emit()
            elif kind == "refused":
                self.settingRefused.emit(rest[0])
            elif kind == "finished":
                progress, error, unexpected = rest
                self.run_.absorb(progress)
                if unexpected is not None:  # (summary, traceback) of a bug, met there
                    from gui.crash_handler import report_unexpected_text

                    error = report_unexpected_text(*unexpected)
                return error

    def _lost(self, process) -> str:
        process.join(1.0)
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "TrainingProcess", "The training process ended unexpectedly (exit code {code}); "
            "the weights are the last it sent").format(code=process.exitcode)

    def _killed(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "TrainingProcess", "The training process did not stop within {seconds:g} s and "
            "was ended; the weights are the last it sent").format(seconds=STOP_GRACE_SECONDS)

    def _end(self, process) -> None:
        with self._send_lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
        if process is not None:
            process.join(STOP_GRACE_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()


def blas_threads(count: int):
    """From now on (and, as a context, until it ends) numpy's BLAS, and any other loaded by
    then (scipy brings its own), uses ``count`` threads in this process and those it forks."""
    from threadpoolctl import ThreadpoolController  # looks at the libraries loaded now

    return ThreadpoolController().limit(limits=count, user_api="blas")


def one_blas_thread():
    """The window's BLAS while the child trains (see the module doc)."""
    return blas_threads(1)


def child_blas_threads() -> int:
    """The BLAS threads of the training process: a core is left to the window."""
    return max(1, len(os.sched_getaffinity(0)) - 1)


def _child(run: TrainingRun, connection, windows_end, max_rate: float, pace: Pace | None,
           early: list[tuple]) -> None:
    """The training process: train ``run``, sending progress; the loop takes the requests
    between two reports and while it waits (``TrainingLoop``'s ``take_requests``)."""
    windows_end.close()  # so the pipe ends (EOF) when the window goes, whatever the way
    # The window collects cycles from its event loop; here there is none. What the fork
    # copied stays uncollected: a cycle of Qt objects must never be destroyed here.
    gc.freeze()
    gc.enable()
    if child_blas_threads() > 1:  # the window's one thread came with the fork
        blas_threads(child_blas_threads())

    def send(*message) -> None:
        connection.send(message)  # only from this thread: the loop's

    def take_requests(timeout: float) -> None:
        try:
            while connection.poll(timeout):
                name, *args = connection.recv()
                _apply(loop, name, args)
                timeout = 0.0
        except (EOFError, OSError):  # the window has gone or ended the run
            loop.request_stop()

    loop = TrainingLoop(run, lambda report: send("progress", run.progress()),
                        on_paused=lambda: send("paused"),
                        on_refused=lambda message: send("refused", message),
                        max_rate=max_rate, pace=pace, screen_shares=APART_SCREEN_SHARES,
                        wait_for_screen=False, take_requests=take_requests)
    for name, *args in early:
        _apply(loop, name, args)
    error = unexpected = None
    try:
        loop.train()
    except TrainingDiverged as diverged:
        error = str(diverged)
    except BackpropStudioError as refused:
        error = str(refused)
    except Exception as bug:  # the window logs and shows it as it does its own
        from gui.crash_handler import summary_of  # pure text: no Qt call here

        unexpected = (summary_of(bug), traceback.format_exc())
    with contextlib.suppress(OSError, ValueError):  # unless the window has gone
        send("finished", run.progress(final=True), error, unexpected)


def _apply(loop: TrainingLoop, name: str, args: list) -> None:
    if name == "request_settings":
        loop.request_settings(**args[0])
    else:
        getattr(loop, name)(*args)
