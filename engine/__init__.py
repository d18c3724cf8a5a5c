"""The numbers of Backprop Studio: networks, backpropagation, training, data and files.

numpy only: nothing here imports Qt, pyqtgraph or ``gui`` (a test enforces it), so every
number the program shows can be computed, tested and scripted without a screen.
"""

from engine.errors import (
    BackpropStudioError,
    DataError,
    ProjectError,
    SpecError,
    TrainingDiverged,
)

__version__ = "0.1.0"

__all__ = [
    "BackpropStudioError",
    "DataError",
    "ProjectError",
    "SpecError",
    "TrainingDiverged",
    "__version__",
]
