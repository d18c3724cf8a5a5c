"""The speed control (``trainingSpeed``): a slider over the paces of ``gui/training/pace.py``,
from one iteration a second to as fast as the machine goes, with the pace written beside it.

It sets the controller's pace, which a running worker takes from its next iteration; the
choice is the window's, not the project's (the command line always trains at full speed),
and is remembered between sessions.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from gui.training.pace import DEFAULT_PACE, FASTEST, PACES, SETTINGS_KEY, pace_at


class SpeedControl(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Speed"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("trainingSpeed")
        self.slider.setRange(0, FASTEST)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(self.tr(
            "How fast training runs: from one iteration a second, so a class can follow each "
            "update, to as fast as the machine goes"))
        caption.setBuddy(self.slider)
        self.readout = QLabel(self)
        self.readout.setObjectName("trainingSpeedText")
        # as wide as the widest pace in the interface's language, so the slider keeps its
        # length whichever pace is chosen
        metrics = self.readout.fontMetrics()
        self.readout.setMinimumWidth(max(metrics.horizontalAdvance(pace.text())
                                         for pace in PACES))
        layout.addWidget(caption)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.readout)
        stop = QSettings().value(SETTINGS_KEY, DEFAULT_PACE, type=int)
        self.slider.setValue(max(0, min(stop, FASTEST)))
        self.slider.valueChanged.connect(self._chosen)
        self._chosen(self.slider.value(), remember=False)

    def _chosen(self, stop: int, remember: bool = True) -> None:
        pace = pace_at(stop)
        self.readout.setText(pace.text())
        self.controller.set_pace(pace)
        if remember:
            QSettings().setValue(SETTINGS_KEY, stop)
