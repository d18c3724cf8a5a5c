"""The range of values one setting may take, written once and read by everyone who asks.

``TrainConfig`` checks its fields with these, the window's spin boxes and sliders take their
limits from them, the command line parses its options with them, and the project reader
refuses a file whose settings fall outside them: one range per setting, not one per place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.errors import SpecError
from engine.text import translate

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
            raise SpecError(self._refusal(name, value))

    def _refusal(self, name: str, value) -> str:
        return translate("Settings", "{name} must be {kind} {range}, not {value}").format(
            name=name, kind=self.kind, range=self.describe(), value=repr(value))

    @property
    def kind(self) -> str:
        return (translate("Settings", "a whole number") if self.whole
                else translate("Settings", "a finite number"))

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
        low = None if self.low is None else number(self.low)
        high = None if self.high is None else number(self.high)
        if low is not None and high is not None:
            template = {
                (False, False): translate("Settings", "from {low} to {high}"),
                (True, False): translate("Settings", "greater than {low} and at most {high}"),
                (False, True): translate("Settings", "at least {low} and less than {high}"),
                (True, True): translate("Settings", "greater than {low} and less than {high}"),
            }[self.low_open, self.high_open]
        elif low is not None:
            template = (translate("Settings", "greater than {low}") if self.low_open
                        else translate("Settings", "at least {low}"))
        elif high is not None:
            template = (translate("Settings", "less than {high}") if self.high_open
                        else translate("Settings", "at most {high}"))
        else:
            template = translate("Settings", "finite")
        return template.format(low=low, high=high)

    def parse(self, text: str, name: str):
        """``text`` as this setting's value (SpecError saying what is wrong)."""
        try:
            value = int(text) if self.whole else float(text)
        except ValueError:
            raise SpecError(self._refusal(name, text)) from None
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
