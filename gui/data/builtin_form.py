"""Choosing a built-in data set: a list of the sets and a form built from their parameters.

The form is made from ``datasets.info(name).params`` (name, kind, range, default), so a new
built-in or parameter in the engine appears here without a change to this file.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from gui.wheel_guard import guard_wheel

SPIN_MAX_INT = 2**31 - 1


class BuiltinForm(QWidget):
    """A combo box of the built-in sets and spin boxes for the chosen one's parameters.

    The description keeps the room of the longest, and the parameters' fields the room of
    the most, so what comes below (the panel's "Use this data") stays where it is whichever
    set is chosen: XOR's longer description pushed it down 14 px after OR, the click landed
    beside it, and a lesson ran on OR while the list read XOR (tester)."""

    choiceChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("builtinForm")
        self.combo = QComboBox(objectName="builtinCombo")
        for name in datasets.names():
            about = datasets.info(name)
            self.combo.addItem(about.title, name)  # the engine's, in the user's language
        self.description = QLabel(wordWrap=True, objectName="builtinDescription")
        self.description.setStyleSheet("color: #555;")
        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        layout.addWidget(self.form_box)
        #: in the parameters' room when a set has none (the room is kept: ``_keep_room``)
        self.no_params = QLabel(self.tr("This set has no settings: its points are fixed."),
                                self.form_box, objectName="builtinNoParams")
        self.no_params.setStyleSheet("color: #777; font-style: italic;")
        self.no_params.setWordWrap(True)
        self.form.addRow(self.no_params)
        self.combo.currentIndexChanged.connect(self._rebuild)
        self._rebuild()
        self._keep_room()

    def name(self) -> str:
        return self.combo.currentData()

    def _keep_room(self) -> None:
        """The description's least height: the tallest of any set's at its width now (the
        parameters' fields, when a set has other ones, show it has moved)."""
        width = self.description.width() if self.description.width() > 50 else 240
        metrics = self.description.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        abouts = [datasets.info(self.combo.itemData(k)) for k in range(self.combo.count())]
        self.description.setMinimumHeight(max(
            metrics.boundingRect(QRect(0, 0, width, 10_000), flags, about.description).height()
            for about in abouts))
        # and the parameters' room, the most any set has: after XOR's none, moons' three
        # fields pushed "Use this data" down and a click meant for it landed in Samples
        rows = max(len(about.params) for about in abouts)
        row = max(QDoubleSpinBox().sizeHint().height(), QSpinBox().sizeHint().height())
        spacing = max(self.form.verticalSpacing(), 0)
        self.form_box.setMinimumHeight(rows * row + max(rows - 1, 0) * spacing)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_room()

    def select(self, name: str, params: dict | None = None) -> None:
        """Show ``name`` with ``params`` filled in (the others at their defaults)."""
        self.combo.setCurrentIndex(self.combo.findData(name))
        for key, value in (params or {}).items():
            if key in self.fields:
                self.fields[key].setValue(value)

    def params(self) -> dict:
        return {name: (int(field.value()) if isinstance(field, QSpinBox) else field.value())
                for name, field in self.fields.items()}

    def load(self):
        """The chosen set with the form's parameters; DataError if the engine refuses them."""
        return datasets.load(self.name(), **self.params())

    def _rebuild(self) -> None:
        about = datasets.info(self.name())
        self.description.setText(about.description)
        while self.form.rowCount() > 1:  # the fields, below the note kept in row 0
            self.form.removeRow(1)
        self.form.setRowVisible(0, not about.params)
        self.fields = {spec.name: self._field(spec) for spec in about.params}
        for spec in about.params:
            self.form.addRow(self.tr("{label}:").format(label=spec.label or spec.name),
                             self.fields[spec.name])
            guard_wheel(self.fields[spec.name])
        self.choiceChanged.emit()

    def _field(self, spec) -> QSpinBox | QDoubleSpinBox:
        if spec.kind == "int":
            field = QSpinBox()
            field.setRange(int(spec.minimum), int(min(spec.maximum, SPIN_MAX_INT)))
        else:
            field = QDoubleSpinBox()
            field.setDecimals(2)
            field.setSingleStep(0.05)
            field.setRange(float(spec.minimum), float(spec.maximum))
        field.setObjectName(f"param_{spec.name}")
        field.setValue(spec.default)
        return field
