"""Where the main window and its docks are: the first size, the layout remembered between
runs, Reset Layout, and the canvas's share of a window made smaller.

One object per window (``MainWindow.layout_keeper``), so the window's module holds what the
window shows and this one where it is; classroom mode keeps its own layout beside it
(``gui.classroom.mode``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow

from gui.canvas_room import keep_canvas_room

SETTINGS_GEOMETRY = "mainWindow/geometry"
SETTINGS_STATE = "mainWindow/state"
#: the dock layout's version for saveState/restoreState
#: (4: a shorter palette, a taller inspector; 5: the explorers' docks; 6: the race; 7: the
#: lesson guide a column of its own, no longer a tab behind the Data panel)
LAYOUT_VERSION = 7
#: the window's size before it knows the screen (and a screenshot's)
FIRST_SIZE = (1280, 800)
#: the least share of the window's width and height the canvas keeps as the window shrinks
NORMAL_CANVAS_SHARE = (0.35, 0.3)


class WindowLayout:
    """The geometry and dock layout of one main window. ``remembers``: whether closing
    saves them (not a screenshot's window, which did not take the remembered layout and
    leaves it alone)."""

    def __init__(self, window: QMainWindow, remembers: bool):
        self.window = window
        self.remembers = remembers
        self.geometry_restored = False
        #: the docks as built, before any remembered layout (Reset Layout's)
        self.default_state = window.saveState(LAYOUT_VERSION)

    def restore(self) -> None:
        """The geometry and docks saved when the program last closed, if any."""
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        state = settings.value(SETTINGS_STATE)
        if isinstance(geometry, QByteArray):
            self.geometry_restored = self.window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.window.restoreState(state, LAYOUT_VERSION)

    def save(self, classroom) -> None:
        """Remember the window for the next run; in classroom mode, the window as it was
        before the mode (the mode remembers its own)."""
        window = self.window
        geometry, state = classroom.normal_layout() or (window.saveGeometry(),
                                                        window.saveState(LAYOUT_VERSION))
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, geometry)
        settings.setValue(SETTINGS_STATE, state)

    def take(self, geometry: QByteArray, state: QByteArray, remembers: bool) -> None:
        """Another window's geometry and dock layout (``saveGeometry``, ``saveState``)."""
        self.geometry_restored = self.window.restoreGeometry(geometry)
        self.window.restoreState(state, LAYOUT_VERSION)
        self.remembers = remembers

    def reset(self, docks, classroom, lessons) -> None:
        """The docks where they first were; an open lesson keeps its guide in view. In
        classroom mode, the mode's panels only (``ClassroomMode.reset_layout``)."""
        if classroom.active:
            classroom.reset_layout(self.default_state)
            return
        self.window.restoreState(self.default_state, LAYOUT_VERSION)
        for dock in docks:
            if not dock.property("hiddenByDefault"):
                dock.show()
        lessons.keep_guide_shown()

    def show_on_screen(self) -> None:
        """Show the window where it was last time; the first time, as large as a small
        screen allows (a 1280 × 800 window does not fit a 1280 × 800 screen with its frame
        and the status bar would be lost below it), or most of a large one."""
        window = self.window
        if self.geometry_restored:
            window.show()
            return
        available = window.screen().availableGeometry()
        if available.width() < FIRST_SIZE[0] + 200 or available.height() < FIRST_SIZE[1] + 100:
            window.showMaximized()
            return
        window.resize(min(FIRST_SIZE[0] * 5 // 4, available.width() * 9 // 10),
                      min(FIRST_SIZE[1] * 5 // 4, available.height() * 9 // 10))
        frame = window.frameGeometry()
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
        window.show()

    def resized(self, event, classroom) -> None:
        """A window made smaller takes its room from the canvas first (QMainWindow's way):
        the docks give way once the canvas is under its ``NORMAL_CANVAS_SHARE`` (classroom
        mode keeps its own, larger share)."""
        if classroom is None or classroom.active or not event.oldSize().isValid():
            return
        if (event.size().width() < event.oldSize().width()
                or event.size().height() < event.oldSize().height()):
            QTimer.singleShot(0, self.window,
                              lambda: keep_canvas_room(self.window, NORMAL_CANVAS_SHARE))
