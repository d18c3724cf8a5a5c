"""``layerDiagnostics``: backpropagation's signal layer by layer, over the epochs of the run.

Left, the mean |δᵢˡ| that reaches each layer; right, the size of its weights' gradient
‖∂C/∂Wˡ‖; both on a log scale, one curve per layer (the output layer darkest), so in a deep
sigmoid net the first layers' curves lie decades below the last one's: vanishing gradients,
seen. Below (beside them, in a wide and short dock, as at 1280 × 800, so the plots keep
their height), a plain reading of the latest numbers, with the share of saturated
sigmoid/tanh units and of dead ReLUs. The numbers are the session's (measured on the probe
samples by the worker at each snapshot); before a run, the current weights' are shown at its
epoch.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg

from engine.diagnostics import reading
from gui import style
from gui.plots.layout_view import LayoutView
from gui.plots.log_axis import label_what_fits

#: the reading goes beside the plots when the view is this many times wider than tall
BESIDE_ASPECT = 2.8
#: the share of the width the reading takes beside the plots
BESIDE_SHARE = 0.38
#: pixels the layout keeps around its items and the label around its text
LAYOUT_MARGINS, LABEL_MARGINS = 30, 24
#: the height the plots keep when the reading is below them
LEAST_PLOT_HEIGHT = 120
#: how far along the colour map the first layer's colour is (further is too pale on white)
LIGHTEST = 0.8


class LayerDiagnostics(LayoutView):
    DRAWN_ATTRIBUTES = frozenset({"plots", "curves", "text"})
    # class-wide first values: Qt resizes the view while its __init__ is still running
    _built = False
    _beside = False
    _reading: tuple[str, ...] = ()
    _layers = 0

    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("layerDiagnostics", parent)
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
        self._place_text()

    def _place_text(self) -> None:
        """The reading below the plots, or beside them when the view is wide and short."""
        layout = self.ci
        if self.text in layout.items:
            layout.removeItem(self.text)
        if self._beside:
            layout.addItem(self.text, row=0, col=2)
        else:
            layout.addItem(self.text, row=1, col=0, colspan=2)

    def resizeEvent(self, event) -> None:
        if self.closed:  # pyqtgraph's close() has cleared the scene: nothing left to place
            super().resizeEvent(event)
            return
        beside = self.width() > BESIDE_ASPECT * self.height()
        if beside != self._beside:
            self._beside = beside
            if self._built:
                self._place_text()
        if self._built:
            self._show_text()
        super().resizeEvent(event)  # lays the items out in the view's new size

    def _room(self) -> float:
        """Pixels a line of the reading has: the layout's width (the view's, less the
        layout's margins), or its share beside the plots."""
        return max(0.0, self.width() - LAYOUT_MARGINS) * (BESIDE_SHARE if self._beside else 1.0)

    def _show_text(self) -> None:
        """The legend and as many of the reading's sentences as fit (the most telling come
        first), the whole reading in the tooltip: in a short dock the plots keep their
        height, and no sentence is cut in half."""
        # the text item wraps the sentences itself at the width it is given
        self.text.item.setTextWidth(max(80.0, self._room() - LABEL_MARGINS))
        if not self._reading:
            self.text.setText(self.tr("(one layer: nothing to compare)"))
            self.setToolTip("")
        else:
            legend = self._legend(self._layers)
            room = self.height() - LAYOUT_MARGINS - (0 if self._beside else LEAST_PLOT_HEIGHT)
            # the first sentence, the verdict, always; the others while they fit
            for shown in range(len(self._reading), 0, -1):
                lines = [legend, *self._reading[:shown]]
                if shown < len(self._reading):
                    lines.append(self.tr("(… {n} more: hover here)").format(
                        n=len(self._reading) - shown))
                self.text.setText("<br>".join(lines))
                if self.text.item.boundingRect().height() <= room:
                    break
            self.setToolTip("<p>" + "</p><p>".join(self._reading) + "</p>")
        if self._beside:
            # the reading's column is its share, whatever the plots would take
            self.ci.layout.setColumnFixedWidth(2, self._room())
        self.ci.setGeometry(self.range)  # the layout again fits the view, with this text

    def refresh(self) -> None:
        if not self._built:
            self._build()
        document = self.document
        L = document.spec.n_layers
        run = document.history.current_run
        now = document.derived.diagnostics
        for plot, curves in zip(self.plots, self.curves, strict=True):
            epochs, values = document.session.diagnostics.series(
                run, plot.name, document.history.last_epoch())
            if not len(epochs) or values.shape[1] != L:
                epochs = np.array([float(document.history.last_epoch())])
                values = getattr(now, plot.name)[None, :]
            self._curves(plot, curves, L)
            for l, curve in enumerate(curves):
                column = values[:, l]
                keep = np.isfinite(column) & (column > 0)
                curve.setData(epochs[keep], column[keep])
            if len(epochs) == 1:  # before a run: its epoch, in whole epochs (a span of
                # two had ticks at 0.2, 0.4, … of an epoch, tester)
                start = max(0.0, epochs[0] - 5)
                plot.setXRange(start, start + 10, padding=0.05)
            else:
                plot.enableAutoRange(axis="x")
        self._reading, self._layers = tuple(reading(now)), L
        self._show_text()

    def _legend(self, L: int) -> str:
        """"━ layer 1  ━ layer 2 …", each in its curve's colour; beside the plots, where a
        line is short, "layers ━ 1 ━ 2 …" on one line."""
        if self._beside and L > 2:
            return self.tr("layers") + "&nbsp;" + "&nbsp;".join(
                f'<span style="color:{_colour(l, L)}">━</span>{l}' for l in range(1, L + 1))
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
    """Layer ``l`` of ``L``'s colour from pyqtgraph's "plasma" map: the output layer darkest
    (deep blue), the layers before it in even steps through purple and red to orange (a
    ramp of blues made layers 1 and 2 two neighbouring shades, hard to tell apart, tester)."""
    share = 0.0 if L <= 1 else LIGHTEST * (L - l) / (L - 1)
    return _plasma().map(share, mode="qcolor").name()


@functools.cache
def _plasma():
    """The colour map, read from pyqtgraph's files when a curve is first drawn (not at the
    program's start)."""
    return pg.colormap.get("plasma")
