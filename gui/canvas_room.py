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
        docks = [d for d in window.findChildren(QDockWidget)
                 if d.isVisible() and not d.isFloating()
                 and window.dockWidgetArea(d) in _AREAS[orientation]]
        # plots give way first: panels of fields would cut their fields
        docks.sort(key=has_fields)
        sizes = {d: (d.width() if horizontal else d.height()) for d in docks}
        for dock in docks:
            least = (dock.minimumSizeHint().width() if horizontal
                     else dock.minimumSizeHint().height())
            give = min(short, max(0, sizes[dock] - least))
            sizes[dock] -= give
            short -= give
            if short <= 0:
                break
        if docks:
            window.resizeDocks(docks, [sizes[d] for d in docks], orientation)
