"""The teaching explorers: one neuron and the M-P neuron (``neuronExplorer``), the
activation functions (``activationGallery``). Each computes through ``engine.explorers``."""

from gui.explorers.activation_gallery import ActivationGallery
from gui.explorers.neuron_explorer import NeuronExplorer

__all__ = ["ActivationGallery", "NeuronExplorer"]
