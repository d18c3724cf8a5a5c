"""Where an explorer floats when it is opened: beside the canvas, not over it.

The history scrubber drives the canvas (the network as it was at an earlier epoch), so a
panel over the canvas hid the very thing it changes (tester 21, #10). It opens as a strip
just as tall as its slider, buttons and hint need, over the plots below the canvas. The other
explorers open at the size their contents ask for, against the window's right edge, over the
side panels, so as much of the canvas as the window's width allows stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

#: kept free between a floating explorer and the window's edges, in pixels
MARGIN = 30
#: a floating dock's title bar and frame, above and around its contents
FRAME = QSize(8, 30)


def strip_below(window, dock) -> QRect:
    """The scrubber's place: as wide as the canvas, just below it (over the plots)."""
    canvas = window.centralWidget()
    top_left = canvas.mapToGlobal(QPoint(0, canvas.height()))
    width = canvas.width()
    content = dock.widget()
    layout = content.layout()
    height = content.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width - FRAME.width()))
    height += FRAME.height()
    frame = window.frameGeometry()
    bottom = frame.bottom() - MARGIN // 3
    top = min(top_left.y() + MARGIN // 5, bottom - height)
    return QRect(top_left.x(), top, width, height)


def beside_canvas(window, dock) -> QRect:
    """Another explorer's place: its contents' size (at most the window's less a margin),
    its right edge on the window's, below the menu bar."""
    frame = window.geometry()
    hint = dock.widget().sizeHint() + FRAME
    width = min(hint.width(), frame.width() - 2 * MARGIN)
    height = min(hint.height(), frame.height() - 2 * MARGIN)
    top = window.centralWidget().mapToGlobal(QPoint(0, 0)).y()
    top = min(top, frame.bottom() - height)
    return QRect(frame.right() - width - MARGIN // 3, top, width, height)


def place(window, dock, name: str) -> None:
    """Float ``dock`` (an explorer just opened) at its place."""
    dock.setFloating(True)
    rect = strip_below(window, dock) if name == "historyScrubberDock" else \
        beside_canvas(window, dock)
    dock.resize(rect.size())
    dock.move(rect.topLeft())
