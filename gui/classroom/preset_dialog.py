"""File ▸ Lesson Presets ▸ Save Lesson Preset…: the teacher names the preset, ticks the panels
shown and the controls locked, chooses how locked controls look and whether the project
opens in classroom mode, and whether the preset is saved in the project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.project.lesson import MAX_PRESET_NAME, LessonPreset
from gui.classroom.locking import LOCKABLE

#: of the screen's width and height the dialog takes at most
SCREEN_SHARE = 0.95


class PresetDialog(QDialog):
    """Asks for a preset; ``preset(window_state)`` is the one chosen and ``in_project`` says
    whether it goes into the project file."""

    def __init__(self, parent: QWidget, name: str, docks: dict, shown: set[str],
                 locked: set[str], lock_style: str, classroom: bool):
        super().__init__(parent)
        self.setObjectName("lessonPresetDialog")
        self.setWindowTitle(self.tr("Save Lesson Preset"))
        # everything but the buttons scrolls: in classroom type on a small screen the dialog
        # was wider than the screen, its Save button off it
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name:"), self))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("presetName")
        self.name.setMaxLength(MAX_PRESET_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Why XOR needs a hidden layer"))
        row.addWidget(self.name, 1)
        layout.addLayout(row)

        choices = QHBoxLayout()
        panels = QGroupBox(self.tr("Panels shown"), self)
        grid = QVBoxLayout(panels)
        self.panels: dict[str, QCheckBox] = {}
        for dock_name, dock in docks.items():
            box = QCheckBox(dock.windowTitle(), panels)
            box.setObjectName(f"presetPanel_{dock_name}")
            box.setChecked(dock_name in shown)
            grid.addWidget(box)
            self.panels[dock_name] = box
        grid.addStretch(1)
        choices.addWidget(panels)

        locks = QGroupBox(self.tr("Controls students cannot change"), self)
        lock_grid = QGridLayout(locks)
        self.locks: dict[str, QCheckBox] = {}
        for row_index, lockable in enumerate(LOCKABLE):
            box = QCheckBox(lockable.translated_title(), locks)
            box.setObjectName(f"presetLock_{lockable.name}")
            box.setChecked(lockable.name in locked)
            lock_grid.addWidget(box, row_index, 0)
            self.locks[lockable.name] = box
        look = QHBoxLayout()
        look.addWidget(QLabel(self.tr("Locked controls are:"), locks))
        self.disable = QRadioButton(self.tr("greyed out, saying why"), locks)
        self.disable.setObjectName("presetLockDisable")
        self.hide_them = QRadioButton(self.tr("hidden"), locks)
        self.hide_them.setObjectName("presetLockHide")
        group = QButtonGroup(self)
        group.addButton(self.disable)
        group.addButton(self.hide_them)
        (self.hide_them if lock_style == "hide" else self.disable).setChecked(True)
        look.addWidget(self.disable)
        look.addWidget(self.hide_them)
        look.addStretch(1)
        lock_grid.addLayout(look, len(LOCKABLE), 0)
        choices.addWidget(locks, 1)
        layout.addLayout(choices)

        self.classroom = QCheckBox(self.tr("Open in classroom mode (full screen, large type, "
                                           "only these panels)"), self)
        self.classroom.setObjectName("presetClassroom")
        self.classroom.setChecked(classroom)
        layout.addWidget(self.classroom)
        self.in_project_box = QCheckBox(self.tr("Save it in this project, so the project "
                                                "opens this way for the students"), self)
        self.in_project_box.setObjectName("presetInProject")
        self.in_project_box.setChecked(True)
        layout.addWidget(self.in_project_box)
        note = QLabel(self.tr(
            "Save the project afterwards and hand out the file: it opens with these panels "
            "and these controls locked. It is a lesson plan, not a lock: File ▸ Lesson "
            "Presets ▸ Unlock Controls gives the controls back. The preset is also kept "
            "under File ▸ Lesson Presets for other projects."), self)
        note.setWordWrap(True)
        note.setObjectName("presetNote")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea(self)
        scroll.setObjectName("presetScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self._fit_screen(content, choices)
        self.name.textChanged.connect(self._name_changed)
        self._name_changed(self.name.text())

    def _fit_screen(self, content: QWidget, choices: QBoxLayout) -> None:
        """As large as its content wants, within the screen: the two groups one above the
        other when side by side they would be wider than it (and it scrolls if need be)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        room = screen.size() * SCREEN_SHARE
        if content.sizeHint().width() > room.width():
            choices.setDirection(QBoxLayout.Direction.TopToBottom)
        margins = self.layout().contentsMargins()
        extra_width = margins.left() + margins.right() + 24  # and a vertical scroll bar
        extra_height = (margins.top() + margins.bottom() + self.layout().spacing()
                        + self.buttons.sizeHint().height())
        hint = content.sizeHint()
        self.resize(min(hint.width() + extra_width, room.width()),
                    min(hint.height() + extra_height, room.height()))

    def _name_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))

    @property
    def in_project(self) -> bool:
        return self.in_project_box.isChecked()

    def preset(self, window_state: str = "") -> LessonPreset:
        return LessonPreset(
            self.name.text().strip(),
            panels=tuple(name for name, box in self.panels.items() if box.isChecked()),
            locked=tuple(name for name, box in self.locks.items() if box.isChecked()),
            lock_style="hide" if self.hide_them.isChecked() else "disable",
            classroom=self.classroom.isChecked(), window_state=window_state)
