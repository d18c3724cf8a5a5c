"""When a training run has diverged: the one rule, for every mode, optimizer and cost.

A run of gradient descent has diverged, and stops with ``engine.TrainingDiverged``, as soon as
one iteration's batch shows any of these:

- a loss or a weight that is not finite (inf or NaN);
- a loss C over ``GROWTH`` (10⁶) times the larger of C₀, the training loss at the run's
  start, and C(zᴸ = 0), the loss of a network that knows nothing (every output's weighted
  input 0). A loss a million times where it started is no longer learning; the second term
  keeps a run that starts near a loss of 0 from tripping over ordinary noise, and it scales
  with the targets, so regression on large numbers is judged by its own scale;
- an output weighted input |zᴸ| over ``GROWTH`` times the larger of its start (the largest
  |zᴸ| on the training data at the run's start), the largest |target| and 1. A bounded cost
  (mse on sigmoid or softmax outputs) cannot explode, but its network can saturate beyond
  return: past |z| ≈ 37 a sigmoid is 0 or 1 in float64, and |z| of a million means the
  weights have run away (this is what a learning rate of 10¹² does to sigmoid + mse).

A run that reaches its last epoch without diverging can still have made the network worse:
with a learning rate far too large for Adam (whose steps do not grow with the gradient) the
loss can wander at many times its start for ever without exploding. A run whose last epoch's
loss is over ``WORSENED`` (2) times the larger of C₀ and C(zᴸ = 0) has ``worsened``: it did
far worse than a network that knows nothing, and its report says so (the command line then saves
nothing, the window offers Undo Train). So has a run that started from trained weights and
ended over ``ROSE`` (10) times its start C₀, when that is more than ``NOTICEABLE`` (1 %) of
C(zᴸ = 0): Adam at η = 1000 on a trained house-price model took the loss from 0.021 to 0.48
(R² 0.98 → 0.5), far better than knowing nothing, and the good model was saved over without
a word (tester); a loss of 10⁻⁶ growing to 10⁻⁵ is noise on a fitted net and passes.

The run keeps its last good weights: the ones before the update that produced the numbers
above (the fast path keeps them at no cost), and the message suggests a smaller η.

Only the batch losses are compared, and for the cross-entropies only when a cheap bound from
max |zᴸ| says they might be over the limit, so the check costs two reductions of zᴸ per
iteration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.text import QT_TRANSLATE_NOOP

#: how many times its start a loss (or |zᴸ|) may grow before the run counts as diverged
GROWTH = 1e6
#: the same in words (English; translated where a message says it)
GROWTH_IN_WORDS = QT_TRANSLATE_NOOP("Divergence", "a million")
#: how many times the larger of C₀ and C(zᴸ = 0) a run's last epoch loss may be before the
#: run has made the network worse than one that knows nothing: twice the loss of outputs
#: of 0 (bce: twice a coin's ln 2) is no noise; Adam at η = 1000 on house prices in units
#: of 100,000 ends at 3 times it, its hidden neurons saturated for good
WORSENED = 2
#: how many times its start C₀ a run's last epoch loss may be, ...
ROSE = 10
#: ... once it is more than this share of C(zᴸ = 0) (below it, a fitted net's noise)
NOTICEABLE = 0.01
#: the rows of the training data the start is measured on (spread over all of them): enough
#: for a limit a million times the start (2,048 and 4,096 rows of 60,000 give C₀ within 0.1 %
#: of each other), and few enough that their forward pass stays in the cache (on 784 inputs
#: 2,048 rows take 6 ms, 4,096 take 18, a twentieth of an epoch's training)
START_ROWS = 2048


@dataclass(frozen=True)
class Limits:
    """The largest batch loss and the largest |zᴸ| a run may reach before it has diverged,
    with the start they were measured from (for the message)."""

    #: the larger of C₀ and C(zᴸ = 0), the loss that ``loss`` and ``worsened`` are scaled by
    loss_scale: float
    z: float
    start_loss: float
    #: C(zᴸ = 0), the loss of a network that knows nothing (NaN: not known)
    blank_loss: float = math.nan

    @property
    def loss(self) -> float:
        """The largest batch loss before the run has diverged: ``GROWTH`` times the scale."""
        return GROWTH * self.loss_scale

    def worsened(self, loss: float) -> bool:
        """Whether a run that ended at the epoch loss ``loss`` made the network worse than
        one that knows nothing (``WORSENED`` times its scale), or far worse than it was at
        the run's start (``ROSE`` times C₀, and noticeably: ``NOTICEABLE`` of C(zᴸ = 0))."""
        if loss > WORSENED * self.loss_scale:
            return True
        return (math.isfinite(self.start_loss) and loss > ROSE * self.start_loss
                and loss > NOTICEABLE * self.blank_loss)

    def loss_bound(self, top: float, n_outputs: int, fused: bool) -> float:
        """An upper bound of a cross-entropy batch loss whose largest |zᴸ| is ``top``: each
        sample's −Σⱼ[…] is at most Σⱼ(|zⱼ| + ln 2) for bce and 2 max|z| + ln k for cce, both
        under k (2 top + 1). (mse is not bounded this way; its loss is known exactly.)"""
        return n_outputs * (2 * top + 1) if fused else math.inf


def lower_learning_rate(eta: float) -> float:
    """The η a message suggests after a run at ``eta`` diverged or worsened: a tenth of it,
    and no more than 0.1, where most of the notes' examples train."""
    return min(eta / 10, 0.1)


def limits(net, X, Y) -> Limits:
    """The limits of a run of ``net`` on the training data ``X``, ``Y`` (already checked)."""
    step = max(1, math.ceil(len(X) / START_ROWS))
    X, Y = X[::step], Y[::step]
    with np.errstate(all="ignore"):
        trace = net.forward(X)
        z = trace.zs[-1]
        start = float(net.cost.fn(z, trace.output, Y))
        blank_z = np.zeros_like(z)
        blank = float(net.cost.fn(blank_z, net.layer_activations[-1].fn(blank_z), Y))
        top = float(np.max(np.abs(z))) if z.size else 0.0
        targets = float(np.max(np.abs(Y))) if Y.size else 0.0
    loss_scale = max(start, blank) if math.isfinite(start) else blank
    z_scale = max(top, targets, 1.0) if math.isfinite(top) else max(targets, 1.0)
    return Limits(loss_scale=loss_scale, z=GROWTH * z_scale, start_loss=start,
                  blank_loss=blank)
