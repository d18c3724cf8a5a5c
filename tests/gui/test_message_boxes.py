"""A message box is as wide as its title bar needs, so the window manager does not cut the
title ("Weights Expor…ckprop Studio" was seen with a short text)."""

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.message_boxes import TITLE_BAR_ROOM, fit_title


def test_a_short_box_is_widened_to_its_whole_title(qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "Weights Exported", "Done.")
    box.setInformativeText("A short note.")
    qtbot.addWidget(box)
    narrow = box.sizeHint().width()
    fit_title(box)
    font = box.font()
    font.setBold(True)
    name = QApplication.applicationDisplayName()
    title = QFontMetrics(font).horizontalAdvance(f"Weights Exported — {name}")
    assert box.sizeHint().width() >= title + TITLE_BAR_ROOM > narrow


def test_a_message_box_qt_builds_is_as_wide_as_its_title_once_it_has_the_focus(qtbot):
    """The static QMessageBox.question builds its box out of the program's reach; the box
    is fitted as it takes the focus (its title had been cut in the window's bar)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QMessageBox

    from gui.app import ensure_application
    from gui.message_boxes import FITTED, TITLE_BAR_ROOM

    ensure_application()
    title = "Unsaved Changes of a project with a rather long name"
    box = QMessageBox(QMessageBox.Icon.Question, title, "Save them first?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.button(QMessageBox.StandardButton.Save).setFocus()
    qtbot.waitUntil(lambda: bool(box.property(FITTED)))
    font = QFont(box.font())
    font.setBold(True)
    qtbot.waitUntil(lambda: box.width() >= QFontMetrics(font).horizontalAdvance(title)
                    + TITLE_BAR_ROOM // 2)
