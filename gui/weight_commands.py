"""Undoable replacement of all the weights at once: importing weights, or a training run.

Training changes every weight many times a second; those live changes are not edits. When a
run ends, one command records the weights before and after it, so "Undo Train" puts the
network back where it was, and the project counts as modified.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QUndoCommand


def copy_parameters(network) -> tuple[list[np.ndarray], list[np.ndarray]]:
    return [W.copy() for W in network.weights], [b.copy() for b in network.biases]


class ReplaceParametersCommand(QUndoCommand):
    """Every Wˡ and bˡ from ``before`` to ``after`` (lists of arrays of the current shapes)."""

    def __init__(self, document, before, after, text: str, history_before=None,
                 history_after=None, already_done: bool = False):
        super().__init__(text)
        self.document = document
        self.before, self.after = before, after
        self.history_before, self.history_after = history_before, history_after
        #: a training run has put ``after`` in place already: the push's redo has nothing to do
        self._skip_redo = already_done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.document.set_parameters(*self.after)
        if self.history_after is not None:
            self.document.set_history(self.history_after)

    def undo(self) -> None:
        self.document.set_parameters(*self.before)
        if self.history_before is not None:
            self.document.set_history(self.history_before)
