"""Help ▸ Keyboard Shortcuts: every shortcut of the window's actions, read from the actions.

The list is gathered each time the dialog opens, from the QActions the window has (their
current texts and shortcuts, in the interface language), grouped by the menu they are in, so
it cannot fall out of step with the program the way a hand-written list would.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from gui.actions import PLAIN_NAME
from gui.lessons.placeholders import menu_path, plain

#: keys without a character that every keyboard has; the others in a platform's standard
#: bindings (the New, Open, Save and Undo keys of a few keyboards, F13 and up) are left out,
#: since a reader looking for them on a plain keyboard would not find them
_PLAIN_KEYS = frozenset({
    *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)),
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete,
    Qt.Key.Key_Insert, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Space})


def on_every_keyboard(sequence: QKeySequence) -> bool:
    """Whether each key of ``sequence`` is a character or one of the plain keys."""
    return not sequence.isEmpty() and all(
        sequence[i].key().value < Qt.Key.Key_Escape.value or sequence[i].key() in _PLAIN_KEYS
        for i in range(sequence.count()))


#: the arrow keys as arrows: Qt's Chinese names them 左方向, 右方向…, which read oddly
_ARROWS = {Qt.Key.Key_Left: "←", Qt.Key.Key_Right: "→", Qt.Key.Key_Up: "↑",
           Qt.Key.Key_Down: "↓"}


def key_text(sequence: QKeySequence) -> str:
    """``sequence`` as the platform writes it (``NativeText``, in the interface's language),
    with the arrow keys as ←, →, ↑ and ↓: Ctrl+Shift+← in every language."""
    parts = []
    for i in range(sequence.count()):
        combination = sequence[i]
        text = QKeySequence(combination).toString(QKeySequence.SequenceFormat.NativeText)
        arrow = _ARROWS.get(combination.key())
        if arrow is not None:
            name = QKeySequence(combination.key()).toString(
                QKeySequence.SequenceFormat.NativeText)
            if name and text.endswith(name):
                text = text[:-len(name)] + arrow
        parts.append(text)
    return ", ".join(parts)


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, action text, shortcuts) for every action of ``window`` that has a shortcut,
    in the menus' order; an action in no menu is listed under "Other"."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = [key_text(key) for key in action.shortcuts() if on_every_keyboard(key)]
        text = action.property(PLAIN_NAME) or action.text()
        if not keys or not text or id(action) in seen:
            continue
        seen.add(id(action))
        path = menu_path(window, action)
        menu = " ▸ ".join(path[:-1]) or QCoreApplication.translate("ShortcutsDialog", "Other")
        rows.append((menu, plain(text), ", ".join(dict.fromkeys(keys))))
    order = {plain(top.text()): n for n, top in enumerate(window.menuBar().actions())}
    rows.sort(key=lambda row: (order.get(row[0].split(" ▸ ")[0], len(order)), row[0]))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, text, keys in shortcut_rows(window):
            group = groups.get(menu)
            if group is None:
                group = groups[menu] = QTreeWidgetItem(self.tree, [menu, ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 600)

    def rows(self) -> list[tuple[str, str]]:
        """(text, shortcuts) of every listed action, for tests and accessibility."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for i in range(group.childCount()):
                found.append((group.child(i).text(0), group.child(i).text(1)))
        return found
