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


def test_long_runs_label_their_epochs_in_thousands_and_millions(window):
    for name in ("lossPlot", "metricPlot"):
        axis = window.findChild(QWidget, name).getPlotItem().getAxis("bottom")
        assert axis.tickStrings([0, 20_000, 40_000], 1.0, 20_000) == ["0", "20k", "40k"]
        assert axis.tickStrings([0, 500_000, 1_000_000, 1_500_000], 1.0, 500_000) == [
            "0", "500k", "1M", "1.5M"]
        assert axis.tickStrings([0, 100, 200], 1.0, 100) == ["0", "100", "200"]


def test_an_r2_all_below_the_floor_is_said_not_left_blank(window, qtbot):
    """R² is drawn down to −1; a run far worse than the mean (a target in the thousands at
    a tiny η) left the plot empty without a word."""
    import numpy as np

    from engine import LayerSpec, Network, NetworkSpec
    from engine.datasets.dataset import Dataset
    from engine.project import Project
    from engine.project.starting import training_data

    X = np.linspace(-1, 1, 40).reshape(-1, 1)
    data = Dataset(X, 1000 + 50 * X, "regression", feature_names=("x",), target_names=("y",))
    spec = NetworkSpec(1, [LayerSpec(3, "tanh"), LayerSpec(1, "linear")], "mse")
    document = window.document
    document.replace_project(Project(Network(spec, seed=0), document.config,
                                     data=data.source), training_data(data, spec))
    document.set_config(epochs=3, learning_rate=1e-9, mode="batch")
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    assert max(document.history.metrics["r2"]) < -1
    panel = window.findChild(QWidget, "lossPlot").parent()
    panel.refresh()
    assert panel.below_note is not None and panel.below_note.isVisible()
    assert "worse than predicting the mean" in panel.below_note.toPlainText()
    # wrapped at a width a narrow plot holds, centred, not one line running out of it at
    # both ends
    from gui.plots.loss_plot import BELOW_NOTE_WIDTH

    assert panel.below_note.textItem.textWidth() == BELOW_NOTE_WIDTH
    assert "center" in panel.below_note.textItem.toHtml()


def test_a_short_plot_names_its_axis_short_rather_than_cut(qtbot):
    """About 100 px tall (the default layout at 1280 × 800), "accuracy" was cut to
    "accurac"; the plot then says "acc.", and the whole word once it is tall enough."""
    from gui.plots.loss_plot import SeriesPlot

    plot = SeriesPlot("metricPlot", "accuracy", short_label="acc.")
    qtbot.addWidget(plot)
    axis = plot.getPlotItem().getAxis("left")
    assert axis.labelText == "accuracy"  # not shown yet: no size of its own
    plot.resize(300, 100)
    plot.show()
    qtbot.waitExposed(plot)
    assert axis.labelText == "acc."
    plot.resize(300, 260)
    assert axis.labelText == "accuracy"
    assert axis.label.boundingRect().width() <= axis.height()


def test_an_axis_draws_its_grid_anew_when_its_view_grows_the_other_way(qtbot, monkeypatch):
    """The left axis keeps its picture while its range and size stay; but its grid lines run
    across the view, and a view grown wider (a dock after classroom mode) needs them longer:
    they had stopped where the view used to end."""
    import pyqtgraph as pg

    from gui import style

    ranged = []
    original = pg.AxisItem.setRange
    monkeypatch.setattr(pg.AxisItem, "setRange",
                        lambda self, low, high: (ranged.append(self), original(self, low, high)))
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    plot.showGrid(x=True, y=True)
    style.cache_axes(plot)
    widget.resize(300, 200)
    widget.show()
    qtbot.waitExposed(widget)
    left = plot.getAxis("left")
    qtbot.wait(300)  # the first layout settled
    ranged.clear()
    widget.resize(700, 200)  # wider: the left axis's range and size stay the same
    qtbot.waitUntil(lambda: left in ranged)


def test_the_reading_under_the_pointer_goes_when_the_pointer_does(window, qtbot):
    """"epoch 468: C = 0.25" stayed beside a run at C = 0.08 after the pointer had left
    (tester)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtWidgets import QApplication, QLabel

    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.document.set_config(epochs=20)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    widget = window.findChild(QWidget, "lossPlot")
    panel = widget.parentWidget()
    readout = window.findChild(QLabel, "lossReadout")
    view = widget.getPlotItem().vb
    inside = view.mapViewToScene(view.viewRect().center())
    panel._show_values_under_mouse((inside,))
    assert readout.text().startswith("epoch ")
    below = view.sceneBoundingRect().bottomRight() + QPointF(5, 5)  # over the axes' margin
    panel._show_values_under_mouse((below,))
    assert readout.text() == ""
    panel._show_values_under_mouse((inside,))
    QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))
    assert readout.text() == ""
    # over the dot at epoch 0: its cost, said as epoch 0's (it read "epoch 1: …", tester)
    start = float(panel.initial_marker.getData()[1][0])
    panel._show_values_under_mouse((view.mapViewToScene(QPointF(0.1, start)),))
    assert readout.text() == f"epoch 0 (the initial weights): C = {start:.5g}"
