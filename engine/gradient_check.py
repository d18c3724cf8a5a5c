"""Checking backpropagation against the definition of the derivative.

The notes define f'(x) = lim (f(x + ε) − f(x)) / ε. The central difference
(C(θ + ε) − C(θ − ε)) / 2ε is the same limit with an error of order ε² instead of ε, so
nudging each weight and bias in turn gives a slow but independent estimate of every
∂C/∂w that backpropagation computes in one pass. The teaching views show both side by side.
"""

from dataclasses import dataclass

import numpy as np

from engine.errors import SpecError


@dataclass
class GradientCheck:
    """Backpropagation's gradients, the finite-difference ones and how far apart they are.

    ``analytic`` and ``numeric`` are each (∂C/∂W list, ∂C/∂b list) in the network's layout.
    ``relative_error`` is ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖): about 1e-8 or less
    when backpropagation is right, 1 when the two have nothing in common.
    """

    analytic: tuple
    numeric: tuple
    relative_error: float

    @property
    def ok(self):
        return self.relative_error < 1e-6


def gradient_check(net, X, Y, epsilon=1e-6):
    """Compare ``net.gradients(X, Y)`` with central differences of ``net.loss``.

    Runs in float64 on a copy, whatever the network's dtype (in float32 the differences would
    be mostly rounding), so ``net`` itself is left untouched. It costs two forward passes per
    parameter: meant for the small nets of the teaching views.
    """
    if not (isinstance(epsilon, float) and 0 < epsilon < 1):
        raise SpecError(f"epsilon must be a small positive number, not {epsilon!r}")
    probe = net.copy(dtype="float64")
    analytic = probe.gradients(X, Y)
    theta = probe.flat_parameters()
    numeric_flat = np.empty_like(theta)
    for k in range(theta.size):
        saved = theta[k]
        theta[k] = saved + epsilon
        probe.set_flat_parameters(theta)
        c_plus = probe.loss(X, Y)
        theta[k] = saved - epsilon
        probe.set_flat_parameters(theta)
        c_minus = probe.loss(X, Y)
        theta[k] = saved
        numeric_flat[k] = (c_plus - c_minus) / (2 * epsilon)
    probe.set_flat_parameters(numeric_flat)
    numeric = (probe.weights, probe.biases)
    analytic_flat = np.concatenate([g.ravel() for pair in zip(*analytic, strict=True)
                                    for g in pair])
    return GradientCheck(analytic, numeric, relative_error(analytic_flat, numeric_flat))


def relative_error(a, b):
    """‖a − b‖ / (‖a‖ + ‖b‖), and 0 when both are exactly zero."""
    scale = np.linalg.norm(a) + np.linalg.norm(b)
    if scale == 0:
        return 0.0
    return float(np.linalg.norm(a - b) / scale)
