"""Whether a regression target lies where the output layer's activation can reach.

A sigmoid output gives values in (0, 1) alone: on a target reaching −1 (the built-in plane,
y = (x₁ + x₂)/2) it was kept without a word and training stalled at R² ≈ 0, the output
saturated (tester). The data panel says so beside the data, with the way out.
"""

from __future__ import annotations

import math

import numpy as np

from engine.activations import TITLES
from engine.text import translate

#: the share of a target's values outside the output's range past which it is said (noise
#: takes a few of the plane's targets just past tanh's ±1, which it nearly reaches)
OUTSIDE_SHARE = 0.1
#: the values each bounded activation gives (the others reach every real number)
OUTPUT_RANGES = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "step": (0.0, 1.0),
                 "tanh": (-1.0, 1.0), "relu": (0.0, math.inf)}


def output_range_problem(activation: str, Y: np.ndarray, target_names=()) -> str | None:
    """Why the targets ``Y`` (a regression's) cannot be reached by outputs of
    ``activation``, in words, or None when all but ``OUTSIDE_SHARE`` of each target's
    values lie in its range."""
    bounds = OUTPUT_RANGES.get(activation)
    if bounds is None or not Y.size:
        return None
    low, high = bounds
    names = list(target_names) or [f"y{j + 1}" for j in range(Y.shape[1])]
    for j in range(Y.shape[1]):
        column = Y[:, j]
        if np.mean((column < low) | (column > high)) <= OUTSIDE_SHARE:
            continue
        smallest, largest = float(np.min(column)), float(np.max(column))
        reach = smallest if smallest < low else largest
        span = (translate("OutputRange", "between {low} and {high}").format(
            low=f"{low:g}", high=f"{high:g}") if math.isfinite(high)
            else translate("OutputRange", "of {low} or more").format(low=f"{low:g}"))
        return translate(
            "OutputRange", "the output layer's activation ({activation}) gives values {span} "
            "only, and the target {name} reaches {value}: those targets cannot be learnt. "
            "Choose a linear output on the canvas (click the output layer's activation)"
        ).format(activation=TITLES[activation], span=span,
                 name=names[j] if j < len(names) else f"y{j + 1}", value=f"{reach:.4g}")
    return None
