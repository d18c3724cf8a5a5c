"""The training controller: starts, pauses, steps and stops the worker for the main window.

It owns the worker's QThread and is the only place that hands training results to the
session: each snapshot's weights, finished epochs and derived numbers, live
(``Session.show_progress``), and at the end the run as one undoable "Train" step
(``Session.finish_run``). Any edit of the document, opening another project or closing the
window stops the worker first, and no thread outlives its controller. The worker trains in a
process of its own where the platform allows (``training_process``), else on its thread
(``worker``); both take the same requests and send the same snapshots.
"""

from __future__ import annotations

import time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from engine import BackpropStudioError
from gui.training.pace import PACES, Pace
from gui.training.training_process import ProcessTrainingWorker, trains_apart
from gui.training.worker import Snapshot, TrainingWorker

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
    #: the pace training keeps changed (a Pace)
    paceChanged = Signal(object)

    def __init__(self, document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.state = State.IDLE
        self.thread: QThread | None = None
        self.worker: TrainingWorker | ProcessTrainingWorker | None = None
        self.run = None
        self.last_report = None
        #: how fast training goes (the speed control's choice); as fast as possible until set
        self.pace: Pace = PACES[-1]
        document.aboutToEdit.connect(self._stop_for_edit)
        #: the last run ended because the document was about to be edited
        self.stopped_for_edit = False
        document.configChanged.connect(self._forward_settings)
        # What the worker's derived numbers cover follows what the views look at.
        document.sampleChanged.connect(self._forward_view)
        document.planeChanged.connect(self._forward_view)
        self._config_sent = document.config.to_dict()
        #: functions the worker calls with each snapshot's derived numbers, on its thread,
        #: to make the views' pictures of them there (``add_preparer``)
        self.preparers: list = []

    def add_preparer(self, prepare) -> None:
        """Have every run's worker call ``prepare(derived)`` on its thread for each snapshot
        (a view's numpy-and-QImage work, cached where the view will look for it)."""
        self.preparers.append(prepare)

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

    def set_pace(self, pace: Pace) -> None:
        """Train at ``pace`` from now on (a run under way takes it from its next iteration)."""
        self.pace = pace
        if self.worker is not None:
            self.worker.request_pace(pace)
        self.paceChanged.emit(pace)

    def _stop_for_edit(self) -> None:
        """An edit stops the run first (recorded as it stands); its end says so."""
        if self.thread is not None:
            self.stopped_for_edit = True
            try:
                self.stop()
            finally:
                self.stopped_for_edit = False

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
            # Epoch ends report the confusion counts from outputs the trainer has anyway.
            self.run = document.session.start_run(confusion=True)
        except BackpropStudioError as error:
            self.runEnded.emit(str(error))
            return
        kind = ProcessTrainingWorker if trains_apart() else TrainingWorker
        worker = kind(self.run, pace=self.pace, preparers=self.preparers)
        self._config_sent = document.config.to_dict()
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
        self.document.session.show_progress(snapshot.weights, snapshot.biases,
                                            snapshot.finished, snapshot.derived)
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
        if snapshot is not None:
            self._apply_snapshot(snapshot)
        self.document.set_live_training(False)
        thread, self.thread, self.worker = self.thread, None, None
        thread.quit()
        thread.wait(STOP_WAIT_MS)
        thread.deleteLater()
        run, self.run = self.run, None
        recorded = self.document.session.finish_run(run)
        self._set_state(State.IDLE)
        report = self.last_report
        if not error and report is not None and report.worsened:
            error = report.message  # it ended worse than it started: as bad as diverging
        if error and recorded:
            # a run that diverged is kept, to look at; its weights may be far gone
            error = self.tr("{error}. Edit ▸ Undo Train puts back the weights from before the "
                            "run").format(error=error.rstrip("."))
        self.runEnded.emit(error)

    def _forward_settings(self) -> None:
        """Hand the worker the settings that changed; they apply from its next iteration."""
        new = self.document.config.to_dict()
        changes = {name: value for name, value in new.items()
                   if value != self._config_sent.get(name) and name not in LOCAL_SETTINGS}
        self._config_sent = new
        if self.worker is not None and changes:
            self.worker.request_settings(**changes)

    def _forward_view(self) -> None:
        """The worker's next derived numbers cover the plane and sample the views show."""
        if self.run is not None:
            self.run.view = (self.document.plane, self.document.selected_sample)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state)
