"""The numbers of Backprop Studio: networks, backpropagation, training, data and files.

numpy only: nothing here imports Qt, pyqtgraph or ``gui`` (a test enforces it), so every
number the program shows can be computed, tested and scripted without a screen.

    from engine import LayerSpec, NetworkSpec, Network, TrainConfig, Trainer

    spec = NetworkSpec(n_inputs=2, layers=[LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")],
                       loss="bce")
    net = Network(spec, seed=0)
    history = Trainer(net, TrainConfig(learning_rate=0.5, epochs=500)).fit(X, Y)
"""

from engine.backprop_walkthrough import Stage, walkthrough
from engine.batching import iterations_per_epoch
from engine.config import TrainConfig
from engine.errors import (
    BackpropStudioError,
    DataError,
    ProjectError,
    Refused,
    SpecError,
    TrainingDiverged,
)
from engine.gradient_check import GradientCheck, gradient_check
from engine.initializers import Glorot, He, Initializer, Uniform, Zeros
from engine.network import Gradients, Network, Trace
from engine.reports import History, Report
from engine.spec import LayerSpec, NetworkSpec
from engine.trainer import Trainer

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
    "Network",
    "NetworkSpec",
    "ProjectError",
    "Refused",
    "Report",
    "SpecError",
    "Stage",
    "Trace",
    "TrainConfig",
    "Trainer",
    "TrainingDiverged",
    "Uniform",
    "Zeros",
    "__version__",
    "gradient_check",
    "iterations_per_epoch",
    "walkthrough",
]
