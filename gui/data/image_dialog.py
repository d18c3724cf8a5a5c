"""Importing images: a folder of class sub-folders, or MNIST-style IDX files, with a grid of
samples per class and the class counts before accepting.

The dialog loads through the engine (``read_image_folder``, ``read_idx``) and shows its
DataError in words when the files cannot be used; OK is enabled only when they can, so
accepting never changes the document with half-read data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import datasets
from engine.errors import DataError
from gui.data.class_counts import counts_html
from gui.data.image_grid import ImageGrid

ERROR_STYLE = "color: #b00020;"
DEFAULT_SIZE = 16


class ImageImportDialog(QDialog):
    """Shared by both image sources: a summary, the grid, OK when the data read."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.dataset = None
        self.form = QFormLayout()
        self.summary = QLabel(objectName="imageSummary", wordWrap=True)
        self.grid = ImageGrid()
        area = QScrollArea()
        area.setWidget(self.grid)
        area.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this data"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 520)

    def read(self):
        raise NotImplementedError

    def reload(self) -> None:
        try:
            self.dataset = self.read()
        except DataError as error:
            self.dataset = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(str(error))
        else:
            ds = self.dataset
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("{n} images of {h} × {w} pixels · {k} classes<br>{c}")
                                 .format(n=ds.n_samples, h=ds.image_shape[0],
                                         w=ds.image_shape[1], k=ds.n_classes,
                                         c=counts_html(ds)))
        self.grid.show_dataset(self.dataset)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.dataset is not None)

    def accept(self) -> None:
        if self.dataset is not None:
            super().accept()


class ImageFolderDialog(ImageImportDialog):
    """A folder with one sub-folder of pictures per class; the user picks the square size."""

    def __init__(self, path, parent: QWidget | None = None):
        self.path = Path(path)
        super().__init__(self.tr("Import Image Folder — {name}").format(name=self.path.name),
                         parent)
        self.setObjectName("imageFolderDialog")
        self.size_box = QSpinBox(objectName="imageSize")
        self.size_box.setRange(8, 28)
        self.size_box.setValue(DEFAULT_SIZE)
        self.size_box.setSuffix(self.tr(" px"))
        self.form.addRow(self.tr("Resize to a square of:"), self.size_box)
        self.size_box.valueChanged.connect(self.reload)
        self.reload()

    def read(self):
        return datasets.read_image_folder(self.path, size=self.size_box.value())


class IdxDialog(ImageImportDialog):
    """MNIST-format images and labels files."""

    def __init__(self, images, labels, parent: QWidget | None = None):
        self.images, self.labels = Path(images), Path(labels)
        super().__init__(self.tr("Import IDX Files — {name}").format(name=self.images.name),
                         parent)
        self.setObjectName("idxDialog")
        self.form.addRow(self.tr("Images:"), QLabel(self.images.name))
        self.form.addRow(self.tr("Labels:"), QLabel(self.labels.name))
        self.reload()

    def read(self):
        return datasets.read_idx(self.images, self.labels)
