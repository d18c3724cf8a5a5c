"""The optimizerRace explorer: a short race on XOR in the background, its table and curves,
adopting a run as one undoable edit, stopping cleanly; in the window a hidden dock."""

import numpy as np
import pytest
from PySide6.QtCore import QThread

from engine.race import Entry, Race
from gui.explorers.optimizer_race import OptimizerRace


@pytest.fixture
def race_view(qtbot, document):
    view = OptimizerRace(document)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.stop()


def pick(view, optimizers, modes):
    for name, box in view.optimizer_boxes.items():
        box.setChecked(name in optimizers)
    for name, box in view.mode_boxes.items():
        box.setChecked(name in modes)


def test_a_short_race_fills_the_table_and_the_curves(race_view, qtbot, document):
    assert race_view.objectName() == "optimizerRace"
    pick(race_view, {"sgd", "adam"}, {"batch"})
    assert [(e.optimizer, e.mode) for e in race_view.entries] == [("sgd", "batch"),
                                                                  ("adam", "batch")]
    assert race_view.entry_rates() == [document.session.config.learning_rate] * 2
    race_view.epochs_field.setValue(20)
    race_view.start_button.click()
    assert race_view.running and not race_view.start_button.isEnabled()
    qtbot.waitUntil(lambda: not race_view.running, timeout=20000)
    assert race_view.table.rowCount() == 2
    for row, curve in enumerate(race_view.curves):
        x, y = curve.xData, curve.yData
        assert len(x) == 20
        assert race_view.table.item(row, 4).text() == "20"
        assert race_view.table.item(row, 2).text() not in ("", "—")
        assert "%" in race_view.table.item(row, 3).text()
        assert race_view.table.item(row, 5).text().endswith("s")
        np.testing.assert_allclose(y, np.maximum(race_view.race.runs[row].losses, 1e-12))
    # the same numbers as the engine's race, run here
    session = document.session
    reference = Race(session.network, session.training, session.config,
                     [Entry("batch", "sgd"), Entry("batch", "adam")], 20)
    reference.run_to_end()
    for run, ref in zip(race_view.race.runs, reference.runs, strict=True):
        for W, W_ref in zip(run.network.weights, ref.network.weights, strict=True):
            np.testing.assert_allclose(W, W_ref, atol=1e-12)
    race_view.grab().save("/tmp/race.png")


def test_adopting_a_run_is_one_undoable_edit(race_view, qtbot, document):
    pick(race_view, {"adam"}, {"minibatch", "batch"})
    race_view.epochs_field.setValue(15)
    before = [W.copy() for W in document.session.network.weights]
    race_view.start()
    qtbot.waitUntil(lambda: not race_view.running, timeout=20000)
    race_view.table.selectRow(1)
    assert race_view.adopt_button.isEnabled()
    count = document.undo_stack.count()
    race_view.adopt_button.click()
    assert document.undo_stack.count() == count + 1
    adopted = race_view.race.runs[1].network.weights
    for W, W_run in zip(document.session.network.weights, adopted, strict=True):
        np.testing.assert_array_equal(W, W_run)
    document.undo()
    for W, W0 in zip(document.session.network.weights, before, strict=True):
        np.testing.assert_array_equal(W, W0)
    document.undo_stack.setClean()


def test_stop_ends_a_long_race_and_leaves_no_thread(race_view, qtbot):
    pick(race_view, {"sgd", "momentum", "adam"}, {"stochastic"})
    race_view.epochs_field.setValue(100_000)
    race_view.start()
    qtbot.waitUntil(lambda: bool(race_view.results) and race_view.results[0]["epochs"] > 2,
                    timeout=20000)
    thread = race_view._thread
    race_view.stop()
    assert not race_view.running and race_view.start_button.isEnabled()
    assert thread is None or not thread.isRunning()
    epochs = [run.epochs for run in race_view.race.runs]
    assert all(e < 100_000 for e in epochs)
    assert not any(isinstance(t, QThread) and t.isRunning()
                   for t in race_view.findChildren(QThread))


