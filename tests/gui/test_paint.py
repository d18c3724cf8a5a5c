"""Painting data on the decision-boundary plane: a click adds a point of the chosen class,
a drag paints a line of them, a right drag erases, each stroke is one Undo, and the painted
set is saved with the project."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gui.data.panel import DataPanel
from gui.document import Document
from gui.plots.decision_boundary import DecisionBoundary


@pytest.fixture
def panel(qtbot, document):
    plot = DecisionBoundary(document)
    plot.resize(400, 400)
    qtbot.addWidget(plot)
    plot.show()
    panel = DataPanel(document, plot)
    qtbot.addWidget(panel)
    return panel


def send(widget, kind, position, button=Qt.MouseButton.LeftButton):
    buttons = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, QPointF(position), QPointF(widget.mapToGlobal(position)), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def pixel_of(plot, x, y) -> QPoint:
    scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return plot.mapFromScene(scene)


def test_clicking_adds_a_point_where_clicked(panel, document):
    tool, plot = panel.paint_tool, panel.paint_tool.plot
    panel.paint_box.paint.click()
    assert tool.active
    panel.paint_box.class_buttons.button(1).click()
    where = pixel_of(plot, 0.5, 0.25)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, where)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, where)
    data = document.dataset
    assert data.source["kind"] == "arrays" and data.n_samples == 5
    np.testing.assert_allclose(data.X[-1], [0.5, 0.25], atol=0.05)
    assert data.labels()[-1] == 1
    document.undo()
    assert document.dataset.name == "xor"


def _drag(plot, start, end, button=Qt.MouseButton.LeftButton, steps=8):
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, start, button)
    for t in np.linspace(0, 1, steps):
        point = QPoint(round(start.x() + t * (end.x() - start.x())), start.y())
        send(plot.viewport(), QMouseEvent.Type.MouseMove, point, button)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, end, button)


def test_a_right_drag_erases_points_as_one_undo_step(panel, document):
    tool, plot = panel.paint_tool, panel.paint_tool.plot
    tool.set_active(True)
    assert tool.add_point(0.5, 0.5) and tool.add_point(0.52, 0.5)
    assert document.dataset.n_samples == 6
    steps = document.undo_stack.count()
    _drag(plot, pixel_of(plot, 0.3, 0.5), pixel_of(plot, 0.7, 0.5), Qt.MouseButton.RightButton)
    assert document.dataset.n_samples == 4
    assert document.undo_stack.count() == steps + 1
    document.undo()
    assert document.dataset.n_samples == 6


def test_a_drag_paints_a_line_of_points_of_the_chosen_class_as_one_undo_step(panel,
                                                                            document):
    """As a brush does: with class B chosen a drag over the plane erased points of both
    classes (tester)."""
    from gui.data.paint_tool import PAINT_PIXELS

    plot = panel.paint_tool.plot
    panel.paint_box.paint.click()
    panel.paint_box.class_buttons.button(1).click()
    steps, before = document.undo_stack.count(), document.dataset.n_samples
    start, end = pixel_of(plot, -0.5, 0.5), pixel_of(plot, 1.5, 0.5)
    _drag(plot, start, end, steps=40)
    painted = document.dataset.n_samples - before
    # a point at the press and one each PAINT_PIXELS or so of the path (the moves' steps)
    assert 5 <= painted <= (end.x() - start.x()) // PAINT_PIXELS + 1
    assert (document.dataset.labels()[before:] == 1).all()
    assert np.allclose(document.dataset.X[before:, 1], 0.5, atol=0.05)
    assert document.undo_stack.count() == steps + 1
    document.undo()
    assert document.dataset.n_samples == before


def test_right_drag_and_the_eraser_erase(panel, document):
    tool, plot = panel.paint_tool, panel.paint_tool.plot
    tool.set_active(True)
    where = pixel_of(plot, 1.0, 1.0)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, where, Qt.MouseButton.RightButton)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, where, Qt.MouseButton.RightButton)
    assert document.dataset.n_samples == 3
    assert not any(np.allclose(x, [1, 1]) for x in document.dataset.X)
    panel.paint_box.eraser.click()
    where = pixel_of(plot, 0.0, 0.0)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, where)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, where)
    assert document.dataset.n_samples == 2


def test_the_last_point_is_never_erased(panel, document):
    tool = panel.paint_tool
    tool.start_over(2)
    assert document.dataset.n_samples == 2
    assert tool.erase_at(0, 0, 5, 5) is False
    assert document.dataset.n_samples == 2
    assert "at least one point" in panel.message.text()


def test_start_over_and_more_classes_fit_the_network(panel, document):
    panel.paint_tool.set_active(True)
    panel.paint_box.classes.setValue(3)
    assert document.dataset.n_classes == 3 and document.spec.n_outputs == 3
    panel.paint_box.start_over.click()
    assert document.dataset.n_samples == 3
    assert len(panel.paint_box.class_buttons.buttons()) == 3


def test_painting_values_for_regression(panel, document):
    panel.paint_tool.set_active(True)
    panel.paint_box.classes.setValue(0)
    panel.paint_box.value.setValue(0.7)
    panel.paint_tool.add_point(0.2, 0.3)
    assert document.dataset.task == "regression" and document.spec.loss == "mse"
    assert document.dataset.Y[-1, 0] == pytest.approx(0.7)


def test_the_painted_data_round_trip_through_a_project_file(panel, document, tmp_path):
    tool = panel.paint_tool
    tool.n_classes = 2
    tool.value = 1.0
    tool.add_point(-0.4, 0.9)
    tool.add_point(0.3, -0.2)
    painted = document.dataset
    path = tmp_path / "painted.bps.json"
    document.save(path)
    other = Document()
    other.load(path)
    assert other.dataset.source["kind"] == "arrays"
    np.testing.assert_array_equal(other.dataset.X, painted.X)
    np.testing.assert_array_equal(other.dataset.Y, painted.Y)
    assert other.dataset.class_names == painted.class_names


def test_painting_stops_holding_the_plane(panel):
    tool = panel.paint_tool
    tool.set_active(True)
    assert tool.plot.plane is not None
    tool.set_active(False)
    assert tool.plot.plane is None


def test_a_point_painted_beyond_the_held_plane_grows_it(panel, document):
    """The view showed more than the plane held while painting, and a point painted out
    there sat outside the map (tester): the plane grows to hold it."""
    tool = panel.paint_tool
    panel.paint_box.paint.click()
    assert tool.active and document.plane is not None
    x_from, x_to, y_from, y_to = document.plane
    assert tool.add_point(x_from - 0.4, 0.5)
    grown = document.plane
    assert grown[0] < x_from - 0.4 and grown[1] >= x_to
    assert grown[2] <= y_from and grown[3] >= y_to
    document.undo()


def test_other_data_put_in_use_end_the_painting(panel, document):
    """Paint left on after a built-in (or File ▸ New) was chosen: one click on the plot then
    replaced those data with a painted point (tester)."""
    from engine import datasets

    tool, plot = panel.paint_tool, panel.paint_tool.plot
    panel.paint_box.paint.click()
    where = pixel_of(plot, 0.5, 0.25)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, where)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, where)
    assert tool.active and document.dataset.source["kind"] == "arrays"  # painting goes on
    document.set_data(datasets.load("or"))
    assert not tool.active and not panel.paint_box.paint.isChecked()
    send(plot.viewport(), QMouseEvent.Type.MouseButtonPress, where)
    send(plot.viewport(), QMouseEvent.Type.MouseButtonRelease, where)
    assert document.dataset.name == "or"


def test_painting_on_four_clusters_offers_their_classes_and_keeps_their_names(panel, document):
    """On the four clusters the tool read "Classes: 2" with A and B alone, and a point added
    renamed the data's classes A–D (tester)."""
    from engine import datasets

    document.fit_network_to_data(datasets.load("clusters", n_classes=4))
    names = document.dataset.class_names
    box = panel.paint_box
    assert box.classes.value() == 4
    assert [button.text() for button in box.class_buttons.buttons()] == list(names)
    box.paint.click()
    box.class_buttons.button(3).click()
    assert panel.paint_tool.add_point(0.1, 0.2)
    assert document.dataset.class_names == names
    assert document.dataset.labels()[-1] == 3


def test_starting_over_keeps_the_classes_names(panel, document):
    """Start over on XOR kept two classes but renamed 0 and 1 to A and B (tester)."""
    assert document.dataset.class_names == ("0", "1")
    panel.paint_box.start_over.click()
    assert document.dataset.n_samples == 2 and document.dataset.class_names == ("0", "1")
    panel.paint_box.classes.setValue(3)
    panel.paint_box.start_over.click()
    assert document.dataset.n_classes == 3
