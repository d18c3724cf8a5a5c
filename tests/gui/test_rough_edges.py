"""The rough edges a teacher found preparing a lesson in a real window, each kept fixed by a
test that uses the widgets as a user does (mouse and keys on the real widgets)."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtTest import QTest


def test_plus_clicked_four_times_in_place_adds_four_neurons(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    view = window.canvas
    scene = view.scene()
    def under_pointer():
        """Where the pointer is now, in the viewport (it follows a button the view could
        not keep in place by scrolling)."""
        return view.viewport().mapFromGlobal(QCursor.pos())

    where = view.mapFromScene(scene.decor.buttons[1][1].scenePos())
    QCursor.setPos(view.viewport().mapToGlobal(where))
    for _ in range(4):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under_pointer())
        button = view.mapFromScene(scene.decor.buttons[1][1].scenePos())
        assert (button - under_pointer()).manhattanLength() <= 3
    assert window.document.spec.sizes[1] == 4 + 4
    # nothing of the net scrolled off: its title is still in view
    assert view.mapToScene(view.viewport().rect()).boundingRect().top() <= \
        scene.decor.summary.sceneBoundingRect().top()
    QCursor.setPos(view.viewport().mapToGlobal(
        view.mapFromScene(scene.decor.buttons[1][0].scenePos())))
    for _ in range(3):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under_pointer())
    assert window.document.spec.sizes[1] == 5


def test_the_palette_tile_drags_from_its_words_too(qtbot, window, monkeypatch):
    from gui.panels.palette import PaletteTile

    started = []
    monkeypatch.setattr(PaletteTile, "start_drag", lambda tile: started.append(tile))
    window.show()
    qtbot.waitExposed(window)
    tile = window.findChild(PaletteTile, "paletteNeuron")
    words = next(child for child in tile.children() if hasattr(child, "text")
             and "Neuron" in child.text())
    press = words.geometry().center()
    # where the words are, the press reaches the tile (the label lets it through)
    assert tile.childAt(press) is None or tile.childAt(press).testAttribute(
        Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    QTest.mousePress(tile, Qt.MouseButton.LeftButton, pos=press)
    QTest.mouseMove(tile, press + QPoint(30, 10))
    QTest.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=press + QPoint(30, 10))
    assert started == [tile]


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window):
    shortcuts = {key.toString() for key in window.action_redo.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= shortcuts
    assert QKeySequence("Ctrl+Z") in window.action_undo.shortcuts()


def test_the_step_refusal_goes_once_the_layer_is_sigmoid_again(qtbot, window):
    from PySide6.QtWidgets import QLabel

    message = window.findChild(QLabel, "trainingMessage")
    window.document.set_activation(1, "step")
    with qtbot.waitSignal(window.training.runEnded, timeout=10000):
        window.training.train()
    assert "step" in message.text() and not message.isHidden()
    window.document.set_activation(1, "sigmoid")
    assert message.isHidden()


def test_the_net_description_counts_one_layer_in_the_singular(window):
    from gui.canvas.decorations import describe_network as describe

    window.document.remove_hidden_layer(1)
    assert "L = 1 layer ·" in describe(window.document.spec)


def test_a_project_named_after_its_data_follows_new_data(window):
    from engine import datasets

    assert window.document.name == "xor"
    window.document.set_data(datasets.load("spirals"), fit_network=True)
    assert window.document.name == "spirals"


def test_the_built_in_box_shows_the_set_in_use(window):
    from engine import datasets
    from gui.data.panel import DataPanel

    panel = window.findChild(DataPanel)
    assert panel.builtin.name() == "xor"
    window.document.set_data(datasets.load("spirals", n_samples=300), fit_network=True)
    assert panel.builtin.name() == "spirals"
    assert panel.builtin.params()["n_samples"] == 300
    window.document.undo()
    assert panel.builtin.name() == "xor"


def test_the_plane_shows_or_hides_the_test_data_and_draws_the_boundary(window):
    from PySide6.QtWidgets import QCheckBox

    from engine import datasets
    from gui.plots.decision_boundary import DecisionBoundary

    window.document.set_data(datasets.load("circles", n_samples=200), fit_network=True)
    plot = window.findChild(DecisionBoundary, "decisionBoundary")
    box = plot.findChild(QCheckBox, "showTestData")
    assert box.isChecked() and plot.validation_points.isVisible()
    box.setChecked(False)
    assert not plot.validation_points.isVisible()
    box.setChecked(True)
    assert plot.validation_points.isVisible()
    # one sigmoid output: the line where it crosses 0.5
    x, _ = plot.boundary.getData()
    assert x is not None and len(x) > 10
    plane = window.document.derived.plane
    assert plane.xs[0] <= float(np.nanmin(x)) and float(np.nanmax(x)) <= plane.xs[-1]


def test_plots_offer_our_menu_not_pyqtgraphs_and_forget_a_zoom_on_new(qtbot, window):
    from gui.plots.decision_boundary import DecisionBoundary
    from gui.plots.loss_plot import SeriesPlot

    loss = window.findChild(SeriesPlot, "lossPlot")
    box = loss.getPlotItem().getViewBox()
    assert box.menu is None  # no Mouse Mode / Plot Options
    assert loss.export_menu.actions[0].text() == "Show All"
    box.setXRange(3, 4)
    box.sigRangeChangedManually.emit(box.state["mouseEnabled"])
    assert not box.autoRangeEnabled()[0]
    window.action_new.trigger()
    assert box.viewRange()[0][0] == pytest.approx(0, abs=0.5)  # from epoch 0, not 3…4
    assert box.viewRange()[0][1] >= 9
    plane = window.findChild(DecisionBoundary, "decisionBoundary")
    assert plane.getPlotItem().getViewBox().menu is None
    plane.getPlotItem().getViewBox().setXRange(0, 0.1)
    plane.export_menu.show_all()
    assert plane.getPlotItem().getViewBox().autoRangeEnabled()[0]


def test_features_on_different_scales_suggest_standardising(window):
    from engine import datasets
    from gui.data.panel import DataPanel

    rng = np.random.default_rng(0)
    X = np.column_stack([rng.uniform(0, 1, 60), rng.uniform(0, 10_000, 60)])
    y = (X[:, 0] > 0.5).astype(int)
    window.document.set_data(datasets.from_arrays(X, y, name="scales"), "none",
                             fit_network=True)
    panel = window.findChild(DataPanel)
    assert not panel.scaling_hint.isHidden()
    assert "Standardising" in panel.scaling_hint.text() and "x2" in panel.scaling_hint.text()
    panel.standardise_button.click()
    assert window.document.normalisation == "standardise"
    assert panel.scaling_hint.isHidden()


def test_weight_images_show_after_data_without_images(qtbot, window):
    from engine import datasets
    from gui.plots.weight_images import WeightImages

    view = window.findChild(WeightImages)
    view.draw_now()
    assert "image data" in view.message.toPlainText()
    window.document.set_data(datasets.load("digits"), fit_network=True)
    view.draw_now()
    view.refresh()
    (x_from, x_to), (y_from, y_to) = view.plot.viewRange()
    rows, columns = view.image.image.shape
    assert x_from <= 0 and x_to >= columns and y_from <= 0 and y_to >= rows


def test_a_new_project_forgets_the_last_runs_messages(qtbot, window):
    from PySide6.QtWidgets import QLabel

    window.training.runEnded.emit("training diverged in epoch 3: try a smaller η")
    message = window.findChild(QLabel, "trainingMessage")
    assert "diverged" in message.text()
    window.document.undo_stack.setClean()
    window.action_new.trigger()
    assert message.isHidden()
    assert window.statusBar().currentMessage() == ""


def test_a_refused_use_this_data_scrolls_its_reason_into_view(qtbot, window):
    from PySide6.QtWidgets import QScrollArea

    from gui.data.panel import DataPanel

    window.show()
    qtbot.waitExposed(window)
    window.docks["dataDock"].raise_()
    panel = window.findChild(DataPanel)
    area = window.docks["dataDock"].widget()
    assert isinstance(area, QScrollArea)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    panel.builtin.select("iris")
    window.document.remove_hidden_layer(1)  # so the network cannot take iris as it is
    assert not panel.apply_builtin()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() <= panel.banner.y())
    assert not panel.banner.isHidden()


def test_a_deep_net_closes_its_columns_up_so_it_is_drawn_larger(canvas, doc):
    from gui.canvas import layout
    from tests.gui.network_fixtures import use_network

    shallow_scale = canvas.transform().m11()
    use_network(doc, hidden=(8, 8, 8, 8))
    assert layout.LAYER_SPACING < layout.BASE_LAYER_SPACING
    deep_scale = canvas.transform().m11()
    # six columns on the 1000-pixel canvas: closer columns keep it at a readable size
    assert deep_scale >= 0.6 * shallow_scale or deep_scale >= 0.75
    use_network(doc, hidden=(4, 4))
    assert layout.LAYER_SPACING == layout.BASE_LAYER_SPACING


def test_a_network_too_large_to_train_quickly_is_built_only_if_the_user_agrees(
        window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from engine import datasets
    from engine.session import DataDoesNotFit
    from gui.data.panel import DataPanel

    panel = window.findChild(DataPanel)
    window.document.add_neuron(1)
    for _ in range(59):
        window.document.add_neuron(1)  # 64 hidden neurons
    rng = np.random.default_rng(0)
    wide = datasets.from_arrays(rng.uniform(0, 1, (4, 200_000)), np.array([0, 1, 0, 1]),
                                name="wide")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Cancel)
    panel.pending = DataDoesNotFit("does not fit", wide, "none")
    panel.fit_network()
    assert asked and "12,800,129 parameters" in asked[0]
    assert window.document.spec.n_inputs == 2  # nothing built


def test_save_and_export_names_leave_the_data_files_suffix_off():
    from gui.file_actions import _file_stem

    assert _file_stem("t2_data.csv") == "t2_data"
    assert _file_stem("spirals") == "spirals"
    assert _file_stem("") == ""


def test_the_rate_follows_the_last_seconds_not_the_whole_run():
    from gui.training.actions import _RecentRate

    rate = _RecentRate()
    for second in range(10):  # 100 iterations a second for ten seconds...
        rate.iterations_per_second(float(second), second * 100)
    for second in range(10, 20):  # ...then one a second
        now = rate.iterations_per_second(float(second), 900 + (second - 9))
    assert now == pytest.approx(1.0, rel=0.01)


def test_an_exports_default_name_is_a_module_name_and_torch_keeps_off_the_predictor(
        window, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from gui.file_actions import export_stem

    assert export_stem(Path("/x/mv.json"), "whatever") == "mv"
    assert export_stem(Path("/x/xor.bps.json"), "whatever") == "xor"
    assert export_stem(None, "t2_data.csv") == "t2_data"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggestion, *rest: offered.append(suggestion)
                        or ("", ""))
    window.document.save(tmp_path / "mv.json")
    window.files.export("py")
    window.files.export("torch")
    assert [Path(name).name for name in offered] == ["mv.py", "mv_torch.py"]


def test_a_column_of_nine_features_closes_up_so_the_net_is_drawn_larger(canvas, doc):
    """Nine input features (penguins, one-hot) at full spacing made the net so tall that
    fitted to the canvas its text was 7 px high, half the width unused: a column of more
    than six neurons closes up first, never closer than a name beside each needs."""
    from engine import LayerSpec, NetworkSpec
    from gui.canvas import layout
    from tests.gui.network_fixtures import use_spec

    use_spec(doc, NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(3, "softmax")], "cce"), 1)
    small_scale = canvas.transform().m11()
    use_spec(doc, NetworkSpec(9, [LayerSpec(4, "tanh"), LayerSpec(3, "softmax")], "cce"), 1)
    assert layout.LABELLED_SPACING <= layout.spacing(9) < layout.NEURON_SPACING
    assert layout.column_height(0, 9) <= layout.COMPACT_COLUMN_HEIGHT + 2 * layout.radius(9)
    assert canvas.transform().m11() >= 0.8 * small_scale  # 0.68 at full spacing
    assert layout.spacing(4) == layout.NEURON_SPACING  # small layers as they were
    assert layout.spacing(64) == layout.MAX_COLUMN_HEIGHT / 64


def test_a_refused_settings_message_goes_once_a_run_starts(qtbot, window):
    """η = 0 refused (the field went back to 0.05), then Train: the red message stayed up
    beside the run (tester)."""
    from PySide6.QtWidgets import QLabel

    panel = window.findChild(QLabel, "trainingMessage").parent()
    panel._set(learning_rate=0.0)
    message = window.findChild(QLabel, "trainingMessage")
    assert "learning rate" in message.text()
    window.document.set_config(epochs=3)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    assert message.text() == ""


def test_while_training_undo_names_the_run_and_redo_is_off(qtbot, window):
    """Edit ▸ Undo read "Undo Reset Weights" while a run trained, and undid the run; Redo
    stayed on and only stopped it (tester)."""
    document = window.document
    document.set_config(epochs=1_000_000, mode="batch")
    assert document.reset_weights() is not False
    document.undo()  # something to redo
    assert window.action_redo.isEnabled()
    window.action_train.trigger()
    qtbot.waitUntil(lambda: document.live_training, timeout=10000)
    assert window.action_undo.text().replace("&", "") == "Undo Train"
    assert window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_stop.trigger()
    qtbot.waitUntil(lambda: not document.live_training, timeout=10000)
    assert window.action_undo.text().replace("&", "") == "Undo Train"
    assert not window.action_redo.isEnabled()  # the run is the newest step now
