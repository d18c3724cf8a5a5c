"""The "Paint your own data" controls: paint on/off, classes or values, the class (or target
value) to paint, the eraser, and starting over. The painting itself is the PaintTool's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.session import painting
from gui import style


class PaintBox(QGroupBox):
    def __init__(self, tool, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PaintBox", "Paint your own data"), parent)
        self.setObjectName("paintBox")
        self.tool = tool
        self.paint = QPushButton(self.tr("Paint on the plane"), objectName="paintButton",
                                 checkable=True)
        self.paint.setToolTip(self.tr("Click the Decision Boundary plot to add points"))
        self.eraser = QPushButton(self.tr("Eraser"), objectName="eraserButton", checkable=True)
        self.start_over = QPushButton(self.tr("Start over"), objectName="startOverButton")
        self.start_over.setToolTip(self.tr(
            "Remove every painted point, leaving one seed point per class to paint around"))
        self.classes = QSpinBox(objectName="paintClasses")
        self.classes.setRange(0, painting.MAX_CLASSES)
        self.classes.setSpecialValueText(self.tr("values"))
        self.classes.setValue(2)
        self.classes.setToolTip(self.tr("How many classes to paint; 0 paints numeric values "
                                        "(regression)"))
        self.value = QDoubleSpinBox(objectName="paintValue")
        self.value.setRange(-1.0, 1.0)
        self.value.setSingleStep(0.1)
        self.class_buttons = QButtonGroup(self)
        self.class_row = QHBoxLayout()
        self.hint = QLabel(self.tr("Click or drag to add points · right-drag (or the eraser) "
                                   "to erase · each stroke is one Undo"), wordWrap=True)
        self.hint.setStyleSheet("color: #555;")
        layout = QGridLayout(self)
        layout.addWidget(self.paint, 0, 0, 1, 2)
        layout.addWidget(self.eraser, 0, 2)
        layout.addWidget(QLabel(self.tr("Classes:")), 1, 0)
        layout.addWidget(self.classes, 1, 1)
        layout.addWidget(self.start_over, 1, 2)
        layout.addWidget(QLabel(self.tr("Paint:")), 2, 0)
        layout.addLayout(self.class_row, 2, 1, 1, 2)
        layout.addWidget(self.hint, 3, 0, 1, 3)
        self.paint.toggled.connect(tool.set_active)
        tool.activeChanged.connect(self._active_changed)
        self.eraser.toggled.connect(lambda on: setattr(tool, "eraser", on))
        self.start_over.clicked.connect(lambda: tool.start_over(self.classes.value()))
        self.classes.valueChanged.connect(self._classes_changed)
        self.value.valueChanged.connect(lambda v: setattr(tool, "value", v))
        self.class_buttons.idClicked.connect(lambda k: setattr(tool, "value", float(k)))
        tool.document.dataChanged.connect(self.follow_document)
        self._rebuild_class_row(2)
        self.follow_document()
        self._active_changed(False)

    def follow_document(self) -> None:
        """Offer the classes of the data being painted, when the data are painted. Other
        data put in use (a built-in, a file, File ▸ New) end the painting: left on, one
        click on the plot replaced them with a painted point (tester)."""
        if self.tool.active and self.tool.document.dataset.source.get("kind") != "arrays":
            self.tool.set_active(False)
        # the classes of any 2-D data painting would go on from (the four clusters read
        # "Classes: 2" with A and B alone, tester)
        current = painting.from_dataset(self.tool.document.dataset)
        if current is not None:
            self.classes.blockSignals(True)
            self.classes.setValue(current.n_classes)
            self.classes.blockSignals(False)
            self.tool.n_classes = current.n_classes
            names = current.class_names or ()
            if [button.text() for button in self.class_buttons.buttons()] != list(names):
                self._rebuild_class_row(current.n_classes, names)

    def _classes_changed(self, n: int) -> None:
        self._rebuild_class_row(n)
        if self.tool.active:
            self.tool.set_classes(n)
        else:
            self.tool.n_classes = n

    def _rebuild_class_row(self, n: int, names=()) -> None:
        """A button per class, named as the data name them (else A, B, …)."""
        for button in self.class_buttons.buttons():
            self.class_buttons.removeButton(button)
            button.deleteLater()
        self.value.setParent(None)
        if n == 0:
            self.class_row.addWidget(self.value)
            self.tool.value = self.value.value()
            return
        names = list(names) if len(names) == n else list(painting.CLASS_LETTERS[:n])
        for k, name in enumerate(names):
            letter = painting.CLASS_LETTERS[k]
            button = QPushButton(name, checkable=True, objectName=f"paintClass_{letter}")
            colour = style.class_colour(k).name()
            button.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: white; font-weight: bold;"
                f" border-radius: 4px; padding: 3px 8px; }}"
                f" QPushButton:checked {{ border: 3px solid #222; }}")
            self.class_buttons.addButton(button, k)
            self.class_row.addWidget(button)
        self.class_buttons.button(0).setChecked(True)
        self.tool.value = 0.0

    def _active_changed(self, active: bool) -> None:
        self.paint.setChecked(active)
        for widget in (self.eraser, self.hint):
            widget.setEnabled(active)

