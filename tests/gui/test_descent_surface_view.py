"""The descentSurface explorer: a click sets θ⁰, Step takes θ − η∇C, Run animates, a huge η
says diverged; in the window it is a hidden dock that View ▸ Explorers shows."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from engine.descent_surface import METHODS
from gui.explorers.descent_surface import DescentSurface


@pytest.fixture
def surface(qtbot):
    widget = DescentSurface()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def readout(widget, method):
    row = METHODS.index(method)
    return [widget.table.item(row, c).text() for c in range(widget.table.columnCount())]


def test_a_click_on_the_plot_sets_theta0(surface, qtbot):
    assert surface.objectName() == "descentSurface"
    target = (0.5, -2.0)
    QTest.mouseClick(surface.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=surface.view_point(*target).toPoint())
    w0, w1, *_ = surface.problem.window
    assert surface.start == pytest.approx(target, abs=0.03 * (w1 - w0))
    for path in surface.paths.values():
        assert path.steps == 0
        np.testing.assert_array_equal(path.thetas[0], surface.start)
    # the slot itself, with a data-coordinate point
    surface.set_start(1.0, 2.0)
    assert surface.start == (1.0, 2.0)
    assert readout(surface, "batch")[1] == "0"


def test_step_takes_theta_minus_eta_gradient(surface):
    surface.set_start(-1.0, 2.5)
    surface.set_learning_rate(0.1)
    problem = surface.problem
    surface.step_button.click()
    theta = np.array([-1.0, 2.5])
    expected = theta - 0.1 * problem.gradient(theta)
    np.testing.assert_array_equal(surface.paths["batch"].theta, expected)
    assert readout(surface, "batch")[1] == "1"
    assert surface.paths["batch"].costs[1] < surface.paths["batch"].costs[0]
    x, y = surface.curves["batch"].getData()
    np.testing.assert_array_equal(x, [-1.0, expected[0]])
    np.testing.assert_array_equal(y, [2.5, expected[1]])


def test_run_advances_with_the_timer_and_pauses(surface, qtbot):
    surface.run_button.click()
    assert surface.timer.isActive() and surface.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: surface.paths["batch"].steps >= 4, timeout=5000)
    surface.run_button.click()
    assert not surface.timer.isActive() and surface.run_button.text() == "Run"
    steps = surface.paths["batch"].steps
    qtbot.wait(3 * surface.timer.interval())
    assert surface.paths["batch"].steps == steps
    assert readout(surface, "batch")[1] == str(steps)


def test_a_huge_eta_diverges_without_warnings(surface, qtbot, recwarn):
    surface.set_learning_rate(500.0)
    surface.run_button.click()
    qtbot.waitUntil(lambda: not surface.run_button.isChecked(), timeout=5000)
    for method in ("batch", "stochastic", "minibatch"):
        assert readout(surface, method)[4] == "diverged"
        assert "nan" not in " ".join(readout(surface, method)).lower()
    assert "Diverged" in surface.message.text()
    assert not recwarn.list
    # a smaller η from the same start: no longer diverged
    surface.set_learning_rate(0.1)
    assert "diverged" not in readout(surface, "batch")


def test_boxes_choose_the_paths_and_models_switch(surface):
    assert surface.curves["batch"].isVisible() and not surface.curves["adam"].isVisible()
    surface.boxes["adam"].setChecked(True)
    surface.boxes["stochastic"].setChecked(False)
    assert surface.curves["adam"].isVisible() and not surface.curves["stochastic"].isVisible()
    assert surface.table.isRowHidden(METHODS.index("stochastic"))
    for _ in range(5):
        surface.step()
    assert surface.paths["adam"].steps == 5
    surface.model_box.setCurrentIndex(surface.model_box.findData("sigmoid_bce"))
    assert surface.model == "sigmoid_bce" and surface.paths["batch"].steps == 0
    assert "σ(w x + b)" in surface.formula.text()
    surface.step()
    assert surface.paths["batch"].steps == 1


@pytest.mark.parametrize("order", ["row-major", "col-major"])
def test_contours_ring_the_minimum_whatever_the_image_axis_order(qtbot, order):
    import pyqtgraph as pg

    before = pg.getConfigOption("imageAxisOrder")
    pg.setConfigOptions(imageAxisOrder=order)  # the program sets row-major
    try:
        widget = DescentSurface()
        qtbot.addWidget(widget)
    finally:
        pg.setConfigOptions(imageAxisOrder=before)
    w, b, _ = widget.surface.minimum
    innermost = widget.isocurves[0]
    box = innermost.mapRectToItem(widget.plot.getPlotItem().vb.childGroup,
                                  innermost.boundingRect())
    assert box.left() < w < box.right() and box.top() < b < box.bottom()
    step = widget.surface.ws[1] - widget.surface.ws[0]
    assert abs(box.center().x() - w) < 0.25 * box.width() + step


def test_the_window_has_it_as_a_hidden_dock(window, qtbot, tmp_path):
    window.show()
    qtbot.waitExposed(window)
    dock = window.docks["descentSurfaceDock"]
    assert isinstance(dock, QDockWidget) and not dock.isVisible()
    assert window.findChild(DescentSurface, "descentSurface") is dock.widget()
    action = window.findChild(type(window.action_descent_surface), "actionDescentSurface")
    assert action in window.explorers_menu.actions()
    action.trigger()
    qtbot.waitUntil(dock.isVisible)
    window.reset_layout()
    assert not dock.isVisible()
    action.trigger()
    qtbot.waitUntil(dock.isVisible)
    dock.widget().step()
    dock.widget().grab().save(str(tmp_path / "descent_surface.png"))
    dock.close()


def test_a_tiny_gradient_s_power_of_ten_is_not_cut_off(surface):
    """Near the minimum ‖∇C‖ is "2.160 × 10⁻⁵": in an equal share of the table it showed
    "2.16 …", read as 2.16. The cost's and the gradient's columns are as wide as they are."""
    surface.resize(640, 700)  # the explorer in a narrow dock beside the canvas
    for _ in range(300):
        surface.step_button.click()
    table = surface.table
    row = METHODS.index("batch")
    text = table.item(row, 5).text()
    assert "10" in text  # small enough to carry its power of ten
    needed = table.fontMetrics().horizontalAdvance(text)
    assert table.columnWidth(5) >= needed
