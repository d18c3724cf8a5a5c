"""The loss plot's epochs axis grows in round steps while a run goes, until the user zooms."""

import pytest
from PySide6.QtWidgets import QWidget

from gui.plots.plot_ranges import round_up


@pytest.mark.parametrize(("value", "expected"), [(10, 10), (11, 15), (37, 40), (101, 150),
                                                 (2300, 3000), (9999, 10000), (8e4 + 1, 1e5)])
def test_round_up(value, expected):
    assert round_up(value) == expected


def _epochs_shown(window):
    box = window.findChild(QWidget, "lossPlot").getPlotItem().getViewBox()
    return box.viewRange()[0]


def test_the_axis_ends_on_a_round_number_past_the_last_epoch(window, qtbot):
    window.document.set_config(epochs=37)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    low, high = _epochs_shown(window)
    assert low < 1 and 40 <= high < 42  # 0 … 40, with a little padding


def test_a_zoom_is_left_alone_until_the_auto_button(window, qtbot):
    plot = window.findChild(QWidget, "lossPlot").getPlotItem()
    window.document.set_config(epochs=20)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    box = plot.getViewBox()
    box.setXRange(5, 8, padding=0)
    box.sigRangeChangedManually.emit(box.state["mouseEnabled"])  # as a mouse zoom does
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    assert _epochs_shown(window) == pytest.approx((5, 8))
    plot.enableAutoRange()  # the "A" button
    window.findChild(QWidget, "lossPlot").parent().refresh()
    assert _epochs_shown(window)[1] >= 40
