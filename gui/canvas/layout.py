"""Where things go on the canvas, as plain arithmetic: columns, neuron positions, sizes, and
which drop target lies under a point.

Kept apart from the items and the scene so the drawing and the drag-and-drop agree on one
geometry, and so it can be tested without painting anything.
"""

from __future__ import annotations

from dataclasses import dataclass

#: the distance between two columns of a net of up to 4 columns (two hidden layers)...
BASE_LAYER_SPACING = 190.0
#: ...and the least a deeper net's columns close up to, so its text stays legible when it is
#: fitted to the canvas (a 6-column net at 190 is drawn at half size on a 1280 × 800 screen)
MIN_LAYER_SPACING = 105.0
LAYER_SPACING = BASE_LAYER_SPACING
NEURON_SPACING = 52.0
NEURON_RADIUS = 21.0
#: The tallest a column of neurons grows; bigger layers pack their neurons closer instead.
MAX_COLUMN_HEIGHT = 12 * NEURON_SPACING
#: A column of more than 6 neurons closes up towards this height first, its neurons no
#: closer than ``LABELLED_SPACING`` (a feature's or a class's name beside each): drawn at full
#: spacing, 9 input features made the net so tall that fitted to the canvas its text was
#: 7 px high, with half the canvas's width unused
COMPACT_COLUMN_HEIGHT = 6 * NEURON_SPACING
LABELLED_SPACING = 26.0
#: Hidden and output layers are drawn neuron by neuron up to the designer's limit...
MAX_DRAWN_UNITS = 64
#: ...an input wider than this (an 8×8 or 28×28 image) is drawn folded, as one box.
MAX_DRAWN_INPUTS = 32
FOLDED_HEIGHT = 8 * NEURON_SPACING
#: Half the width of a column's drop zone; the rest between two columns is the gap.
COLUMN_HALF_WIDTH = 0.27 * LAYER_SPACING


def space_columns_for(n_columns: int) -> None:
    """Set the column spacing for a net of ``n_columns`` (N₀ … N_L): the canvas calls it
    before it builds a net, and everything placed or hit-tested afterwards agrees with it."""
    global LAYER_SPACING, COLUMN_HALF_WIDTH

    share = min(1.0, 3.0 / max(n_columns - 1, 1))
    # classroom mode's larger type makes the layer cards wider: the columns move apart with
    # it as far as the cards need, so they never overlap (at the least spacing, whose cards
    # are three short lines, in full), a shallow net's no more than its columns grow taller
    LAYER_SPACING = max(MIN_LAYER_SPACING * grown(), BASE_LAYER_SPACING * share * grown_tall())
    COLUMN_HALF_WIDTH = 0.27 * LAYER_SPACING


def grown() -> float:
    """How much larger classroom mode draws the net (its type's scale, at least 1): neurons,
    their spacing and the columns' distance all grow by it, so the fitted drawing keeps the
    normal proportions and only gets bigger (with the columns alone apart, the net was
    fitted smaller than in the normal window)."""
    from gui import style

    return max(1.0, style.CanvasScale.text)


#: how much of classroom mode's growth the columns' height takes (the rest only the type):
#: grown with the type in full, a net as tall as the canvas was fitted back to its normal
#: size and its type with it, while the panels' type grew: at 200 % the canvas's was smaller
#: than at 100 % (tester)
TALL_SHARE = 0.5


def grown_tall() -> float:
    """How much taller classroom mode draws a column of neurons: part of ``grown``."""
    return 1.0 + (grown() - 1.0) * TALL_SHARE


def folded_height() -> float:
    return FOLDED_HEIGHT * grown_tall()


def column_x(layer: int) -> float:
    return layer * LAYER_SPACING


def is_folded(layer: int, units: int) -> bool:
    return units > (MAX_DRAWN_INPUTS if layer == 0 else MAX_DRAWN_UNITS)


def spacing(units: int) -> float:
    """The distance between neighbouring neurons of a column of ``units``."""
    scale = grown_tall()
    units = max(units, 1)
    height = min(MAX_COLUMN_HEIGHT, max(COMPACT_COLUMN_HEIGHT, units * LABELLED_SPACING))
    return min(NEURON_SPACING, height / units) * scale


def radius(units: int) -> float:
    """Neurons shrink in big layers so a 64-neuron column still fits beside a 2-neuron one."""
    return min(NEURON_RADIUS * grown_tall(), 0.41 * spacing(units))


def neuron_y(index: int, units: int) -> float:
    return (index - (units - 1) / 2) * spacing(units)


def column_height(layer: int, units: int) -> float:
    if is_folded(layer, units):
        return folded_height()
    return (units - 1) * spacing(units) + 2 * radius(units)


def insertion_index(y: float, units: int) -> int:
    """Where a neuron dropped at height ``y`` joins a column of ``units``: before the first
    neuron below the drop point."""
    for index in range(units):
        if y < neuron_y(index, units):
            return index
    return units


@dataclass(frozen=True)
class DropTarget:
    """What a drop at some point would land on.

    ``kind`` is "layer" (the column of layer ``layer``; ``index`` is where a neuron would join
    it) or "gap" (between layers ``layer``-1 and ``layer``: a new hidden layer there would
    become layer ``layer``).
    """

    kind: str
    layer: int
    index: int = 0


def target_at(x: float, y: float, sizes: tuple[int, ...]) -> DropTarget | None:
    """The column or the gap under (x, y) for a net of ``sizes`` (N₀, …, N_L); None left of
    the input or right of the output."""
    last = len(sizes) - 1
    nearest = round(x / LAYER_SPACING)
    if 0 <= nearest <= last and abs(x - column_x(nearest)) <= COLUMN_HALF_WIDTH:
        return DropTarget("layer", nearest, insertion_index(y, sizes[nearest]))
    if 0 < x < column_x(last):
        return DropTarget("gap", int(x // LAYER_SPACING) + 1)
    return None
