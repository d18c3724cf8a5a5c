"""How fast the window trains: the speed control's stops, from one iteration a second to as fast
as the machine goes.

XOR trains thousands of epochs a second, so left to itself a run is over before a class has
seen it start. A pace holds training back to so many iterations or epochs a second; the
worker keeps it (``gui/training/worker.py``) and shows every step of a slow pace. The stops
are defined here once, for the slider, its label, the status bar and the settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Pace:
    """``per_second`` iterations (``unit`` "iteration") or epochs ("epoch") a second; None
    for as fast as the machine goes."""

    unit: str
    per_second: float | None

    @property
    def fastest(self) -> bool:
        return self.per_second is None

    def text(self) -> str:
        """The pace as a user reads it ("5 epochs/s", "1 iteration/s", "fastest")."""
        if self.per_second is None:
            return QCoreApplication.translate("Pace", "as fast as possible")
        count = f"{self.per_second:g}"
        if self.unit == "iteration":
            text = (QCoreApplication.translate("Pace", "{n} iteration/s") if self.per_second == 1
                    else QCoreApplication.translate("Pace", "{n} iterations/s"))
        else:
            text = (QCoreApplication.translate("Pace", "{n} epoch/s") if self.per_second == 1
                    else QCoreApplication.translate("Pace", "{n} epochs/s"))
        return text.format(n=count)


#: the speed control's stops, slowest first
PACES = (
    Pace("iteration", 1), Pace("iteration", 2), Pace("iteration", 5), Pace("iteration", 10),
    Pace("epoch", 1), Pace("epoch", 2), Pace("epoch", 5), Pace("epoch", 10), Pace("epoch", 20),
    Pace("epoch", 50), Pace("epoch", 100), Pace("epoch", 200), Pace("epoch", 500),
    Pace("epoch", None),
)
#: a pace a class can follow on the small data sets a lesson uses (500 epochs of XOR take
#: ten seconds); on large data a run is slower than this anyway, so it changes nothing there
DEFAULT_PACE = PACES.index(Pace("epoch", 50))
FASTEST = len(PACES) - 1
SETTINGS_KEY = "training/pace"


def pace_at(stop: int) -> Pace:
    return PACES[max(0, min(stop, FASTEST))]
