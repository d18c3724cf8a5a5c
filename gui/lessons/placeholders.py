"""The interface's own words in a lesson guide: ``{action:actionTrain}`` and the like.

A guide tells the student what to press, and the names it gives must be the ones on the
screen, in the interface's language, with the shortcut that works. So the guides do not spell
them out: they name the action, dock, tab or choice by its objectName or code, and ``fill``
reads its text from the window at the moment the guide is shown. A name the window does not
have is left in braces, so a test can find it (``unresolved``).

    {action:NAME}   the action's menu path and shortcut ("Train ▸ Train (F5)")
    {dock:NAME}     a dock's title ("Decision Boundary")
    {tab:NAME}      the tab title of the page with that objectName ("Gradients per Layer")
    {mode:NAME}     a training mode as the training panel lists it ("Perceptron rule")
    {data:NAME}     a built-in data set as the data panel lists it ("OR truth table")
    {button:NAME}   the text of the push button with that objectName ("Use this data")
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

PLACEHOLDER = re.compile(r"\{(action|dock|tab|mode|data|button):([A-Za-z0-9_]+)\}")


def plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Train" → "Train", "&&" → "&"; the
    "(&T)" a Chinese text adds, "训练(&T)" → "训练")."""
    text = re.sub(r"\s*\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_path(window, action: QAction) -> list[str]:
    """The menu titles that lead to ``action`` from the window's menu bar, then its own."""
    def search(menu: QMenu, trail: list[str]) -> list[str] | None:
        for item in menu.actions():
            if item is action:
                return [*trail, plain(action.text())]
            if item.menu() is not None:
                found = search(item.menu(), [*trail, plain(item.menu().title())])
                if found:
                    return found
        return None

    for top in window.menuBar().actions():
        if top.menu() is not None:
            found = search(top.menu(), [plain(top.menu().title())])
            if found:
                return found
    return [plain(action.text())]


def shortcut_text(action: QAction) -> str:
    """The action's first shortcut as the platform writes it, "" for none."""
    keys = action.shortcuts()
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


def _action(window, name: str) -> str | None:
    action = window.findChild(QAction, name)
    if action is None:
        return None
    path = menu_path(window, action)
    if len(path) >= 2 and path[-1] == path[-2]:
        path = path[1:]  # Train ▸ Train: the menu named after its first command
    text = f"<b>{html.escape(' ▸ '.join(path))}</b>"
    keys = shortcut_text(action)
    return f"{text} ({html.escape(keys)})" if keys else text


def _dock(window, name: str) -> str | None:
    dock = window.findChild(QDockWidget, name)
    return None if dock is None else f"<b>{html.escape(dock.windowTitle())}</b>"


def _tab(window, name: str) -> str | None:
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.widget(index).objectName() == name:
                return f"<b>{html.escape(tabs.tabText(index))}</b>"
    return None


def _choice(combo: QWidget | None, code: str) -> str | None:
    if not isinstance(combo, QComboBox):
        return None
    index = combo.findData(code)
    return None if index < 0 else f"<b>{html.escape(combo.itemText(index))}</b>"


def _mode(window, name: str) -> str | None:
    panel = window.findChild(QWidget, "trainingPanel")
    return _choice(getattr(panel, "mode", None), name)


def _data(window, name: str) -> str | None:
    return _choice(window.findChild(QComboBox, "builtinCombo"), name)


def _button(window, name: str) -> str | None:
    button = window.findChild(QAbstractButton, name)
    return None if button is None else f"<b>{html.escape(plain(button.text()))}</b>"


_RESOLVERS = {"action": _action, "dock": _dock, "tab": _tab, "mode": _mode, "data": _data,
              "button": _button}


def fill(text: str, window) -> str:
    """``text`` with every placeholder the window knows replaced by the window's words."""
    def replace(match: re.Match) -> str:
        found = _RESOLVERS[match.group(1)](window, match.group(2))
        return match.group(0) if found is None else found

    return PLACEHOLDER.sub(replace, text)


def unresolved(text: str) -> list[str]:
    """The placeholders left in a filled text (none, when the guide and the window agree)."""
    return [match.group(0) for match in PLACEHOLDER.finditer(text)]
