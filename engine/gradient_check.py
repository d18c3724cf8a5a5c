"""Checking backpropagation against the definition of the derivative.

The notes define f'(x) = lim (f(x + ε) − f(x)) / ε. The central difference
(C(θ + ε) − C(θ − ε)) / 2ε is the same limit with an error of order ε² instead of ε, so
nudging each weight and bias in turn gives a slow but independent estimate of every
∂C/∂w that backpropagation computes in one pass. The teaching views show both side by side.

Two backpropagations are checked: the reference one the views show (``Network.backward``) and
the trainer's fast path (``engine.fastpath``), which is what training actually follows; a fault
in either fails the check.
"""

from dataclasses import dataclass

import numpy as np

from engine.errors import SpecError
from engine.text import translate


@dataclass
class GradientCheck:
    """Backpropagation's gradients, the finite-difference ones and how far apart they are.

    ``analytic`` (``Network.backward``'s), ``fast`` (the trainer's fast path's) and
    ``numeric`` are each (∂C/∂W list, ∂C/∂b list) in the network's layout.
    ``relative_error`` is the larger of ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖) and
    the same for ``fast``: about 1e-8 or less when backpropagation is right, 1 when the two
    have nothing in common.
    """

    analytic: tuple
    numeric: tuple
    relative_error: float
    fast: tuple | None = None

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
        raise SpecError(translate(
            "GradientCheck", "epsilon must be a small positive number, not {epsilon}").format(
                epsilon=repr(epsilon)))
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
    probe.set_flat_parameters(theta)
    fast = fast_path_gradients(probe, X, Y)
    probe.set_flat_parameters(numeric_flat)
    numeric = (probe.weights, probe.biases)
    error = max(relative_error(_flat(gradients), numeric_flat) for gradients in (analytic, fast))
    return GradientCheck(analytic, numeric, error, fast)


def fast_path_gradients(net, X, Y):
    """(∂C/∂W list, ∂C/∂b list) of the mean cost as the trainer's fast path computes them."""
    from engine.arrays import as_inputs
    from engine.batching import Workspace
    from engine.fastpath import FastPath

    X = np.ascontiguousarray(as_inputs(X, net.spec.n_inputs, net.dtype))
    Y = np.ascontiguousarray(net._targets(Y, len(X)))
    kernel = FastPath(net)
    workspace = Workspace(net.sizes, len(X), net.dtype)
    z_out = np.empty((len(X), net.spec.n_outputs), net.dtype)
    kernel.gradient(X, Y, z_out, workspace, 1.0 / len(X))
    return ([W.copy() for W in kernel.grad.weights], [b.copy() for b in kernel.grad.biases])


def _flat(gradients) -> np.ndarray:
    return np.concatenate([g.ravel() for pair in zip(*gradients, strict=True) for g in pair])


def relative_error(a, b):
    """‖a − b‖ / (‖a‖ + ‖b‖), and 0 when both are exactly zero."""
    scale = np.linalg.norm(a) + np.linalg.norm(b)
    if scale == 0:
        return 0.0
    return float(np.linalg.norm(a - b) / scale)


@dataclass(frozen=True)
class OneCheck:
    """One parameter's ∂C/∂θ by backpropagation and by the central difference
    (C(θ + ε) − C(θ − ε)) / 2ε, and their relative difference |a − n| / (|a| + |n|)."""

    backprop: float
    numeric: float
    epsilon: float

    @property
    def relative_difference(self) -> float:
        scale = abs(self.backprop) + abs(self.numeric)
        return 0.0 if scale == 0 else abs(self.backprop - self.numeric) / scale


def check_one(net, X, Y, layer: int, i: int, j: int | None = None,
              epsilon: float = 1e-6) -> OneCheck:
    """wᵢⱼˡ (or, with ``j`` None, bᵢˡ): backpropagation's ∂C/∂θ on the rows of X and Y beside
    the central difference of C, on a float64 copy (two forward passes, for the stepper)."""
    probe = net.copy(dtype="float64")
    nabla_w, nabla_b = probe.gradients(X, Y)
    arrays, index = ((probe.weights, (i, j)) if j is not None else (probe.biases, (i,)))
    backprop = float((nabla_w if j is not None else nabla_b)[layer - 1][index])
    array = arrays[layer - 1]
    saved = array[index]
    array[index] = saved + epsilon
    plus = probe.loss(X, Y)
    array[index] = saved - epsilon
    minus = probe.loss(X, Y)
    array[index] = saved
    return OneCheck(backprop, float((plus - minus) / (2 * epsilon)), epsilon)
