"""A grid of sample images, one row per class, so a user sees what each class looks like
before training on it (digits, an image folder, MNIST)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from gui import style

PER_CLASS = 8
MAX_CLASSES_SHOWN = 10
THUMBNAIL = 40


def pixmap(pixels: np.ndarray, shape: tuple[int, int], side: int = THUMBNAIL) -> QPixmap:
    """One sample's pixels in [0, 1] as a grey picture ``side`` pixels wide, blocky on
    purpose: each square is one input of the network."""
    grey = np.ascontiguousarray(np.clip(pixels.reshape(shape) * 255.0, 0, 255).astype(np.uint8))
    image = QImage(grey.data, shape[1], shape[0], shape[1], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.copy()).scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


class ImageGrid(QWidget):
    """Up to PER_CLASS samples of each class, the class name in its colour at the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imageGrid")
        self.grid = QGridLayout(self)
        self.grid.setSpacing(3)

    def show_dataset(self, dataset) -> None:
        self.clear()
        if dataset is None or dataset.image_shape is None:
            return
        labels = dataset.labels()
        for k, name in enumerate(dataset.class_names[:MAX_CLASSES_SHOWN]):
            title = QLabel(f"<b>{name}</b>")
            title.setStyleSheet(f"color: {style.class_colour(k).name()};")
            self.grid.addWidget(title, k, 0)
            for column, row in enumerate(np.flatnonzero(labels == k)[:PER_CLASS], start=1):
                cell = QLabel()
                cell.setPixmap(pixmap(dataset.X[row], dataset.image_shape))
                cell.setStyleSheet("border: 1px solid #ccc;")
                self.grid.addWidget(cell, k, column)

    def count(self) -> int:
        """How many pictures are shown (for tests)."""
        return sum(1 for i in range(self.grid.count())
                   if isinstance(self.grid.itemAt(i).widget(), QLabel)
                   and self.grid.itemAt(i).widget().pixmap() is not None
                   and not self.grid.itemAt(i).widget().pixmap().isNull())

    def clear(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
