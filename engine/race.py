"""An optimizer race: one network trained from the same initial weights on the same data with
several settings (a mode and an optimizer each), side by side.

``Race(network, data, base, entries, epochs)`` makes one run per entry: a copy of ``network``,
the training settings ``base`` with the entry's mode, optimizer and learning rate and at most
``epochs`` epochs, and a ``Trainer`` over ``data`` (anything with ``X``, ``Y``, ``X_val``,
``Y_val``, ``task``: the session's training data). ``step()`` trains every unfinished run one
epoch, round-robin, so the caller (the window's worker) can stop between any two epochs. Each
run is exactly what a separate ``Trainer(network.copy(), run.config).fit(...)`` would give.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from engine.config import TrainConfig
from engine.errors import BackpropStudioError, SpecError
from engine.network import Network
from engine.text import translate
from engine.trainer import Trainer

#: the modes a race offers (the perceptron rule trains one layer of step neurons only)
MODES = ("batch", "stochastic", "minibatch")


@dataclass(frozen=True)
class Entry:
    """One contestant: a mode, an optimizer and its learning rate η (None: the project's)."""

    mode: str
    optimizer: str
    learning_rate: float | None = None

    def label(self) -> str:
        return f"{self.optimizer} · {self.mode}"


@dataclass
class RaceRun:
    """One entry's run: its settings, its network (trained in place), and what it reported."""

    entry: Entry
    config: TrainConfig
    network: Network
    trainer: Trainer
    #: the training loss after each finished epoch
    losses: list[float] = field(default_factory=list)
    val_losses: list[float] = field(default_factory=list)
    #: the last finished epoch's metrics (accuracy or R², and their "val_" twins)
    metrics: dict = field(default_factory=dict)
    #: seconds spent training (not counting the waits between epochs)
    elapsed: float = 0.0
    done: bool = False
    #: why it stopped early: a stop rule ("target_loss", …), or the divergence's message
    stop_reason: str | None = None
    error: str | None = None
    _reports: object = None

    @property
    def epochs(self) -> int:
        return len(self.losses)

    @property
    def final_loss(self) -> float | None:
        return self.losses[-1] if self.losses else None

    def score(self) -> tuple[str, float] | None:
        """(metric name, value): validation accuracy or R² when there is some, else the
        training data's; None before the first epoch."""
        for name in ("val_accuracy", "val_r2", "accuracy", "r2", "val_subset_accuracy",
                     "subset_accuracy"):
            if self.metrics.get(name) is not None:
                return name, float(self.metrics[name])
        return None

    def parameters(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Copies of the run's current weights and biases."""
        return ([W.copy() for W in self.network.weights],
                [b.copy() for b in self.network.biases])


class Race:
    """The runs of ``entries`` from ``network``'s current weights (copied), on ``data``."""

    def __init__(self, network: Network, data, base: TrainConfig, entries, epochs: int):
        entries = list(entries)
        if not entries:
            raise SpecError(translate(
                "Race", "a race needs at least one entry: pick a mode and an optimizer"))
        self.epochs = int(epochs)
        self.data = data
        self.runs: list[RaceRun] = []
        for entry in entries:
            if entry.mode not in MODES:
                raise SpecError(translate(
                    "Race", "a race trains by {names}, not {mode}").format(
                        names=', '.join(MODES), mode=repr(entry.mode)))
            config = entry_config(base, entry, self.epochs)
            net = network.copy()
            trainer = Trainer(net, config, task=getattr(data, "task", None))
            self.runs.append(RaceRun(entry, config, net, trainer))

    @property
    def done(self) -> bool:
        return all(run.done for run in self.runs)

    def step(self) -> bool:
        """Train each unfinished run one epoch; True while any run has epochs left."""
        for run in self.runs:
            if not run.done:
                self._advance(run)
        return not self.done

    def run_to_end(self) -> None:
        while self.step():
            pass

    def _advance(self, run: RaceRun) -> None:
        if run._reports is None:
            data = self.data
            run._reports = run.trainer.run(data.X, data.Y, data.X_val, data.Y_val)
        try:
            while True:
                report = next(run._reports)
                if report.epoch_done:
                    break
        except StopIteration:
            run.done = True
            return
        except BackpropStudioError as error:
            run.done, run.error = True, str(error)
            return
        run.losses.append(float(report.train_loss))
        if report.val_loss is not None:
            run.val_losses.append(float(report.val_loss))
        run.metrics = dict(report.metrics)
        run.elapsed = float(report.elapsed)
        if report.stop_reason is not None:
            run.done = True
            if report.stop_reason != "epochs":
                run.stop_reason = report.stop_reason
            run._reports.close()


def entry_config(base: TrainConfig, entry: Entry, epochs: int) -> TrainConfig:
    """``base`` with the entry's mode, optimizer and η, ``epochs`` epochs, reports per epoch."""
    rate = base.learning_rate if entry.learning_rate is None else entry.learning_rate
    return dataclasses.replace(base, mode=entry.mode, optimizer=entry.optimizer,
                               learning_rate=float(rate), epochs=int(epochs),
                               report_every=None)
