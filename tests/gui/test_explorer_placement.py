"""Where the explorers open (tester 21, #10): the history scrubber, which drives the canvas,
never over it; the others at their contents' size against the window's right edge, so the
canvas's left part stays in view — at a laptop's and a monitor's window size."""

import pytest
from PySide6.QtCore import QPoint, QRect

EXPLORERS = ("historyScrubberDock", "descentSurfaceDock", "neuronExplorerDock",
             "activationGalleryDock", "optimizerRaceDock")


def canvas_rect(window):
    canvas = window.centralWidget()
    return QRect(canvas.mapToGlobal(QPoint(0, 0)), canvas.size())


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_each_explorer_opens_beside_the_canvas(window, qtbot, size):
    window.resize(*size)
    window.move(0, 0)
    window.show()
    qtbot.waitExposed(window)
    canvas = canvas_rect(window)
    frame = window.frameGeometry()
    for name in EXPLORERS:
        dock = window.docks[name]
        window.show_explorer(name)
        qtbot.waitUntil(dock.isVisible)
        assert dock.isFloating()
        placed = dock.frameGeometry()
        assert frame.contains(placed.center())
        if name == "historyScrubberDock":
            assert not placed.intersects(canvas), (size, placed, canvas)
            assert placed.height() < 260  # a strip, not a panel of empty grey
            assert placed.width() >= canvas.width() // 2  # a long slider over the epochs
        else:
            assert placed.width() < 1180 or placed.height() < 720
            assert placed.right() >= frame.right() - 40  # over the right-hand panels
            if size == (1920, 1080):
                assert placed.left() > canvas.left() + 200  # the canvas's left part shows
        dock.close()
