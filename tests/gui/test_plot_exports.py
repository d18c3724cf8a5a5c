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
    assert len(rows) == 1 + len(history)
    assert float(rows[1][0]) == history.epoch[0]
    assert float(rows[-1][1]) == pytest.approx(history.train_loss[-1])


def test_an_unknown_format_is_refused(trained_window, tmp_path):
    plot = trained_window.findChild(QWidget, "lossPlot").getPlotItem()
    with pytest.raises(ProjectError, match="png"):
        export_plot(plot, tmp_path / "loss.bmp")
