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
