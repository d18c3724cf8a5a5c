"""Every plot exports to PNG and SVG, and the loss history to CSV, through pyqtgraph."""

import csv

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from engine import ProjectError
from gui import create_main_window
from gui.plots.export import export_plot


@pytest.fixture
def trained_window(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    window.document.set_config(epochs=15)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    yield window
    window.document.undo_stack.setClean()


PLOTS = ["lossPlot", "metricPlot", "decisionBoundary"]
LAYOUTS = ["weightHeatmaps", "activationHeatmaps", "weightImages", "confusionMatrix"]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_every_plot_exports_as_a_picture(trained_window, tmp_path, suffix):
    for name in PLOTS + LAYOUTS:
        widget = trained_window.findChild(QWidget, name)
        item = widget.getPlotItem() if name in PLOTS else widget.ci
        target = tmp_path / f"{name}{suffix}"
        export_plot(item, target)
        assert target.stat().st_size > 100, name


def test_the_loss_history_exports_as_csv(trained_window, tmp_path, monkeypatch):
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel = trained_window.findChild(QWidget, "lossPlot").parent()
    panel.export_dialog(".csv")
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    history = trained_window.document.history
    # the training curve from the cost at epoch 0, the dot there no series of its own
    assert rows[0] == ["training_x", "training_y"]
    assert len(rows) == 2 + len(history)
    assert float(rows[1][0]) == 0.0 and float(rows[2][0]) == history.epoch[0]
    assert float(rows[-1][1]) == pytest.approx(history.train_loss[-1])


def test_the_loss_curve_starts_from_the_cost_at_epoch_0(trained_window):
    panel = trained_window.findChild(QWidget, "lossPlot").parent()
    epochs, losses = panel.loss_plot.train_curve.getData()
    marker_epochs, marker_costs = panel.initial_marker.getData()
    assert epochs[0] == 0.0 and epochs[1] == 1.0
    assert marker_epochs[0] == 0.0 and losses[0] == marker_costs[0]
    assert losses[0] > losses[-1]


def test_an_unknown_format_is_refused(trained_window, tmp_path):
    plot = trained_window.findChild(QWidget, "lossPlot").getPlotItem()
    with pytest.raises(ProjectError, match="png"):
        export_plot(plot, tmp_path / "loss.bmp")


def _right_click(qtbot, view):
    from PySide6.QtCore import Qt

    qtbot.mouseMove(view.viewport(), view.viewport().rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton,
                     pos=view.viewport().rect().center())


@pytest.mark.parametrize("name", ["decisionBoundary", "weightHeatmaps"])
def test_a_plot_without_a_view_menu_offers_its_exports_on_right_click(trained_window, qtbot,
                                                                       tmp_path, monkeypatch,
                                                                       name):
    view = trained_window.findChild(QWidget, name)
    _right_click(qtbot, view)
    menu = view.export_menu.menu
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Show All", "Export as PNG…", "Export as SVG…"]
    menu.hide()
    target = tmp_path / "picked.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu.actions()[2].trigger()
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_line_plots_offer_csv_instead_of_pyqtgraphs_dialog(trained_window, tmp_path,
                                                           monkeypatch):
    view = trained_window.findChild(QWidget, "metricPlot")
    assert view.scene().contextMenu == view.export_menu.actions
    assert [a.text() for a in view.export_menu.actions][-1] == "Export data as CSV…"
    target = tmp_path / "accuracy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_menu.actions[-1].trigger()
    rows = (tmp_path / "accuracy.csv").read_text(encoding="utf-8").splitlines()
    # the header, the accuracy at epoch 0 and every epoch's
    assert len(rows) == 2 + len(trained_window.document.history)


def test_a_failed_export_says_why_and_keeps_the_old_file(trained_window, tmp_path,
                                                         monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "heatmaps.csv"
    target.write_text("old", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    view = trained_window.findChild(QWidget, "weightHeatmaps")
    view.export_menu.export(".csv")
    assert warnings and "line plots" in warnings[0]
    assert target.read_text(encoding="utf-8") == "old"
