"""The window's status bar: a message too long for the room left of the permanent figures is
cut with an ellipsis (the whole of it in the tooltip), instead of being drawn over them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

#: room kept between the message and the figures on the right
GAP = 24


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._permanent: list = []

    def showMessage(self, text: str, timeout: int = 0) -> None:
        """Show ``text`` (cut to the room there is); ``full_message`` keeps all of it."""
        self.full_message = text
        self.setToolTip(text)
        super().showMessage(self._fitted(text), timeout)

    def _fitted(self, text: str) -> str:
        if not self.isVisible():  # no room measured yet: nothing to cut
            return text
        taken = sum(child.width() for child in self._permanent_widgets())
        room = self.width() - taken - GAP
        if room <= 0 or self.fontMetrics().horizontalAdvance(text) <= room:
            return text
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)

    def _permanent_widgets(self):
        """The figures on the right (the widgets added with addPermanentWidget) that show."""
        return [widget for widget in self._permanent if widget.isVisible()]

    def addPermanentWidget(self, widget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)
