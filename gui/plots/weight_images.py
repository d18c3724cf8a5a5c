"""``weightImages``: for image data, each first-layer neuron's weights drawn as a picture.

Row i of W¹ holds one weight per pixel, so reshaped to the image's shape it shows what
neuron i of layer 1 looks for: red where a bright pixel excites it, blue where it inhibits.
The rows are tiled into one mosaic (one ImageItem, cheap to refresh while training).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from gui import style
from gui.plots.layout_view import LayoutView

MAX_TILES = 64
GAP = 1


def mosaic(W1: np.ndarray, shape: tuple[int, int], max_tiles: int = MAX_TILES) -> np.ndarray:
    """The first ``max_tiles`` rows of W¹ as ``shape`` pictures in a square-ish grid, with a
    one-pixel NaN gap (drawn transparent) between them."""
    count = min(len(W1), max_tiles)
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    height, width = shape
    tiles = np.full((rows * (height + GAP) - GAP, columns * (width + GAP) - GAP), np.nan)
    for k in range(count):
        top, left = (k // columns) * (height + GAP), (k % columns) * (width + GAP)
        tiles[top:top + height, left:left + width] = W1[k].reshape(shape)
    return tiles


class WeightImages(LayoutView):
    DRAWN_ATTRIBUTES = frozenset({"plot", "image", "colour_bar", "message"})

    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("weightImages", parent)
        self._built = False
        self.follow(document, (document.weightsChanged, document.specChanged,
                               document.dataChanged), defer)

    def _build(self) -> None:
        self._built = True
        self.plot = self.addPlot(row=0, col=0, enableMenu=False,
                                 viewBox=pg.ViewBox(enableMenu=False))
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=style.diverging_colormap(),
                                          interactive=False, width=12)
        self.colour_bar.setImageItem(self.image)
        self.addItem(self.colour_bar, row=0, col=1)
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=style.MUTED_LABEL)
        self.plot.addItem(self.message)

    def refresh(self) -> None:
        if not self._built:
            self._build()
        shape = self.document.dataset.image_shape
        W1 = self.document.network.weights[0]
        if shape is None or W1.shape[1] != shape[0] * shape[1]:
            self.image.clear()
            self.message.setText(self.tr("First-layer weights are drawn as pictures\nfor "
                                         "image data (digits, an image folder, MNIST).\n"
                                         "For these data, see the tab Weights Wˡ."))
            self.message.setPos(0.5, 0.5)  # in the middle of the empty plot, not off its view
            self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self.colour_bar.hide()
            self.plot.setTitle("")
            return
        self.message.setText("")
        self.colour_bar.show()
        tiles = mosaic(W1, shape)
        limit = float(np.nanmax(np.abs(tiles))) or 1.0
        self.image.setImage(tiles, autoLevels=False)
        # the whole mosaic (the message's 0…1 view may be left from other data)
        self.plot.setRange(xRange=(0, tiles.shape[1]), yRange=(0, tiles.shape[0]), padding=0.02)
        self.colour_bar.setLevels((-limit, limit))
        shown = min(len(W1), MAX_TILES)
        self.plot.setTitle(self.tr("W¹ rows as {h}×{w} images: {n} of {N} neurons").format(
            h=shape[0], w=shape[1], n=shown, N=len(W1)))
