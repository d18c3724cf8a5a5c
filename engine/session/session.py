"""The session: the project being edited, with no Qt.

It holds the project's state (network, data, normalisation, training settings, history, the
painted points as data, the selected neuron and sample, the part of the input plane the views
cover, where the project lives), applies every edit as a command that can be reverted
(``engine.session.edits``), announces which part changed (``engine.session.events``) and
keeps one ``Derived`` of the numbers the views show per version of the weights and data.

    s = Session()                       # the example project: XOR on 2-4-1
    s.add_neuron(layer=1)               # applies whole, or raises Refused and changes nothing
    s.undo(); s.redo()
    run = s.start_run(); [... for report in run.reports()]; s.finish_run(run)
    s.save("xor.bps.json")

The command line drives a session headless; the window's document is a Qt adapter over one
(its QUndoStack wraps the session's commands, its signals relay the session's events).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from engine.history import History
from engine.network import Network
from engine.project import Project, load_project, save_project
from engine.project.starting import TrainingData, project_training_data
from engine.session import events
from engine.session.derived import Derived
from engine.session.diagnostics_log import DiagnosticsLog
from engine.session.edits import Edits
from engine.session.events import Change, Event
from engine.session.example import example_project
from engine.session.plane import Plane
from engine.session.runs import TrainingRun
from engine.session.state_commands import ReplaceParameters, copy_parameters
from engine.session.undo import UndoHistory
from engine.snapshots import Snapshots
from engine.text import QT_TRANSLATE_NOOP

#: the parts whose change makes the derived numbers out of date
_DERIVED_FROM = frozenset({events.SPEC, events.WEIGHTS, events.DATA, events.PLANE})
#: the parts whose change ends a look at an earlier epoch (``show_epoch``)
_NOT_SCRUBBED = frozenset({events.SPEC, events.WEIGHTS, events.DATA})


class Session(Edits):
    """The project being edited. ``undo`` is its undo history (default: a plain
    ``UndoHistory``; the GUI passes its QUndoStack adapter)."""

    def __init__(self, project: Project | None = None, data: TrainingData | None = None,
                 *, undo=None, path: str | Path | None = None):
        #: every change: a ``Change`` naming the parts
        self.changed = Event()
        #: before an edit of the architecture, the weights or the data (stop training now)
        self.about_to_edit = Event()
        self.undo_history = undo if undo is not None else UndoHistory()
        self.undo_history.clean_changed = lambda clean: self._changed({events.CLEAN})
        self.path: Path | None = Path(path) if path is not None else None
        self.plane: Plane | None = None
        self._selection: tuple[int, int] | None = None
        self._sample = 0
        self._derived: Derived | None = None
        #: the epoch the views show and its network, while the history is scrubbed
        self._scrub: tuple[int, Network] | None = None
        self._scrubbing = False
        #: the current run's start measured (``run_start_evaluation``): what from, the numbers
        self._start_evaluation: tuple | None = None
        #: backpropagation's signal per layer through the training runs (not saved)
        self.diagnostics = DiagnosticsLog(backfill=self._kept_diagnostics)
        #: a live run has shown weights since the last save (``is_modified``)
        self._live_since_save = False
        #: ``mark_unsaved`` since the last save or the project's opening (``is_modified``)
        self._marked_unsaved = False
        self._adopt(project or example_project(), data)
        self.about_to_edit.connect(self.return_to_now)

    @classmethod
    def open(cls, path: str | Path, **options) -> Session:
        """The project in ``path``; ProjectError or DataError (naming the file) otherwise."""
        path = Path(path)
        project = load_project(path)
        return cls(project, project_training_data(project, str(path)), path=path, **options)

    # -- state -----------------------------------------------------------------------------

    @property
    def spec(self):
        return self.network.spec

    @property
    def derived(self) -> Derived:
        """The numbers the views show, for the current weights, data and plane."""
        if self._derived is None:
            self._derived = Derived(self.shown_network, self.training, self.normaliser, self.plane,
                                    self.selected_sample, features=self.features)
        return self._derived

    @property
    def is_modified(self) -> bool:
        """Unsaved edits, or a live run's progress since the last save (it is not an edit
        until the run ends, but the file no longer holds the network shown)."""
        return (not self.undo_history.is_clean() or self._live_since_save
                or self._marked_unsaved)

    def display_name(self) -> str:
        return self.path.name if self.path else ""

    def to_project(self) -> Project:
        from engine.datasets.sources import recorded_source

        return Project(network=self.network, config=self.config,
                       data=recorded_source(self.dataset),
                       normaliser=self.normaliser, history=self.history, layout=self.layout,
                       name=self.name, features=self.features, snapshots=self.snapshots,
                       lesson=self.lesson)

    # -- view state: what is looked at (not edits, not undoable) ---------------------------------

    @property
    def selected_neuron(self) -> tuple[int, int] | None:
        """(layer, index) of the selected neuron, layer 0 being the input; None if none."""
        if self._selection is None:
            return None
        layer, index = self._selection
        sizes = self.spec.sizes
        return self._selection if 0 <= layer < len(sizes) and 0 <= index < sizes[layer] else None

    def select_neuron(self, layer: int | None, index: int | None = None) -> None:
        selection = None if layer is None else (int(layer), int(index))
        if selection != self._selection:
            self._selection = selection
            self._changed({events.SELECTION})

    @property
    def selected_sample(self) -> int:
        """Index into ``dataset`` of the sample whose numbers the inspector follows."""
        return min(self._sample, max(len(self.dataset.X) - 1, 0))

    def select_sample(self, index: int) -> None:
        index = max(0, min(int(index), len(self.dataset.X) - 1))
        if index != self._sample:
            self._sample = index
            self._changed({events.SAMPLE})

    def set_plane(self, plane: Plane | None) -> None:
        """The part of the input plane (x₁ from, x₁ to, x₂ from, x₂ to) the views cover;
        None: the data's extent and a margin. Painting holds it still."""
        plane = None if plane is None else tuple(float(v) for v in plane)
        if plane != self.plane:
            self.plane = plane
            self._changed({events.PLANE})

    # -- the history scrubber: the network as it was at an earlier epoch (a view, not an edit) --

    @property
    def shown_network(self) -> Network:
        """The network the views show: the current one, or an earlier epoch's while the
        history is scrubbed (``show_epoch``). Edits, training and saving use ``network``."""
        return self._scrub[1] if self._scrub is not None else self.network

    @property
    def shown_epoch(self) -> int | None:
        """The epoch of the current run the views show, None for now (the current weights)."""
        return self._scrub[0] if self._scrub is not None else None

    def _kept_diagnostics(self, run: int) -> list:
        """(epoch, layer diagnostics) at each epoch of ``run`` whose weights are kept, on
        the same probe samples as a live run's (``DiagnosticsLog.backfill``)."""
        measured = []
        for epoch in self.snapshots.epochs(run):
            snapshot = self.snapshots.at(epoch, run)
            if snapshot is None or snapshot.epoch != epoch or not snapshot.fits(
                    self.network.weights, self.network.biases):
                continue
            network = Network.from_arrays(self.spec, list(snapshot.weights),
                                          list(snapshot.biases))
            measured.append((epoch, Derived(network, self.training, self.normaliser,
                                            features=self.features).diagnostics))
        return measured

    def run_start_network(self) -> Network | None:
        """The network as the current run began (its epoch-0 snapshot), None when the run
        has no epochs yet (its start is the network itself) or its start was not kept. The
        optimizer race starts from it: the same weights the run started from."""
        if not self.history.last_epoch():
            return None
        snapshot = self.snapshots.at(0, self.history.current_run)
        if snapshot is None or snapshot.epoch != 0 or not snapshot.fits(self.network.weights,
                                                                        self.network.biases):
            return None
        return Network.from_arrays(self.spec, [W.copy() for W in snapshot.weights],
                                   [b.copy() for b in snapshot.biases])

    def run_start_evaluation(self):
        """The cost and metrics at the weights the current run started from (its epoch-0
        snapshot, on the data it trains on), None when there is none: the loss plot's dot at
        epoch 0 for a run it did not see start (a project reopened showed its curves from
        epoch 1, tester). Measured once per run start."""
        start = self.run_start_network()
        if start is None:
            return None
        key = self._start_key()
        cached = self._start_evaluation
        if cached is not None and cached[0][0] == key[0] and all(
                a is b for a, b in zip(cached[0][1:], key[1:], strict=True)):
            return cached[1]
        evaluation = Derived(start, self.training, self.normaliser,
                             features=self.features).evaluation
        self._start_evaluation = (key, evaluation)
        return evaluation

    def _start_key(self) -> tuple:
        """What the current run's start is measured from: the run, and the very data and
        normaliser objects (held, so their ids stay theirs); a run starting anew measures
        its own (``start_run``), whose epoch-0 weights its store keeps only later."""
        return (self.history.current_run, self.training, self.normaliser)

    def show_epoch(self, epoch: int | None) -> int | None:
        """Show the network as it was at ``epoch`` of the current run (the nearest snapshot
        at or before it), or now (None, or the run's last epoch or later). Not an edit: the
        project keeps its weights; any edit, undo or training returns to now first. Returns
        the epoch shown (None: now)."""
        scrub = None
        if epoch is not None and int(epoch) < self.history.last_epoch():
            snapshot = self.snapshots.at(int(epoch), self.history.current_run)
            if snapshot is not None and snapshot.fits(self.network.weights,
                                                      self.network.biases):
                network = Network.from_arrays(self.spec, [W.copy() for W in snapshot.weights],
                                              [b.copy() for b in snapshot.biases])
                scrub = (snapshot.epoch, network)
        if (scrub and scrub[0]) != (self._scrub and self._scrub[0]):
            self._scrub = scrub
            self._scrubbing = True
            try:
                self._changed({events.WEIGHTS})
            finally:
                self._scrubbing = False
        return self.shown_epoch

    def return_to_now(self) -> None:
        """Show the current weights again (after ``show_epoch``)."""
        if self._scrub is not None:
            self.show_epoch(None)

    # -- undo --------------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo the last edit; a training run in progress is stopped (and recorded) first, so
        undo during training puts the weights back where the run started."""
        self.about_to_edit.emit()
        self.undo_history.undo()

    def redo(self) -> None:
        self.about_to_edit.emit()
        self.undo_history.redo()

    # -- whole projects ----------------------------------------------------------------------

    def load(self, path: str | Path) -> None:
        """Open a project file in place of this one, forgetting the edit history; a
        ProjectError or DataError (naming the file) changes nothing."""
        path = Path(path)
        project = load_project(path)
        self.replace_project(project, project_training_data(project, str(path)), path)

    def reset_to_example(self) -> None:
        """Start over with the example network and data, forgetting the edit history."""
        self.replace_project(example_project())

    def replace_project(self, project: Project, data: TrainingData | None = None,
                        path: str | Path | None = None) -> None:
        """Make ``project`` (with its prepared ``data``) the session's, forgetting the edit
        history; the whole of it is announced as changed."""
        data = data or project_training_data(project)
        self.about_to_edit.emit()
        self._adopt(project, data)
        self.path = Path(path) if path is not None else None
        self._changed(events.EVERYTHING)

    def mark_unsaved(self) -> None:
        """The project differs from its file in what the edit history does not hold (its
        data found in a new place): it asks to be saved like an edit would."""
        if not self._marked_unsaved:
            self._marked_unsaved = True
            self._changed({events.CLEAN})

    def detach_from_file(self) -> None:
        """The project is no longer the one in its file (File ▸ Open of a CSV made it a new
        one from those data): untitled, so Save asks where to keep it and the file stays as
        it was; the edit history stays too (Undo brings the old data back)."""
        if self.path is not None:
            self.path = None
            self._changed({events.PATH})
        self.mark_unsaved()

    def save(self, path: str | Path | None = None) -> None:
        """Write the project (atomically) to ``path``, or where it was last saved."""
        path = Path(path) if path is not None else self.path
        if path is None:
            raise ValueError("save() needs a path for a project that was never saved")
        save_project(self.to_project(), path)
        if path != self.path:
            self.path = path
            self._changed({events.PATH})
        self.undo_history.set_clean()
        if self._live_since_save or self._marked_unsaved:
            self._live_since_save = self._marked_unsaved = False
            self._changed({events.CLEAN})

    # -- training ----------------------------------------------------------------------------

    def start_run(self, config=None, *, confusion: bool = False) -> TrainingRun:
        """A training run of the network (a copy) with ``config`` (default: the session's);
        show it live with ``show_progress`` and record it with ``finish_run``."""
        starting = not self.history.last_epoch() and self.shown_epoch is None
        if not starting:
            self.run_start_evaluation()  # measured now: while it trains, only the worker runs
        run = TrainingRun(self, config, confusion=confusion)
        if starting:
            # backpropagation's signal where the run starts, beside its epochs (Gradients
            # per Layer showed epoch 0 before a run and lost it at the first epoch, tester);
            # and its start's cost, the views' numbers at the weights it starts from
            self.diagnostics.add(self.history.current_run, 0, self.derived.diagnostics)
            self._start_evaluation = (self._start_key(), self.derived.evaluation)
        return run

    def show_progress(self, weights, biases, finished: History,
                      derived: Derived | None = None) -> None:
        """A training run's current weights and newly finished epochs, live: not an edit
        (the run becomes one when it ends). ``derived`` are the numbers at those weights,
        computed by whoever trained them, so the views need not compute them again."""
        for W, new in zip(self.network.weights, weights, strict=True):
            np.copyto(W, new)
        for b, new in zip(self.network.biases, biases, strict=True):
            np.copyto(b, new)
        self.return_to_now()
        parts = {events.WEIGHTS}
        if not self._live_since_save:
            self._live_since_save = True
            parts.add(events.CLEAN)
        if len(finished):
            self.history.extend(finished)
            parts.add(events.HISTORY)
        if derived is not None:
            self.diagnostics.add(self.history.current_run, self.history.last_epoch(),
                                 derived.diagnostics)
        self._changed(parts, derived)

    def finish_run(self, run: TrainingRun) -> bool:
        """Join ``run``'s remaining epochs and final weights to the project and record the run
        as one undoable step ("Train"); False when it changed nothing."""
        finished = run.take_finished()
        run.keep_last_snapshot()
        merged = len(run.snapshots) > 0
        self.snapshots.merge(run.snapshots)
        run.snapshots.clear()
        if len(finished) or not _equal(copy_parameters(run.network),
                                       copy_parameters(self.network)):
            self.show_progress(run.network.weights, run.network.biases, finished)
        elif merged:  # the last snapshot showed everything: say the kept weights grew
            self._changed({events.HISTORY})
        self._live_since_save = False  # the run becomes an edit now, or it changed nothing
        after = copy_parameters(self.network)
        if not run.epochs_finished and _equal(after, run.parameters_before):
            self._changed({events.CLEAN})
            return False
        self.undo_history.push(ReplaceParameters(
            self, run.parameters_before, after, QT_TRANSLATE_NOOP("Commands", "Train"),
            history_before=run.history_before,
            history_after=self.history.copy(), already_done=True))
        return True

    # -- what the commands call ----------------------------------------------------------------

    def _install_network(self, network: Network, selection, spec_changed: bool) -> frozenset:
        self.network = network
        self._selection = selection
        parts = {events.WEIGHTS, events.SELECTION} | ({events.SPEC} if spec_changed else set())
        return frozenset(parts)

    def _install_parameters(self, weights, biases) -> frozenset:
        for W, new in zip(self.network.weights, weights, strict=True):
            np.copyto(W, new)
        for b, new in zip(self.network.biases, biases, strict=True):
            np.copyto(b, new)
        return frozenset({events.WEIGHTS})

    def _install_data(self, state) -> frozenset:
        # A project named after its data (as new projects are) keeps being named after them:
        # Save As offers "spirals", not the "xor" it started from; a name of the user's stays.
        if self.name in ("", getattr(self.dataset, "name", "")):
            self.name = state.dataset.name or self.name
        self.dataset, self.normaliser, self.training = (state.dataset, state.normaliser,
                                                        state.training)
        self.features = state.features
        parts = {events.DATA}
        if state.config is not None:
            self.config = state.config
            parts.add(events.CONFIG)
        if state.network is None:
            return frozenset(parts)
        self.network = state.network
        self._selection = None
        return frozenset(parts | {events.SPEC, events.WEIGHTS, events.SELECTION})

    def _install_history(self, history: History) -> frozenset:
        self.history = history
        return frozenset({events.HISTORY})

    def _changed(self, parts, derived: Derived | None = None) -> None:
        """Announce ``parts`` as changed; the derived numbers are made anew when they depend
        on them (``derived``: already made, for the new state)."""
        parts = frozenset(parts)
        if self._scrub is not None and not self._scrubbing and parts & _NOT_SCRUBBED:
            self._scrub = None  # the weights or the net changed: the views show them now
        if parts & _DERIVED_FROM:
            self._derived = derived
        if events.SPEC in parts:
            self.diagnostics.clear()  # other layers: the earlier numbers are of another net
        if parts:
            self.changed.emit(Change(parts))

    def _adopt(self, project: Project, data: TrainingData | None = None) -> None:
        self.network: Network = project.network
        self.config = project.config
        self.normaliser = project.normaliser
        #: the input features (``engine.datasets.features.FeatureMap``), None for the raw ones
        self.features = project.features
        self.history: History = project.history
        self.name: str = project.name
        self.layout: dict[str, Any] = dict(project.layout)
        self.training: TrainingData = data or project_training_data(project)
        self.dataset = self.training.dataset
        self._selection, self._sample, self.plane, self._derived = None, 0, None, None
        #: the weights at some of the epochs trained (``engine.snapshots``), for the scrubber
        self.snapshots: Snapshots = project.snapshots
        #: the teacher's lesson preset saved with the project (``engine.project.lesson``)
        self.lesson = project.lesson
        self._scrub = None
        self._marked_unsaved = False
        self.undo_history.clear()
        self.diagnostics.clear()  # another project's runs: measured again from its weights


def _equal(a, b) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(a[0] + a[1], b[0] + b[1], strict=True))
