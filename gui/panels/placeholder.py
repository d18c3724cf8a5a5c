"""A dock's content for a feature not built in this version: greyed out, and it says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class UnavailablePanel(QLabel):
    """Stands where a later version puts a panel; disabled, so nobody mistakes it for a control."""

    def __init__(self, object_name: str, message: str, parent=None):
        super().__init__(message, parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(12)
        self.setEnabled(False)
