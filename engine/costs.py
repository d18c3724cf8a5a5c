"""Cost functions C, as DESIGN.md defines them: the mean over the samples x of a per-sample C_x.

Like Nielsen's ``QuadraticCost`` / ``CrossEntropyCost``, each cost is a tiny object with the
per-sample value ``per_sample`` (C_x, one number per row), the mean ``fn`` (C) and ``delta``,
the per-sample output error δ^{x,L} = ∂C_x/∂zᴸ.

The cross-entropies are computed from the output layer's weighted input zᴸ (the logits), not
from aᴸ: ln σ(z) and ln softmax(z) written with softplus and log-sum-exp stay finite and exact
even when aᴸ rounds to exactly 0 or 1, where ln aᴸ would give −inf. Each is written as a sum
of non-negative terms, so nothing cancels: a confident, correct output (z = 36, a loss of
2.3e-16) keeps its full precision instead of coming out as a difference of two numbers near
36. For the same reason their δᴸ is the fused aᴸ − y, in which σ'(zᴸ) has already cancelled
against ∂C/∂aᴸ.

``targets(y)`` checks the targets against the cost and returns them as the cost reads them:
every target array the engine trains on or scores goes through it (``engine.arrays``).
"""

import numpy as np

from engine.activations import row_max, row_sum
from engine.errors import DataError, SpecError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate


class Cost:
    """Base of every cost: C = (1/n) Σₓ C_x."""

    name = ""
    formula = ""
    #: The output activation this cost requires, or None when any elementwise one will do.
    requires_activation = None

    def per_sample(self, z, a, y):
        """C_x for every row: ``z`` is zᴸ, ``a`` is aᴸ = σ(zᴸ), ``y`` the targets."""
        raise NotImplementedError

    def fn(self, z, a, y):
        """C, the mean of C_x over the rows."""
        return float(np.mean(self.per_sample(z, a, y)))

    def delta(self, z, a, y, activation):
        """δ^{x,L} = ∂C_x/∂zᴸ for every row (per sample, not divided by n)."""
        raise NotImplementedError

    def check_targets(self, y):
        """Raise DataError if the targets ``y`` cannot be used with this cost."""

    def targets(self, y):
        """``y`` as this cost reads it, after ``check_targets`` (DataError if unusable)."""
        self.check_targets(y)
        return y

    @property
    def title(self) -> str:
        """The cost's name as a menu shows it, in the user's language."""
        return TITLES[self.name]

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.name]

    def __repr__(self):
        return f"cost({self.name!r})"


class MeanSquaredError(Cost):
    """C_x = ½‖y − aᴸ‖², the notes' quadratic cost; the ½ cancels the 2 of the derivative."""

    name = "mse"
    formula = "C = (1/n) Σₓ ½‖y − aᴸ‖²"

    def per_sample(self, z, a, y):
        diff = a - y
        return 0.5 * row_sum(diff * diff)[:, 0]

    def delta(self, z, a, y, activation):
        # δᴸ = ∇ₐC ⊙ σ'(zᴸ) with ∇ₐC_x = aᴸ − y.
        return activation.backprop(z, a, a - y)


class BinaryCrossEntropy(Cost):
    """C_x = −Σⱼ[yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)] for sigmoid outputs aⱼ = σ(zⱼ).

    Since ln σ(z) = −softplus(−z) and ln(1 − σ(z)) = −softplus(z), each term equals
    yⱼ softplus(−zⱼ) + (1 − yⱼ) softplus(zⱼ): no logarithm of a rounded probability is ever
    taken, and both parts are ≥ 0, so nothing cancels (softplus(z) − yz, the same number,
    loses every digit of a small loss to the subtraction when z is large).
    """

    name = "bce"
    formula = "C = −(1/n) Σₓ Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]"
    requires_activation = "sigmoid"

    def per_sample(self, z, a, y):
        # = softplus(−|z|) + |z|·(y where z < 0, else 1 − y): the same two terms, one exp
        magnitude = np.abs(z)
        terms = np.log1p(np.exp(-magnitude)) + np.where(z < 0, y, 1 - y) * magnitude
        return row_sum(terms)[:, 0]

    def delta(self, z, a, y, activation):
        # ∂C_x/∂aⱼ = (aⱼ − yⱼ) / (aⱼ(1 − aⱼ)) and σ'(zⱼ) = aⱼ(1 − aⱼ): the product is aⱼ − yⱼ.
        return a - y

    def check_targets(self, y):
        bad = (y < 0) | (y > 1)
        if bad.any():
            row, col = np.argwhere(bad)[0]
            raise DataError(translate(
                "Costs", "bce needs targets between 0 and 1, but row {row}, column {col} holds "
                "{value}; rescale the targets or choose mse").format(
                    row=row, col=col, value=f"{y[row, col]:g}"))


