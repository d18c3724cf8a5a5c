"""What a session tells its views: which parts of the project changed.

A view subscribes to ``session.changed`` and gets a ``Change`` naming the parts: it redraws
what depends on them and nothing else. ``session.about_to_edit`` comes before any edit of the
architecture, the weights or the data is applied, so a training run (which trains a copy) can
be stopped and recorded first. Plain callbacks, no Qt: the GUI's document relays them as Qt
signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SPEC = "spec"              # the architecture: layers, sizes, activations, cost
WEIGHTS = "weights"        # any Wˡ or bˡ
DATA = "data"              # the data set, its split and its normalisation
CONFIG = "config"          # the training settings
HISTORY = "history"        # the epochs trained
SELECTION = "selection"    # the selected neuron
SAMPLE = "sample"          # the selected sample
PLANE = "plane"            # the part of the input plane the views cover
PATH = "path"              # where the project lives on disk, and its name
CLEAN = "clean"            # saved or not: the undo history's clean mark
LESSON = "lesson"          # the lesson preset saved with the project (panels, locks)
PARTS = (SPEC, WEIGHTS, DATA, CONFIG, HISTORY, SELECTION, SAMPLE, PLANE, PATH, CLEAN, LESSON)
#: what a whole new project changes
EVERYTHING = frozenset(PARTS)


@dataclass(frozen=True)
class Change:
    """Parts of the project that changed, in one step."""

    parts: frozenset[str]

    def __contains__(self, part: str) -> bool:
        return part in self.parts

    def __repr__(self) -> str:
        return f"Change({', '.join(sorted(self.parts))})"


class Event:
    """A list of callbacks called in the order they connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callable] = []

    def connect(self, callback: Callable) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable) -> None:
        self._callbacks.remove(callback)

    def emit(self, *args) -> None:
        for callback in list(self._callbacks):
            callback(*args)
