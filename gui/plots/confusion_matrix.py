"""``confusionMatrix``: how many samples of each class the network puts in each class.

Counted on the validation data when there is some, else on the training data: the session's
derived numbers. While a run is live, and after it, they are the counts the trainer reported
at the last finished epoch's end (from the outputs it computed anyway, like the accuracy it
plots), so a large data set is never run through the network again on the screen's thread;
after an edit they are counted once, at the new weights, when this view first shows them.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QCursor, QFont, QFontMetricsF
from PySide6.QtWidgets import QToolTip

from engine.datasets.sources import shown_names
from gui import style
from gui.plots.layout_view import LayoutView

MAX_LABELLED = 12
#: from this many classes on, the off-diagonal cells of no sample are left blank
BLANK_ZEROS_FROM = 7
#: pixels a count or a class name keeps clear of its neighbours
LABEL_GAP = 4


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
        self.plot.hideButtons()  # nothing to zoom: pyqtgraph's "A" would only sit on an axis
        style.cache_axes(self.plot)
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.plot.addItem(self.image)
        # a panel too short for ten rows of counts (the window's bottom docks at 1280 × 800)
        # wrote them over each other: the counts and the class names are written only where
        # they fit, and pointing at a cell always says its count
        self.plot.getViewBox().sigResized.connect(self._fit_labels)
        self.plot.scene().sigMouseMoved.connect(self._hover)

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
        self._fit_labels()

    def _names(self) -> list[str]:
        data = self.document.dataset
        names = shown_names(data, data.class_names)
        if not names or len(names) != len(self.counts):
            return [str(k) for k in range(len(self.counts))]
        return names

    def _cell_pixels(self) -> tuple[float, float]:
        """A cell's width and height on screen, in pixels."""
        view = self.plot.getViewBox()  # a cell is one unit of the view's range
        (left, right), (top, bottom) = view.viewRange()
        return (view.width() / max(right - left, 1e-9),
                view.height() / max(bottom - top, 1e-9))

    def _fit_labels(self, *_) -> None:
        """The class names every k-th where they would overlap, and the counts on the cells
        only where they fit (else the title says to point at a cell)."""
        counts = self.counts
        if not len(counts):
            return
        width, height = self._cell_pixels()
        names = self._names()
        for axis_name, room in (("left", height), ("bottom", width)):
            axis = self.plot.getAxis(axis_name)
            metrics = QFontMetricsF(axis.style.get("tickFont") or axis.font())
            # one line's height above the next (its ascent and descent hold every letter:
            # a gap besides left Chinstrap's row of a 16-pixel-high cell unnamed, tester);
            # side by side, the widest name and a gap
            need = (metrics.height() if axis_name == "left"
                    else max(metrics.horizontalAdvance(name) for name in names) + LABEL_GAP)
            every = max(1, math.ceil(need / max(room, 1e-9)))
            axis.setTicks([[(k + 0.5, name) for k, name in enumerate(names)
                            if k % every == 0]])
        metrics = QFontMetricsF(self._cell_font())
        fits = (len(counts) <= MAX_LABELLED and height >= metrics.height()
                and width >= metrics.horizontalAdvance(str(int(counts.max()))) + LABEL_GAP)
        which = (self.tr("validation") if self.document.derived.confusion_on == "validation"
                 else self.tr("training"))
        title = self.tr("{which} data: {c} of {n} right").format(
            which=which, c=int(np.trace(counts)), n=int(counts.sum()))
        if fits:
            self._label_cells()
        else:
            self._clear_labels()
            title = self.tr("{title} (point at a cell for its count)").format(title=title)
        self.plot.setTitle(title)

    def _cell_font(self) -> QFont:
        """The counts' font: a cell label's own (classroom mode enlarges them), else 8 pt."""
        for text in self._cells.values():
            return text.textItem.font()
        font = QFont()
        font.setPointSizeF(8)
        return font

    def _hover(self, position) -> None:
        """A tooltip with the count of the cell under the mouse."""
        view = self.plot.getViewBox()
        n = len(self.counts)
        if not n or not view.sceneBoundingRect().contains(position):
            return
        point = view.mapSceneToView(position)
        i, j = math.floor(point.y()), math.floor(point.x())
        if not (0 <= i < n and 0 <= j < n):
            self.image.setToolTip("")
            QToolTip.hideText()
            return
        text = self.cell_text(i, j, self._names())
        # the cells' picture carries the text too: when the pointer rests, the scene answers
        # Qt's tooltip event with the tooltip of the item under it, and with none it hid
        # this one a moment after the pointer stopped (tester, twice)
        self.image.setToolTip(text)
        corner = self.mapFromScene(view.mapViewToScene(QPointF(j, i)))
        far = self.mapFromScene(view.mapViewToScene(QPointF(j + 1, i + 1)))
        cell = QRect(corner, far).normalized()
        QToolTip.showText(QCursor.pos(), text, self, cell, 30000)

    def cell_text(self, i: int, j: int, names: list[str] | None = None) -> str:
        names = names or self._names()
        return self.tr("true class {true}, predicted {predicted}: {count} of its {row} "
                       "samples").format(true=names[i], predicted=names[j],
                                         count=int(self.counts[i, j]),
                                         row=int(self.counts[i].sum()))

    def _clear_labels(self) -> None:
        for text in self.texts:
            text.hide()
        self.texts = []

    def shown_counts(self) -> list[str]:
        """The counts written on the cells now."""
        return [text.toPlainText() for text in self.texts if text.isVisible()]

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
        self._clear_labels()
        high = max(1, self.counts.max())
        for (i, j), count in np.ndenumerate(self.counts):
            if count == 0 and i != j and size >= BLANK_ZEROS_FROM:
                # many classes: the empty cells say nothing, blank they let the rest read; a
                # few: each says its 0 (one 0 written and one blank looked like a fault)
                continue
            text = self._cells[(i, j)]
            text.setText(str(count))
            text.setColor("w" if count > 0.6 * high else style.LABEL)
            text.show()
            self.texts.append(text)
