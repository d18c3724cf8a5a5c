"""The canvas keeps a share of its window: the docks beside and below it give way.

QMainWindow takes a shrinking window's width and height from its central widget, the docks
keeping theirs: in a 640 × 520 window the network canvas was 70 pixels wide (tester), and in
classroom mode's larger type the panels took all but a third of a 1280-pixel window.
``keep_canvas_room`` narrows (or lowers) the docks until the canvas has its share again,
plots before panels of fields, none below what its contents need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDockWidget

_AREAS = {Qt.Orientation.Horizontal: (Qt.DockWidgetArea.LeftDockWidgetArea,
                                      Qt.DockWidgetArea.RightDockWidgetArea),
          Qt.Orientation.Vertical: (Qt.DockWidgetArea.TopDockWidgetArea,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)}


def has_fields(dock: QDockWidget) -> bool:
    """Whether the panel is one of fields (settings), which narrowing would cut."""
    return dock.widget() is None or dock.widget().findChild(QAbstractSpinBox) is not None


def keep_canvas_room(window, shares: tuple[float, float]) -> None:
    """Give the canvas ``shares`` (of the window's width, of its height) where it has less,
    taking it from the docked panels beside (below) it down to their least sizes; a canvas
    with its share already is left as the user made it."""
    canvas = window.centralWidget()
    if canvas is None or not window.isVisible():
        return
    for orientation, share in zip(_AREAS, shares, strict=True):
        horizontal = orientation is Qt.Orientation.Horizontal
        size = canvas.width() if horizontal else canvas.height()
        whole = window.width() if horizontal else window.height()
        short = round(share * whole) - size
        if short <= 0:
            continue
        # the docks on screen: one behind another's tab counts as visible, at the size it
        # last had on screen
        docks = [d for d in window.findChildren(QDockWidget)
                 if d.isVisible() and not d.isFloating() and not d.visibleRegion().isEmpty()
                 and window.dockWidgetArea(d) in _AREAS[orientation]]
        lines = _lines(docks, horizontal)
        # plots give way first: panels of fields would cut their fields
        lines.sort(key=lambda line: any(map(has_fields, line)))
        sizes = {}
        for line in lines:
            now = max(_extent(d, horizontal) for d in line)
            least = max((d.minimumSizeHint().width() if horizontal
                         else d.minimumSizeHint().height()) for d in line)
            give = min(short, max(0, now - least))
            for dock in line:  # a column narrows as a whole: one dock alone cannot
                sizes[dock] = now - give
            short -= give
            if short <= 0:
                break
        if sizes:
            window.resizeDocks(list(sizes), list(sizes.values()), orientation)


def _extent(dock: QDockWidget, horizontal: bool) -> int:
    return dock.width() if horizontal else dock.height()


def _lines(docks: list[QDockWidget], horizontal: bool) -> list[list[QDockWidget]]:
    """The docks in columns (rows when not ``horizontal``): those side by side across the
    window's width share none of it, those stacked in one column all of it."""
    lines: list[list[QDockWidget]] = []
    for dock in sorted(docks, key=lambda d: d.x() if horizontal else d.y()):
        start = dock.x() if horizontal else dock.y()
        for line in lines:
            first = line[0]
            if abs((first.x() if horizontal else first.y()) - start) <= 2:
                line.append(dock)
                break
        else:
            lines.append([dock])
    return lines
