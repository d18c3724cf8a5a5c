"""Spin boxes for training settings, each taking its range from the setting's one definition
(``engine.config.LIMITS``): the window offers exactly what TrainConfig, the command line and
the project files accept.

Numbers show as the shortest text that reads back to them (0.05, 1e-05) and may be typed in
scientific notation (1e-3); the learning rate steps by a factor, as its slider does, since
10⁻⁴ and 10⁻¹ are equally usual.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from engine.config import LIMITS

#: QDoubleSpinBox rounds every value to this many decimals: as many as a double has
ALL_DECIMALS = 323
#: how much one step of a log-scaled field multiplies its value by
LOG_STEP = 10 ** 0.1


def whole_field(name: str, parent: QWidget | None = None) -> QSpinBox:
    """A spin box for the whole-number setting ``name``, over its range."""
    bounds = LIMITS[name]
    spin = QSpinBox(parent)
    spin.setRange(int(bounds.least), int(bounds.most))
    spin.setKeyboardTracking(False)
    return spin


class NumberField(QDoubleSpinBox):
    """A spin box for the real-valued setting ``name``; ``log``: steps multiply."""

    def __init__(self, name: str, parent: QWidget | None = None, log: bool = False):
        super().__init__(parent)
        bounds = LIMITS[name]
        self.log = log
        self.setDecimals(ALL_DECIMALS)
        self.setRange(bounds.least, bounds.most)
        self.setKeyboardTracking(False)
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
            state = QValidator.State.Intermediate if partial else QValidator.State.Invalid
            return state, text, position
        inside = self.minimum() <= value <= self.maximum() and math.isfinite(value)
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, position)

    def stepBy(self, steps: int) -> None:
        if not self.log:
            super().stepBy(steps)
            return
        self.setValue(float(f"{self.value() * LOG_STEP ** steps:.3g}"))
