"""``weightHeatmaps``: one heatmap per Wˡ (rows: neurons of layer l; columns: of layer l−1)."""

from __future__ import annotations

from engine import notation
from gui.plots.heatmap_grid import Heatmap, HeatmapGrid


class WeightHeatmaps(HeatmapGrid):
    def __init__(self, document, parent=None):
        super().__init__("weightHeatmaps", parent)
        self.follow(document, (document.weightsChanged, document.specChanged))

    def refresh(self) -> None:
        self.show_heatmaps([
            Heatmap(
                title=notation.matrix_symbol(l),
                matrix=W,
                row_label=self.tr("neuron i of layer {l}").format(l=l),
                column_label=self.tr("neuron j of layer {l}").format(l=l - 1),
                row_short="i", column_short="j",
            )
            for l, W in enumerate(self.document.network.weights, start=1)
        ])
