"""The training panel (``trainingPanel``): the controls of a run and every training setting.

The run's buttons, the speed control and the panel's message stay at the top; only the
settings below them scroll, so Train, Pause and Stop are always on screen.

Each control writes through ``document.set_config`` (one undoable edit; a value TrainConfig
refuses is explained and the control snaps back) and is refreshed from the document when
its settings change, with signals blocked while it pulls, so nothing echoes. While a run is
under way the controller hands changed settings to the worker, from its next iteration.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import BackpropStudioError, notation, optimizers
from engine.config import LIMITS, MODE_DESCRIPTIONS, MODE_TITLES, SETTING_NAMES
from gui.panels.initialisation import InitialisationBox
from gui.panels.setting_fields import NumberField, whole_field
from gui.panels.speed_control import SpeedControl

#: the learning-rate slider covers the usual rates, on a log scale
LR_MIN_EXP, LR_MAX_EXP = (round(math.log10(v)) for v in LIMITS["learning_rate"].usual)
LR_STEPS_PER_DECADE = 100

# The choices' texts are marked for lupdate here and translated where the combo boxes are
# filled, in the TrainingPanel's context.
SCHEDULES = (("constant", QT_TRANSLATE_NOOP("TrainingPanel", "Constant")),
             ("step", QT_TRANSLATE_NOOP("TrainingPanel", "Step decay")),
             ("exponential", QT_TRANSLATE_NOOP("TrainingPanel", "Exponential")))


class TrainingPanel(QWidget):
    def __init__(self, document, actions, controller=None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.document = document
        self.controller = controller
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addLayout(self._buttons(actions))
        self.speed = SpeedControl(controller, self) if controller is not None else None
        if self.speed is not None:
            outer.addWidget(self.speed)
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        settings = QWidget(self)
        layout = QVBoxLayout(settings)
        layout.setContentsMargins(0, 0, 0, 0)
        # what a lesson changes most comes first: the update rule and η, then the batching
        layout.addWidget(self._optimizer_group())
        layout.addWidget(self._batching_group())
        self.initialisation = InitialisationBox(document, self)
        layout.addWidget(self.initialisation)
        layout.addWidget(self._regularisation_group())
        layout.addWidget(self._stopping_group())
        layout.addStretch(1)
        scroll = _SettingsScroll(self)
        scroll.setObjectName("trainingSettings")
        scroll.setWidget(settings)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)
        # under the settings, not above them: a message coming or going must not move the
        # fields under the pointer
        outer.addWidget(self.message)
        if controller is not None:
            controller.runEnded.connect(self._run_ended)
            controller.notice.connect(self.show_message)
        document.configChanged.connect(self.refresh)
        document.specChanged.connect(self.refresh)
        # A message about the last attempt (the step activation cannot be trained, a setting
        # refused) is out of date once the network or the data change.
        for signal in (document.specChanged, document.dataChanged, document.pathChanged):
            signal.connect(lambda: self.show_message(""))
        # So is one about a run once it is undone (or anything else is done or undone): a
        # slot of this panel, so that a window built again around the document (another
        # language) leaves no connection to this one behind
        document.undo_stack.indexChanged.connect(self._forget_message)
        # and one about a setting refused once a run starts with the setting as it is (the
        # refused η's message stayed up beside a run training at the old one, tester)
        document.liveTrainingChanged.connect(self._run_started)
        self.refresh()

    # ---- building ----------------------------------------------------------------------
    def _buttons(self, actions) -> QGridLayout:
        grid = QGridLayout()
        for index, action in enumerate(actions):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // 2, index % 2)
        return grid

    def _batching_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gradient descent"), self)
        form = QFormLayout(box)
        self.mode = self._combo(MODE_TITLES, "mode", MODE_DESCRIPTIONS)
        self.batch_size = self._spin("batch_size")
        self.epochs = self._spin("epochs")
        self.shuffle = QCheckBox(self.tr("shuffle each epoch"), self)
        self.shuffle.toggled.connect(lambda on: self._set(shuffle=on))
        self.seed = self._spin("seed")
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Batch size m"), self.batch_size)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow("", self.shuffle)
        form.addRow(self.tr("Seed"), self.seed)
        return box

    def _optimizer_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Update rule"), self)
        form = QFormLayout(box)
        self.optimizer = self._combo(optimizers.TITLES, "optimizer",
                                     optimizers.DESCRIPTIONS)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.lr_slider.setRange(0, (LR_MAX_EXP - LR_MIN_EXP) * LR_STEPS_PER_DECADE)
        self.lr_slider.setToolTip(self.tr("Learning rate η on a log scale, the usual rates "
                                          "from 10⁻⁵ to 10; type any other in the field"))
        self.lr_slider.valueChanged.connect(
            lambda step: self._set(learning_rate=float(f"{_slider_to_lr(step):.3g}")))
        self.learning_rate = self._double("learning_rate", log=True)
        self.momentum = self._double("momentum")
        self.beta1 = self._double("adam_beta1")
        self.beta2 = self._double("adam_beta2")
        self.alpha = self._double("rmsprop_alpha")
        self.weight_decay = self._double("weight_decay")
        self.l1 = self._double("l1")
        self.schedule = self._combo(SCHEDULES, "schedule")
        self.decay_every = self._spin("decay_every")
        self.decay_rate = self._double("decay_rate")
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Learning rate η"), self.learning_rate)
        form.addRow("", self.lr_slider)
        self.rows = {}
        for label, widget in ((self.tr("Momentum"), self.momentum),
                              (self.tr("Adam β₁"), self.beta1), (self.tr("Adam β₂"), self.beta2),
                              (self.tr("RMSprop α"), self.alpha)):
            form.addRow(label, widget)
            self.rows[widget] = form
        return box

    def _regularisation_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Regularisation and schedule"), self)
        form = QFormLayout(box)
        for label, widget in ((self.tr("Weight decay λ₂"), self.weight_decay),
                              (self.tr("L1 λ₁"), self.l1), (self.tr("Schedule"), self.schedule),
                              (self.tr("Decay every"), self.decay_every),
                              (self.tr("Decay rate"), self.decay_rate)):
            form.addRow(label, widget)
            self.rows[widget] = form
        self.regularisation = box
        return box

    def _stopping_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stop early"), self)
        form = QFormLayout(box)
        self.use_target = QCheckBox(self.tr("at loss ≤"), self)
        self.target_loss = NumberField("target_loss", self)
        self.target_loss.setValue(0.01)
        self.use_patience = QCheckBox(self.tr("patience"), self)
        self.patience = whole_field("patience", self)
        self.patience.setValue(10)
        self.patience.setSuffix(self.tr(" epochs"))
        self.patience.setToolTip(self.tr("Stop when the validation loss has not improved for "
                                         "this many epochs, and keep the best weights"))
        for widget in (self.use_target, self.target_loss, self.use_patience, self.patience):
            signal = widget.toggled if isinstance(widget, QCheckBox) else widget.valueChanged
            signal.connect(self._set_stop_rules)
        for field in (self.target_loss, self.patience):
            field.refused.connect(self.show_message)
        form.addRow(self.use_target, self.target_loss)
        form.addRow(self.use_patience, self.patience)
        return box

    def _combo(self, choices, field: str, descriptions=None) -> QComboBox:
        """A combo box of ``choices``: the engine's names of a setting's values (read in the
        language of the moment, each ``descriptions``' sentence its tooltip), or (value,
        English text) pairs marked in this panel's context."""
        combo = QComboBox(self)
        pairs = choices.items() if isinstance(choices, Mapping) else (
            (value, self.tr(text)) for value, text in choices)
        for value, text in pairs:
            combo.addItem(text, value)
            if descriptions is not None:
                combo.setItemData(combo.count() - 1, descriptions[value],
                                  Qt.ItemDataRole.ToolTipRole)
        combo.currentIndexChanged.connect(lambda _: self._set(**{field: combo.currentData()}))
        return combo

    def _spin(self, field: str):
        spin = whole_field(field, self)
        spin.valueChanged.connect(lambda value: self._set(**{field: value}))
        spin.refused.connect(self.show_message)
        return spin

    def _double(self, field: str, log: bool = False) -> NumberField:
        spin = NumberField(field, self, log=log)
        spin.valueChanged.connect(lambda value: self._set(**{field: value}))
        spin.refused.connect(self.show_message)
        return spin

    # ---- writing back ------------------------------------------------------------------
    def _set(self, **changes) -> None:
        try:
            self.document.set_config(**changes)
        except BackpropStudioError as refused:
            self.show_message(str(refused))
            self.refresh()
            return
        self.show_message("")

    def _set_stop_rules(self) -> None:
        self._set(target_loss=self.target_loss.value() if self.use_target.isChecked() else None,
                  patience=self.patience.value() if self.use_patience.isChecked() else None)

    def _run_ended(self, error) -> None:
        """Why the run could not go on, or what it found that is not the end of its epochs
        (the perceptron rule's "not linearly separable"); else nothing."""
        report = self.controller.last_report
        if not error and report is not None and report.message:
            error = report.message
        self.show_message(error or "")

    @Slot(bool)
    def _run_started(self, live: bool) -> None:
        if live:
            self.show_message("")

    @Slot(int)
    def _forget_message(self, _index: int) -> None:
        self.show_message("")

    def show_message(self, text: str) -> None:
        for field, name in SETTING_NAMES.items():  # "learning_rate" as a user reads it
            if "_" in field:  # only the code's names, not words such as "epochs"
                text = re.sub(rf"\b{field}\b", name, text)
        self.message.setText(notation.sentence(text) if text else "")
        self.message.setVisible(bool(text))

    # ---- reading from the document -----------------------------------------------------
    def refresh(self) -> None:
        config = self.document.config
        widgets = [self.mode, self.batch_size, self.epochs, self.shuffle, self.seed,
                   self.optimizer, self.lr_slider, self.learning_rate, self.momentum, self.beta1,
                   self.beta2, self.alpha, self.weight_decay, self.l1, self.schedule,
                   self.decay_every, self.decay_rate, self.use_target, self.target_loss,
                   self.use_patience, self.patience]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.mode.setCurrentIndex(self.mode.findData(config.mode))
            self.batch_size.setValue(config.batch_size)
            self.epochs.setValue(config.epochs)
            self.shuffle.setChecked(config.shuffle)
            self.seed.setValue(config.seed)
            self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
            self.learning_rate.setValue(config.learning_rate)
            self.lr_slider.setValue(_lr_to_slider(config.learning_rate))
            self.momentum.setValue(config.momentum)
            self.beta1.setValue(config.adam_beta1)
            self.beta2.setValue(config.adam_beta2)
            self.alpha.setValue(config.rmsprop_alpha)
            self.weight_decay.setValue(config.weight_decay)
            self.l1.setValue(config.l1)
            self.schedule.setCurrentIndex(self.schedule.findData(config.schedule))
            self.decay_every.setValue(config.decay_every)
            self.decay_rate.setValue(config.decay_rate)
            self.use_target.setChecked(config.target_loss is not None)
            if config.target_loss is not None:
                self.target_loss.setValue(config.target_loss)
            self.use_patience.setChecked(config.patience is not None)
            if config.patience is not None:
                self.patience.setValue(config.patience)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_relevant(config)

    def _show_relevant(self, config) -> None:
        """Show only the settings the chosen mode and optimizer use."""
        gradient = config.mode != "perceptron"
        self.batch_size.setEnabled(config.mode == "minibatch")
        shown = {
            self.momentum: gradient and config.optimizer in ("momentum", "nesterov"),
            self.beta1: gradient and config.optimizer == "adam",
            self.beta2: gradient and config.optimizer == "adam",
            self.alpha: gradient and config.optimizer == "rmsprop",
            self.weight_decay: gradient, self.l1: gradient, self.schedule: gradient,
            self.decay_every: gradient and config.schedule == "step",
            self.decay_rate: gradient and config.schedule != "constant",
        }
        for widget, visible in shown.items():
            self.rows[widget].setRowVisible(widget, visible)
        self.optimizer.setEnabled(gradient)
        self.regularisation.setVisible(gradient)
        self.target_loss.setEnabled(self.use_target.isChecked())
        self.patience.setEnabled(self.use_patience.isChecked())
        has_validation = self.document.training.X_val is not None
        self.use_patience.setEnabled(has_validation)
        if not has_validation:
            self.use_patience.setToolTip(self.tr("Early stopping needs validation data"))


def _slider_to_lr(step: int) -> float:
    return 10.0 ** (LR_MIN_EXP + step / LR_STEPS_PER_DECADE)


def _lr_to_slider(learning_rate: float) -> int:
    exponent = math.log10(max(learning_rate, 10.0**LR_MIN_EXP))
    return round((min(exponent, LR_MAX_EXP) - LR_MIN_EXP) * LR_STEPS_PER_DECADE)


class _SettingsScroll(QScrollArea):
    """The settings' scroll area: it scrolls up and down only, so it is never narrower than
    its fields (in classroom type at 200 % the optimizer's box and the spin boxes were cut
    at the dock's right edge, with no way to reach them)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = (content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        return QSize(max(hint.width(), width), hint.height())
