"""Help ▸ Lessons and Help ▸ Keyboard Shortcuts for a main window.

``LessonsHelp`` makes one action per lesson (``actionLesson_<name>``), the guide's dock
(``lessonGuideDock``, a column beside the inspector's, hidden until a lesson opens) and the
shortcuts dialog's action. A lesson opens the way File ▸ Open Example opens an example:
through the window's file actions, which ask about unsaved changes (and a training run)
first, open it as a new untitled project and leave Open Recent alone. Opening any other
project afterwards puts the guide away; Show the Lesson Guide brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu

from engine.session import events
from gui.actions import ActionInfo, make_action
from gui.lessons.catalogue import Lesson, lesson, lessons
from gui.lessons.guide import LessonGuide
from gui.lessons.shortcuts import ShortcutsDialog

GUIDE_DOCK = "lessonGuideDock"
#: the guide's column is this many average characters wide when it opens (about 250 pixels
#: at the normal type: a step of the guide on three or four lines)
GUIDE_CHARACTERS = 40
#: the document's dynamic property naming the lesson it was opened from ("" for none)
LESSON_PROPERTY = "lessonName"


class LessonsHelp(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.guide = LessonGuide(window)
        self.dock = self._make_dock()
        self.menu = QMenu(self.tr("&Lessons"), window)
        self.menu.setObjectName("menuLessons")
        self.lesson_actions = []
        for entry in lessons():
            action = make_action(window, ActionInfo(f"actionLesson_{entry.name}",
                                                    entry.title, None, entry.summary))
            action.triggered.connect(lambda _=False, entry=entry: self.open_lesson(entry))
            self.lesson_actions.append(action)
        self.menu.addActions(self.lesson_actions)
        self.menu.addSeparator()
        self.action_guide = make_action(window, ActionInfo(
            "actionLessonGuide", self.tr("Show the Lesson &Guide"), None,
            self.tr("Show the open lesson's guide beside the canvas")))
        self.action_guide.triggered.connect(self.show_guide)
        self.menu.addAction(self.action_guide)
        self.action_shortcuts = make_action(window, ActionInfo(
            "actionKeyboardShortcuts", self.tr("&Keyboard Shortcuts…"), "Ctrl+/",
            self.tr("Every keyboard shortcut of the window's commands")))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self._opening = False
        #: the column beside the guide's and its width before the guide opened beside it
        self._beside: tuple[QDockWidget, int] | None = None
        window.document.changed.connect(self._project_changed)
        # The window may be built again around the same document (View ▸ Language): the
        # lesson open in it stays open, its guide now in the new language.
        # (Every menu but Help's is made by now, so the guide's names can be filled in.)
        carried = self._lesson_of_document()
        if carried is not None:
            self.guide.show_lesson(carried)
        self.dock.visibilityChanged.connect(self._guide_shown)

    def _make_dock(self) -> QDockWidget:
        window = self.window
        # a column of its own at the right, the inspector's and the boundary's beside it:
        # as a tab behind the Data panel the guide went the moment a step said "in Data
        # choose OR" (tester)
        dock = window._make_dock(GUIDE_DOCK, self.tr("Lesson"), self.guide)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock,
                             Qt.Orientation.Horizontal)
        dock.setProperty("hiddenByDefault", True)
        dock.hide()
        return dock

    # ---- commands ----------------------------------------------------------------------
    def open_lesson(self, chosen: Lesson) -> bool:
        """Open ``chosen``'s project as File ▸ Open Example would, then show its guide;
        False (and nothing changed) when the user cancelled or the file could not be read."""
        self._opening = True
        try:
            opened = self.window.files.open_example(chosen.project)
        finally:
            self._opening = False
        if opened:
            self.window.document.setProperty(LESSON_PROPERTY, chosen.name)
            self.guide.show_lesson(chosen)
            self.show_guide()
        return opened

    def show_guide(self) -> None:
        window, dock = self.window, self.dock
        shown_before = not dock.isHidden()
        # the column beside it as wide as it is now: of the docks on screen (one behind
        # another's tab counts as visible, with the width it last had on screen)
        beside = [other for other in window.docks.values()
                  if other is not dock and not other.visibleRegion().isEmpty()
                  and not other.isFloating()
                  and window.dockWidgetArea(other) == Qt.DockWidgetArea.RightDockWidgetArea]
        width = max((other.width() for other in beside), default=0)
        dock.show()
        self.guide.refresh()
        dock.raise_()
        if not shown_before and beside and not dock.isFloating() and (
                window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea):
            # the new column's room from the canvas, not from the column beside it, which Qt
            # halved (and the net was drawn the smaller for it)
            # (once the column is in the window's layout: before, Qt sizes it over again)
            room = self.guide.fontMetrics().averageCharWidth() * GUIDE_CHARACTERS
            QTimer.singleShot(0, dock, lambda: window.resizeDocks(
                [beside[0], dock], [width, room], Qt.Orientation.Horizontal))
            self._beside = (beside[0], width)

    def keep_guide_shown(self) -> None:
        """After View ▸ Reset Layout: the guide of an open lesson back in view (the default
        layout hides it, as no lesson is open then)."""
        if self._lesson_of_document() is not None:
            self.show_guide()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()

    def _project_changed(self, change) -> None:
        """Another project in the window: its guide would not fit it any more."""
        if not self._opening and change.parts >= events.EVERYTHING:
            self.window.document.setProperty(LESSON_PROPERTY, "")
            self.guide.show_lesson(None)
            self.dock.hide()

    def _guide_shown(self, visible: bool) -> None:
        if visible:
            self.guide.refresh()
        elif self.dock.isHidden() and self._beside is not None:
            # closed: its room back to the canvas (Qt gave it to the column beside)
            beside, width = self._beside
            self._beside = None
            QTimer.singleShot(0, beside, lambda: self.window.resizeDocks(
                [beside], [width], Qt.Orientation.Horizontal))

    def _lesson_of_document(self) -> Lesson | None:
        """The lesson the document was opened from, if it still shows one."""
        name = self.window.document.property(LESSON_PROPERTY)
        try:
            return lesson(name) if name else None
        except KeyError:
            return None
