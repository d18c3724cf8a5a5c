"""The main window opens with its menus, named parts and the example network's views."""

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGraphicsView, QMainWindow, QMenu, QWidget

from engine.session.derived import PLANE_POINTS
from gui import create_main_window
from gui.plots.plot_ranges import round_up

NAMED_PARTS = ["networkCanvas", "neuronPalette", "trainingPanel", "inspectorPanel", "lossPlot",
               "weightHeatmaps", "activationHeatmaps", "decisionBoundary"]
NAMED_ACTIONS = ["actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionUndo",
                 "actionRedo", "actionTrain", "actionPause", "actionStop", "actionStep"]


@pytest.fixture
def window(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document.undo_stack.setClean()


def test_window_is_named_and_titled(window):
    assert isinstance(window, QMainWindow)
    assert window.objectName() == "MainWindow"
    assert "Backprop Studio" in window.windowTitle()


def test_menus_in_order(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Train", "Help"]
    assert all(isinstance(a.menu(), QMenu) for a in window.menuBar().actions())


@pytest.mark.parametrize("name", NAMED_PARTS)
def test_named_parts_exist_and_are_unique(window, name):
    found = window.findChildren(QWidget, name)
    assert len(found) == 1, f"{name}: {found}"


def test_canvas_is_a_graphics_view_in_the_centre(window):
    canvas = window.findChild(QGraphicsView, "networkCanvas")
    assert canvas is window.centralWidget()


@pytest.mark.parametrize("name", NAMED_ACTIONS)
def test_named_actions_exist(window, name):
    from PySide6.QtGui import QAction

    assert window.findChild(QAction, name) is not None


def test_standard_shortcuts(window):
    from PySide6.QtGui import QAction

    for name, key in [("actionNew", QKeySequence.StandardKey.New),
                      ("actionOpen", QKeySequence.StandardKey.Open),
                      ("actionSave", QKeySequence.StandardKey.Save),
                      ("actionUndo", QKeySequence.StandardKey.Undo),
                      ("actionRedo", QKeySequence.StandardKey.Redo)]:
        action = window.findChild(QAction, name)
        assert action.shortcuts() == QKeySequence.keyBindings(key), name


def test_training_actions_follow_the_state(window, qtbot):
    from PySide6.QtGui import QAction

    from gui.training.controller import State

    def enabled(name):
        return window.findChild(QAction, name).isEnabled()

    assert enabled("actionTrain") and enabled("actionStep")
    assert not enabled("actionPause") and not enabled("actionStop")
    window.document.set_config(epochs=1_000_000)
    window.action_train.trigger()
    assert window.training.state is State.RUNNING
    assert enabled("actionPause") and enabled("actionStop") and not enabled("actionTrain")
    window.action_pause.trigger()
    qtbot.waitUntil(lambda: window.training.state is State.PAUSED, timeout=20000)
    assert enabled("actionTrain") and window.action_train.text() == "&Resume"
    window.action_stop.trigger()
    assert window.training.state is State.IDLE
    assert enabled("actionTrain") and not enabled("actionStop")


def test_document_holds_the_example(window):
    spec = window.document.spec
    assert spec.n_inputs == 2
    assert spec.layers[-1].units == 1
    assert window.document.dataset.X.shape == (4, 2)


def test_canvas_draws_every_connection(window):
    scene = window.canvas.scene()
    spec = window.document.spec
    sizes = [spec.n_inputs] + [layer.units for layer in spec.layers]
    expected = sum(a * b for a, b in itertools.pairwise(sizes))
    assert sum(len(edges) for edges in scene.edges) == expected
    assert [len(column) for column in scene.neurons] == sizes


def test_edges_carry_the_weights(window):
    scene = window.canvas.scene()
    W2 = window.document.network.weights[1]
    edge = scene.edges[1][(0, 2)]
    assert edge.weight == pytest.approx(W2[0, 2])
    assert "w₁₃²" in edge.toolTip()


def test_weight_heatmaps_show_each_matrix(window):
    heatmaps = window.findChild(QWidget, "weightHeatmaps")
    weights = window.document.network.weights
    assert len(heatmaps.images) == len(weights)
    for image, W in zip(heatmaps.images, weights, strict=True):
        np.testing.assert_array_equal(image.image, W)
    limit = max(np.abs(W).max() for W in weights)
    low, high = heatmaps.colour_bar.levels()
    assert low == -high and limit <= high <= 1.5 * limit  # ± the next round number
    assert high == round_up(limit)


def test_activation_heatmaps_show_the_forward_pass(window):
    heatmaps = window.findChild(QWidget, "activationHeatmaps")
    X = window.document.dataset.X
    trace = window.document.network.forward(X)
    np.testing.assert_allclose(heatmaps.images[-1].image, trace.activations[-1])


def test_loss_plot_starts_at_the_initial_loss(window):
    plot = window.findChild(QWidget, "lossPlot")
    panel = plot.parent()
    doc = window.document
    x, y = panel.initial_marker.getData()
    assert list(x) == [0.0]
    assert y[0] == pytest.approx(doc.network.loss(doc.training.X, doc.training.Y))


def test_loss_and_accuracy_plots_follow_training(window, qtbot):
    window.document.set_config(epochs=40)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    history = window.document.history
    loss = window.findChild(QWidget, "lossPlot")
    x, y = loss.train_curve.getData()
    # from the cost at epoch 0 (the dot there) through every epoch trained
    np.testing.assert_array_equal(x, np.arange(0, 41))
    np.testing.assert_allclose(y[1:], history.train_loss)
    assert y[0] == loss.parent().initial_marker.getData()[1][0]
    metric = window.findChild(QWidget, "metricPlot")
    x, accuracy = metric.train_curve.getData()
    np.testing.assert_array_equal(x, np.arange(0, 41))  # from the accuracy at epoch 0 too
    np.testing.assert_allclose(accuracy[1:], history.metrics["accuracy"])
    assert accuracy[0] == loss.parent().initial_metric_marker.getData()[1][0]


def test_decision_boundary_is_the_network_output(window):
    plot = window.findChild(QWidget, "decisionBoundary")
    from gui.canvas.neuron_maps import colour_table

    picture, output = plot.image.image, window.document.derived.plane.output
    assert picture.shape == (PLANE_POINTS, PLANE_POINTS, 4)
    assert 0.0 <= output.min() <= output.max() <= 1.0
    # the background is the output on the diverging map (a sigmoid's range is [0, 1])
    expected = colour_table()[np.rint(output * 255).astype(int)]
    np.testing.assert_array_equal(picture, expected)
    xs, _ = plot.points.getData()
    assert len(xs) == 4


def test_about_box_names_the_version(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from engine import __version__

    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window.action_about.trigger()
    assert __version__ in shown["text"]


def test_layout_is_remembered(qtbot):
    first = create_main_window()
    qtbot.addWidget(first)
    first.show()
    first.docks["lossDock"].hide()
    first.resize(760, 560)
    first.close()
    second = create_main_window()
    qtbot.addWidget(second)
    second.show()
    assert not second.docks["lossDock"].isVisible()
    assert (second.width(), second.height()) == (760, 560)
    second.reset_layout()
    assert second.docks["lossDock"].isVisible()


def test_new_resets_to_the_example(window):
    window.document.network.weights[0][:] = 0.0
    window.action_new.trigger()
    assert np.abs(window.document.network.weights[0]).sum() > 0


def test_a_screenshot_window_leaves_the_remembered_layout_alone(qtbot):
    from PySide6.QtCore import QSettings

    from gui.window_layout import SETTINGS_GEOMETRY, SETTINGS_STATE

    shot = create_main_window(restore_layout=False)
    qtbot.addWidget(shot)
    shot.show()
    shot.close()
    assert QSettings().value(SETTINGS_GEOMETRY) is None
    assert QSettings().value(SETTINGS_STATE) is None


def test_activation_heatmaps_show_the_network_on_normalised_data(window):
    """The heatmaps draw what training sees: standardised moons, not the raw features (the
    view once ran the network on the raw ones and showed tanh units stuck at ±1)."""
    from engine import datasets

    document = window.document
    document.fit_network_to_data(datasets.load("moons", n_samples=80), "standardise")
    assert document.normalisation == "standardise"
    heatmaps = window.findChild(QWidget, "activationHeatmaps")
    X = document.dataset.X[:32]
    trace = document.network.forward(document.normaliser.apply(X))
    for image, a in zip(heatmaps.images, trace.activations[1:], strict=True):
        np.testing.assert_allclose(image.image, a)
    raw = document.network.forward(X).activations[1]
    assert not np.allclose(heatmaps.images[0].image, raw)
    window.document.undo_stack.setClean()


def test_the_wheel_changes_only_a_focused_field(window, qtbot):
    """Scrolling over a field that was not clicked leaves its value (and scrolls the panel)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    panel = window.findChild(QWidget, "trainingPanel")
    seed = panel.seed
    window.show()
    qtbot.waitExposed(window)

    def wheel(widget):
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    before = seed.value()
    wheel(seed)
    assert seed.value() == before and window.document.undo_stack.count() == 0
    seed.setFocus()
    qtbot.waitUntil(seed.hasFocus)
    wheel(seed)
    assert seed.value() == before + 1
    # a combo box, even one just chosen from (it keeps the focus), leaves the wheel to the
    # panel: scrolling on must not switch the data set just picked
    combo = window.findChild(QWidget, "builtinCombo")
    chosen = combo.currentIndex()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == chosen


def test_garbage_is_collected_between_events_only(qapp):
    """Python's cyclic collection never starts inside a Qt call (a Qt object freed there can
    deadlock Qt): the event loop runs it."""
    import gc

    from gui import app

    app.ensure_application()
    assert not gc.isenabled()
    assert app._garbage_collector.timer.isActive()


def test_the_wheel_leaves_the_fields_of_views_built_later(window, qtbot):
    """The optimizer race is built after the window guarded its fields, and its table's η
    boxes are made as entries are ticked: the wheel over one changed η (tester)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QDoubleSpinBox

    window.show()
    qtbot.waitExposed(window)
    race = window.optimizer_race
    epochs = race.epochs_field
    for box in race.optimizer_boxes.values():
        box.setChecked(True)
    rate = race.table.cellWidget(0, 1)
    assert isinstance(rate, QDoubleSpinBox)
    for field in (epochs, rate):
        before = field.value()
        centre = QPointF(field.rect().center())
        QApplication.sendEvent(field, QWheelEvent(
            centre, QPointF(field.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False))
        assert field.value() == before
