"""``activationHeatmaps``: each layer's activations aˡ on a fixed probe batch of samples.

Rows are samples, columns are the layer's neurons: the forward pass of the notes,
zˡ = Wˡaˡ⁻¹ + bˡ, aˡ = σ(zˡ), for the first few samples of the data (normalised as training
sees them), at the current weights: the session's derived numbers, not a pass of its own.
"""

from __future__ import annotations

from engine import notation
from gui.plots.heatmap_grid import Heatmap, HeatmapGrid


class ActivationHeatmaps(HeatmapGrid):
    def __init__(self, document, parent=None, defer: bool = False):
        super().__init__("activationHeatmaps", parent)
        self.follow(document, (document.weightsChanged, document.specChanged,
                               document.dataChanged), defer)

    def refresh(self) -> None:
        probe = self.document.derived.probe
        self.show_heatmaps([
            Heatmap(
                title=f"a{notation.sup(l)}",
                matrix=a,
                row_label=self.tr("sample"),
                column_label=self.tr("neuron of layer {l}").format(l=l),
                column_short=self.tr("neuron"),
            )
            for l, a in enumerate(probe.activations[1:], start=1)
        ])
