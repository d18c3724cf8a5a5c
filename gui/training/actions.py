"""The Train menu's actions and the status bar's progress, kept in step with the controller.

Idle: Train and the Steps are on. Running: Pause and Stop. Paused: Resume (the Train
action), Stop and the Steps. The status bar reads in the notes' terms: epoch k of n,
iteration i of ⌈N/m⌉ in this epoch, the current cost, samples per second and time left.
"""

from __future__ import annotations

import re
import time

import numpy as np
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from engine import notation
from gui.actions import ActionInfo, make_action
from gui.plots.loss_plot import training_cost_meaning
from gui.training.controller import State, TrainingController

#: an accelerator written after the words, as Chinese menus write it: "训练(&T)"
_TRAILING_ACCELERATOR = re.compile(r"\s*\(&\w\)$")


def button_text(text: str) -> str:
    """A menu text as the training panel's buttons show it, without its accelerator: "&Train"
    reads "Train" and "训练(&T)" reads "训练" (a tool button only drops the &, which would
    leave "训练(T)" on the button)."""
    return _TRAILING_ACCELERATOR.sub("", text).replace("&", "")


class TrainingActions(QObject):
    def __init__(self, window, controller: TrainingController):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.document = controller.document
        self.train = make_action(window, ActionInfo(
            "actionTrain", self.tr("&Train"), "F5",
            self.tr("Train the network on the data (F5)")))
        self.pause = make_action(window, ActionInfo(
            "actionPause", self.tr("&Pause"), "F6",
            self.tr("Pause training; Train resumes it (F6)")))
        self.stop = make_action(window, ActionInfo(
            "actionStop", self.tr("&Stop"), "Shift+F5", self.tr("Stop training (Shift+F5)")))
        self.step = make_action(window, ActionInfo(
            "actionStep", self.tr("Step &Iteration"), "F10",
            self.tr("Train one iteration (one batch), then pause (F10)")))
        self.step_epoch = make_action(window, ActionInfo(
            "actionStepEpoch", self.tr("Step &Epoch"), "Shift+F10",
            self.tr("Train one epoch, then pause (Shift+F10)")))
        self.reset = make_action(window, ActionInfo(
            "actionResetWeights", self.tr("&Reset Weights"), "Ctrl+R",
            self.tr("Draw new initial weights from the seed (undoable)")))
        for action in self.actions:
            action.setIconText(button_text(action.text()))
        self.train.triggered.connect(controller.train)
        self.pause.triggered.connect(controller.pause)
        self.stop.triggered.connect(controller.stop)
        self.step.triggered.connect(lambda: controller.step("iteration"))
        self.step_epoch.triggered.connect(lambda: controller.step("epoch"))
        self.reset.triggered.connect(self.reset_weights)
        controller.stateChanged.connect(self._update)
        self._update(controller.state)

    @property
    def actions(self):
        return [self.train, self.pause, self.stop, self.step, self.step_epoch, self.reset]

    def reset_weights(self) -> None:
        """New initial weights from the training seed, as one undoable edit."""
        self.controller.stop()
        self.document.reset_weights()

    def _update(self, state: State) -> None:
        idle, running, paused = (state is State.IDLE, state is State.RUNNING,
                                 state is State.PAUSED)
        self.train.setEnabled(not running)
        self.train.setText(self.tr("&Resume") if paused else self.tr("&Train"))
        self.train.setIconText(button_text(self.train.text()))
        self.pause.setEnabled(running)
        self.stop.setEnabled(not idle)
        self.step.setEnabled(not running)
        self.step_epoch.setEnabled(not running)


