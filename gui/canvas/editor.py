"""The inline number editor: double-click a connection or a neuron and type a new wᵢⱼˡ or bᵢˡ
right there, so a class can set XOR's weights by hand without leaving the picture.

A QLineEdit in a QGraphicsProxyWidget that ignores the view's zoom (it stays readable when
the net is zoomed out). Enter sets the value, Escape or clicking elsewhere cancels; a text that
is not a number turns the field red, says why beside it and keeps it open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsProxyWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolTip,
    QWidget,
)

INVALID_STYLE = "QLineEdit { border: 2px solid #cf222e; border-radius: 3px; }"


def parse_number(text: str) -> float | None:
    """A number as people type it: "−0.5" with a true minus sign and "0,5" with a decimal
    comma are read too. None when it is not a finite number."""
    cleaned = text.strip().replace("−", "-").replace(",", ".").replace(" ", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class InlineEditor(QGraphicsProxyWidget):
    """``label`` = [value]; ``on_commit(value)`` returns True when the value was taken."""

    def __init__(self, label: str, value: float, on_commit: Callable[[float], bool],
                 on_close: Callable[[], None]):
        super().__init__()
        self.on_commit, self.on_close = on_commit, on_close
        self._closed = False
        box = QWidget()
        box.setObjectName("inlineValueEditor")
        box.setStyleSheet("#inlineValueEditor { background: #ffffff; border: 1px solid #8c959f;"
                          " border-radius: 5px; }")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(f"{label} =", box))
        self.line_edit = QLineEdit(f"{value:.6g}", box)
        self.line_edit.setMinimumWidth(90)
        self._editing_again()
        self.line_edit.setAccessibleName(self.tr("New value of {what}").format(what=label))
        self.line_edit.returnPressed.connect(self.commit)
        self.line_edit.textEdited.connect(self._editing_again)
        self.line_edit.installEventFilter(self)
        layout.addWidget(self.line_edit)
        self.setWidget(box)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)

    def _editing_again(self, _text: str = "") -> None:
        """The field as it opens, and again once the user types after a refusal."""
        self.line_edit.setStyleSheet("")
        self.line_edit.setToolTip(self.tr("Enter sets the value; Esc cancels"))

    def open_at(self, scene, pos: QPointF) -> None:
        """Centred just above ``pos``, in screen pixels whatever the zoom."""
        scene.addItem(self)
        self.setPos(pos)
        size = self.widget().sizeHint()
        self.setTransform(QTransform.fromTranslate(-size.width() / 2, -size.height() - 6))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line_edit.selectAll()

    def commit(self) -> bool:
        value = parse_number(self.line_edit.text())
        if value is None:
            # red alone did not say why ("abc", "nan", "1e400", tester): said beside it too
            self._refuse(self.tr("“{text}” is not a finite number: type one such as 0.5, "
                                 "−1.2 or 1e-3").format(text=self.line_edit.text().strip()))
            return False
        if not self.on_commit(value):  # the reason is said in the status bar
            self.line_edit.setStyleSheet(INVALID_STYLE)
            return False
        self.close_editor()
        return True

    def _refuse(self, reason: str) -> None:
        self.line_edit.setStyleSheet(INVALID_STYLE)
        self.line_edit.setToolTip(reason)
        QToolTip.showText(self.line_edit.mapToGlobal(self.line_edit.rect().bottomLeft()),
                          reason, self.line_edit)

    def close_editor(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.line_edit.removeEventFilter(self)
        if self.scene() is not None:
            self.scene().removeItem(self)
        self.on_close()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            return True
        if event.type() == QEvent.Type.FocusOut and event.reason() in (
                Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason):
            self.close_editor()
        return False

