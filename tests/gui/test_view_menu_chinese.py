"""视图's items in Chinese are short enough that none is elided in classroom mode's larger
text: "Fit Network to View" was 缩放以显示整个网络, the widest item, shown as 缩放以显示…络."""

from PySide6.QtGui import QFont, QFontMetrics

from engine import text
from gui import create_main_window, i18n
from gui.languages import CHINESE, ENGLISH


def test_fit_network_is_a_short_item_in_chinese(qtbot):
    i18n.install(CHINESE)
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        assert window.action_fit.text() == "显示整个网络(&F)"
        view = next(action.menu() for action in window.menuBar().actions()
                    if action.text() == "视图(&V)")
        font = QFont(view.font())
        font.setPointSizeF(font.pointSizeF() * 1.75)  # classroom text at 175 %
        metrics = QFontMetrics(font)
        others = [metrics.horizontalAdvance(action.text()) for action in view.actions()
                  if action.text() and action is not window.action_fit]
        assert metrics.horizontalAdvance(window.action_fit.text()) < max(others)
        window.document.undo_stack.setClean()
    finally:
        i18n.install(ENGLISH)
        text.remove_translator()
