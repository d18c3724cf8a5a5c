"""``decisionBoundary``: for 2-D data, the network's output over the plane behind the points.

As in TensorFlow Playground: the background is the first output neuron's value on a grid
covering the data, the points are the training samples coloured by class.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from gui import style

GRID = 80
MARGIN = 0.25


class DecisionBoundary(pg.PlotWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("decisionBoundary")
        self.document = document
        plot = self.getPlotItem()
        plot.setAspectLocked(True)
        plot.setLabel("bottom", "x₁")
        plot.setLabel("left", "x₂")
        plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(style.diverging_colormap())
        self.image.setOpacity(0.8)
        plot.addItem(self.image)
        self.points = pg.ScatterPlotItem(size=13, pen=pg.mkPen("w", width=1.5))
        plot.addItem(self.points)
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=style.MUTED_LABEL)
        plot.addItem(self.message)
        for signal in (document.weightsChanged, document.specChanged, document.dataChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data = self.document.dataset
        if data.X.shape[1] != 2:
            self.image.clear()
            self.points.setData([])
            self.message.setText(self.tr("The decision boundary is drawn for data with 2 inputs."))
            return
        self.message.setText("")
        (x_lo, y_lo), (x_hi, y_hi) = data.X.min(axis=0), data.X.max(axis=0)
        pad_x, pad_y = MARGIN * max(x_hi - x_lo, 1e-9), MARGIN * max(y_hi - y_lo, 1e-9)
        xs = np.linspace(x_lo - pad_x, x_hi + pad_x, GRID)
        ys = np.linspace(y_lo - pad_y, y_hi + pad_y, GRID)
        grid = np.stack(np.meshgrid(xs, ys), axis=-1).reshape(-1, 2)
        output = self.document.network.predict(grid)[:, 0].reshape(GRID, GRID)
        self.image.setImage(output, levels=self._levels(output))
        self.image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        labels = data.labels() if data.task == "classification" else np.zeros(len(data.X), int)
        self.points.setData(
            x=data.X[:, 0], y=data.X[:, 1],
            brush=[pg.mkBrush(style.class_colour(int(k)).darker(125)) for k in labels],
        )

    def _levels(self, output: np.ndarray) -> tuple[float, float]:
        """Probabilities span [0, 1] with 0.5 in the middle; other outputs are centred on 0."""
        activation = self.document.spec.layers[-1].activation
        if activation in ("sigmoid", "softmax", "step"):
            return (0.0, 1.0)
        limit = float(np.max(np.abs(output))) or 1.0
        return (-limit, limit)
