"""Help ▸ Lessons: example projects that follow the course notes, each with a guide, and
Help ▸ Keyboard Shortcuts."""

from gui.lessons.menu import LessonsHelp

__all__ = ["LessonsHelp"]