#: what the status bar says when a run ends for a reason of its own (the report's stop_reason)
OUTCOMES = {
    "epochs": QT_TRANSLATE_NOOP("TrainingStatus", "Training finished: {k} epochs"),
    # the same when the run went on from earlier epochs, so the count and the epoch differ
    "epochs_more": QT_TRANSLATE_NOOP("TrainingStatus",
                                     "Training finished: {k} more epochs, now at epoch {p}"),
    "target_loss": QT_TRANSLATE_NOOP("TrainingStatus",
                                     "Stopped at epoch {p}: the loss reached the target"),
    "early_stopping": QT_TRANSLATE_NOOP(
        "TrainingStatus", "Stopped early at epoch {p}: the validation loss stopped improving; "
        "the best weights are kept"),
    "converged": QT_TRANSLATE_NOOP("TrainingStatus",
                                   "Converged at epoch {p}: every sample is classified right"),
}


class TrainingStatus(QObject):
    """A progress bar and a line of figures in the status bar, fed by the controller.

    Epochs are counted as the loss plot counts them, from the project's first in this run;
    the figures of a run (its progress, its speed, the time left) show only while it runs.
    Idle, the line says where the project stands, read from its history, so it is never
    left over from another project or an earlier run.
    """

    def __init__(self, status_bar: QStatusBar, controller: TrainingController):
        super().__init__(status_bar)
        self.label = QLabel(status_bar)
        self.label.setObjectName("trainingStatus")
        self.label.setContentsMargins(16, 0, 0, 0)  # apart from the data's label before it
        self.bar = QProgressBar(status_bar)
        self.bar.setObjectName("trainingProgress")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(True)
        self.bar.hide()
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)
        self.status_bar = status_bar
        self.controller = controller
        self.document = controller.document
        self._wall = _RunClock()
        self._rate = _RecentRate()
        self._last = None
        #: the message of a run an edit stopped outlives that edit's own signals
        self._keep_message = False
        controller.progress.connect(self.show_report)
        controller.runEnded.connect(self.run_ended)
        controller.stateChanged.connect(self.state_changed)
        controller.paceChanged.connect(self._pace_changed)
        self.document.historyChanged.connect(self._show_idle)
        self._edits_since_start = self.document.undo_stack.index() > 0
        self.document.undo_stack.indexChanged.connect(self._edited)
        # what the last run ended with does not describe another project or other data
        for signal in (self.document.pathChanged, self.document.dataChanged,
                       self.document.specChanged):
            signal.connect(self._forget_last_run)
        self._show_idle()

    def show_report(self, report) -> None:
        run = self.controller.run
        offset = run.epoch_offset if run is not None else 0
        project_epoch = offset + report.epoch
        done_iterations = (report.epoch - 1) * report.iterations_per_epoch
        in_epoch = report.iteration - done_iterations if not report.epoch_done \
            else report.iterations_per_epoch
        total = report.epochs * report.iterations_per_epoch
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(report.iteration, total))
        # counted as the label and the loss plot count: from the project's first epoch
        text = self.tr("epoch {p} of {n}").format(p=f"{project_epoch:,}",
                                                  n=f"{offset + report.epochs:,}")
        self.bar.setFormat(text)
        needed = self.bar.fontMetrics().horizontalAdvance(text) + 24
        if needed > self.bar.minimumWidth():  # a long run's counts: the text stays whole
            self.bar.setMinimumWidth(needed)
            self.bar.setMaximumWidth(max(needed, self.bar.maximumWidth()))
        self.bar.show()
        self._last = (project_epoch, in_epoch, report)
        if self.controller.state is State.PAUSED:
            self._say_paused()
            return
        # Rates by the wall clock over the last few seconds: the trainer's own clock leaves
        # out the pace's waits, and a pace changed mid-run must show within seconds.
        per_second = self._rate.iterations_per_second(self._wall.seconds(), report.iteration,
                                                      report.iterations_per_epoch)
        samples = len(self.document.training.X) / max(report.iterations_per_epoch, 1)
        left = max(total - report.iteration, 0)
        self.label.setText(self.tr(
            "epoch {p} · iteration {i} of {m} · C = {loss} · {speed} samples/s · {eta} left"
            ).format(p=f"{project_epoch:,}", i=f"{in_epoch:,}",
                     m=f"{report.iterations_per_epoch:,}",
                     loss=f"{report.train_loss:.4g}", speed=_count(per_second * samples),
                     eta=_duration(left / per_second) if per_second > 0 else "–"))
        if not self.status_bar.currentMessage():  # a widget's tip under the mouse, or an
            self._say_running()                   # edit's word, took the run's away

    def _say_paused(self) -> None:
        """Paused: where the run stands, without a speed or a time left that no longer run."""
        if self._last is None:
            return
        project_epoch, in_epoch, report = self._last
        self.label.setText(self.tr("paused at epoch {p} · iteration {i} of {m} · C = {loss}")
                           .format(p=f"{project_epoch:,}", i=f"{in_epoch:,}",
                                   m=f"{report.iterations_per_epoch:,}",
                                   loss=f"{report.train_loss:.4g}"))

    def state_changed(self, state: State) -> None:
        if state is State.PAUSED:
            self._wall.pause()
            self._say_paused()
            self.status_bar.showMessage(self.tr("Paused"))
        elif state is State.RUNNING:
            if self._wall.started:
                self._wall.resume()
            else:
                self._wall.start()
                self._rate = _RecentRate()
                self._last = None
            self._say_running()
        else:
            self._wall.stop()

    def _pace_changed(self, pace) -> None:
        """The rate is measured afresh: the last seconds at the old pace say nothing of the
        new one (going from the fastest to 5 epochs/s said 18,061 samples/s for seconds)."""
        self._rate = _RecentRate(pace)
        self._say_running()

    def _say_running(self) -> None:
        if self.controller.state is State.RUNNING:
            pace = self.controller.pace
            self.status_bar.showMessage(
                self.tr("Training as fast as possible…") if pace.fastest else
                self.tr("Training at {pace}…").format(pace=pace.text()))

    def run_ended(self, error) -> None:
        self.bar.hide()
        report = self.controller.last_report
        self._show_idle()
        if error:
            self.status_bar.showMessage(notation.sentence(error), 20000)
            return
        history = self.document.history
        last = history.last_epoch()
        reason = getattr(report, "stop_reason", None)
        if report is not None and report.message:
            text = notation.sentence(report.message)
        elif reason in OUTCOMES:
            if reason == "epochs" and report.epoch != last:
                reason = "epochs_more"
            text = self.tr(OUTCOMES[reason]).format(k=f"{report.epoch:,}", p=f"{last:,}")
        elif self.controller.stopped_for_edit:
            # short enough for the status bar beside the data and the figures at 1280 px
            text = self.tr("Training stopped at epoch {p} for your edit (Undo undoes only the "
                           "edit)").format(p=f"{last:,}")
            # the change comes next, and says it changed the data: this stays
            self._keep_message = True
            QTimer.singleShot(0, self, lambda: self._after_edit(last))
        else:
            text = self.tr("Training stopped at epoch {p}").format(p=f"{last:,}")
        self.status_bar.showMessage(text, 20000)

    def _after_edit(self, stopped_at: int) -> None:
        """Once the edit that stopped a run is made: when it was Undo, which takes the run
        itself back (the weights return to where it started), say that instead."""
        self._keep_message = False
        # Undo leaves the run to redo; any other edit is pushed, and leaves nothing to redo
        if self.document.undo_stack.canRedo() and self.document.history.last_epoch() < stopped_at:
            self.status_bar.showMessage(self.tr(
                "Training stopped at epoch {p} and undone: the weights are back where the run "
                "started (Redo brings the run back)").format(p=f"{stopped_at:,}"), 20000)

    def _forget_last_run(self) -> None:
        if self.controller.state is State.IDLE and not self._keep_message:
            self.status_bar.clearMessage()

    def _edited(self, index: int) -> None:
        """Something was done (or undone back to the start: ``index`` 0): weights adopted
        from the optimizer race, imported or typed are no longer "not trained yet"."""
        self._edits_since_start = index > 0
        if shiboken6.isValid(self.label):  # (the window may be closing)
            self._show_idle()

    def _show_idle(self) -> None:
        """Where the project stands: its last epoch and cost (nothing left of a run)."""
        if self.controller.state is not State.IDLE:
            return
        self.bar.hide()
        history = self.document.history
        epoch = history.last_epoch()
        self.label.setToolTip("")
        if epoch == 0:
            # earlier runs (other data, an edit, reset weights) are not this one's epochs,
            # though their weights may be: no "not trained" when the weights carry over; nor
            # once anything was done (weights adopted from the optimizer race, imported or
            # typed are trained ones, with no epochs here)
            if len(history):
                self.label.setText(self.tr("a new run: no epochs yet"))
            elif self._edits_since_start:
                self.label.setText(self.tr("no epochs yet"))
            else:
                self.label.setText(self.tr("not trained yet"))
            return
        loss = history.train_loss[-1]
        text = self.tr("epoch {p} · C = {loss}").format(p=f"{epoch:,}", loss=f"{loss:.4g}")
        now = self._cost_after_an_edit(loss)
        if now is not None:
            # a weight typed since: the last epoch's C alone read as the cost now (tester)
            text += self.tr(" · edited since: C = {now}").format(now=f"{now:.4g}")
        self.label.setText(text)
        self.label.setToolTip(training_cost_meaning())

    def _cost_after_an_edit(self, loss: float) -> float | None:
        """The cost at the weights now when an edit since the last Train changed them (the
        derived numbers' own, at those weights), else None."""
        stack = self.document.undo_stack
        if not shiboken6.isValid(stack):  # (the window closing: its stack cleared and gone)
            return None
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if getattr(getattr(top, "command", None), "template", None) in (None, "Train"):
            return None
        now = self.document.derived.evaluation.cost
        return now if now != loss and np.isfinite(now) else None


