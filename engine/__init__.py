"""The numbers of Backprop Studio: networks, backpropagation, training, data and files.

numpy only: nothing here imports Qt, pyqtgraph or ``gui`` (a test enforces it), so every
number the program shows can be computed, tested and scripted without a screen.

    from engine import LayerSpec, NetworkSpec, Network, TrainConfig, Trainer

    spec = NetworkSpec(n_inputs=2, layers=[LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")],
                       loss="bce")
    net = Network(spec, seed=0)
    history = Trainer(net, TrainConfig(learning_rate=0.5, epochs=500)).fit(X, Y)
"""

import importlib

from engine.errors import (
    BackpropStudioError,
    DataError,
    MissingValues,
    NoHeaderFound,
    NotInTextEncoding,
    ProjectError,
    Refused,
    SpecError,
    TooManyCategories,
    TrainingDiverged,
    TrainingWorsened,
)

#: the public names and the module each lives in, imported when first asked for: so that
#: ``python main.py --version`` and ``engine.errors`` start without numpy, and a program that
#: needs only part of the engine loads only that part
_WHERE = {
    "Stage": "engine.backprop_walkthrough",
    "walkthrough": "engine.backprop_walkthrough",
    "iterations_per_epoch": "engine.batching",
    "TrainConfig": "engine.config",
    "GradientCheck": "engine.gradient_check",
    "gradient_check": "engine.gradient_check",
    "Glorot": "engine.initializers",
    "He": "engine.initializers",
    "Initializer": "engine.initializers",
    "Uniform": "engine.initializers",
    "Zeros": "engine.initializers",
    "Gradients": "engine.network",
    "Network": "engine.network",
    "Trace": "engine.network",
    "History": "engine.reports",
    "Report": "engine.reports",
    "LayerSpec": "engine.spec",
    "NetworkSpec": "engine.spec",
    "Trainer": "engine.trainer",
}


def __getattr__(name):
    """A public name (or a sub-module, ``engine.datasets``) imported on first use."""
    where = _WHERE.get(name)
    if where is None:
        if name.startswith("__"):
            raise AttributeError(f"module 'engine' has no attribute {name!r}")
        try:
            return importlib.import_module(f"engine.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"engine.{name}":
                raise
            raise AttributeError(f"module 'engine' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_WHERE))


__version__ = "0.1.0"

__all__ = [
    "BackpropStudioError",
    "DataError",
    "Glorot",
    "GradientCheck",
    "Gradients",
    "He",
    "History",
    "Initializer",
    "LayerSpec",
    "MissingValues",
    "Network",
    "NetworkSpec",
    "NoHeaderFound",
    "NotInTextEncoding",
    "ProjectError",
    "Refused",
    "Report",
    "SpecError",
    "Stage",
    "TooManyCategories",
    "Trace",
    "TrainConfig",
    "Trainer",
    "TrainingDiverged",
    "TrainingWorsened",
    "Uniform",
    "Zeros",
    "__version__",
    "gradient_check",
    "iterations_per_epoch",
    "walkthrough",
]
