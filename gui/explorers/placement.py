"""Where an explorer floats when it is opened: beside the canvas, not over it.

The history scrubber drives the canvas (the network as it was at an earlier epoch), so a
panel over the canvas hid the very thing it changes (tester 21, #10). It opens as a strip
just as tall as its slider, buttons and hint need, over the plots below the canvas. The other
explorers open at the size their contents ask for, against the window's right edge, over the
side panels, so as much of the canvas as the window's width allows stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer

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
    if dock.property("keptOnScreen") is None:
        dock.setProperty("keptOnScreen", True)
        dock.installEventFilter(_ScreenKeeper(dock))
    keep_on_screen(dock)


def keep_on_screen(dock) -> None:
    """A floating explorer wider or taller than it was placed for (its contents need more
    than the window's room, as in classroom mode's larger type) moved back inside its
    screen: it ran off the screen's right edge with its buttons and close button."""
    screen = dock.screen().availableGeometry()
    owner = dock.parentWidget()
    if owner is not None:  # (a window larger than its screen, as offscreen: its area too)
        screen = screen.united(owner.window().frameGeometry())
    frame = dock.frameGeometry()
    x = max(screen.left(), min(frame.left(), screen.right() - frame.width()))
    y = max(screen.top(), min(frame.top(), screen.bottom() - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        dock.move(dock.pos() + QPoint(x - frame.left(), y - frame.top()))


class _ScreenKeeper(QObject):
    """Keeps its floating dock on screen whenever it is shown or grows."""

    def eventFilter(self, watched, event) -> bool:
        if (event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
                and watched.isFloating()):
            QTimer.singleShot(0, watched, lambda: keep_on_screen(watched))
        return False