#: how far from 1 a cce target row may sum and still be read as a distribution (its values
#: are then divided by their sum); rows further off are refused
CCE_ROW_TOLERANCE = 1e-4


class CategoricalCrossEntropy(Cost):
    """C_x = −Σⱼ yⱼ ln aⱼ for softmax outputs, each −ln aⱼ computed from zᴸ.

    With m = maxₖ zₖ, −ln aⱼ = (m − zⱼ) + ln(1 + Σₖ≠ₖ* e^(zₖ − m)), k* the largest: two terms
    ≥ 0 and a log1p, so a confident correct output keeps its precision (log-sum-exp(z) − zⱼ
    would cancel).

    The targets are one-hot rows (or probability rows): each row must sum to 1, which is
    what makes δᴸ = aᴸ − y exact. A row that sums to 1 within ``CCE_ROW_TOLERANCE`` (rounded
    probabilities, 0.333 three times) is divided by its sum; one further off is refused.
    """

    name = "cce"
    formula = "C = −(1/n) Σₓ Σⱼ yⱼ ln aⱼ"
    requires_activation = "softmax"

    def per_sample(self, z, a, y):
        gaps = row_max(z) - z  # m − zⱼ ≥ 0
        others = np.exp(-gaps)
        largest = gaps == 0
        others[largest] = 0.0  # every largest zₖ out of the sum, and all but one back as 1
        rest = row_sum(others) + (row_sum(largest.astype(z.dtype)) - 1)
        minus_log_a = gaps + np.log1p(rest)
        return row_sum(y * minus_log_a)[:, 0]

    def delta(self, z, a, y, activation):
        # With Σⱼ yⱼ = 1 the softmax Jacobian and ∂C_x/∂a multiply out to aᴸ − y.
        return a - y

    def check_targets(self, y):
        if ((y < 0) | (y > 1)).any():
            row = int(np.argwhere((y < 0) | (y > 1))[0][0])
            raise DataError(translate(
                "Costs", "cce needs one-hot targets (or probabilities), but row {row} holds "
                "values outside 0..1").format(row=row))
        sums = np.add.reduce(y, axis=1, dtype=np.float64)
        bad = np.abs(sums - 1) > CCE_ROW_TOLERANCE
        if bad.any():
            row = int(np.argmax(bad))
            raise DataError(translate(
                "Costs", "cce needs one-hot targets (each row sums to 1), but row {row} sums to "
                "{total}; for several labels per sample choose sigmoid outputs with bce").format(
                    row=row, total=f"{sums[row]:.6g}"))

    def targets(self, y):
        """``y`` with every row summing to 1: rows within the tolerance divided by their sum
        (a new array; ``y`` itself is left alone), so −Σⱼ yⱼ ln aⱼ and δᴸ = aᴸ − y agree."""
        self.check_targets(y)
        sums = np.add.reduce(y, axis=1, dtype=np.float64)
        off = sums != 1
        if not off.any():
            return y
        y = y.copy()
        y[off] /= sums[off, None].astype(y.dtype)
        return y


COSTS = {cost.name: cost for cost in (MeanSquaredError(), BinaryCrossEntropy(),
                                      CategoricalCrossEntropy())}

NAMES = tuple(COSTS)

#: each cost's name as a user reads it, translated when read
TITLES = TranslatedNames("Costs", {
    "mse": QT_TRANSLATE_NOOP("Costs", "Mean squared error (MSE)"),
    "bce": QT_TRANSLATE_NOOP("Costs", "Binary cross-entropy (BCE)"),
    "cce": QT_TRANSLATE_NOOP("Costs", "Categorical cross-entropy (CCE)"),
})

#: what each cost is for, translated when read
DESCRIPTIONS = TranslatedNames("Costs", {
    "mse": QT_TRANSLATE_NOOP(
        "Costs",
        "The mean over the samples of ½‖y − aᴸ‖²: for regression, or any output."),
    "bce": QT_TRANSLATE_NOOP(
        "Costs",
        "Cross-entropy of sigmoid outputs, one yes/no per output: for two classes or several "
        "labels."),
    "cce": QT_TRANSLATE_NOOP(
        "Costs",
        "Cross-entropy of a softmax output layer, one class per sample: for three or more "
        "classes."),
})


def get(name):
    """The cost called ``name``; a SpecError listing the choices if there is none."""
    try:
        return COSTS[name]
    except (KeyError, TypeError):
        raise SpecError(translate("Costs", "unknown loss {name}: choose one of {choices}").format(
            name=repr(name), choices=", ".join(NAMES))) from None
