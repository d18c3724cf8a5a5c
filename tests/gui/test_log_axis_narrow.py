"""A log axis narrower than half a decade (the optimizer race's costs between 0.10 and 0.13)
had no power of ten, nor 2 or 5 times one, inside it, and showed no number (tester): it is
ticked at round values in between."""

import math

import numpy as np
import pyqtgraph as pg

from gui.plots.log_axis import label_what_fits, narrow_ticks


def test_round_values_inside_a_narrow_range():
    values = [10 ** v for v in narrow_ticks(math.log10(0.10), math.log10(0.13))]
    assert np.allclose(values, [0.10, 0.11, 0.12, 0.13])
    assert narrow_ticks(0.0, 0.0) == []


def test_a_narrow_log_plot_has_numbered_ticks(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    plot.setLogMode(y=True)
    axis = plot.getAxis("left")
    label_what_fits(axis)
    plot.plot(np.arange(50), np.linspace(0.104, 0.128, 50))
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: axis.range[1] < 0)  # the view fitted to the curve
    low, high = axis.range
    levels = axis.tickValues(low, high, 300)
    values = [v for _spacing, level in levels for v in level]
    texts = [t for t in axis.tickStrings(values, 1.0, None) if t]
    assert len(texts) >= 2 and all(float(t) < 0.2 for t in texts)
