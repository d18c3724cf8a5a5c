"""Lesson presets in the window: File ▸ Lesson Presets.

A teacher saves the window as a named preset (``engine.project.lesson.LessonPreset``: the
panels shown, the controls locked and how, classroom mode or not, the docks' places). It is
kept in the teacher's library (``<data folder>/presets``, listed under File ▸ Lesson Presets
▸ Apply) and, by default, saved with the project as one undoable edit, so the one file the
teacher hands out opens for every student with that layout and those controls locked.

Whenever a project opens (File ▸ Open, a recent file, the command line, an autosave
restored) its preset is applied; a project without one frees any locked controls and leaves
the layout as it is. File ▸ Lesson Presets ▸ Unlock Controls frees them for the project open
now (a lesson plan, not security).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QMessageBox

from engine import ProjectError
from engine.project.lesson import PRESET_SUFFIX, LessonPreset, load_preset, save_preset
from gui.actions import ActionInfo, make_action
from gui.classroom.locking import ControlLocks
from gui.classroom.mode import ClassroomMode
from gui.classroom.preset_dialog import PresetDialog

STATUS_MS = 10000


def presets_folder() -> Path:
    """Where the teacher's presets are kept (beside the autosaves, in the data folder)."""
    from gui.autosave import data_folder

    return data_folder() / "presets"


def preset_file(name: str) -> Path:
    """The library file of the preset called ``name`` (characters no file name may hold
    become _)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(". ") or "preset"
    return presets_folder() / f"{stem}{PRESET_SUFFIX}"


def saved_presets() -> list[tuple[Path, LessonPreset | None]]:
    """The library's presets by name; a damaged file is listed with None."""
    folder = presets_folder()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{PRESET_SUFFIX}")):
        try:
            found.append((path, load_preset(path)))
        except ProjectError:
            found.append((path, None))
    return sorted(found, key=lambda item: (item[1] is None,
                                           item[1].name.lower() if item[1] else item[0].name))


def encode_state(state: QByteArray) -> str:
    return bytes(state.toBase64()).decode("ascii")


