"""Sane sizes for networks read from files, checked before a single array is allocated.

A damaged or hostile file can declare a layer of a billion neurons; building that would
exhaust memory long before any other check ran. These bounds are far above anything the
program can train interactively (MNIST's 784 inputs, hidden layers of a few hundred) and far
below what would hurt the machine: 20 million parameters are 160 MB in float64.

They are the limits of every network the program makes too: the command line's ``new``
checks its ``--hidden`` sizes with ``check_layers`` as it parses them and the whole network
(``check_sizes``, through ``engine.project.starting.new_project``) before building it, so it
never writes a project that ``info``, ``train`` or the window would refuse. (The window's
designer keeps hand-made nets smaller still: ``engine.architecture``.)
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.project.arrays import FormatProblem
from engine.text import translate

MAX_INPUTS = 1_000_000
MAX_UNITS = 100_000
MAX_LAYERS = 1_000
MAX_PARAMETERS = 20_000_000
#: past this many parameters the window asks before it builds a network (slow, and large)
LARGE_PARAMETERS = 10_000_000
#: the highest epoch a history may number (runs go on counting; far below int64's range, so
#: thinning's grids and the plots never overflow)
MAX_EPOCH = 10**12


def check_layers(units: Sequence[int]) -> None:
    """Refuse a list of layer sizes (layers 1..L) out of bounds (FormatProblem)."""
    if not 1 <= len(units) <= MAX_LAYERS:
        raise FormatProblem(translate(
            "Project", "the network declares {n_units} layers; between 1 and {MAX_LAYERS} are "
            "allowed").format(n_units=len(units), MAX_LAYERS=f"{MAX_LAYERS:,}"))
    for l, n in enumerate(units, start=1):
        if not 1 <= n <= MAX_UNITS:
            raise FormatProblem(translate(
                "Project", "layer {l} declares {n} neurons; between 1 and {MAX_UNITS} are "
                "allowed").format(l=l, n=n, MAX_UNITS=f"{MAX_UNITS:,}"))


def check_sizes(n_inputs: int, units: Sequence[int]) -> None:
    """Refuse an architecture whose declared sizes are out of bounds (FormatProblem)."""
    if not 1 <= n_inputs <= MAX_INPUTS:
        raise FormatProblem(translate(
            "Project", "the network declares {n_inputs} inputs; between 1 and {MAX_INPUTS} are "
            "allowed").format(n_inputs=n_inputs, MAX_INPUTS=f"{MAX_INPUTS:,}"))
    check_layers(units)
    sizes = [n_inputs, *units]
    parameters = sum(sizes[l] * sizes[l - 1] + sizes[l] for l in range(1, len(sizes)))
    if parameters > MAX_PARAMETERS:
        raise FormatProblem(translate(
            "Project", "the network declares {parameters} parameters; at most {MAX_PARAMETERS} "
            "are allowed").format(
                parameters=f"{parameters:,}", MAX_PARAMETERS=f"{MAX_PARAMETERS:,}"))
