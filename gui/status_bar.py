"""The window's status bar: a message too long for the room left of the permanent figures is
cut with an ellipsis (the whole of it in the tooltip), instead of being drawn over them, and
cut again when a figure on the right appears or grows while it shows; the figures keep a
gap between them ("C = 2.7e-06" ran into "2 controls locked by the lesson")."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

#: room kept between the message and the figures on the right
GAP = 24
#: room kept left of each figure on the right, between it and the one before
FIGURE_GAP = 14


class StatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._permanent: list = []
        #: the message shown (whole) and when it goes (monotonic seconds; None: it stays)
        self.full_message = ""
        self._until: float | None = None

    def showMessage(self, text: str, timeout: int = 0) -> None:
        """Show ``text`` (cut to the room there is); ``full_message`` keeps all of it."""
        self.full_message = text
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else None
        self.setToolTip(text)
        super().showMessage(self._fitted(text), timeout)

    def _refit(self) -> None:
        """Cut the message showing to the room there is now, for the time it has left."""
        if not self.full_message or not self.currentMessage():
            return
        fitted = self._fitted(self.full_message)
        if fitted == self.currentMessage():
            return
        left = 0
        if self._until is not None:
            left = round((self._until - time.monotonic()) * 1000)
            if left <= 0:
                return
        super().showMessage(fitted, left)

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
        if isinstance(widget, QLabel):
            margins = widget.contentsMargins()
            widget.setContentsMargins(max(margins.left(), FIGURE_GAP), margins.top(),
                                      margins.right(), margins.bottom())
        widget.installEventFilter(self)
        super().addPermanentWidget(widget, stretch)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._refit()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()
