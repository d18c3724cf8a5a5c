"""The range of values one setting may take, written once and read by everyone who asks.

``TrainConfig`` checks its fields with these, the window's spin boxes and sliders take their
limits from them, the command line parses its options with them, and the project reader
refuses a file whose settings fall outside them: one range per setting, not one per place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.errors import SpecError

#: the largest value a field offers for a setting with no upper bound
UNBOUNDED = 1e300


@dataclass(frozen=True)
class Bounds:
    """low ≤ value ≤ high; ``low_open``/``high_open`` exclude the ends; None is no end.

    ``whole``: a whole number. ``usual``: the span a slider covers (on a log scale for
    learning rates), inside the bounds; values outside it are allowed but rarely useful.
    """

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    whole: bool = False
    usual: tuple[float, float] | None = None

    def check(self, value, name: str) -> None:
        """SpecError naming ``name`` and the range unless ``value`` lies in it."""
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                self.whole and not isinstance(value, int)) or not self.contains(value):
            raise SpecError(f"{name} must be {self.kind} {self.describe()}, not {value!r}")

    @property
    def kind(self) -> str:
        return "a whole number" if self.whole else "a finite number"

    def contains(self, value: float) -> bool:
        if not math.isfinite(value):
            return False
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return self.high is None or not (value > self.high
                                         or (self.high_open and value == self.high))

    def describe(self) -> str:
        """The range in words: "from 1 to 10,000,000", "greater than 0", "at least 0 and
        less than 1"."""
        def number(v):
            return (f"{v:,}" if self.whole else f"{v:g}")
        if self.low is not None and self.high is not None and not (self.low_open
                                                                   or self.high_open):
            return f"from {number(self.low)} to {number(self.high)}"
        parts = []
        if self.low is not None:
            parts.append(("greater than " if self.low_open else "at least ") + number(self.low))
        if self.high is not None:
            parts.append(("less than " if self.high_open else "at most ") + number(self.high))
        return " and ".join(parts) or "finite"

    def parse(self, text: str, name: str):
        """``text`` as this setting's value (SpecError saying what is wrong)."""
        try:
            value = int(text) if self.whole else float(text)
        except ValueError:
            raise SpecError(f"{name} must be {self.kind} {self.describe()}, not {text!r}"
                            ) from None
        self.check(value, name)
        return value

    @property
    def least(self) -> float:
        """The smallest value a field offers: the low end, or the next value above an open one."""
        if self.low is None:
            return -(2**31 - 1) if self.whole else -UNBOUNDED
        if not self.low_open:
            return self.low
        return self.low + 1 if self.whole else math.nextafter(self.low, math.inf)

    @property
    def most(self) -> float:
        """The largest value a field offers: the high end, or the next value below an open one."""
        if self.high is None:
            return 2**31 - 1 if self.whole else UNBOUNDED
        if not self.high_open:
            return self.high
        return self.high - 1 if self.whole else math.nextafter(self.high, -math.inf)
