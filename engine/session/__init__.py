"""The project being edited, with no Qt: its state, its undoable edits, its derived numbers.

    from engine.session import Session, Refused
    s = Session()                   # the example project (XOR on 2-4-1); Session.open(path)
    s.add_neuron(layer=1)           # applies whole, or raises Refused and changes nothing
    s.derived.sample().deltas       # δˡ of the selected sample, computed once per version
    s.undo(); s.redo(); s.save(path)

See ``docs/ARCHITECTURE.md`` for how the window and the command line use it.
"""

from engine.errors import Refused
from engine.session.derived import (
    Derived,
    Evaluation,
    PlaneNumbers,
    ProbeNumbers,
    SampleNumbers,
)
from engine.session.events import Change
from engine.session.fitting import DataDoesNotFit
from engine.session.runs import RunProgress, TrainingRun
from engine.session.session import Session
from engine.session.undo import Command, UndoHistory

__all__ = [
    "Change",
    "Command",
    "DataDoesNotFit",
    "Derived",
    "Evaluation",
    "PlaneNumbers",
    "ProbeNumbers",
    "Refused",
    "RunProgress",
    "SampleNumbers",
    "Session",
    "TrainingRun",
    "UndoHistory",
]
