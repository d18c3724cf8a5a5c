"""Runs in the window: a new start is a new curve, the earlier ones faded and clearable; a
switch between classification and regression trains on without a fault."""

import numpy as np
from PySide6.QtWidgets import QWidget

from engine import datasets


def train(window, qtbot, epochs):
    window.document.set_config(epochs=epochs)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000) as ended:
        window.action_train.trigger()
    assert ended.args == [None]


def curves(window):
    loss = window.findChild(QWidget, "lossPlot")
    metric = window.findChild(QWidget, "metricPlot")
    return loss, metric


def earlier_lengths(plot):
    """How many epochs each faded curve holds (all of them, not only those in view)."""
    return [0 if train.xData is None else len(train.xData) for train, _ in plot.earlier_curves]


def test_classification_then_regression_then_classification(window, qtbot):
    train(window, qtbot, 30)
    window.document.fit_network_to_data(datasets.load("plane", n_samples=60))
    train(window, qtbot, 20)
    loss, metric = curves(window)
    x, y = loss.train_curve.getData()
    # the new run counts from 1, its curve from the cost at epoch 0
    np.testing.assert_array_equal(x, np.arange(0, 21))
    assert np.isfinite(y).all()
    # the XOR run measured accuracy with another cost: not beside a regression's curve
    assert earlier_lengths(loss) == []
    assert metric.getPlotItem().getAxis("left").labelText == "R²"
    low, high = metric.getPlotItem().getViewBox().viewRange()[1]
    assert low >= -1.1 and 1.0 < high < 1.2  # R² from −1 at most, the 1 tick in sight
    _, r2 = metric.train_curve.getData()
    assert np.isfinite(r2).all()
    window.document.fit_network_to_data(datasets.load("moons", n_samples=60))
    train(window, qtbot, 10)
    x, accuracy = metric.train_curve.getData()
    np.testing.assert_array_equal(x, np.arange(0, 11))
    assert ((accuracy >= 0) & (accuracy <= 1)).all()
    assert earlier_lengths(loss) == [30]  # the XOR run, faded; the regression's hidden
    _, high = metric.getPlotItem().getViewBox().viewRange()[1]
    assert 1.0 < high < 1.2  # room for the 1 tick above a curve at 100 %
    history = window.document.history
    assert all(len(values) == len(history) for values in history.metrics.values())


def test_training_again_continues_the_curve(window, qtbot):
    train(window, qtbot, 10)
    train(window, qtbot, 5)
    loss, _ = curves(window)
    x, _ = loss.train_curve.getData()
    np.testing.assert_array_equal(x, np.arange(0, 16))  # from the first run's start
    assert earlier_lengths(loss) == []


def test_reset_weights_starts_a_new_curve_that_clear_and_undo_handle(window, qtbot):
    train(window, qtbot, 10)
    window.action_reset_weights.trigger()
    loss, _ = curves(window)
    button = window.findChild(QWidget, "clearEarlierRuns")
    assert earlier_lengths(loss) == [10] and not button.isHidden()
    assert loss.train_curve.getData()[0] is None or not len(loss.train_curve.getData()[0])
    train(window, qtbot, 5)
    np.testing.assert_array_equal(loss.train_curve.getData()[0], np.arange(0, 6))
    button.click()
    assert earlier_lengths(loss) in ([], [0])
    assert len(window.document.history) == 5 and button.isHidden()
    window.document.undo()
    assert earlier_lengths(loss) == [10]
    for _ in range(3):  # the second run, its epochs setting, the reset
        window.document.undo()
    assert window.document.undo_stack.undoText() == "Train"  # the first run, current again
    np.testing.assert_array_equal(loss.train_curve.getData()[0], np.arange(0, 11))
    assert window.document.history.current_run == 0


def test_the_legend_names_validation_only_when_there_is_some(window, qtbot):
    loss, _ = curves(window)

    def named():
        return [label.text for _, label in loss.getPlotItem().legend.items]

    assert window.document.training.X_val is None  # XOR: four points, all for training
    train(window, qtbot, 5)
    assert named() == ["training"]
    window.document.fit_network_to_data(datasets.load("moons", n_samples=60))
    train(window, qtbot, 5)
    assert named() == ["training", "validation"]


def test_a_short_run_after_a_long_one_is_not_squashed(window, qtbot):
    train(window, qtbot, 400)
    window.document.reset_weights()
    loss, _ = curves(window)
    # before the new run's first epoch, the earlier run is all in view
    assert loss.getPlotItem().getViewBox().viewRange()[0][1] >= 400
    train(window, qtbot, 20)
    low, high = loss.getPlotItem().getViewBox().viewRange()[0]
    assert earlier_lengths(loss) == [400]
    assert 20 <= high <= 60  # the new run fills a good part of the width, the faded one
    assert low <= 0            # beyond it off to the right


def test_a_new_runs_starting_cost_is_in_view_beside_a_low_earlier_run(window, qtbot):
    """After runs that ended near 1e-5, new data's epoch-0 cost (0.12) was off the axes until
    the first epoch (tester)."""
    window.document.set_config(epochs=300, optimizer="adam", learning_rate=0.05)
    train(window, qtbot, 300)
    window.document.fit_network_to_data(datasets.load("moons", n_samples=60))
    loss, _ = curves(window)
    start = float(loss.parent().initial_marker.getData()[1][0])
    low, high = loss.getPlotItem().getViewBox().viewRange()[1]
    assert low <= start <= high


def test_a_reopened_project_plots_its_run_from_epoch_0(window, qtbot, tmp_path):
    """Saved and opened again, the curves started at epoch 1, their epoch-0 dots gone
    (tester): the run's start is measured from its kept epoch-0 weights."""
    from gui import create_main_window

    train(window, qtbot, 20)
    loss, metric = curves(window)
    before = loss.train_curve.getData()
    before_metric = metric.train_curve.getData()
    path = tmp_path / "p.bps.json"
    window.document.save(path)
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.files.open_path(path)
    loss2, metric2 = curves(again)
    after = loss2.train_curve.getData()
    np.testing.assert_array_equal(after[0], before[0])  # from epoch 0
    np.testing.assert_allclose(after[1], before[1], rtol=1e-12)
    np.testing.assert_allclose(metric2.train_curve.getData()[1], before_metric[1])
