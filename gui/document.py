"""The document: the one model every view of the main window shows.

It holds the network's spec and weights, the data, and where the project lives on disk.
Views subscribe to its signals and write back only through its methods; every edit is a
QUndoCommand on its undo stack, so undo, redo and the unsaved-changes mark come for free.
It knows nothing of widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from engine import LayerSpec, Network, NetworkSpec, datasets

EXAMPLE_SEED = 0


def example_spec() -> NetworkSpec:
    """XOR on a shallow 2-4-1 net: the smallest problem that needs a hidden layer."""
    return NetworkSpec(
        n_inputs=2,
        layers=[LayerSpec(units=4, activation="tanh"), LayerSpec(units=1, activation="sigmoid")],
        loss="bce",
    )


class Document(QObject):
    """The project being edited: architecture, weights, data, file path and edit history."""

    #: Emitted before any edit of the architecture or the weights is applied, so a running
    #: training worker can be stopped first (it trains a copy and would overwrite the edit).
    aboutToEdit = Signal()
    specChanged = Signal()
    weightsChanged = Signal()
    dataChanged = Signal()
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))
        self.path: Path | None = None
        self.seed = EXAMPLE_SEED
        self.dataset = datasets.load("xor")
        self.network = Network(example_spec(), seed=self.seed)

    @property
    def spec(self) -> NetworkSpec:
        return self.network.spec

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The project's name as the title bar shows it."""
        return self.path.name if self.path else self.tr("Untitled")

    def reset_to_example(self) -> None:
        """Start over with the example network and data, forgetting the edit history."""
        self.undo_stack.clear()
        self.path = None
        self.seed = EXAMPLE_SEED
        self.dataset = datasets.load("xor")
        self.network = Network(example_spec(), seed=self.seed)
        self.dataChanged.emit()
        self.specChanged.emit()
        self.weightsChanged.emit()
        self.pathChanged.emit()
        self.modifiedChanged.emit(False)
