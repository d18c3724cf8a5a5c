"""Only a field that has the focus takes the mouse wheel.

Scrolling a panel with the wheel used to change the spin box or combo box that happened to pass
under the pointer (η 0.05 → 0.0617, the data set Plane → Iris) without a word. A guarded spin
box ignores the wheel until it is clicked or tabbed into, and the wheel scrolls the panel
instead: an ignored wheel event goes on to the field's parent, the scroll area. A combo box
never takes it: one just chosen from keeps the focus, and scrolling on afterwards switched the
data set the user had just picked (its list and the keyboard still choose).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and (
                isinstance(watched, QComboBox) or not watched.hasFocus()):
            event.ignore()
            return True  # not this field's: the parent scrolls
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box and combo box in ``root`` (and ``root`` itself if it is one)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    fields = [root] if isinstance(root, GUARDED) else []
    for kind in GUARDED:
        fields.extend(root.findChildren(kind))
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        field.installEventFilter(_GUARD)
