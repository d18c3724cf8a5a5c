"""The Train menu's actions and the status bar's progress, kept in step with the controller.

Idle: Train and the Steps are on. Running: Pause and Stop. Paused: Resume (the Train
action), Stop and the Steps. The status bar reads in the notes' terms: epoch k of n,
iteration i of ⌈N/m⌉ in this epoch, the current cost, samples per second and time left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from gui.actions import ActionInfo, make_action
from gui.training.controller import State, TrainingController


class TrainingActions(QObject):
    def __init__(self, window, controller: TrainingController):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.document = controller.document
        tr = self.tr
        self.train = make_action(window, ActionInfo(
            "actionTrain", tr("&Train"), "F5", tr("Train the network on the data (F5)")))
        self.pause = make_action(window, ActionInfo(
            "actionPause", tr("&Pause"), "F6", tr("Pause training; Train resumes it (F6)")))
        self.stop = make_action(window, ActionInfo(
            "actionStop", tr("&Stop"), "Shift+F5", tr("Stop training (Shift+F5)")))
        self.step = make_action(window, ActionInfo(
            "actionStep", tr("Step &Iteration"), "F10",
            tr("Train one iteration (one batch), then pause (F10)")))
        self.step_epoch = make_action(window, ActionInfo(
            "actionStepEpoch", tr("Step &Epoch"), "Shift+F10",
            tr("Train one epoch, then pause (Shift+F10)")))
        self.reset = make_action(window, ActionInfo(
            "actionResetWeights", tr("&Reset Weights"), "Ctrl+R",
            tr("Draw new initial weights from the seed (undoable)")))
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
        self.pause.setEnabled(running)
        self.stop.setEnabled(not idle)
        self.step.setEnabled(not running)
        self.step_epoch.setEnabled(not running)


class TrainingStatus(QObject):
    """A progress bar and a line of figures in the status bar, fed by the controller."""

    def __init__(self, status_bar: QStatusBar, controller: TrainingController):
        super().__init__(status_bar)
        self.label = QLabel(status_bar)
        self.label.setObjectName("trainingStatus")
        self.bar = QProgressBar(status_bar)
        self.bar.setObjectName("trainingProgress")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(True)
        self.bar.hide()
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)
        self.status_bar = status_bar
        controller.progress.connect(self.show_report)
        controller.runEnded.connect(self.run_ended)
        controller.stateChanged.connect(self.state_changed)

    def show_report(self, report) -> None:
        done_iterations = (report.epoch - 1) * report.iterations_per_epoch
        in_epoch = report.iteration - done_iterations if not report.epoch_done \
            else report.iterations_per_epoch
        total = report.epochs * report.iterations_per_epoch
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(report.iteration, total))
        self.bar.setFormat(self.tr("epoch {k}/{n}").format(k=report.epoch, n=report.epochs))
        self.bar.show()
        eta = _eta(report, total)
        self.label.setText(self.tr(
            "epoch {k} of {n} · iteration {i} of {m} · C = {loss} · {speed} samples/s · "
            "{eta} left").format(
                k=report.epoch, n=report.epochs, i=in_epoch, m=report.iterations_per_epoch,
                loss=f"{report.train_loss:.4g}", speed=_count(report.samples_per_second),
                eta=eta))

    def state_changed(self, state: State) -> None:
        if state is State.PAUSED:
            self.status_bar.showMessage(self.tr("Paused"))
        elif state is State.RUNNING:
            self.status_bar.showMessage(self.tr("Training…"))

    def run_ended(self, error) -> None:
        self.bar.hide()
        self.status_bar.showMessage(error if error else self.tr("Training finished"), 15000)


def _eta(report, total_iterations: int) -> str:
    if report.iteration <= 0 or report.elapsed <= 0:
        return "–"
    seconds = report.elapsed / report.iteration * max(total_iterations - report.iteration, 0)
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _count(value: float) -> str:
    if value != value or value == float("inf"):
        return "–"
    return f"{value:,.0f}"
