"""What the explorers share: a labelled slider of a real number, projector-sized plots and
fonts, and numbers written as the notes write them (a true minus sign)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from engine import notation
from gui import style
from gui.plots.export_menu import ExportMenu

#: readable from the back of a classroom
TICK_POINTS = 11
LABEL_POINTS = "13pt"
TITLE_STYLE = "font-size: 15pt; font-weight: bold;"
CURVE_COLOUR = "#1f5fbf"
DERIVATIVE_COLOUR = "#d9480f"


def number(value: float) -> str:
    """A number as the screen writes it: four significant digits and a minus sign (−)."""
    if value == 0:
        return "0"
    return notation.format_number(value).replace("-", "−")


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(TITLE_STYLE)
    label.setWordWrap(True)
    return label


def make_plot(name: str, x_label: str, y_label: str, parent=None) -> pg.PlotWidget:
    """A white plot with large ticks and labels, no pyqtgraph menu (ours: Show All, export)."""
    plot = pg.PlotWidget(parent, background="w", enableMenu=False,
                         viewBox=pg.ViewBox(enableMenu=False))
    plot.setObjectName(name)
    plot.export_menu = ExportMenu(plot, plot.getPlotItem, name, with_csv=True)
    item = plot.getPlotItem()
    style.cache_axes(item)
    font = QFont()
    font.setPointSize(TICK_POINTS)
    for axis, text in (("bottom", x_label), ("left", y_label)):
        item.getAxis(axis).setTickFont(font)
        item.getAxis(axis).enableAutoSIPrefix(False)
        item.getAxis(axis).setTextPen(pg.mkPen(style.LABEL))
        item.setLabel(axis, text, **{"font-size": LABEL_POINTS, "color": style.LABEL.name()})
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    return plot


class ValueSlider(QWidget):
    """``symbol = value`` beside a slider over [low, high] in steps of ``step``.

    The value is kept exactly as set (the perceptron's steps need not fall on the slider's
    ticks); moving the slider sets it to the tick.
    """

    valueChanged = Signal(float)

    def __init__(self, symbol: str, low: float, high: float, step: float, value: float,
                 tooltip: str = "", parent=None):
        super().__init__(parent)
        self.symbol, self.step = symbol, step
        self._value = float(value)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(round(low / step), round(high / step))
        self.slider.setPageStep(max(1, round(0.5 / step)))
        self.slider.setMinimumWidth(140)
        self.label = QLabel(self)
        self.label.setMinimumWidth(110)
        font = self.label.font()
        font.setPointSize(font.pointSize() + 3)
        self.label.setFont(font)
        if tooltip:
            self.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        self.set_value(value)
        self.slider.valueChanged.connect(self._moved)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` without announcing it (the slider at the nearest tick)."""
        self._value = float(value)
        self.slider.blockSignals(True)
        if math.isfinite(value):
            position = round(value / self.step)
            self.slider.setValue(max(self.slider.minimum(), min(self.slider.maximum(), position)))
        self.slider.blockSignals(False)
        self.label.setText(f"{self.symbol} = {number(self._value)}")

    def _moved(self, position: int) -> None:
        self._value = round(position * self.step, 10)
        self.label.setText(f"{self.symbol} = {number(self._value)}")
        self.valueChanged.emit(self._value)
