"""Sane sizes for networks read from files, checked before a single array is allocated.

A damaged or hostile file can declare a layer of a billion neurons; building that would
exhaust memory long before any other check ran. These bounds are far above anything the
program can train interactively (MNIST's 784 inputs, hidden layers of a few hundred) and far
below what would hurt the machine: 20 million parameters are 160 MB in float64.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.project.arrays import FormatProblem

MAX_INPUTS = 1_000_000
MAX_UNITS = 100_000
MAX_LAYERS = 1_000
MAX_PARAMETERS = 20_000_000


def check_sizes(n_inputs: int, units: Sequence[int]) -> None:
    """Refuse an architecture whose declared sizes are out of bounds (FormatProblem)."""
    if not 1 <= n_inputs <= MAX_INPUTS:
        raise FormatProblem(f"the network declares {n_inputs} inputs; between 1 and "
                            f"{MAX_INPUTS:,} are allowed")
    if not 1 <= len(units) <= MAX_LAYERS:
        raise FormatProblem(f"the network declares {len(units)} layers; between 1 and "
                            f"{MAX_LAYERS:,} are allowed")
    for l, n in enumerate(units, start=1):
        if not 1 <= n <= MAX_UNITS:
            raise FormatProblem(f"layer {l} declares {n} neurons; between 1 and {MAX_UNITS:,} "
                                "are allowed")
    sizes = [n_inputs, *units]
    parameters = sum(sizes[l] * sizes[l - 1] + sizes[l] for l in range(1, len(sizes)))
    if parameters > MAX_PARAMETERS:
        raise FormatProblem(f"the network declares {parameters:,} parameters; at most "
                            f"{MAX_PARAMETERS:,} are allowed")