def decode_state(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class LessonPresets(QObject):
    """The presets of ``window`` (a MainWindow with ``document`` and ``docks``), its
    ``classroom`` mode and its control ``locks``."""

    def __init__(self, window: QMainWindow, classroom: ClassroomMode, layout_version: int):
        super().__init__(window)
        self.window = window
        self.classroom = classroom
        self.layout_version = layout_version
        self.document = window.document
        self.locks = ControlLocks(window)
        self.locks.changed.connect(self._locks_changed)
        self._status_label: QLabel | None = None
        self.action_save = make_action(window, ActionInfo(
            "actionSaveLessonPreset", self.tr("&Save Lesson Preset…"), None,
            self.tr("Save this window's panels and the controls students may not change as a "
                    "named preset, in the project and for other projects")))
        self.action_save.triggered.connect(self.ask_and_save)
        self.action_unlock = make_action(window, ActionInfo(
            "actionUnlockControls", self.tr("&Unlock Controls"), None,
            self.tr("Give back the controls the lesson preset locked (until another project "
                    "opens)")))
        self.action_unlock.triggered.connect(self.unlock)
        self.action_unlock.setEnabled(False)
        self.action_remove = make_action(window, ActionInfo(
            "actionRemoveLessonPreset", self.tr("&Remove the Preset from the Project"), None,
            self.tr("The project no longer opens with a lesson preset (undoable)")))
        self.action_remove.triggered.connect(lambda: self.document.set_lesson(None))
        self.menu = QMenu(self.tr("Lesson &Presets"), window)
        self.menu.setObjectName("menuLessonPresets")
        self.menu.setToolTipsVisible(True)
        self.menu.addAction(self.action_save)
        self.apply_menu = self.menu.addMenu(self.tr("&Apply Saved Preset"))
        self.apply_menu.setObjectName("menuApplyPreset")
        self.apply_menu.aboutToShow.connect(self._fill_apply_menu)
        self.delete_menu = self.menu.addMenu(self.tr("&Delete Saved Preset"))
        self.delete_menu.setObjectName("menuDeletePreset")
        self.delete_menu.aboutToShow.connect(self._fill_delete_menu)
        self.menu.addSeparator()
        self.menu.addActions([self.action_unlock, self.action_remove])
        self.menu.aboutToShow.connect(self._update_actions)
        self.document.changed.connect(self._project_changed)
        self._update_actions()
        #: the locks of the window this one replaces (another language), or None: what
        #: this window locks instead of the project's preset (Unlock Controls lasts)
        self._carried: tuple[tuple[str, ...], str] | None = None
        # a window built around a project already open (another language) locks what it
        # locked, once its menus exist
        QTimer.singleShot(0, self, self._lock_as_the_project_says)

    def carry_locks(self, locked: tuple[str, ...], style: str) -> None:
        """Lock what the window this one replaces locked (nothing, when the teacher had
        unlocked the controls), rather than what the project's preset says."""
        self._carried = (tuple(locked), style)

    # ---- saving ----------------------------------------------------------------------------
    def ask_and_save(self) -> bool:
        """The Save Lesson Preset dialog, then ``save`` what it chose."""
        lesson = self.document.session.lesson
        docks = self.window.docks
        shown = (set(self.classroom.panels) if self.classroom.active
                 else {name for name, dock in docks.items() if dock.isVisibleTo(self.window)})
        name = lesson.name if lesson else (self.document.session.display_name()
                                           .removesuffix(".bps.json") or self.document.name)
        dialog = PresetDialog(self.window, name, docks, shown,
                              set(lesson.locked if lesson else self.locks.locked),
                              lesson.lock_style if lesson else self.locks.style,
                              self.classroom.active)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.save(dialog.preset(), dialog.in_project)

    def save(self, preset: LessonPreset, in_project: bool = True) -> bool:
        """Keep ``preset`` in the library and (``in_project``) in the project, with the
        window's dock layout as it is now, and show the window as the students will see it."""
        preset = replace(preset, window_state=encode_state(
            self.window.saveState(self.layout_version)))
        path = preset_file(preset.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_preset(preset, path)
        except (ProjectError, OSError) as error:
            QMessageBox.warning(self.window, self.tr("Lesson Preset Not Kept"), self.tr(
                "The preset could not be kept for other projects: {error}").format(error=error))
        if in_project:
            self.document.set_lesson(preset)
        self.apply(preset)
        said = (self.tr("Lesson preset “{name}” saved in the project: save the project to "
                        "hand it out.") if in_project else
                self.tr("Lesson preset “{name}” saved."))
        self._say(said.format(name=preset.name))
        return True

    # ---- applying --------------------------------------------------------------------------
    def apply(self, preset: LessonPreset) -> None:
        """Show the window as ``preset`` says: its panels (in classroom mode or not), the
        docks where they were, its controls locked."""
        window, docks = self.window, self.window.docks
        state = decode_state(preset.window_state) if preset.window_state else None
        if preset.classroom:
            self.classroom.set_panels(preset.panels)
            self.classroom.set_active(True)
            if state is not None:
                window.restoreState(state, self.layout_version)
            self.classroom.set_panels(preset.panels)
        else:
            self.classroom.set_active(False)
            if state is not None:
                window.restoreState(state, self.layout_version)
            for name, dock in docks.items():
                if name in preset.panels and not dock.isVisibleTo(window):
                    dock.setFloating(False)
                    dock.show()
                elif name not in preset.panels and dock.isVisibleTo(window):
                    dock.hide()
        self.locks.lock(preset.locked, preset.lock_style)

    def apply_saved(self, path: Path) -> bool:
        """Apply the library's preset at ``path`` to this window and save it in the project."""
        try:
            preset = load_preset(path)
        except ProjectError as error:
            QMessageBox.warning(self.window, self.tr("Cannot Apply the Preset"), str(error))
            return False
        self.document.set_lesson(preset)
        self.apply(preset)
        self._say(self.tr("Lesson preset “{name}” applied and saved in the project.").format(
            name=preset.name))
        return True

    def _lock_as_the_project_says(self) -> None:
        if not shiboken6.isValid(self.window) or self.locks.locked:
            return
        carried, self._carried = self._carried, None
        if carried is not None:
            if carried[0]:
                self.locks.lock(*carried)
            return
        lesson = self.document.session.lesson
        if lesson is not None:
            self.locks.lock(lesson.locked, lesson.lock_style)

    def unlock(self) -> None:
        self.locks.unlock()
        self._say(self.tr("The controls are unlocked until another project opens."))

    def _project_changed(self, change) -> None:
        if "lesson" not in change:
            return
        lesson = self.document.session.lesson
        if "spec" in change:  # a whole project opened: its window
            if lesson is not None:
                self.apply(lesson)
                self._say(self.tr("This project opens with the lesson preset “{name}”.")
                          .format(name=lesson.name))
            else:
                self.locks.unlock()
        elif lesson is None:  # removed (or its attaching undone)
            self.locks.unlock()
        else:
            self.locks.lock(lesson.locked, lesson.lock_style)
        self._update_actions()

    # ---- menus and the status bar ------------------------------------------------------------
    def _fill_apply_menu(self) -> None:
        self.apply_menu.clear()
        presets = saved_presets()
        if not presets:
            self.apply_menu.addAction(self.tr("(no presets saved yet)")).setEnabled(False)
        for path, preset in presets:
            if preset is None:
                action = self.apply_menu.addAction(self.tr("{file} (damaged)").format(
                    file=path.name))
                action.setEnabled(False)
                continue
            action = self.apply_menu.addAction(preset.name)
            action.triggered.connect(lambda _=False, path=path: self.apply_saved(path))

    def _fill_delete_menu(self) -> None:
        self.delete_menu.clear()
        presets = saved_presets()
        if not presets:
            self.delete_menu.addAction(self.tr("(no presets saved yet)")).setEnabled(False)
        for path, preset in presets:
            action = self.delete_menu.addAction(preset.name if preset else path.name)
            action.triggered.connect(lambda _=False, path=path: self._delete(path))

    def _delete(self, path: Path) -> None:
        try:
            path.unlink()
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Cannot Delete the Preset"),
                                self.tr("Cannot delete {file}: {why}").format(
                                    file=path, why=error.strerror or error))

    def _update_actions(self) -> None:
        self.action_unlock.setEnabled(bool(self.locks.locked))
        self.action_remove.setEnabled(self.document.session.lesson is not None)

    def _locks_changed(self, locked: tuple) -> None:
        self._update_actions()
        label = self._status_label
        if label is None or not shiboken6.isValid(label) or label.parent() is not \
                self.window.statusBar():
            self._status_label = QLabel(self.window)
            self._status_label.setObjectName("lessonLockStatus")
            self.window.statusBar().addPermanentWidget(self._status_label)
        self._status_label.setText(
            "" if not locked else self.tr("1 control locked by the lesson") if len(locked) == 1
            else self.tr("{n} controls locked by the lesson").format(n=len(locked)))
        self._status_label.setToolTip(self.tr(
            "Controls the lesson preset locked; File ▸ Lesson Presets ▸ Unlock Controls "
            "gives them back") if locked else "")
        self._status_label.setVisible(bool(locked))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)
