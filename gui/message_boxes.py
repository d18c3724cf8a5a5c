"""Message boxes as wide as their titles.

A QMessageBox sizes itself to its text, not to its title, and the window manager then cuts the
title in the bar ("Weights Expor…ckprop Studio", with Qt's " — Backprop Studio" after it). A
spacer in the box's grid, as wide as the whole title and the bar's buttons, keeps it whole.
Boxes the program builds call ``fit_title``; the ones Qt's static functions build
(``QMessageBox.question(…)``) are fitted as they take the focus (``fit_every_box``).
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

#: room the title bar takes besides the title: its icon and three buttons, and padding
TITLE_BAR_ROOM = 160


def fit_title(box: QMessageBox) -> None:
    """Make ``box`` at least as wide as its title bar needs (the title, the program's name
    Qt adds, and the bar's own buttons), in a bold font as title bars mostly use. Call it
    once its texts are set: a first informative or detailed text builds its layout anew."""
    title = box.windowTitle()
    name = QApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"
    font = box.font()
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_ROOM
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    box.setProperty(FITTED, True)


#: the property a box fitted once carries
FITTED = "titleFitted"


def fit_every_box(app: QApplication) -> None:
    """Fit the title of every message box as it takes the focus, once: the static
    ``QMessageBox.question`` and ``warning`` build theirs out of reach (in Chinese the
    unsaved-changes box read "未保存的更改 —...kprop Studio")."""
    app.focusChanged.connect(_fit_focused_box)


def _fit_focused_box(_old, new) -> None:
    box = new.window() if new is not None else None
    if isinstance(box, QMessageBox) and not box.property(FITTED):
        fit_title(box)
        if box.width() < box.sizeHint().width():
            box.resize(box.sizeHint().width(), box.height())
