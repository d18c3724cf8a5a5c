"""The training controller: starts, pauses, steps and stops the worker for the main window.

It owns the worker's QThread and is the only place that applies training results to the
document: each snapshot's weights (live, not an undoable edit) and finished epochs (into
the document's history). When a run ends, one undoable "Train" command records the weights
and history before and after it. Any edit of the document, opening another project or
closing the window stops the worker first, and no thread outlives its controller.
"""

from __future__ import annotations

import time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from engine import BackpropStudioError
from gui.training.worker import Snapshot, TrainingWorker
from gui.weight_commands import ReplaceParametersCommand, copy_parameters

STOP_WAIT_MS = 10_000
#: settings the worker keeps for itself while it runs (it tunes how often it reports)
LOCAL_SETTINGS = frozenset({"report_every"})


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class TrainingController(QObject):
    stateChanged = Signal(object)
    #: the latest Report of the run (epoch, iteration, loss, speed…)
    progress = Signal(object)
    #: a run ended: None, or the reason it could not go on (divergence, a refused setting)
    runEnded = Signal(object)
    #: a message for the user that does not end the run (a setting refused while training)
    notice = Signal(str)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.state = State.IDLE
        self.thread: QThread | None = None
        self.worker: TrainingWorker | None = None
        self.last_report = None
        document.aboutToEdit.connect(self.stop)
        document.configChanged.connect(self._forward_settings)
        self._config_sent = document.config.to_dict()

    # ---- commands ----------------------------------------------------------------------
    def train(self) -> None:
        if self.state is State.PAUSED:
            self.worker.request_resume()
            self._set_state(State.RUNNING)
        elif self.state is State.IDLE:
            self._start(step=None)

    def pause(self) -> None:
        if self.state is State.RUNNING:
            self.worker.request_pause()

    def step(self, unit: str = "iteration") -> None:
        """Train one iteration (or one ``"epoch"``) and pause."""
        if self.state is State.IDLE:
            self._start(step=unit)
        elif self.state is State.PAUSED:
            self.worker.request_step(unit)
            self._set_state(State.RUNNING)

    def stop(self) -> None:
        """Stop the run after the current iteration and wait for the thread to end."""
        if self.thread is None:
            return
        self.worker.request_stop()
        if not self.thread.wait(STOP_WAIT_MS):
            self.thread.quit()
            self.thread.wait(STOP_WAIT_MS)
        # The worker's last signals were queued for this thread: take them now.
        QCoreApplication.sendPostedEvents(self)
        if self.thread is not None:
            self._finish(None, None)

    # ---- the run -----------------------------------------------------------------------
    def _start(self, step: str | None) -> None:
        document = self.document
        try:
            worker = TrainingWorker(document.network, document.config, document.training)
        except BackpropStudioError as error:
            self.runEnded.emit(str(error))
            return
        self._config_sent = document.config.to_dict()
        self._before = copy_parameters(document.network)
        self._history_before = document.history_copy()
        self._epoch_offset = len(document.history) and document.history.epoch[-1]
        if step is not None:
            worker.request_step(step)
        thread = QThread(self)
        thread.setObjectName("trainingThread")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.snapshotReady.connect(self._apply_snapshot)
        # Slots of this object, not lambdas: they must run on the main thread (queued).
        worker.paused.connect(self._on_paused)
        worker.settingRefused.connect(self.notice)
        worker.finished.connect(self._finish)
        # Direct: the worker's own thread ends its event loop (even before that loop has
        # started, since run() is called from QThread.started), so stop() can wait for it.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker, self.thread = worker, thread
        document.set_live_training(True)
        self._screen_clock = time.thread_time()
        self._set_state(State.RUNNING)
        thread.start()

    @Slot()
    def _on_paused(self) -> None:
        if self.thread is not None:
            self._set_state(State.PAUSED)

    @Slot(object)
    def _apply_snapshot(self, snapshot: Snapshot) -> None:
        if self.worker is None:
            return
        self.document.set_parameters(snapshot.weights, snapshot.biases)
        if snapshot.finished_epochs:
            self.document.extend_history(snapshot.finished_epochs, self._epoch_offset)
        if snapshot.report is not None:
            self.last_report = snapshot.report
            self.progress.emit(snapshot.report)
        # The worker waits (holding no GIL) until the views have repainted. The paints come
        # through the event loop after this slot, in two rounds (a graphics scene first
        # gathers what changed, then its views repaint); a zero timer runs after each round.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._snapshot_shown))

    @Slot()
    def _snapshot_shown(self) -> None:
        """Hand the worker back the main thread's CPU time since the last snapshot (applying
        it, painting, anything else), so it spaces its snapshots to keep that share small."""
        now = time.thread_time()
        busy, self._screen_clock = now - self._screen_clock, now
        if self.worker is not None:
            self.worker.snapshot_taken(busy)

    @Slot(object, object)
    def _finish(self, snapshot: Snapshot | None, error: str | None) -> None:
        if self.thread is None:
            return
        # The views keep the last finished epoch's confusion counts, like the history they
        # plot; a run that finished no epoch (a step) has them counted at its final weights.
        reported = self.document.live_confusion is not None or (snapshot is not None and any(
            report.confusion is not None for report in snapshot.finished_epochs))
        if not reported:
            self.document.set_live_training(False)
        if snapshot is not None:
            self._apply_snapshot(snapshot)
        self.document.set_live_training(False)
        thread, self.thread, self.worker = self.thread, None, None
        thread.quit()
        thread.wait(STOP_WAIT_MS)
        thread.deleteLater()
        self._record_run()
        self._set_state(State.IDLE)
        self.runEnded.emit(error)

    def _record_run(self) -> None:
        """One undoable step for the whole run, so "Undo Train" restores the weights."""
        document = self.document
        after = copy_parameters(document.network)
        if all((a == b).all() for a, b in zip(after[0] + after[1],
                                               self._before[0] + self._before[1], strict=True)):
            return
        document.undo_stack.push(ReplaceParametersCommand(
            document, self._before, after, self.tr("Train"),
            history_before=self._history_before, history_after=document.history_copy(),
            already_done=True))

    def _forward_settings(self) -> None:
        """Hand the worker the settings that changed; they apply from its next iteration."""
        new = self.document.config.to_dict()
        changes = {name: value for name, value in new.items()
                   if value != self._config_sent.get(name) and name not in LOCAL_SETTINGS}
        self._config_sent = new
        if self.worker is not None and changes:
            self.worker.request_settings(**changes)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)
