"""The confusion matrix in a panel too short for its rows: ten classes in the bottom dock of a
1280 × 800 window wrote their counts and names over each other. The counts are written only
where they fit (else the title says to point at a cell, whose tooltip tells), the names every
k-th where they would overlap; a larger panel shows them all."""

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QFontMetricsF

from engine import datasets
from engine.project.starting import new_project, project_training_data
from gui.plots.confusion_matrix import ConfusionMatrix


@pytest.fixture
def digits_view(qtbot, document):
    project = new_project(datasets.load("digits", validation_share=0.2), hidden=[16],
                          activation="relu")
    document.replace_project(project, project_training_data(project))
    view = ConfusionMatrix(document)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _ticks(view, axis):
    return view.plot.getAxis(axis)._tickLevels[0]


def _labels(view, axis):
    return [label for _pos, label in _ticks(view, axis)]


def _no_overlap(view, axis):
    """Neighbouring names on ``axis`` stand clear of each other on screen."""
    positions = [pos for pos, _label in _ticks(view, axis)]
    step = min(b - a for a, b in itertools.pairwise(positions))
    width, height = view._cell_pixels()
    metrics = QFontMetricsF(view.plot.getAxis(axis).font())
    if axis == "left":
        assert height * step >= metrics.height()
    else:
        assert width * step >= max(metrics.horizontalAdvance(n) for n in _labels(view, axis))


def test_a_short_panel_leaves_out_what_would_overlap_and_a_tall_one_shows_it_all(
        digits_view, qtbot):
    view = digits_view
    view.resize(640, 170)
    qtbot.waitUntil(lambda: "point at a cell" in view.plot.titleLabel.text)
    assert view.shown_counts() == []
    assert 1 < len(_labels(view, "left")) < 10
    _no_overlap(view, "left")
    _no_overlap(view, "bottom")
    view.resize(900, 700)
    qtbot.waitUntil(lambda: "point at a cell" not in view.plot.titleLabel.text)
    assert _labels(view, "left") == _labels(view, "bottom") == [str(k) for k in range(10)]
    counts = view.counts
    shown = view.shown_counts()
    assert len(shown) == int(np.count_nonzero(counts) + np.count_nonzero(np.diag(counts) == 0))
    assert str(int(counts[0, 0])) in shown


def test_pointing_at_a_cell_says_its_count(digits_view):
    view = digits_view
    counts = view.counts
    text = view.cell_text(3, 3)
    assert text == (f"true class 3, predicted 3: {int(counts[3, 3])} of its "
                    f"{int(counts[3].sum())} samples")


def test_three_classes_in_a_short_panel_are_all_named(qtbot, document):
    """Rows a line and a little high (the default bottom dock at 1280 × 800): every class
    named (the middle one, Chinstrap, was left out, tester)."""
    project = new_project(datasets.load("iris", validation_share=0.2), hidden=[4])
    document.replace_project(project, project_training_data(project))
    view = ConfusionMatrix(document)
    qtbot.addWidget(view)
    view.resize(900, 140)
    view.show()
    qtbot.waitExposed(view)
    metrics = QFontMetricsF(view.plot.getAxis("left").font())
    qtbot.waitUntil(lambda: view._cell_pixels()[1] > 0)
    for height in range(120, 260, 5):
        view.resize(900, height)
        qtbot.wait(5)
        if view._cell_pixels()[1] >= metrics.height():
            break
    assert metrics.height() <= view._cell_pixels()[1] < metrics.height() + 8
    assert _labels(view, "left") == list(view._names())
    _no_overlap(view, "left")


def test_a_cells_tooltip_survives_the_pointer_resting(digits_view, qtbot):
    """Qt's tooltip event when the pointer rests asks the scene for the item under it; with
    no item tooltip the scene hid the cell's count a moment after the pointer stopped
    (tester, in a real window)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = digits_view
    view.resize(900, 700)
    qtbot.wait(20)
    box = view.plot.getViewBox()
    scene_point = box.mapViewToScene(QPointF(3.5, 3.5))
    view._hover(scene_point)
    widget_point = view.mapFromScene(scene_point)
    event = QHelpEvent(QEvent.Type.ToolTip, widget_point, view.viewport().mapToGlobal(
        widget_point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.wait(600)  # a tooltip hidden goes a moment later
    assert QToolTip.isVisible()
    assert QToolTip.text() == view.cell_text(3, 3)


def test_a_few_classes_write_every_count_zeros_too(qtbot, document):
    """On moons one empty cell read "0" and the other was blank (tester): with a few
    classes each cell says its count; with many the empty ones stay blank."""
    import numpy as np

    from gui.plots.confusion_matrix import BLANK_ZEROS_FROM

    view = ConfusionMatrix(document)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    view.counts = np.array([[5, 0], [0, 7]])
    view._label_cells()
    assert sorted(text.toPlainText() for text in view.texts) == ["0", "0", "5", "7"]
    many = np.eye(BLANK_ZEROS_FROM, dtype=int) * 3
    view.counts = many
    view._label_cells()
    assert len(view.texts) == BLANK_ZEROS_FROM
