"""``activationHeatmaps``: each layer's activations aˡ on a fixed probe batch of samples.

Rows are samples, columns are the layer's neurons: the forward pass of the notes,
zˡ = Wˡaˡ⁻¹ + bˡ, aˡ = σ(zˡ), for the first few samples of the data, at the current weights.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui import notation
from gui.plots.heatmap_grid import Heatmap, HeatmapGrid

PROBE_SAMPLES = 32


class ActivationHeatmaps(HeatmapGrid):
    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("activationHeatmaps", parent)
        self.follow(document, (document.weightsChanged, document.specChanged,
                               document.dataChanged), defer)

    def refresh(self) -> None:
        tr = QCoreApplication.translate
        probe = self.document.dataset.X[:PROBE_SAMPLES]
        trace = self.document.network.forward(probe)
        self.show_heatmaps([
            Heatmap(
                title=f"a{notation.sup(l)}",
                matrix=a,
                row_label=tr("ActivationHeatmaps", "sample"),
                column_label=tr("ActivationHeatmaps", "neuron of layer {l}").format(l=l),
            )
            for l, a in enumerate(trace.activations[1:], start=1)
        ])
