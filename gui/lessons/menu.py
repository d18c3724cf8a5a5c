"""Help ▸ Lessons and Help ▸ Keyboard Shortcuts for a main window.

``LessonsHelp`` makes one action per lesson (``actionLesson_<name>``), the guide's dock
(``lessonGuideDock``, beside the inspector, hidden until a lesson opens) and the shortcuts
dialog's action. A lesson opens the way File ▸ Open Example opens an example: through the
window's file actions, which ask about unsaved changes (and a training run) first, open it
as a new untitled project and leave Open Recent alone. Opening any other project afterwards
puts the guide away; Show the Lesson Guide brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from engine.session import events
from gui.actions import ActionInfo, make_action
from gui.lessons.catalogue import Lesson, lessons
from gui.lessons.guide import LessonGuide
from gui.lessons.shortcuts import ShortcutsDialog

GUIDE_DOCK = "lessonGuideDock"


class LessonsHelp(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.guide = LessonGuide(window)
        self.dock = self._make_dock()
        self.menu = QMenu(self.tr("&Lessons"), window)
        self.menu.setObjectName("menuLessons")
        self.lesson_actions = []
        for lesson in lessons():
            action = make_action(window, ActionInfo(f"actionLesson_{lesson.name}",
                                                    lesson.title, None, lesson.summary))
            action.triggered.connect(lambda _=False, lesson=lesson: self.open_lesson(lesson))
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
        #: the lesson whose guide is up; None once another project has been opened
        self._opening = False
        window.document.changed.connect(self._project_changed)

    def _make_dock(self) -> QDockWidget:
        window = self.window
        dock = window._add_dock(GUIDE_DOCK, self.tr("Lesson"), self.guide,
                                Qt.DockWidgetArea.RightDockWidgetArea)
        dock.setProperty("hiddenByDefault", True)
        if "inspectorDock" in window.docks:
            window.tabifyDockWidget(window.docks["inspectorDock"], dock)
        dock.hide()
        return dock

    # ---- commands ----------------------------------------------------------------------
    def open_lesson(self, lesson: Lesson) -> bool:
        """Open ``lesson``'s project as File ▸ Open Example would, then show its guide;
        False (and nothing changed) when the user cancelled or the file could not be read."""
        self._opening = True
        try:
            opened = self.window.files.open_example(lesson.project)
        finally:
            self._opening = False
        if opened:
            self.guide.show_lesson(lesson)
            self.show_guide()
        return opened

    def show_guide(self) -> None:
        self.guide.refresh()
        self.dock.show()
        self.dock.raise_()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()

    def _project_changed(self, change) -> None:
        """Another project in the window: its guide would not fit it any more."""
        if not self._opening and change.parts >= events.EVERYTHING:
            self.dock.hide()
