"""``confusionMatrix``: how many samples of each class the network puts in each class.

Counted on the validation data when there is some, else on the training data, at the
current weights; refreshed when an epoch ends (the history grows) rather than with every
weight update, since it runs the whole set through the network.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from engine.metrics import class_threshold, confusion_matrix
from gui import style
from gui.plots.deferred import DrawnOnDemand
from gui.plots.export_menu import ExportMenu

MAX_LABELLED = 12


class ConfusionMatrix(DrawnOnDemand, pg.GraphicsLayoutWidget):
    DRAWN_ATTRIBUTES = frozenset({"plot", "image"})

    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setBackground("w")
        self.export_menu = ExportMenu(self, lambda: self.ci, "confusionMatrix")
        self.document = document
        self._built = False
        self.texts: list[pg.TextItem] = []
        self.counts = np.zeros((0, 0), dtype=int)
        for signal in (document.historyChanged, document.specChanged, document.dataChanged):
            signal.connect(self.refresh)
        self.refresh_now_or_later(defer)

    def _build(self) -> None:
        self._built = True
        self.plot = self.addPlot(row=0, col=0)
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.plot.addItem(self.image)

    def refresh(self) -> None:
        if not self._built:
            self._build()
        training = self.document.training
        for text in self.texts:
            self.plot.removeItem(text)
        self.texts = []
        if self.document.dataset.task != "classification":
            self.counts = np.zeros((0, 0), dtype=int)
            self.image.clear()
            self.plot.setTitle(self.tr("A confusion matrix is for classification data"))
            return
        X, Y = ((training.X_val, training.Y_val) if training.X_val is not None
                else (training.X, training.Y))
        outputs = self.document.network.predict(X)
        threshold = class_threshold(Y) if Y.shape[1] == 1 else 0.5
        self.counts = confusion_matrix(outputs, Y, n_classes=max(2, Y.shape[1]),
                                       threshold=threshold)
        self.image.setImage(self.counts.astype(float), levels=(0, max(1, self.counts.max())))
        self.plot.setRange(xRange=(0, len(self.counts)), yRange=(0, len(self.counts)),
                           padding=0.02)
        names = self.document.dataset.class_names or tuple(map(str, range(len(self.counts))))
        ticks = [(k + 0.5, str(name)) for k, name in enumerate(names)]
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.getAxis("bottom").setTicks([ticks])
        which = self.tr("validation") if training.X_val is not None else self.tr("training")
        correct = int(np.trace(self.counts))
        self.plot.setTitle(self.tr("{which} data: {c} of {n} right").format(
            which=which, c=correct, n=int(self.counts.sum())))
        if len(self.counts) <= MAX_LABELLED:
            self._label_cells()

    def _label_cells(self) -> None:
        font = QFont()
        font.setPointSizeF(8)
        high = max(1, self.counts.max())
        for (i, j), count in np.ndenumerate(self.counts):
            if count == 0 and i != j:
                continue  # the empty cells say nothing; leaving them blank lets the rest read
            colour = "w" if count > 0.6 * high else style.LABEL
            text = pg.TextItem(str(count), color=colour, anchor=(0.5, 0.5))
            text.setFont(font)
            text.setPos(j + 0.5, i + 0.5)
            self.plot.addItem(text)
            self.texts.append(text)
