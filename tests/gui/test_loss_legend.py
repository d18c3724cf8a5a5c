"""The loss plot's legend fits its plot: in the default layout at 1280×800 the plot is about
100 px tall, and a column of two entries had its second ("validation", 验证) cut off."""

import numpy as np
from PySide6.QtCore import QPointF
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


def _crossed(plot):
    """How many of the curves' drawn points lie under the legend, in scene pixels."""
    legend = plot.getPlotItem().legend.sceneBoundingRect()
    view = plot.getPlotItem().getViewBox()
    count = 0
    for curve in (plot.train_curve, plot.validation_curve):
        x, y = curve.getData()
        for point in zip(x if x is not None else [], y if y is not None else [], strict=True):
            if legend.contains(view.mapViewToScene(QPointF(*point))):
                count += 1
    return count


def test_the_legend_moves_off_a_curve_that_levels_off_in_its_corner(qtbot):
    """XOR's mse levelling off at the top of its range ran its last hundred epochs behind
    the legend in the top right (tester): the legend takes the corner the curves leave."""
    plot = SeriesPlot("lossPlot", "cost C")
    qtbot.addWidget(plot)
    plot.resize(375, 160)
    plot.show()
    qtbot.waitExposed(plot)
    epochs = np.arange(1, 501)
    falling = np.linspace(1.0, 0.1, 500)  # top left to bottom right: the top right is free
    plot.show_series(epochs, falling, falling + 0.02)
    plot.getPlotItem().getViewBox().autoRange()
    QApplication.processEvents()
    assert plot.legend_corner() == (1, 1) and _crossed(plot) == 0
    level = 0.13 - 0.01 * np.exp(-epochs / 50.0)  # up from a dip to a plateau at the top
    plot.show_series(epochs, level, None)
    plot.getPlotItem().getViewBox().autoRange()
    QApplication.processEvents()
    assert plot.legend_corner() != (1, 1)
    assert _crossed(plot) == 0


def test_the_epoch_0_cost_stays_beside_the_curve_after_training(qtbot):
    """Lesson 1 reads the cost at epoch 0; once trained, the point was gone (tester)."""
    from gui import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(SeriesPlot, "lossPlot").parentWidget()
    before = window.document.derived.evaluation.cost
    marker = panel.initial_marker
    assert list(marker.getData()[1]) == [before]
    window.document.set_config(epochs=20)
    with qtbot.waitSignal(window.training.runEnded, timeout=30000):
        window.action_train.trigger()
    panel.refresh()
    x, y = marker.getData()
    assert list(x) == [0.0] and list(y) == [before]
    window.document.undo_stack.setClean()


def test_the_legend_keeps_off_the_earlier_runs_faded_curves_too(qtbot):
    """Lesson 5's third run: the legend went to the bottom left, over the earlier runs'
    faded curves there (tester)."""
    plot = SeriesPlot("lossPlot", "cost C")
    qtbot.addWidget(plot)
    plot.resize(375, 160)
    plot.show()
    qtbot.waitExposed(plot)
    epochs = np.arange(1, 51)
    plot.show_series(epochs, np.linspace(0.5, 0.45, 50), None)  # high, across the top
    low = np.linspace(0.2, 0.02, 50)  # an earlier run low, across the bottom
    plot.show_earlier([(epochs, low, None)])
    plot.getPlotItem().getViewBox().setRange(xRange=(0, 60), yRange=(0, 0.55), padding=0)
    QApplication.processEvents()
    legend = plot.getPlotItem().legend.sceneBoundingRect()
    view = plot.getPlotItem().getViewBox()
    faded = plot.earlier_curves[0][0]
    x, y = faded.getData()
    assert not any(legend.contains(view.mapViewToScene(QPointF(a, b)))
                   for a, b in zip(x, y, strict=True))
