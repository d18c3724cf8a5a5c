"""The loss plot's legend fits its plot: in the default layout at 1280×800 the plot is about
100 px tall, and a column of two entries had its second ("validation", 验证) cut off."""

import numpy as np
from PySide6.QtWidgets import QApplication

from gui.plots.loss_plot import SeriesPlot


def test_both_legend_entries_lie_inside_a_short_plot(qtbot):
    plot = SeriesPlot("lossPlot", "cost C")
    qtbot.addWidget(plot)
    plot.resize(375, 100)
    plot.show_series(np.arange(1, 11), np.linspace(1, 0.1, 10), np.linspace(1, 0.2, 10))
    plot.show()
    qtbot.waitExposed(plot)
    QApplication.processEvents()
    item = plot.getPlotItem()
    legend, box = item.legend, item.getViewBox()
    assert len(legend.items) == 2
    inside = box.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    for sample, label in legend.items:
        assert inside.contains(label.sceneBoundingRect()), label.text
        assert inside.contains(sample.sceneBoundingRect())