def test_the_window_has_a_hidden_race_dock(window, qtbot):
    dock = window.docks["optimizerRaceDock"]
    assert dock.property("hiddenByDefault")
    assert not dock.isVisible()
    race = window.findChild(OptimizerRace, "optimizerRace")
    assert race is not None
    window.show()
    window.show_explorer("optimizerRaceDock")
    assert dock.isVisible()
    pick(race, {"sgd"}, {"batch"})
    race.epochs_field.setValue(100_000)
    race.start()
    assert race.running
    window.close()
    assert not race.running


def test_the_log_axis_labels_only_what_fits(qapp):
    """Labels at the powers of ten, and 2 and 5 times them over two decades or fewer; the
    other ticks stay unlabelled (pyqtgraph labels every one, piled on each other)."""
    import numpy as np
    import pyqtgraph as pg

    from gui.plots.log_axis import label_what_fits

    plot = pg.PlotItem()
    plot.setLogMode(y=True)
    axis = plot.getAxis("left")
    label_what_fits(axis)
    label_what_fits(axis)  # once is enough
    one_decade = [np.log10(k) for k in range(1, 10)] + [1.0]
    axis.setRange(0.0, 1.0)
    assert axis.logTickStrings(one_decade, 1.0, None) == [
        "1", "2", "", "", "5", "", "", "", "", "10¹"]
    axis.setRange(-3.0, 1.0)
    assert axis.logTickStrings(one_decade, 1.0, None) == [
        "1", "", "", "", "", "", "", "", "", "10¹"]


def test_the_race_follows_a_project_opened_later_until_the_user_picks(race_view, document):
    """Built at start (Adam, 300 epochs), it raced those in a lesson training SGD for 50
    (tester)."""
    document.set_config(optimizer="sgd", epochs=50, learning_rate=0.1, mode="batch")
    assert {e.optimizer for e in race_view.entries} == {"sgd", "adam"}
    assert {e.mode for e in race_view.entries} == {"batch"}
    assert race_view.epochs_field.value() == 50
    assert race_view.entry_rates() == [0.1, 0.1]
    race_view.mode_boxes["stochastic"].click()  # the user's own pick stays
    document.set_config(optimizer="rmsprop")
    assert {e.mode for e in race_view.entries} == {"batch", "stochastic"}
    assert "rmsprop" not in {e.optimizer for e in race_view.entries}


def test_after_training_the_race_starts_from_the_runs_first_weights(race_view, qtbot, document):
    session = document.session
    before = session.network.copy()
    session.set_config(epochs=5)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    assert race_view.from_start.isEnabled() and race_view.from_start.isChecked()
    pick(race_view, {"sgd"}, {"batch"})
    race_view.epochs_field.setValue(5)
    race_view.start_button.click()
    qtbot.waitUntil(lambda: not race_view.running, timeout=20000)
    reference = Race(before, session.training, session.config, [Entry("batch", "sgd")], 5)
    reference.run_to_end()
    np.testing.assert_allclose(race_view.race.runs[0].losses, reference.runs[0].losses,
                               rtol=0, atol=1e-12)


def test_the_legend_keeps_off_the_curves(race_view, qtbot):
    """Top right, the legend's list of entries hid the Adam curves that end low and to the
    right (tester): it goes to the corner the curves leave free."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    pick(race_view, {"sgd", "momentum", "adam"}, {"batch"})
    race_view.epochs_field.setValue(60)
    race_view.start_button.click()
    qtbot.waitUntil(lambda: not race_view.running, timeout=30000)
    item = race_view.plot.getPlotItem()
    item.getViewBox().autoRange()
    QApplication.processEvents()
    legend, view = item.legend.sceneBoundingRect(), item.getViewBox()
    under = sum(legend.contains(view.mapViewToScene(QPointF(x, y)))
                for curve in race_view.curves for x, y in zip(*curve.getData(), strict=True))
    drawn = sum(len(curve.getData()[0]) for curve in race_view.curves)
    assert under <= 0.02 * drawn, (under, drawn)
