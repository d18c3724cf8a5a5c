"""The lesson guide (``lessonGuide``): what to do, what to look for, beside the canvas.

A read-only rich-text page (QTextBrowser) in a dock of its own, shown when a lesson opens;
the dock can be closed and brought back (Help ▸ Lessons ▸ Show the Lesson Guide). The page is
the lesson's guide file in the interface language, with the interface's own words for the
actions and panels it names filled in (``gui.lessons.placeholders``) each time it is shown,
so they match the menus on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui.lessons.catalogue import Lesson, interface_language
from gui.lessons.placeholders import fill

GUIDE_STYLE = """
h2 { font-size: large; margin-top: 0px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 10px; margin-bottom: 4px; }
p, li { margin-top: 2px; margin-bottom: 3px; }
"""


#: the guide's column never narrower than this many average characters of its type: the
#: canvas's room taken from it broke words in the middle ("saturat es", tester)
GUIDE_LEAST_CHARACTERS = 24


class LessonGuide(QTextBrowser):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonGuide")
        self.window_ = window
        self.lesson: Lesson | None = None
        self.setOpenExternalLinks(True)
        self.document().setDocumentMargin(8)
        # a dock's width of text: modest headings, lists not indented far
        self.document().setDefaultStyleSheet(GUIDE_STYLE)
        self.document().setIndentWidth(18)
        self._shown: tuple[str | None, str] | None = None
        self.setHtml(self._nothing_open())

    def minimumSizeHint(self) -> QSize:
        """Room for the longest word of a step at the type in use now (larger in classroom
        mode), whoever narrows the column (``gui.canvas_room``, the user's splitter)."""
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * GUIDE_LEAST_CHARACTERS
        return QSize(max(hint.width(), least), hint.height())

    def show_lesson(self, lesson: Lesson | None) -> None:
        """Show ``lesson``'s guide in the interface language (None: say none is open)."""
        self.lesson = lesson
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Show the guide again if the lesson or the language changed (or ``force``); the
        page keeps its place otherwise, so looking at another tab and back loses nothing."""
        language = interface_language()
        shown = (self.lesson.name if self.lesson else None, language)
        if shown == self._shown and not force:
            return
        self._shown = shown
        if self.lesson is None:
            self.setHtml(self._nothing_open())
            return
        path = self.lesson.guide(language)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            text = self.tr("<p>The guide {path} cannot be read: {why}</p>").format(
                path=path, why=error.strerror or error)
        self.setHtml(fill(text, self.window_))
        self.verticalScrollBar().setValue(0)

    def _nothing_open(self) -> str:
        return self.tr("<p>No lesson is open. Choose one from <b>Help ▸ Lessons</b>.</p>")
