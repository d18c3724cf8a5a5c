"""Spin boxes for training settings, each taking its range from the setting's one definition
(``engine.config.LIMITS``): the window offers exactly what TrainConfig, the command line and
the project files accept.

Numbers show as the shortest text that reads back to them (0.05, 1e-05) and may be typed in
scientific notation (1e-3); the learning rate steps by a factor, as its slider does, since
10⁻⁴ and 10⁻¹ are equally usual.

A value the field cannot take is never changed or dropped without a word: when typing ends
on a number out of range, or on text that is not a number, the field keeps its value and
says why beside it (a tooltip at the field) and in ``refused``, which the training panel
shows as its message; so does a keystroke Qt drops (a letter typed into a number).
Whole-number fields let an out-of-range number be typed in full ("20000000" epochs is
refused whole, not cut to "2000000").
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QToolTip, QWidget

from engine.config import LIMITS, SETTING_NAMES

#: QDoubleSpinBox rounds every value to this many decimals: as many as a double has
ALL_DECIMALS = 323
#: how much one step of a log-scaled field multiplies its value by
LOG_STEP = 10 ** 0.1


def whole_field(name: str, parent: QWidget | None = None) -> QSpinBox:
    """A spin box for the whole-number setting ``name``, over its range."""
    return WholeField(name, parent)


def _why_refused(name: str, text: str, kept: str, typing: bool = False) -> str:
    """Why ``text`` is not a value of the setting ``name``, and what the field kept
    (``typing``: a keystroke refused, the field reads ``kept`` and takes it when the edit
    ends: the message names what was typed, "“c” cannot be typed into …", not the text it
    would have made, "not 200c" for "200abc" typed a key at a time)."""
    label = SETTING_NAMES.get(name, name)
    bounds = LIMITS[name]
    if typing and text.strip():
        return QCoreApplication.translate(
            "SettingFields", "“{typed}” cannot be typed into {setting}, which takes {kind} "
            "{range}; it reads {value}.").format(
                typed=_inserted(kept, text.strip()), setting=label, kind=bounds.kind,
                range=bounds.describe(), value=kept)
    if not text.strip():
        reason = QCoreApplication.translate("SettingFields", "{setting} needs a value").format(
            setting=label)
    else:
        reason = QCoreApplication.translate(
            "SettingFields", "{setting} must be {kind} {range}, not {text}").format(
            setting=label, kind=bounds.kind, range=bounds.describe(), text=text.strip())
    reason = reason[:1].upper() + reason[1:]
    if typing:
        # "kept 1000" beside a field reading 200, which training then took (tester)
        return QCoreApplication.translate("SettingFields", "{reason}; it reads {value}.").format(
            reason=reason, value=kept)
    return QCoreApplication.translate("SettingFields", "{reason}; kept {value}.").format(
        reason=reason, value=kept)


def _inserted(before: str, after: str) -> str:
    """What a keystroke put into ``before`` to make ``after`` (the text between their common
    start and end; all of ``after`` when it replaced a selection)."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (end < min(len(before), len(after)) - start
           and before[len(before) - 1 - end] == after[len(after) - 1 - end]):
        end += 1
    return after[start:len(after) - end] or after


def _shown(field: QAbstractSpinBox, number_text) -> str:
    """What a field reads while a keystroke is refused: the text last taken in this edit
    (else its value)."""
    return number_text(field._typed or "") or field.textFromValue(field.value())


def _typed(field: QAbstractSpinBox, text: str, state: QValidator.State) -> QValidator.State:
    """Remember ``text`` as what the field reads when Qt keeps it (``state`` not Invalid)."""
    if state is not QValidator.State.Invalid:
        field._typed = text
    return state


def _edit_ended(field: QAbstractSpinBox) -> None:
    field._typed = None


#: Qt fixes a refused text up more than once as one edit ends: say it once
_REPEAT_SECONDS = 0.5


def _say(field: QAbstractSpinBox, text: str) -> None:
    """Show ``text`` beside ``field`` and hand it to whoever listens to ``refused``."""
    now = time.monotonic()
    if text == field._last_said and now - field._said_at < _REPEAT_SECONDS:
        return
    field._last_said, field._said_at = text, now
    if field.isVisible():
        QToolTip.showText(field.mapToGlobal(QPoint(0, field.height())), text, field)
    field.refused.emit(text)


class WholeField(QSpinBox):
    """A spin box for the whole-number setting ``name``, over its range."""

    #: why a typed value was not taken (the field kept its value)
    refused = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self._last_said, self._said_at = "", 0.0
        bounds = LIMITS[name]
        self.setRange(int(bounds.least), int(bounds.most))
        self.setKeyboardTracking(False)
        #: the text this edit last took (what the field reads), None between edits
        self._typed: str | None = None
        self.editingFinished.connect(lambda: _edit_ended(self))

    def _number_text(self, text: str) -> str:
        """``text`` without the field's prefix and suffix (" epochs")."""
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, text: str, position: int):
        stripped = self._number_text(text)
        if stripped in ("", "-", "+"):
            return _typed(self, text, QValidator.State.Intermediate), text, position
        try:
            value = int(stripped)
        except ValueError:
            # Qt drops the keystroke: without a word the field would seem not to listen
            _say(self, _why_refused(self.name, stripped, _shown(self, self._number_text),
                                    typing=True))
            return QValidator.State.Invalid, text, position
        inside = self.minimum() <= value <= self.maximum()
        return (_typed(self, text, QValidator.State.Acceptable if inside
                       else QValidator.State.Intermediate), text, position)

    def fixup(self, text: str) -> str:
        _say(self, _why_refused(self.name, self._number_text(text),
                                self.textFromValue(self.value())))
        return text


class NumberField(QDoubleSpinBox):
    """A spin box for the real-valued setting ``name``; ``log``: steps multiply."""

    #: why a typed value was not taken (the field kept its value)
    refused = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None, log: bool = False):
        super().__init__(parent)
        self.name = name
        self._last_said, self._said_at = "", 0.0
        bounds = LIMITS[name]
        self.log = log
        self.setDecimals(ALL_DECIMALS)
        self.setRange(bounds.least, bounds.most)
        self.setKeyboardTracking(False)
        self._typed: str | None = None
        self.editingFinished.connect(lambda: _edit_ended(self))
        if not log:
            self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, position: int):
        stripped = text.strip()
        try:
            value = float(stripped)
        except ValueError:
            partial = stripped == "" or (stripped[-1] in "eE+-." and all(
                c in "0123456789.eE+-" for c in stripped))
            if partial:
                return _typed(self, text, QValidator.State.Intermediate), text, position
            # Qt drops the keystroke: without a word the field would seem not to listen
            _say(self, _why_refused(self.name, text, _shown(self, str.strip), typing=True))
            return QValidator.State.Invalid, text, position
        inside = self.minimum() <= value <= self.maximum() and math.isfinite(value)
        return (_typed(self, text, QValidator.State.Acceptable if inside
                       else QValidator.State.Intermediate), text, position)

    def fixup(self, text: str) -> str:
        _say(self, _why_refused(self.name, text, self.textFromValue(self.value())))
        return text

    def stepBy(self, steps: int) -> None:
        if not self.log:
            super().stepBy(steps)
            return
        self.setValue(float(f"{self.value() * LOG_STEP ** steps:.3g}"))
