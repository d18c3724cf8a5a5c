"""The document: the main window's Qt adapter over the one session (``engine.session``).

Everything about the project lives in ``document.session``, which knows nothing of Qt. The
document gives it a QUndoStack to keep its commands on (``gui.undo_stack``), and relays its
events as Qt signals: ``changed`` with the whole ``Change`` (for a view that redraws once
whatever changed), then one signal per part. The session's one ``Refused`` becomes, for the
design edits the canvas and inspector make, ``editRefused`` with the reason and a False
return; edits whose callers show the reason themselves (data, settings) let it through.
Views read the project through the properties below and the numbers through ``derived``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from engine import History, Refused
from engine.session import Session, events
from gui.undo_stack import IMPORT_WEIGHTS, RESTORE_WEIGHTS, QtUndoHistory


class Document(QObject):
    """The project being edited, as the window's views see it."""

    #: every change, as the session's ``Change`` (which parts changed), before the signals
    #: of the parts
    changed = Signal(object)
    #: before any edit of the architecture, the weights or the data is applied, so a running
    #: training worker can be stopped first (it trains a copy and would overwrite the edit)
    aboutToEdit = Signal()
    specChanged = Signal()
    weightsChanged = Signal()
    dataChanged = Signal()
    configChanged = Signal()
    historyChanged = Signal()
    selectionChanged = Signal()
    #: the sample whose zᵢˡ, aᵢˡ, δᵢˡ the inspector shows
    sampleChanged = Signal(int)
    #: the part of the input plane the views cover
    planeChanged = Signal()
    pathChanged = Signal()
    modifiedChanged = Signal(bool)
    #: why a design edit was refused (a limit, or choices that do not go together)
    editRefused = Signal(str)
    #: a training run began (True) or ended (False)
    liveTrainingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.session = Session(undo=QtUndoHistory(self.undo_stack))
        self._signals = {
            events.DATA: self.dataChanged, events.SPEC: self.specChanged,
            events.WEIGHTS: self.weightsChanged, events.CONFIG: self.configChanged,
            events.HISTORY: self.historyChanged, events.SELECTION: self.selectionChanged,
            events.PLANE: self.planeChanged, events.PATH: self.pathChanged,
        }
        #: True while a training run is live (the views that show the start of a run wait)
        self.live_training = False
        #: why an edit may not be made now, or None: ``guard(edit name, settings changed)``
        #: (``gui.classroom.locking``: the controls a lesson preset locks)
        self.edit_guard = None
        self.session.changed.connect(self._relay)
        self.session.about_to_edit.connect(self.aboutToEdit.emit)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # ---- the project, read through ------------------------------------------------------
    #: the network the views show: the current one, or an earlier epoch's while the history
    #: scrubber looks back (``show_epoch``); saving and edits use the current weights
    network = property(lambda self: self.session.shown_network)
    #: the epoch the views show, None for now
    shown_epoch = property(lambda self: self.session.shown_epoch)
    spec = property(lambda self: self.session.spec)
    dataset = property(lambda self: self.session.dataset)
    normaliser = property(lambda self: self.session.normaliser)
    normalisation = property(lambda self: self.session.normalisation)
    #: the input features (``engine.datasets.features.FeatureMap``), None for the raw ones
    features = property(lambda self: self.session.features)
    training = property(lambda self: self.session.training)
    config = property(lambda self: self.session.config)
    history = property(lambda self: self.session.history)
    name = property(lambda self: self.session.name)
    path = property(lambda self: self.session.path)
    plane = property(lambda self: self.session.plane)
    selected_neuron = property(lambda self: self.session.selected_neuron)
    selected_sample = property(lambda self: self.session.selected_sample)
    #: the numbers the views show (``engine.session.Derived``), once per version
    derived = property(lambda self: self.session.derived)
    is_modified = property(lambda self: self.session.is_modified)

    def display_name(self) -> str:
        """The project's name as the title bar shows it."""
        return self.session.display_name() or self.tr("Untitled")

    def to_project(self):
        return self.session.to_project()

    # ---- what is looked at ------------------------------------------------------------------
    def select_neuron(self, layer: int | None, index: int | None = None) -> None:
        self.session.select_neuron(layer, index)

    def select_sample(self, index: int) -> None:
        self.session.select_sample(index)

    def set_plane(self, plane) -> None:
        self.session.set_plane(plane)

    # ---- designing the network: True when done, else editRefused says why ----------------------
    def add_neuron(self, layer: int, index: int | None = None) -> bool:
        return self._attempt(self.session.add_neuron, layer, index)

    def remove_neuron(self, layer: int, index: int) -> bool:
        return self._attempt(self.session.remove_neuron, layer, index)

    def move_neuron(self, layer: int, index: int, to_layer: int,
                    to_index: int | None = None) -> bool:
        if (to_layer, to_index) == (layer, index):
            return False
        return self._attempt(self.session.move_neuron, layer, index, to_layer, to_index)

    def add_hidden_layer(self, position: int, units: int = 1,
                         activation: str | None = None) -> bool:
        return self._attempt(self.session.add_hidden_layer, position, units, activation)

    def remove_hidden_layer(self, layer: int) -> bool:
        return self._attempt(self.session.remove_hidden_layer, layer)

    def set_activation(self, layer: int, activation: str) -> bool:
        return self._attempt(self.session.set_activation, layer, activation)

    def set_loss(self, loss: str) -> bool:
        return self._attempt(self.session.set_loss, loss)

    def set_output(self, activation: str, loss: str) -> bool:
        return self._attempt(self.session.set_output, activation, loss)

    def set_initialisation(self, init: str, init_scale: float | None = None) -> bool:
        return self._attempt(self.session.set_initialisation, init, init_scale)

    def set_weight(self, layer: int, i: int, j: int, value: float) -> bool:
        return self._attempt(self.session.set_weight, layer, i, j, value)

    def set_bias(self, layer: int, i: int, value: float) -> bool:
        return self._attempt(self.session.set_bias, layer, i, value)

    def replace_parameters(self, weights, biases, text: str = IMPORT_WEIGHTS) -> bool:
        """New weights and biases as one undoable edit named ``text`` (English, marked with
        QT_TRANSLATE_NOOP under "Commands": the undo stack translates it)."""
        return self._attempt(self.session.replace_parameters, weights, biases, text)

    def reset_weights(self) -> bool:
        return self._attempt(self.session.reset_weights)

    def clear_earlier_runs(self) -> bool:
        return self._attempt(self.session.clear_earlier_runs)

    def set_input_features(self, names) -> bool:
        """The network's input features ("x1^2", …) computed from the raw x₁, x₂."""
        return self._attempt(self.session.set_input_features, names)

    # ---- settings and data: Refused reaches the caller, which says why where it was asked ------
    def set_config(self, **changes) -> None:
        self._check_guard("set_config", changes)
        self.session.set_config(**changes)

    def set_data(self, dataset, normalisation: str | None = None, *, fit_network: bool = False,
                 stroke: int | None = None, fresh_weights: bool = False) -> None:
        self._check_guard("set_data")
        self.session.set_data(dataset, normalisation, fit_network=fit_network, stroke=stroke,
                              fresh_weights=fresh_weights)

    def set_normalisation(self, method: str) -> None:
        self._check_guard("set_normalisation")
        self.session.set_normalisation(method)

    def fit_network_to_data(self, dataset, normalisation: str | None = None, *,
                            fresh_weights: bool = False) -> None:
        self._check_guard("fit_network_to_data")
        self.session.fit_network_to_data(dataset, normalisation, fresh_weights=fresh_weights)

    def set_painted_points(self, X, y, **options) -> None:
        self._check_guard("set_painted_points")
        self.session.set_painted_points(X, y, **options)

    def set_lesson(self, lesson) -> None:
        """The lesson preset saved with the project (``engine.project.lesson``), or None."""
        self.session.set_lesson(lesson)

    # ---- training, live ----------------------------------------------------------------------
    def set_parameters(self, weights, biases) -> None:
        """Show new weights live (not an undoable edit: a run is recorded when it ends)."""
        self.session.show_progress(weights, biases, History())

    def set_live_training(self, live: bool) -> None:
        if live != self.live_training:
            self.live_training = live
            self.liveTrainingChanged.emit(live)

    # ---- the history scrubber: the network as it was (a view, not an edit) -------------------
    def show_epoch(self, epoch: int | None) -> int | None:
        """Show the network at ``epoch`` of the current run (its nearest snapshot at or before
        it), or now (None); the epoch shown."""
        return self.session.show_epoch(epoch)

    def restore_shown_weights(self) -> bool:
        """Make the weights shown the network's, as one undoable edit."""
        if self.session.shown_epoch is None:
            return False
        shown = self.session.shown_network
        weights, biases = [W.copy() for W in shown.weights], [b.copy() for b in shown.biases]
        return self.replace_parameters(weights, biases, RESTORE_WEIGHTS)

    # ---- undo and whole projects -------------------------------------------------------------
    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def reset_to_example(self) -> None:
        self.session.reset_to_example()

    def replace_project(self, project, data=None, path: Path | None = None) -> None:
        self.session.replace_project(project, data, path)

    def load(self, path: str | Path) -> None:
        """Open a project file; ProjectError or DataError (naming the file) change nothing."""
        self.session.load(path)

    def save(self, path: str | Path | None = None) -> None:
        self.session.save(path)

    def detach_from_file(self) -> None:
        self.session.detach_from_file()

    def mark_unsaved(self) -> None:
        """The project differs from its file in what no edit holds (its data found anew)."""
        self.session.mark_unsaved()

    # ---- relaying ----------------------------------------------------------------------------
    def _attempt(self, edit, *args) -> bool:
        try:
            self._check_guard(edit.__name__)
            edit(*args)
        except Refused as refused:
            self.editRefused.emit(str(refused))
            return False
        return True

    def _check_guard(self, edit: str, changes=()) -> None:
        """Refused with the guard's reason when ``edit`` (of the settings ``changes``) is not
        allowed now."""
        reason = self.edit_guard(edit, tuple(changes)) if self.edit_guard else None
        if reason:
            raise Refused(reason)

    def _clean_changed(self, clean: bool) -> None:
        self.session.undo_history.clean_changed(clean)

    def _relay(self, change) -> None:
        self.changed.emit(change)
        for part, signal in self._signals.items():
            if part in change:
                signal.emit()
        if events.SAMPLE in change:
            self.sampleChanged.emit(self.session.selected_sample)
        if events.CLEAN in change:
            self.modifiedChanged.emit(self.is_modified)
