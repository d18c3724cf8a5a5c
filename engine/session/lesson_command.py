"""The edit that saves a lesson preset with the project (``engine.project.lesson``).

A teacher attaches a preset (the panels shown, the controls locked) to the project so it
travels with the file to the students; like every edit it is one undoable step, and it marks
the project unsaved.
"""

from __future__ import annotations

from engine.session.events import LESSON
from engine.session.undo import Command
from engine.text import QT_TRANSLATE_NOOP


class SetLesson(Command):
    """The lesson preset saved with the project, from ``before`` to ``after`` (None: none)."""

    def __init__(self, session, before, after):
        template = (QT_TRANSLATE_NOOP("Commands", "Remove Lesson Preset") if after is None
                    else QT_TRANSLATE_NOOP("Commands", "Attach Lesson Preset"))
        super().__init__(session, template)
        self.before, self.after = before, after

    def apply(self) -> frozenset[str]:
        self.session.lesson = self.after
        return frozenset({LESSON})

    def revert(self) -> frozenset[str]:
        self.session.lesson = self.before
        return frozenset({LESSON})
