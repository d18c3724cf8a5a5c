"""``confusionMatrix``: how many samples of each class the network puts in each class.

Counted on the validation data when there is some, else on the training data: the session's
derived numbers. While a run is live, and after it, they are the counts the trainer reported
at the last finished epoch's end (from the outputs it computed anyway, like the accuracy it
plots), so a large data set is never run through the network again on the screen's thread;
after an edit they are counted once, at the new weights, when this view first shows them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from gui import style
from gui.plots.layout_view import LayoutView

MAX_LABELLED = 12


class ConfusionMatrix(LayoutView):
    DRAWN_ATTRIBUTES = frozenset({"plot", "image", "counts"})

    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("confusionMatrix", parent)
        self._built = False
        #: the labels shown now, and every cell's label (made once per number of classes)
        self.texts: list[pg.TextItem] = []
        self._cells: dict[tuple[int, int], pg.TextItem] = {}
        self._shown: np.ndarray | None = None
        self.follow(document, (document.historyChanged, document.weightsChanged,
                               document.specChanged, document.dataChanged), defer)

    def _build(self) -> None:
        self._built = True
        self.counts = np.zeros((0, 0), dtype=int)
        self.plot = self.addPlot(row=0, col=0, enableMenu=False,
                                 viewBox=pg.ViewBox(enableMenu=False))
        self.plot.invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        style.cache_axes(self.plot)
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.plot.addItem(self.image)

    def refresh(self) -> None:
        if not self._built:
            self._build()
        counts = self.document.derived.confusion
        if counts is None:
            self._shown = None
            self._clear_labels()
            self.counts = np.zeros((0, 0), dtype=int)
            self.image.clear()
            for axis in ("left", "bottom"):
                self.plot.hideAxis(axis)  # no classes to name: an empty grid of 0…1 says nothing
            self.plot.setTitle(self.tr("A confusion matrix is for classification data"))
            return
        for axis in ("left", "bottom"):
            self.plot.showAxis(axis)
        if counts is not self._shown:
            self._show(counts)

    def _show(self, counts: np.ndarray) -> None:
        self._clear_labels()
        self.counts = self._shown = counts
        self.image.setImage(counts.astype(float), levels=(0, max(1, counts.max())))
        self.plot.setRange(xRange=(0, len(counts)), yRange=(0, len(counts)), padding=0.02)
        names = self.document.dataset.class_names or tuple(map(str, range(len(counts))))
        ticks = [(k + 0.5, str(name)) for k, name in enumerate(names)]
        self.plot.getAxis("left").setTicks([ticks])
        self.plot.getAxis("bottom").setTicks([ticks])
        which = (self.tr("validation") if self.document.derived.confusion_on == "validation"
                 else self.tr("training"))
        self.plot.setTitle(self.tr("{which} data: {c} of {n} right").format(
            which=which, c=int(np.trace(counts)), n=int(counts.sum())))
        if len(counts) <= MAX_LABELLED:
            self._label_cells()

    def _clear_labels(self) -> None:
        for text in self.texts:
            text.hide()
        self.texts = []

    def _label_cells(self) -> None:
        """Write each count on its cell. The k × k labels are made once per k and then only
        updated: making a hundred TextItems every epoch would cost the training its speed."""
        size = len(self.counts)
        if len(self._cells) != size * size:
            for text in self._cells.values():
                self.plot.removeItem(text)
            font = QFont()
            font.setPointSizeF(8)
            self._cells = {}
            for i in range(size):
                for j in range(size):
                    text = pg.TextItem("", anchor=(0.5, 0.5))
                    text.setFont(font)
                    text.setPos(j + 0.5, i + 0.5)
                    text.hide()
                    self.plot.addItem(text)
                    self._cells[(i, j)] = text
        high = max(1, self.counts.max())
        for (i, j), count in np.ndenumerate(self.counts):
            if count == 0 and i != j:
                continue  # the empty cells say nothing; leaving them blank lets the rest read
            text = self._cells[(i, j)]
            text.setText(str(count))
            text.setColor("w" if count > 0.6 * high else style.LABEL)
            text.show()
            self.texts.append(text)
