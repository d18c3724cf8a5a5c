"""The session's other edits as commands: all the weights at once, the training settings, the
data, and clearing earlier runs.

Each holds the state before and after, built completely (and so checked) before it is pushed;
``apply`` and ``revert`` only swap it in, so they cannot fail half-way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.history import History
from engine.network import Network
from engine.project.starting import TrainingData
from engine.session.design_commands import RunStart
from engine.session.events import CONFIG
from engine.session.undo import Command
from engine.text import QT_TRANSLATE_NOOP, translate

Parameters = tuple[list[np.ndarray], list[np.ndarray]]


def copy_parameters(network: Network) -> Parameters:
    return [W.copy() for W in network.weights], [b.copy() for b in network.biases]


class ReplaceParameters(RunStart, Command):
    """Every Wˡ and bˡ from ``before`` to ``after`` (lists of arrays of the current shapes):
    weights imported or reset (a new run begins), or a training run's end (``history_before``
    and ``history_after`` then hold the history around it, and the weights are in place).
    """

    def __init__(self, session, before: Parameters, after: Parameters, template: str,
                 args: dict | None = None, *, history_before: History | None = None,
                 history_after: History | None = None, already_done: bool = False):
        super().__init__(session, template, args, already_done)
        self.before, self.after = before, after
        self.history_before, self.history_after = history_before, history_after
        self.starts_run = history_after is None

    def apply(self) -> frozenset[str]:
        parts = self.session._install_parameters(*self.after)
        if self.history_after is not None:
            return parts | self.session._install_history(self.history_after.copy())
        return parts | self.begin_run()

    def revert(self) -> frozenset[str]:
        parts = self.session._install_parameters(*self.before)
        if self.history_before is not None:
            return parts | self.session._install_history(self.history_before.copy())
        return parts | self.end_run()


class SetConfig(Command):
    """New training settings; a run of changes to the same fields (a slider dragged) is one
    undo step."""

    def __init__(self, session, before, after, fields: frozenset[str]):
        from engine.config import SETTING_NAMES

        names = [SETTING_NAMES.get(name, name) for name in sorted(fields)]
        joined = names[0] if names else ""
        for name in names[1:]:
            joined = translate("Commands", "{first} and {second}").format(
                first=joined, second=name)
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Change {names}"),
                         {"names": joined})
        self.before, self.after = before, after
        self.merge_key = ("config", fields)

    def merge(self, other: Command) -> bool:
        self.after = other.after
        return True

    def apply(self) -> frozenset[str]:
        self.session.config = self.after
        return frozenset({CONFIG})

    def revert(self) -> frozenset[str]:
        self.session.config = self.before
        return frozenset({CONFIG})


@dataclass(frozen=True)
class DataState:
    """What a data change replaces. ``network`` is None when the network stays as it is;
    ``features`` are the input features (None: the raw ones); ``config`` the training
    settings when they change with it (None: they stay)."""

    dataset: Any
    normaliser: Any
    training: TrainingData
    network: Network | None = None
    features: Any = None
    config: Any = None


class SetData(RunStart, Command):
    """Swap ``before`` for ``after`` (the data, their normaliser and split, and for the
    one-click fix the network fitted to them); a new run begins. Commands with the same
    non-None ``stroke`` (one paint stroke) merge."""

    def __init__(self, session, before: DataState, after: DataState, template: str,
                 args: dict | None = None, stroke: int | None = None):
        super().__init__(session, template, args)
        self.before, self.after = before, after
        self.merge_key = None if stroke is None else ("stroke", stroke)

    def merge(self, other: Command) -> bool:
        if self.after.network is not None or other.after.network is not None:
            return False
        self.after = other.after
        return True

    def apply(self) -> frozenset[str]:
        return self.session._install_data(self.after) | self.begin_run()

    def revert(self) -> frozenset[str]:
        return self.session._install_data(self.before) | self.end_run()


class ClearEarlierRuns(Command):
    """Only the current run stays in the history; undo brings the earlier ones back."""

    def __init__(self, session):
        super().__init__(session, QT_TRANSLATE_NOOP("Commands", "Clear earlier runs"))
        self.before = session.history.copy()

    def apply(self) -> frozenset[str]:
        return self.session._install_history(self.before.only_current_run())

    def revert(self) -> frozenset[str]:
        return self.session._install_history(self.before.copy())
