"""A training run of a session: a ``Trainer`` on a copy of the network, and what the session
needs to show it live and record it when it ends.

The window's worker drives ``reports()`` on its own thread and hands the main thread the
epochs finished since the last time (``take_finished``) and the derived numbers at the current
weights (``derived``), which it computes there; the command line drives the same generator
under a progress bar. Either way ``Session.finish_run`` joins the epochs onto the project's
history with the one join (``History.extend``) and records the run as one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.history import History
from engine.network import Network
from engine.session.derived import Derived, Evaluation
from engine.session.plane import Plane
from engine.session.state_commands import copy_parameters
from engine.snapshots import Snapshots, outlives_thinning
from engine.trainer import Trainer


@dataclass
class RunProgress:
    """How far a run trained elsewhere (a process of its own) has come, for its copy here
    (``TrainingRun.absorb``): the weights now, the last report, the epochs finished since
    the last progress, the confusion counts and, at the end, the weights kept per epoch."""

    weights: list[np.ndarray]
    biases: list[np.ndarray]
    last_report: Any
    finished: History
    epochs_finished: int
    last_epoch: int
    confusion: Any
    counted_at: int
    snapshots: Snapshots | None = None
    trained_past_report: bool = False


class TrainingRun:
    """Trains ``session.network.copy()`` with ``config`` (default: the session's) on the
    session's training data. ``confusion``: end-of-epoch reports carry the confusion counts.

    Made on the session's thread; afterwards only the thread that drives ``reports()`` may
    touch it, except ``view``, which the session's thread may set at any time.
    """

    def __init__(self, session, config=None, *, confusion: bool = False):
        self.config = session.config if config is None else config
        self.network = session.network.copy()
        self.data = session.training
        self.normaliser = session.normaliser
        self.features = session.features
        self.trainer = Trainer(self.network, self.config, task=self.data.task,
                               confusion=confusion and self.data.task == "classification")
        #: the epochs this run adds are numbered after the current run's last one
        self.epoch_offset = session.history.last_epoch()
        self.trainer.epochs_before = self.epoch_offset
        self.parameters_before = copy_parameters(session.network)
        self.history_before = session.history.copy()
        #: what the derived numbers cover: (the input plane, the selected sample)
        self.view: tuple[Plane | None, int] = (session.plane, session.selected_sample)
        self.last_report = None
        #: how many epochs this run has finished
        self.epochs_finished = 0
        self._finished = History()
        self._confusion = None
        self._counted_at = self._last_epoch = 0
        #: the trainer trained on after its last report and then stopped (a divergence): the
        #: weights are not the ones the report's cost, metrics and counts were taken at
        self._trained_past_report = False
        #: the weights at some of this run's epoch ends (bounded), for the history scrubber;
        #: the session joins them to its own when the run is recorded
        self.snapshots = Snapshots()
        #: the weights at the end of the last epoch finished, when not kept yet (``_snapshot``)
        self._held: list[np.ndarray] | None = None
        self._held_epoch: int | None = None
        #: whether the network itself holds them (until the trainer trains on)
        self._held_in_network = False
        self.run_id = session.history.current_run
        if self.epoch_offset == 0:
            self.snapshots.add(0, *self.parameters_before, run=self.run_id)

    def reports(self):
        """The trainer's reports (``Trainer.run``); each finished epoch is kept, numbered in
        the project's run, for the session to join."""
        data = self.data
        resumed = False  # the trainer is training on from the last report
        try:
            for report in self.trainer.run(data.X, data.Y, data.X_val, data.Y_val):
                if self._held_in_network:  # the trainer trained on: those weights are gone
                    self._held_epoch, self._held_in_network = None, False
                if report.epoch_done:
                    self.epochs_finished += 1
                    self._last_epoch = report.epoch
                    self._finished.append(report, self.epoch_offset)
                    self._snapshot(self.epoch_offset + report.epoch, report)
                    if report.confusion is not None:
                        self._confusion, self._counted_at = report.confusion, report.epoch
                self.last_report = report
                resumed = False
                yield report
                resumed = True
            resumed = False  # it ended without training any further
        finally:
            self._trained_past_report = resumed
            if resumed and self._held_in_network:  # it failed while training on
                self._held_epoch, self._held_in_network = None, False
            self.keep_last_snapshot()

    def _snapshot(self, epoch: int, report) -> None:
        """Keep the weights at the end of ``epoch`` if thinning could keep them; else hold
        them, in case it is the run's last. Where each report is an epoch's end (batch
        training: XOR does thousands a second), the network itself holds them until the
        trainer trains on, and then another epoch's end takes over; otherwise a copy does,
        in buffers reused each epoch, since the run may stop in the middle of the next."""
        network = self.network
        if self.epochs_finished == 1 or outlives_thinning(epoch):
            self.snapshots.add(epoch, network.weights, network.biases, run=self.run_id)
            self._held_epoch = None
            return
        self._held_epoch = epoch
        self._held_in_network = report.iterations_per_epoch == 1
        if self._held_in_network:
            return
        if self._held is None:
            self._held = [array.copy() for array in (*network.weights, *network.biases)]
        else:
            for held, array in zip(self._held, (*network.weights, *network.biases),
                                   strict=True):
                np.copyto(held, array)

    def keep_last_snapshot(self) -> None:
        """Keep the weights of the last epoch finished (thinning always keeps a run's last),
        once the run has ended or stopped: ``reports()`` does it as it ends; calling it again
        changes nothing."""
        epoch, self._held_epoch = self._held_epoch, None
        in_network, self._held_in_network = self._held_in_network, False
        if epoch is None or (self.snapshots.newest(self.run_id) or -1) >= epoch:
            return
        if in_network:
            weights, biases = self.network.weights, self.network.biases
        else:
            layers = len(self.network.weights)
            weights, biases = self._held[:layers], self._held[layers:]
        self.snapshots.add(epoch, weights, biases, run=self.run_id)

    def project_epoch(self, report) -> int:
        """``report``'s epoch as the project counts it (the run's epochs go on counting)."""
        return self.epoch_offset + report.epoch

    def take_finished(self) -> History:
        """The epochs finished since the last call (a History of them), for the session."""
        chunk, self._finished = self._finished, History()
        return chunk

    def progress(self, final: bool = False) -> RunProgress:
        """Where this run is now, for a copy of it elsewhere (``absorb``); the epochs finished
        since the last call go with it, and at the ``final`` one the kept weights."""
        if final:
            self.keep_last_snapshot()
        return RunProgress(
            [W.copy() for W in self.network.weights], [b.copy() for b in self.network.biases],
            self.last_report, self.take_finished(), self.epochs_finished, self._last_epoch,
            self._confusion, self._counted_at, self.snapshots if final else None,
            self._trained_past_report)

    def absorb(self, progress: RunProgress) -> None:
        """Take on ``progress`` of this run's twin trained elsewhere: afterwards this copy
        shows, joins and records what the twin trained, as if it had trained here."""
        for W, new in zip(self.network.weights, progress.weights, strict=True):
            np.copyto(W, new)
        for b, new in zip(self.network.biases, progress.biases, strict=True):
            np.copyto(b, new)
        self.last_report = progress.last_report
        self._finished.extend(progress.finished)
        self.epochs_finished, self._last_epoch = progress.epochs_finished, progress.last_epoch
        self._confusion, self._counted_at = progress.confusion, progress.counted_at
        self._trained_past_report = progress.trained_past_report
        if progress.snapshots is not None:
            self.snapshots = progress.snapshots

    def derived(self, final: bool = False) -> Derived:
        """The views' numbers at the network's current weights, computed now, on the calling
        thread; the cost, metrics and confusion counts are the last epochs'. ``final``: the
        run is over, so the counts must be the last finished epoch's (the trainer may have
        been asked to count only now and then); if they are older, they are counted here,
        and all of them are when the run ended past its last report (a divergence rolled
        the weights back to mid-epoch: the counts of the epoch before were shown beside
        them, tester)."""
        plane, sample = self.view
        network = Network.from_arrays(self.network.spec, self.network.weights,
                                      self.network.biases)
        derived = Derived(network, self.data, self.normaliser, plane, sample,
                          features=self.features)
        report = self.last_report
        past = final and self._trained_past_report
        evaluation = None if report is None or past else Evaluation(report.train_loss,
                                                                    dict(report.metrics))
        stale = final and (past or self._counted_at != self._last_epoch)
        derived.known(evaluation, None if stale else self._confusion).precompute()
        if stale:
            _ = derived.confusion  # counted now, on this thread, at the final weights
        return derived
