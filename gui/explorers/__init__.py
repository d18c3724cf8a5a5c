"""The teaching explorers: one neuron and the M-P neuron (``neuronExplorer``), the
activation functions (``activationGallery``). Each computes through ``engine.explorers``.

The views are imported when first asked for (PEP 562): the main window builds them only once
shown, so starting the program does not pay for their modules either.
"""

from __future__ import annotations

_VIEWS = {"ActivationGallery": "gui.explorers.activation_gallery",
          "NeuronExplorer": "gui.explorers.neuron_explorer"}

__all__ = list(_VIEWS)


def __getattr__(name: str):
    if name in _VIEWS:
        import importlib

        return getattr(importlib.import_module(_VIEWS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