class _RunClock:
    """Seconds a run has been training by the wall clock, pauses left out (the trainer's own
    clock leaves out the pace's waits too, so it cannot tell the time left)."""

    def __init__(self):
        self.started = False
        self._total, self._since = 0.0, None

    def start(self) -> None:
        self.started, self._total, self._since = True, 0.0, time.perf_counter()

    def pause(self) -> None:
        if self._since is not None:
            self._total += time.perf_counter() - self._since
            self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = time.perf_counter()

    def stop(self) -> None:
        self.pause()
        self.started = False

    def seconds(self) -> float:
        running = 0.0 if self._since is None else time.perf_counter() - self._since
        return self._total + running


class _RecentRate:
    """Iterations a second over the last WINDOW seconds of a run's clock; ``since_pace``:
    counted from a change of pace, and until there is enough to tell, the pace's own."""

    WINDOW = 3.0

    def __init__(self, since_pace=None):
        self._marks: list[tuple[float, int]] = []
        self._pace = since_pace

    def iterations_per_second(self, seconds: float, iteration: int,
                              iterations_per_epoch: int = 1) -> float:
        self._marks.append((seconds, iteration))
        while len(self._marks) > 2 and self._marks[1][0] < seconds - self.WINDOW:
            self._marks.pop(0)
        (t0, i0), (t1, i1) = self._marks[0], self._marks[-1]
        pace = self._pace
        paced = None
        if pace is not None and not pace.fastest:
            paced = pace.per_second * (1 if pace.unit == "iteration" else iterations_per_epoch)
        if t1 - t0 < 0.2:  # too short to tell: the new pace, or the whole run so far
            if paced is not None:
                return paced
            return iteration / seconds if seconds > 0 else 0.0
        rate = (i1 - i0) / (t1 - t0)
        # a paced run never trains faster than its pace: more is the old pace's last epochs
        # arriving (the worker takes a new pace a few milliseconds late, and at the fastest
        # pace a busy machine let a hundred epochs through: "2,187 samples/s" at 5 epochs/s)
        return rate if paced is None else min(rate, paced)


def _duration(seconds: float) -> str:
    if seconds != seconds or seconds == float("inf"):
        return "–"
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _count(value: float) -> str:
    if value != value or value == float("inf"):
        return "–"
    return f"{value:,.0f}"
