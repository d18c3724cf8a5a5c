"""Cost functions C, as DESIGN.md defines them: the mean over the samples x of a per-sample C_x.

Like Nielsen's ``QuadraticCost`` / ``CrossEntropyCost``, each cost is a tiny object with the
per-sample value ``per_sample`` (C_x, one number per row), the mean ``fn`` (C) and ``delta``,
the per-sample output error δ^{x,L} = ∂C_x/∂zᴸ.

The cross-entropies are computed from the output layer's weighted input zᴸ (the logits), not
from aᴸ: ln σ(z) and ln softmax(z) written with softplus and log-sum-exp stay finite and exact
even when aᴸ rounds to exactly 0 or 1, where ln aᴸ would give −inf. For the same reason their
δᴸ is the fused aᴸ − y, in which σ'(zᴸ) has already cancelled against ∂C/∂aᴸ.
"""

import numpy as np

from engine.activations import row_max, row_sum
from engine.errors import DataError, SpecError


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
    softplus(zⱼ) − yⱼzⱼ: no logarithm of a rounded probability is ever taken.
    """

    name = "bce"
    formula = "C = −(1/n) Σₓ Σⱼ [yⱼ ln aⱼ + (1 − yⱼ) ln(1 − aⱼ)]"
    requires_activation = "sigmoid"

    def per_sample(self, z, a, y):
        return row_sum(np.logaddexp(0, z) - y * z)[:, 0]

    def delta(self, z, a, y, activation):
        # ∂C_x/∂aⱼ = (aⱼ − yⱼ) / (aⱼ(1 − aⱼ)) and σ'(zⱼ) = aⱼ(1 − aⱼ): the product is aⱼ − yⱼ.
        return a - y

    def check_targets(self, y):
        bad = (y < 0) | (y > 1)
        if bad.any():
            row, col = np.argwhere(bad)[0]
            raise DataError(
                f"bce needs targets between 0 and 1, but row {row}, column {col} holds "
                f"{y[row, col]:g}; rescale the targets or choose mse"
            )


class CategoricalCrossEntropy(Cost):
    """C_x = −Σⱼ yⱼ ln aⱼ for softmax outputs, computed as log-sum-exp(zᴸ) − Σⱼ yⱼzⱼ.

    The targets are one-hot rows (or probability rows): each row must sum to 1, which is
    what makes δᴸ = aᴸ − y exact.
    """

    name = "cce"
    formula = "C = −(1/n) Σₓ Σⱼ yⱼ ln aⱼ"
    requires_activation = "softmax"

    def per_sample(self, z, a, y):
        shift = row_max(z)
        log_sum_exp = np.log(row_sum(np.exp(z - shift))) + shift
        return (log_sum_exp - row_sum(y * z))[:, 0]

    def delta(self, z, a, y, activation):
        # With Σⱼ yⱼ = 1 the softmax Jacobian and ∂C_x/∂a multiply out to aᴸ − y.
        return a - y

    def check_targets(self, y):
        if ((y < 0) | (y > 1)).any():
            row = int(np.argwhere((y < 0) | (y > 1))[0][0])
            raise DataError(
                f"cce needs one-hot targets (or probabilities), but row {row} holds "
                f"values outside 0..1"
            )
        sums = np.add.reduce(y, axis=1, dtype=np.float64)
        bad = np.abs(sums - 1) > 1e-4
        if bad.any():
            row = int(np.argmax(bad))
            raise DataError(
                f"cce needs one-hot targets (each row sums to 1), but row {row} sums to "
                f"{sums[row]:g}; for several labels per sample choose sigmoid outputs with bce"
            )


COSTS = {cost.name: cost for cost in (MeanSquaredError(), BinaryCrossEntropy(),
                                      CategoricalCrossEntropy())}

NAMES = tuple(COSTS)


def get(name):
    """The cost called ``name``; a SpecError listing the choices if there is none."""
    try:
        return COSTS[name]
    except (KeyError, TypeError):
        raise SpecError(f"unknown loss {name!r}: choose one of {', '.join(NAMES)}") from None
