"""The palette starts real drags with the canvas's MIME types, and its tiles work from the
keyboard too."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDrag

from gui.canvas import mime
from gui.document import Document
from gui.panels.palette import NeuronPalette


@pytest.fixture
def palette(qtbot):
    doc = Document()
    widget = NeuronPalette(doc)
    qtbot.addWidget(widget)
    widget.resize(300, 400)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    doc.undo_stack.clear()


@pytest.fixture
def drags(monkeypatch):
    """QDrag.exec would wait for a real mouse; record what each drag carries instead."""
    seen = []

    def fake_exec(drag, actions):
        seen.append((drag.mimeData().formats(), actions, drag.pixmap().isNull()))
        return Qt.DropAction.CopyAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    return seen


def test_the_palette_is_named_and_has_two_tiles(palette):
    assert palette.objectName() == "neuronPalette"
    assert palette.neuron_tile.objectName() == "paletteNeuron"
    assert palette.layer_tile.objectName() == "paletteLayer"
    assert "hidden layer" in palette.neuron_tile.toolTip()


@pytest.mark.parametrize("tile, fmt", [("neuron_tile", mime.NEURON_MIME),
                                       ("layer_tile", mime.LAYER_MIME)])
def test_dragging_a_tile_starts_a_drag_with_its_mime_type(palette, drags, qtbot, tile, fmt):
    widget = getattr(palette, tile)
    start = widget.rect().center()
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(25, 0))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start + QPoint(25, 0))
    assert len(drags) == 1
    formats, actions, blank = drags[0]
    assert formats == [fmt] and actions == Qt.DropAction.CopyAction and not blank


def test_a_tiny_wobble_is_a_click_not_a_drag(palette, drags, qtbot):
    widget = palette.neuron_tile
    start = widget.rect().center()
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(1, 0))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start + QPoint(1, 0))
    assert drags == []


def test_the_layer_payload_says_how_many_neurons(palette):
    payload = mime.read(palette.layer_tile.make_data())
    assert payload == mime.Payload("layer", units=mime.NEW_LAYER_UNITS)
    assert mime.read(palette.neuron_tile.make_data()) == mime.Payload("neuron")


def test_tiles_work_from_the_keyboard(palette, qtbot):
    doc = palette.document
    assert doc.spec.sizes == (2, 4, 1)
    palette.neuron_tile.setFocus()
    qtbot.keyClick(palette.neuron_tile, Qt.Key.Key_Return)
    assert doc.spec.sizes == (2, 5, 1)
    qtbot.keyClick(palette.layer_tile, Qt.Key.Key_Space)
    assert doc.spec.sizes == (2, 5, mime.NEW_LAYER_UNITS, 1)
