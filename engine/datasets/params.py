"""What each built-in data set's parameters are, so a form can be built and values checked.

A :class:`ParamSpec` is plain data (name, kind, default, range, label): the GUI builds its
spin boxes from it, and :func:`resolve_params` checks a user's values against it and fills in
the defaults, so a bad value fails with a message that lists what is allowed.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.errors import DataError
from engine.text import QT_TRANSLATE_NOOP, translate, translate_stored


@dataclass(frozen=True)
class ParamSpec:
    """One parameter of a built-in: ``kind`` is ``"int"`` or ``"float"``; bounds are inclusive."""

    name: str
    kind: str
    default: int | float
    minimum: int | float
    maximum: int | float
    #: the label in English; ``label`` reads it in the user's language
    label_en: str = ""

    @property
    def label(self) -> str:
        return translate_stored("Datasets", self.label_en) if self.label_en else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "default": self.default,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "label": self.label,
        }

    def check(self, value: Any, dataset: str) -> int | float:
        """The value as an ``int`` or ``float`` in range, or a DataError saying what is allowed."""
        if self.kind == "int":
            ok = isinstance(value, numbers.Integral) and not isinstance(value, bool)
            checked: int | float = int(value) if ok else 0
        else:
            ok = (
                isinstance(value, numbers.Real)
                and not isinstance(value, bool)
                and math.isfinite(float(value))
            )
            checked = float(value) if ok else 0.0
        if not ok or not self.minimum <= checked <= self.maximum:
            template = (translate("Datasets", "{dataset}: {name} must be an int from {low} to "
                                  "{high}, not {value}") if self.kind == "int" else
                        translate("Datasets", "{dataset}: {name} must be a float from {low} to "
                                  "{high}, not {value}"))
            raise DataError(template.format(dataset=dataset, name=self.name, low=self.minimum,
                                            high=self.maximum, value=repr(value)))
        return checked


def n_samples(default: int, minimum: int = 4, maximum: int = 10_000) -> ParamSpec:
    return ParamSpec("n_samples", "int", default, minimum, maximum,
                     QT_TRANSLATE_NOOP("Datasets", "Samples"))


def noise(default: float, maximum: float,
          label: str = QT_TRANSLATE_NOOP("Datasets", "Noise")) -> ParamSpec:
    return ParamSpec("noise", "float", default, 0.0, maximum, label)


# sklearn's random_state accepts 0 .. 2**32 - 1, so the seed's range is that, for every set.
SEED = ParamSpec("seed", "int", 0, 0, 2**32 - 1, QT_TRANSLATE_NOOP("Datasets", "Seed"))
VALIDATION_SHARE = ParamSpec("validation_share", "float", 0.2, 0.0, 0.8,
                             QT_TRANSLATE_NOOP("Datasets", "Validation share"))


def resolve_params(
    specs: tuple[ParamSpec, ...], given: Mapping[str, Any], dataset: str
) -> dict[str, Any]:
    """Every parameter of ``specs`` checked, in order, with defaults for those not given."""
    known = {spec.name for spec in specs}
    unknown = sorted(set(given) - known)
    if unknown:
        allowed = ", ".join(spec.name for spec in specs) or translate("Datasets", "none")
        raise DataError(translate(
            "Datasets", "{dataset}: unknown parameter {names}; allowed: {allowed}").format(
                dataset=dataset, names=", ".join(map(repr, unknown)), allowed=allowed))
    return {
        spec.name: spec.check(given[spec.name], dataset) if spec.name in given else spec.default
        for spec in specs
    }
