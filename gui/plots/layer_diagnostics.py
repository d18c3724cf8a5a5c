"""``layerDiagnostics``: backpropagation's signal layer by layer, over the epochs of the run.

Left, the mean |δᵢˡ| that reaches each layer; right, the size of its weights' gradient
‖∂C/∂Wˡ‖; both on a log scale, one curve per layer (the output layer darkest), so in a deep
sigmoid net the first layers' curves lie decades below the last one's: vanishing gradients,
seen. Below, a plain reading of the latest numbers, with the share of saturated sigmoid/tanh
units and of dead ReLUs. The numbers are the session's (measured on the probe samples by the
worker at each snapshot); before a run, the current weights' are shown at its epoch.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pyqtgraph as pg

from engine.diagnostics import reading
from gui import style
from gui.plots.layout_view import LayoutView
from gui.plots.log_axis import label_what_fits

#: characters a line of the reading holds (pyqtgraph's labels do not wrap by themselves)
READING_WIDTH = 90
LAYER_COLOURS = ("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b", "#041c40")


class LayerDiagnostics(LayoutView):
    DRAWN_ATTRIBUTES = frozenset({"plots", "curves", "text"})

    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("layerDiagnostics", parent)
        self._built = False
        self.follow(document, (document.weightsChanged, document.specChanged,
                               document.dataChanged, document.historyChanged), defer)

    def _build(self) -> None:
        self._built = True
        self.plots = []
        for column, (label, name) in enumerate(((self.tr("mean |δˡ|"), "mean_delta"),
                                                (self.tr("‖∂C/∂Wˡ‖"), "gradient_norm"))):
            plot = self.addPlot(row=0, col=column, enableMenu=False,
                                viewBox=pg.ViewBox(enableMenu=False))
            plot.setLogMode(y=True)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("bottom").enableAutoSIPrefix(False)  # no "(x0.001)" at epoch 0
            label_what_fits(plot.getAxis("left"))
            plot.setLabel("left", label)
            plot.setLabel("bottom", self.tr("epoch"))
            plot.showGrid(x=True, y=True, alpha=0.25)
            style.cache_axes(plot)
            plot.name = name
            self.plots.append(plot)
        self.curves: list[list[pg.PlotDataItem]] = [[], []]
        # under the plots, the layers' colours on one line above the reading: a legend inside
        # a plot hid the curves, and a deep net's six layers did not all fit in it
        self.text = pg.LabelItem(justify="left", color=style.LABEL.name())
        self.addItem(self.text, row=1, col=0, colspan=2)

    def refresh(self) -> None:
        if not self._built:
            self._build()
        document = self.document
        L = document.spec.n_layers
        run = document.history.current_run
        now = document.derived.diagnostics
        for plot, curves in zip(self.plots, self.curves, strict=True):
            epochs, values = document.session.diagnostics.series(run, plot.name)
            if not len(epochs) or values.shape[1] != L:
                epochs = np.array([float(document.history.last_epoch())])
                values = getattr(now, plot.name)[None, :]
            self._curves(plot, curves, L)
            for l, curve in enumerate(curves):
                column = values[:, l]
                keep = np.isfinite(column) & (column > 0)
                curve.setData(epochs[keep], column[keep])
            if len(epochs) == 1:  # before a run: its epoch, not a span around one point
                plot.setXRange(max(0.0, epochs[0] - 1), epochs[0] + 1, padding=0.05)
            else:
                plot.enableAutoRange(axis="x")
        lines = [line for sentence in reading(now)
                 for line in textwrap.wrap(sentence, READING_WIDTH)]
        self.text.setText("<br>".join([self._legend(L), *lines]) if lines else
                          self.tr("(one layer: nothing to compare)"))

    def _legend(self, L: int) -> str:
        """"━ layer 1  ━ layer 2 …", each in its curve's colour."""
        return "&nbsp;&nbsp;".join(
            f'<span style="color:{_colour(l, L)}">━</span>&nbsp;'
            + self.tr("layer {l}").format(l=l) for l in range(1, L + 1))

    def _curves(self, plot, curves: list, L: int) -> None:
        """One curve per layer, made when the number of layers changes."""
        if len(curves) == L:
            return
        for curve in curves:
            plot.removeItem(curve)
        curves.clear()
        for l in range(1, L + 1):
            colour = _colour(l, L)
            curves.append(plot.plot([], [], pen=pg.mkPen(colour, width=1.5), symbol="o",
                                    symbolSize=4, symbolBrush=colour, symbolPen=None,
                                    name=self.tr("layer {l}").format(l=l)))


def _colour(l: int, L: int) -> str:
    """Layer ``l`` of ``L``'s colour: the output layer darkest."""
    return LAYER_COLOURS[min(len(LAYER_COLOURS) - 1, len(LAYER_COLOURS) - 1 - (L - l))]
