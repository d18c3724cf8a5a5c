"""View ▸ Numbers on Neurons: a, z or δ of the selected sample written on every neuron, live.

The numbers are the session's derived numbers for the sample the inspector follows, so while
a run trains they come from the worker's snapshot (nothing is computed on the screen's
thread), and they change as training does. The stepper's stage, when its tab is up, takes the
canvas's numbers over; this comes back when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from engine.notation import format_number
from gui.canvas.overlay import Overlay

#: what can be written, and how each is named on a neuron
QUANTITIES = {"a": "a", "z": "z", "delta": "δ"}


class LiveNumbers(QObject):
    """Makes the overlay of ``quantity`` ("a", "z", "delta"; None: nothing) for a document."""

    overlayChanged = Signal(object)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.quantity: str | None = None
        self._shown_nothing = False
        for signal in (document.weightsChanged, document.specChanged, document.dataChanged,
                       document.sampleChanged):
            signal.connect(self.refresh)

    def set_quantity(self, quantity: str | None) -> None:
        self.quantity = quantity
        self.refresh()

    def overlay(self) -> Overlay | None:
        if self.quantity is None:
            return None
        document = self.document
        numbers = document.derived.sample(document.selected_sample)
        name = QUANTITIES[self.quantity]
        texts = {}
        for l in range(len(document.spec.sizes)):
            if self.quantity == "a":
                values = numbers.activations[l]
            elif l == 0:
                continue  # the inputs have no z and no δ
            else:
                values = (numbers.zs if self.quantity == "z" else numbers.deltas)[l - 1]
            for i, value in enumerate(values):
                texts[(l, i)] = f"{name} = {format_number(float(value))}"
        return Overlay(texts=texts, title=self.tr("sample {n}").format(n=numbers.index + 1))

    def refresh(self, *_) -> None:
        if self.quantity is None and self._shown_nothing:
            return  # off, and said so already: nothing to do each frame of a run
        overlay = self.overlay()
        self._shown_nothing = overlay is None
        self.overlayChanged.emit(overlay)
