"""``lossPlot``: the cost C per epoch, training and validation, one curve each, set with setData."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt


class LossPlot(pg.PlotWidget):
    """The loss history; before any training it shows the loss at the initial weights (epoch 0)."""

    def __init__(self, document, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("lossPlot")
        self.document = document
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setLabel("left", self.tr("cost C"))
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.addLegend(offset=(-10, 10))
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        self.train_curve = plot.plot(
            [], [], name=self.tr("training"), pen=pg.mkPen("#1f77b4", width=2),
            symbol="o", symbolSize=6, symbolBrush="#1f77b4",
        )
        self.validation_curve = plot.plot(
            [], [], name=self.tr("validation"),
            pen=pg.mkPen("#ff7f0e", width=2, style=Qt.PenStyle.DashLine),
        )
        for signal in (document.weightsChanged, document.specChanged, document.dataChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        data = self.document.dataset
        initial = float(self.document.network.loss(data.X, data.Y))
        self.train_curve.setData(np.array([0.0]), np.array([initial]))
        self.validation_curve.setData([], [])
        self.getPlotItem().setRange(xRange=(0, 10), yRange=(0, 1.2 * initial), padding=0)
