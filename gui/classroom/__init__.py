"""The classroom: classroom mode for a projector, and lesson presets for a class.

    classroom, presets = install(window, layout_version)

``mode`` (View ▸ Classroom Mode, F11) and ``look`` make the window large and simple for a
room; ``presets`` (File ▸ Lesson Presets) saves the window's panels and locked controls with
the project, ``locking`` locks them, ``preset_dialog`` asks the teacher which. The main window
only places the menus and saves the layout ``classroom.normal_layout()`` gives.
"""

from __future__ import annotations


def install(window, layout_version: int):
    """The classroom mode and the lesson presets of ``window`` (after its docks exist)."""
    from gui.classroom.look import program_in_classroom
    from gui.classroom.mode import ClassroomMode
    from gui.classroom.presets import LessonPresets

    classroom = ClassroomMode(window, layout_version)
    if program_in_classroom():
        # another window is in the mode now: this one is built in its place (the interface
        # in another language) or beside it, and joins it
        classroom.restore_remembered()
    return classroom, LessonPresets(window, classroom, layout_version)


__all__ = ["install"]
