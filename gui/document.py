"""The document: the one model every view of the main window shows.

It holds the network's spec and weights, the data, the training settings and history, and
where the project lives on disk. Views subscribe to its signals and write back only through
its methods; every edit is a QUndoCommand on its undo stack, so undo, redo and the
unsaved-changes mark come for free. It knows nothing of widgets. Reading and writing files
is the engine's (``engine.project``); the document only swaps its state in once a file has
been read completely, so a bad file changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from engine import History, Network, NetworkSpec, TrainConfig, datasets
from engine.project import Project, load_project, save_project
from engine.project.starting import TrainingData, new_project, project_training_data

EXAMPLE_SEED = 0
PROJECT_SUFFIX = ".bps.json"


def example_project() -> Project:
    """XOR on a shallow 2-4-1 tanh net with raw 0/1 inputs: the smallest problem that needs a
    hidden layer, with numbers small enough to follow by hand."""
    config = TrainConfig(mode="batch", optimizer="adam", learning_rate=0.05, epochs=500)
    return new_project(datasets.load("xor"), hidden=[4], activation="tanh", seed=EXAMPLE_SEED,
                       normalisation="none", config=config)


class Document(QObject):
    """The project being edited: architecture, weights, data, settings, history and path."""

    #: Emitted before any edit of the architecture or the weights is applied, so a running
    #: training worker can be stopped first (it trains a copy and would overwrite the edit).
    aboutToEdit = Signal()
    specChanged = Signal()
    weightsChanged = Signal()
    dataChanged = Signal()
    configChanged = Signal()
    historyChanged = Signal()
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))
        self.path: Path | None = None
        self._adopt(example_project())

    # ---- state -------------------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec:
        return self.network.spec

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The project's name as the title bar shows it."""
        return self.path.name if self.path else self.tr("Untitled")

    def normalise(self, X_raw: np.ndarray) -> np.ndarray:
        """Raw features as the first layer sees them (the project's normalisation applied)."""
        return self.normaliser.apply(X_raw) if self.normaliser is not None else X_raw

    def predict_raw(self, X_raw: np.ndarray) -> np.ndarray:
        """The network's output for raw features, e.g. points of the data's plane."""
        return self.network.predict(self.normalise(X_raw))

    def to_project(self) -> Project:
        return Project(network=self.network, config=self.config, data=self.dataset.source,
                       normaliser=self.normaliser, history=self.history, layout={},
                       name=self.name)

    # ---- weights and history, as training and imports change them -----------------------
    def set_parameters(self, weights, biases) -> None:
        """Copy new values into every Wˡ and bˡ (same shapes); not an undoable edit by itself:
        live training calls it, and ``replace_parameters`` wraps it in a command."""
        for W, new in zip(self.network.weights, weights, strict=True):
            np.copyto(W, new)
        for b, new in zip(self.network.biases, biases, strict=True):
            np.copyto(b, new)
        self.weightsChanged.emit()

    def replace_parameters(self, weights, biases, text: str) -> None:
        """Set every weight and bias as one undoable edit (e.g. weights imported from a file)."""
        from gui.weight_commands import ReplaceParametersCommand, copy_parameters

        self.aboutToEdit.emit()
        before = copy_parameters(self.network)
        after = ([np.array(W, dtype=self.network.dtype) for W in weights],
                 [np.array(b, dtype=self.network.dtype) for b in biases])
        self.undo_stack.push(ReplaceParametersCommand(self, before, after, text))

    def set_history(self, history: History) -> None:
        self.history = history
        self.historyChanged.emit()

    # ---- whole-project operations --------------------------------------------------------
    def reset_to_example(self) -> None:
        """Start over with the example network and data, forgetting the edit history."""
        self.aboutToEdit.emit()
        self._adopt(example_project())
        self._set_path(None)
        self._announce_everything()

    def load(self, path: str | Path) -> None:
        """Open a project file; ProjectError or DataError (naming the file) change nothing."""
        path = Path(path)
        project = load_project(path)
        data = project_training_data(project, str(path))
        self.aboutToEdit.emit()
        self._adopt(project, data)
        self._set_path(path)
        self._announce_everything()

    def save(self, path: str | Path | None = None) -> None:
        """Write the project (atomically) to ``path``, or where it was last saved."""
        path = Path(path) if path is not None else self.path
        if path is None:
            raise ValueError("save() needs a path for a project that was never saved")
        save_project(self.to_project(), path)
        self._set_path(path)
        self.undo_stack.setClean()

    # ---- internals -----------------------------------------------------------------------
    def _adopt(self, project: Project, data: TrainingData | None = None) -> None:
        self.network: Network = project.network
        self.config: TrainConfig = project.config
        self.normaliser = project.normaliser
        self.history: History = project.history
        self.name = project.name
        self.training: TrainingData = data or project_training_data(project)
        self.dataset = self.training.dataset
        self.undo_stack.clear()

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit()

    def _announce_everything(self) -> None:
        for signal in (self.dataChanged, self.specChanged, self.weightsChanged,
                       self.configChanged, self.historyChanged):
            signal.emit()
        self.modifiedChanged.emit(self.is_modified)

