"""The document: the one model every view of the main window shows.

It holds the network's spec and weights, the data, the training settings and history, and
where the project lives on disk. Views subscribe to its signals and write back only through
its methods; every edit is a QUndoCommand on its undo stack, so undo, redo and the
unsaved-changes mark come for free. It knows nothing of widgets. Reading and writing files
is the engine's (``engine.project``); the document only swaps its state in once a file has
been read completely, so a bad file changes nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from engine import History, LayerSpec, Network, NetworkSpec, SpecError, TrainConfig, datasets
from engine import architecture as arch
from engine.project import Project, load_project, save_project
from engine.project.starting import TrainingData, new_project, project_training_data
from gui import commands

EXAMPLE_SEED = 0
PROJECT_SUFFIX = ".bps.json"
MAX_HISTORY = 10_000


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
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.path: Path | None = None
        #: True while a training run is live. Its end-of-epoch reports then carry the
        #: confusion counts (``live_confusion``: the last one, None before the first), so the
        #: confusion matrix need not run the whole data through the network on this thread.
        self.live_training = False
        self.live_confusion: np.ndarray | None = None
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

    def set_live_training(self, live: bool) -> None:
        """A run starts (True: no counts reported yet) or ends (False)."""
        self.live_training = live
        if live:
            self.live_confusion = None

    def set_history(self, history: History) -> None:
        self.history = history
        self.historyChanged.emit()

    def history_copy(self) -> History:
        return self.history.copy()

    def extend_history(self, reports, epoch_offset: int) -> None:
        """Add a run's finished epochs, numbered after the ``epoch_offset`` epochs before it;
        thinned past MAX_HISTORY epochs so a long run keeps its memory bounded."""
        history = self.history
        for report in reports:
            history.append(report)
            history.epoch[-1] += epoch_offset
            if report.confusion is not None and self.live_training:
                self.live_confusion = report.confusion
        while len(self.history) > MAX_HISTORY:
            self.history.thin()
        self.historyChanged.emit()

    # ---- undo and redo ----------------------------------------------------------------------
    def undo(self) -> None:
        """Undo the last edit; a training run in progress is stopped (and recorded) first, so
        Undo during training puts the weights back where the run started."""
        self.aboutToEdit.emit()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.aboutToEdit.emit()
        self.undo_stack.redo()

    # ---- training settings ----------------------------------------------------------------
    def set_config(self, **changes) -> None:
        """Change training settings as one undoable edit; a setting that cannot work raises
        SpecError (from TrainConfig's own checks) and nothing changes."""
        from gui.settings_commands import SetConfigCommand

        new = dataclasses.replace(self.config, **changes)
        if new == self.config:
            return
        text = self.tr("Change {names}").format(names=", ".join(sorted(changes)))
        self.undo_stack.push(SetConfigCommand(self, self.config, new, frozenset(changes), text))

    def apply_config(self, config: TrainConfig) -> None:
        self.config = config
        self.configChanged.emit()

    # ---- whole-project operations --------------------------------------------------------
    def reset_to_example(self) -> None:
        """Start over with the example network and data, forgetting the edit history."""
        self.aboutToEdit.emit()
        self._adopt(example_project())
        self._set_path(None)
        self._announce_everything()

    def replace_project(self, project: Project, data: TrainingData,
                        path: Path | None = None) -> None:
        """Make ``project`` (with its prepared ``data``) the document, forgetting the edit
        history; for projects built in code, such as the GUI benchmark's."""
        self.aboutToEdit.emit()
        self._adopt(project, data)
        self._set_path(path)
        self._announce_everything()

    def load(self, path: str | Path) -> None:
        """Open a project file; ProjectError or DataError (naming the file) change nothing."""
        path = Path(path)
        project = load_project(path)
        self.replace_project(project, project_training_data(project, str(path)), path)

    def save(self, path: str | Path | None = None) -> None:
        """Write the project (atomically) to ``path``, or where it was last saved."""
        path = Path(path) if path is not None else self.path
        if path is None:
            raise ValueError("save() needs a path for a project that was never saved")
        save_project(self.to_project(), path)
        self._set_path(path)
        self.undo_stack.setClean()

    # ==== Designing the network: edits and selection (the designer canvas's API) ==========
    # Each edit first tries itself on a throw-away copy, so a refused edit changes nothing,
    # stops no training and only emits ``editRefused`` with the engine's reason. An accepted
    # edit emits ``aboutToEdit``, then pushes one command of ``gui.commands``, which applies
    # it to the (by then up-to-date) network. Layers are numbered as in the notes: 0 is the
    # input, L the output; neuron indices are 0-based here and 1-based on screen.

    #: Why an edit was refused (a limit, or choices that do not go together).
    editRefused = Signal(str)
    #: ``selected_neuron`` changed.
    selectionChanged = Signal()
    #: ``selected_sample`` changed: the sample whose zᵢˡ, aᵢˡ, δᵢˡ the inspector shows.
    sampleChanged = Signal(int)

    #: ``plane`` changed.
    planeChanged = Signal()

    _selection: tuple[int, int] | None = None
    _sample = 0
    _edit_count = 0
    #: The part of the input plane (x₁ from, x₁ to, x₂ from, x₂ to) that the decision
    #: boundary and the neurons' output maps cover; None: the data's extent and a margin.
    #: Painting holds it still, so points stay where they were put.
    plane: tuple[float, float, float, float] | None = None

    def set_plane(self, plane: tuple[float, float, float, float] | None) -> None:
        """What the views of the input plane cover (a view setting, not an edit)."""
        self.plane = None if plane is None else tuple(float(v) for v in plane)
        self.planeChanged.emit()

    @property
    def selected_neuron(self) -> tuple[int, int] | None:
        """(layer, index) of the selected neuron, layer 0 being the input; None if none."""
        if self._selection is None:
            return None
        layer, index = self._selection
        sizes = self.spec.sizes
        return self._selection if 0 <= layer < len(sizes) and 0 <= index < sizes[layer] else None

    def select_neuron(self, layer: int | None, index: int | None = None) -> None:
        """Select neuron ``index`` of ``layer`` (None clears); not an edit, so not undoable."""
        selection = None if layer is None else (int(layer), int(index))
        if selection != self._selection:
            self._selection = selection
            self.selectionChanged.emit()

    @property
    def selected_sample(self) -> int:
        """Index into ``dataset`` of the sample the inspector follows through the net."""
        return min(self._sample, max(len(self.dataset.X) - 1, 0))

    def select_sample(self, index: int) -> None:
        index = max(0, min(int(index), len(self.dataset.X) - 1))
        if index != self._sample:
            self._sample = index
            self.sampleChanged.emit(index)

    def add_neuron(self, layer: int, index: int | None = None) -> bool:
        """Hidden layer ``layer`` gains a neuron at ``index`` (default: at the end)."""
        return self._edit(lambda: arch.insert_neuron(self.network, layer, index, rng=0),
                          lambda: commands.AddNeuronCommand(self, layer, index, self._seed()))

    def remove_neuron(self, layer: int, index: int) -> bool:
        return self._edit(lambda: arch.remove_neuron(self.network, layer, index),
                          lambda: commands.RemoveNeuronCommand(self, layer, index))

    def move_neuron(self, layer: int, index: int, to_layer: int,
                    to_index: int | None = None) -> bool:
        """Neuron ``index`` of hidden ``layer`` goes to ``to_index`` of hidden ``to_layer``."""
        if (to_layer, to_index) == (layer, index):
            return False
        return self._edit(
            lambda: arch.move_neuron(self.network, layer, index, to_layer, to_index, rng=0),
            lambda: commands.MoveNeuronCommand(self, layer, index, to_layer, to_index,
                                               self._seed()))

    def add_hidden_layer(self, position: int, units: int = 1,
                         activation: str | None = None) -> bool:
        """A new hidden layer of ``units`` neurons becomes layer ``position`` (1..L); its
        activation defaults to that of the hidden layers around it, else tanh."""
        try:
            layer = LayerSpec(units, activation or self._neighbour_activation(position))
        except SpecError as error:
            self.editRefused.emit(str(error))
            return False
        return self._edit(
            lambda: arch.insert_hidden_layer(self.network, position, layer, rng=0),
            lambda: commands.AddLayerCommand(self, position, layer, self._seed()))

    def remove_hidden_layer(self, layer: int) -> bool:
        return self._edit(lambda: arch.remove_hidden_layer(self.network, layer, rng=0),
                          lambda: commands.RemoveLayerCommand(self, layer, self._seed()))

    def set_activation(self, layer: int, activation: str) -> bool:
        text = self.tr("Set layer {l}'s activation to {a}").format(l=layer, a=activation)
        return self._edit(lambda: arch.set_activation(self.network, layer, activation),
                          lambda: commands.ChoicesCommand(self, {layer: activation}, None, text))

    def set_loss(self, loss: str) -> bool:
        text = self.tr("Set the cost to {c}").format(c=loss)
        return self._edit(lambda: arch.set_loss(self.network, loss),
                          lambda: commands.ChoicesCommand(self, {}, loss, text))

    def set_output(self, activation: str, loss: str) -> bool:
        """The output activation and the cost together, for pairs reachable only at once
        (sigmoid with bce → softmax with cce)."""
        output = self.spec.n_layers
        text = self.tr("Set the output to {a} with the {c} cost").format(a=activation, c=loss)
        return self._edit(
            lambda: arch.with_choices(self.network, {output: activation}, loss),
            lambda: commands.ChoicesCommand(self, {output: activation}, loss, text))

    def set_initialisation(self, init: str, init_scale: float | None = None) -> bool:
        """Draw every weight anew by the rule ``init`` (for all layers) from the training
        seed, as one undoable edit; the rule is kept for later resets and new neurons."""
        seed = self.config.seed
        text = self.tr("Initialise the weights: {rule}").format(rule=init)
        return self._edit(lambda: arch.reinitialise(self.network, init, init_scale, seed),
                          lambda: commands.ReinitialiseCommand(self, init, init_scale, seed,
                                                               text))

    def set_weight(self, layer: int, i: int, j: int, value: float) -> bool:
        """wᵢⱼˡ = ``value``: from neuron j of layer l-1 to neuron i of layer l."""
        return self._edit(lambda: arch.set_weight(self.network, layer, i, j, value),
                          lambda: commands.SetWeightCommand(self, layer, i, j, value))

    def set_bias(self, layer: int, i: int, value: float) -> bool:
        """bᵢˡ = ``value``, so the threshold θ = −b."""
        return self._edit(lambda: arch.set_bias(self.network, layer, i, value),
                          lambda: commands.SetBiasCommand(self, layer, i, value))

    def _edit(self, trial, make_command) -> bool:
        try:
            trial()
        except SpecError as error:
            self.editRefused.emit(str(error))
            return False
        self.aboutToEdit.emit()
        self.undo_stack.push(make_command())
        return True

    def _seed(self) -> list[int]:
        """A fresh seed per edit, reproducible within a session, for the weights it draws."""
        self._edit_count += 1
        return [EXAMPLE_SEED, self._edit_count]

    def _neighbour_activation(self, position: int) -> str:
        hidden = self.spec.layers[:-1]
        for layer in (position - 1, position):
            if 1 <= layer <= len(hidden):
                return hidden[layer - 1].activation
        return "tanh"

    def _install_network(self, network: Network, spec_changed: bool,
                         selection: tuple[int, int] | None) -> None:
        """Called by the commands only: swap in the edited network and announce it."""
        self.network = network
        self._selection = selection
        if spec_changed:
            self.specChanged.emit()
        self.weightsChanged.emit()
        self.selectionChanged.emit()

    # ==== Data: the data set the network learns from (the data panel's API) ================
    # A data change is one undoable command (gui.data_commands) that swaps the data set, the
    # normaliser fitted on its training split, and the split and normalised training data.
    # Everything is built and checked before anything changes: new data that the network
    # cannot take raise DataDoesNotFit (a DataError saying why), and ``fit_network=True`` is
    # the one-click fix that also gives the network the input and output layers the data need.

    _data_edit_count = 0

    @property
    def normalisation(self) -> str:
        """The input normalisation in use: "none", "standardise" or "minmax"."""
        return self.normaliser.method if self.normaliser is not None else "none"

    def data_fit_problem(self, dataset) -> str | None:
        """Why the current network cannot learn ``dataset``, in words; None when it can."""
        from gui.data.fitting import fit_problem

        return fit_problem(self.spec, dataset)

    def set_data(self, dataset, normalisation: str | None = None, *, fit_network: bool = False,
                 text: str | None = None, stroke: int | None = None) -> None:
        """Make ``dataset`` the data (normalised by ``normalisation``, default: as now).

        Raises DataDoesNotFit when the network does not fit and ``fit_network`` is False, or
        DataError when the data cannot be normalised; either way nothing has changed.
        Commands with the same ``stroke`` merge into one undo step (a paint stroke).
        """
        from engine.datasets import prepare
        from engine.project.starting import training_data
        from gui.data.fitting import DataDoesNotFit, fitted_network
        from gui.data_commands import DataState, SetDataCommand

        method = normalisation or self.normalisation
        problem = self.data_fit_problem(dataset)
        if problem is not None and not fit_network:
            raise DataDoesNotFit(problem, dataset, method)
        network = None
        if problem is not None:
            self._data_edit_count += 1
            network = fitted_network(self.network, dataset, seed=self._data_edit_count)
        normaliser = None if method == "none" else prepare(dataset, normalisation=method).normaliser
        spec = network.spec if network is not None else self.spec
        data = training_data(dataset, spec, normaliser, where=dataset.name or "the data")
        before = DataState(self.dataset, self.normaliser, self.training,
                           self.network if network is not None else None)
        after = DataState(dataset, normaliser, data, network)
        self.aboutToEdit.emit()
        self.undo_stack.push(SetDataCommand(
            self, before, after, text or self.tr("Use the data {name}").format(
                name=dataset.name), stroke))

    def set_normalisation(self, method: str) -> None:
        """Normalise the current data by ``method`` instead (refitted on the training split)."""
        if method != self.normalisation:
            self.set_data(self.dataset, method, text=self.tr("Normalise by {m}").format(m=method))

    def fit_network_to_data(self, dataset, normalisation: str | None = None) -> None:
        """The one-click fix: use ``dataset`` and resize the network's input and output layers
        to it, keeping the hidden layers and every weight whose connection still exists."""
        self.set_data(dataset, normalisation, fit_network=True,
                      text=self.tr("Fit the network to {name}").format(name=dataset.name))

    def set_painted_points(self, X, y, *, task: str = "classification",
                           class_names=None, stroke: int | None = None) -> None:
        """Points painted on the plane become the data (kept in the project file itself).

        ``y`` holds class indices into ``class_names``, or target values for regression. The
        network is fitted to them when it must be (a third class needs a softmax output), and
        the split keeps the current painted set's validation share and seed.
        """
        options = self.dataset.source.get("options", {}) \
            if self.dataset.source.get("kind") == "arrays" else {}
        dataset = datasets.from_arrays(
            X, y, task=task, class_names=class_names, name="painted",
            validation_share=float(options.get("validation_share", 0.2)),
            seed=int(options.get("seed", 0)))
        self.set_data(dataset, fit_network=True, stroke=stroke,
                      text=self.tr("Paint points"))

    def _install_data(self, state) -> None:
        """Called by the data commands only: swap in a data state and announce it."""
        self.dataset, self.normaliser, self.training = (state.dataset, state.normaliser,
                                                        state.training)
        if state.network is not None:
            self.network = state.network
            self._selection = None
            self.specChanged.emit()
            self.weightsChanged.emit()
            self.selectionChanged.emit()
        self.dataChanged.emit()

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

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit()

    def _announce_everything(self) -> None:
        for signal in (self.dataChanged, self.specChanged, self.weightsChanged,
                       self.configChanged, self.historyChanged):
            signal.emit()
        self.modifiedChanged.emit(self.is_modified)

