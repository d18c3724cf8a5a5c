"""The fast training path: the same backpropagation as ``Network``, with no allocations.

For the small nets of the course an iteration is a few dozen numpy calls on tiny arrays, so
the time goes to Python and numpy call overhead, not arithmetic. This path keeps the
arithmetic of ``Network.forward`` / ``backward`` (a test checks it gives the same numbers)
and removes the overhead:

- every Wˡ and bˡ lives in one flat vector (with per-layer views, and Wˡᵀ views made once),
  so an optimizer step is a few calls on one vector whatever the depth;
- every zˡ, aˡ and δˡ of a batch has a buffer made once per run, filled with ``out=``
  (``np.dot`` rather than ``np.matmul``: the same BLAS call, a third of a microsecond less
  overhead each, which is 15 % of an iteration of a tiny net);
- the 1/m of the mean is applied once, to δᴸ (m × N_L numbers, not one per parameter), so
  the δˡ here are the reference path's per-sample δ divided by m and the sums over the batch
  come out as the gradient of the mean;
- the new parameters are written into a second vector and the two are swapped: if the new
  ones are not all finite, the old ones are still intact, and until the next update the
  second vector still holds the parameters before the last one, so a loss that explodes at
  the next batch rolls back to them (divergence keeps the last good weights at no cost).
  One sum of the new vector per iteration is the check (for small nets; ``all_finite``): it
  is finite exactly when every element is (short of overflowing near the largest float,
  itself a divergence). A large net on plain SGD mostly skips even that: ``FusedStep``
  proves the update finite from the norms of the δ and a it was made of, and updates in
  place, copying the parameters aside only at checkpoints and replaying the logged updates
  since one when it must roll back (``_put_back``);
  The batch's loss is checked before its update is made, by ``engine.divergence``'s rule
  (``limits``), from max |zᴸ| (two small reductions) and, for mse, ‖aᴸ − y‖², which the
  backward pass computes anyway;
- the loss itself is not computed per iteration: every zᴸ of an epoch is kept, and the
  report computes the epoch's loss and accuracy from them in one vectorised pass.
"""

import functools
import itertools
import math

import numpy as np

from engine.activations import row_sum
from engine.divergence import GROWTH_IN_WORDS
from engine.optimizers import add_penalties
from engine.text import translate, translate_stored


class Parameters:
    """Every Wˡ and bˡ in one flat vector laid out W¹, b¹, W², b², …, with a view per layer."""

    def __init__(self, sizes, dtype):
        count = sum(n_in * n_out + n_out for n_in, n_out in itertools.pairwise(sizes))
        self.flat = np.zeros(count, dtype)
        self.weights, self.biases = [], []
        offset = 0
        for n_in, n_out in itertools.pairwise(sizes):
            self.weights.append(self.flat[offset:offset + n_in * n_out].reshape(n_out, n_in))
            offset += n_in * n_out
            self.biases.append(self.flat[offset:offset + n_out])
            offset += n_out
        self.weights_t = [w.T for w in self.weights]

    def load(self, net):
        for mine, theirs in zip(self.weights + self.biases, net.weights + net.biases,
                                strict=True):
            np.copyto(mine, theirs)

    def store(self, net):
        for mine, theirs in zip(self.weights + self.biases, net.weights + net.biases,
                                strict=True):
            np.copyto(theirs, mine)

    def holds(self, net):
        """Whether these are exactly ``net``'s parameters, bit for bit (compared as bytes:
        asked at every report, and ``np.array_equal`` costs XOR a tenth of its speed)."""
        return all(mine.tobytes() == theirs.tobytes() for mine, theirs in
                   zip(self.weights + self.biases, net.weights + net.biases, strict=True))


class FastPath:
    """Trains a copy of a network's parameters; ``store`` writes them back to the network.

    ``eta``, ``weight_decay``, ``l1`` and ``optimizer`` are read at every iteration, so a
    change made between iterations applies from the next one. ``limits`` (an
    ``engine.divergence.Limits``, None: only non-finite numbers) say when a run diverges.
    """

    def __init__(self, net):
        self.sizes = net.sizes
        self.dtype = net.dtype
        self.sigmas = net.layer_activations
        self.cost = net.cost
        self.fused = self.cost.requires_activation is not None
        self.current = Parameters(self.sizes, self.dtype)
        self.spare = Parameters(self.sizes, self.dtype)
        self.grad = Parameters(self.sizes, self.dtype)
        self.scratch = np.empty_like(self.grad.flat)
        self.current.load(net)
        self.eta = 0.1
        self.weight_decay = 0.0
        self.l1 = 0.0
        self.optimizer = None
        self.limits = None
        #: below these a batch is certainly within the limits: ``gradient``'s number (times
        #: 1/m for mse) and, for mse, ‖zᴸ‖² (see ``set_limits``)
        self.quick = self.quick_z = math.inf
        self.failure = None
        #: the updates that made ``current`` from ``spare`` (see ``_train``): a list of
        #: (batch, η), the last one's batch None when it cannot be replayed (an optimizer's
        #: update, whose ``spare`` is the parameters just before it); None when ``spare`` is
        #: no earlier state of ``current``
        self.log = None
        #: whether the last failure put those parameters back
        self.rolled_back = False
        #: plain SGD's update inside the gradient's products (``FusedStep``); False: never
        self.fuse_sgd = True
        self._step = None

    def set_limits(self, limits):
        """Check every batch by ``engine.divergence``'s rule with these ``Limits``."""
        self.limits = limits
        k = self.sizes[-1]
        # max |zᴸ| ≤ ‖zᴸ‖: for the cross-entropies, ‖zᴸ‖ under the z limit and under what
        # keeps their loss bound below the loss limit is within both; mse compares its loss,
        # ½‖aᴸ − y‖²/m, and ‖zᴸ‖ with the z limit
        if self.fused:
            self.quick = min(limits.z, (limits.loss / k - 1) / 2) ** 2
        else:
            self.quick, self.quick_z = 2 * limits.loss, limits.z ** 2

    @property
    def previous_good(self):
        """Whether the parameters before the update that made ``current`` can be put back."""
        return bool(self.log)

    def load(self, net):
        if self.log is not None and not self.current.holds(net):
            self.log = None  # the caller changed the weights: no step to undo
        self.current.load(net)
        self._forget_bound()

    def restore(self, flat):
        """Set every parameter from ``flat`` (a copy of ``current.flat`` taken earlier, as
        the best epoch's weights are kept): no step to undo, and no bound on them known."""
        np.copyto(self.current.flat, flat)
        self.log = None
        self._forget_bound()

    def _forget_bound(self):
        """The parameters changed other than by the fused step: its bound on them is lost."""
        if self._step is not None:
            self._step.bound = math.inf

    def store(self, net):
        self.current.store(net)

    def gradient(self, x, y, z_out, ws, inv_m):
        """∂C/∂θ of the mean cost over the rows of ``x`` into ``self.grad``; zᴸ into
        ``z_out``; ``inv_m`` is 1/m for the m rows.

        The same steps as ``Network.forward`` and ``Network.backward``, in place. Returns a
        number that is finite exactly when the batch's loss is (see ``_output_delta``).
        """
        delta, loss_check = self.forward(x, y, z_out, ws, inv_m)
        self.backward(x, delta, ws)
        return loss_check

    def forward(self, x, y, z_out, ws, inv_m):
        """The forward pass and δᴸ/m (so that the sums over the batch are the gradient of the
        mean): (δᴸ/m, ``_output_delta``'s check number). Nothing but ``ws`` and ``z_out`` is
        written, so a batch whose loss fails the check has changed nothing."""
        params = self.current
        weights_t, biases, sigmas = params.weights_t, params.biases, self.sigmas
        a = x
        last = len(sigmas) - 1
        for l in range(last):
            z = ws.zs[l]
            np.dot(a, weights_t[l], out=z)
            np.add(z, biases[l], out=z)
            a = sigmas[l].fn(z, out=ws.activations[l])
        np.dot(a, weights_t[last], out=z_out)
        np.add(z_out, biases[last], out=z_out)
        delta, loss_check = self._output_delta(z_out, y, ws)
        np.multiply(delta, inv_m, out=delta)
        return delta, loss_check

    def backward(self, x, delta, ws, step=None):
        """Every δˡ back from ``delta`` (δᴸ/m), and ∂C/∂Wˡ, ∂C/∂bˡ into ``self.grad``; with a
        ``step`` (a ``FusedStep``), each ∂C/∂Wˡ goes straight into that layer's update instead
        and is never stored (the biases' gradients still are). δˡ⁻¹ is computed from Wˡ
        before Wˡ's gradient is taken, so an update in place never reaches it."""
        params = self.current
        grad_w, grad_b, weights, sigmas = self.grad.weights, self.grad.biases, params.weights, \
            self.sigmas
        for l in range(len(sigmas) - 1, -1, -1):
            a_prev = x if l == 0 else ws.activations[l - 1]
            np.dot(ws.ones, delta, out=grad_b[l])
            if l:
                grad_a = np.dot(delta, weights[l], out=ws.grad_a[l - 1])
                below = sigmas[l - 1].backprop(ws.zs[l - 1], ws.activations[l - 1], grad_a,
                                               out=ws.deltas[l - 1])
            if step is None:
                np.dot(delta.T, a_prev, out=grad_w[l])
            else:
                step.weights(l, delta, a_prev)
            if l:
                delta = below

    def _output_delta(self, z, y, ws):
        """(δᴸ per sample, a number finite exactly when the batch's loss is).

        δᴸ is aᴸ − y when the cost is fused with its activation, else ∇ₐC ⊙ σ'(zᴸ) with
        ∇ₐC_x = aᴸ − y (mse). The cross-entropies, computed from zᴸ, are finite exactly when
        zᴸ is, so ‖zᴸ‖² tells (and bounds them); mse is ½‖aᴸ − y‖², so ‖aᴸ − y‖² tells.
        """
        sigma, delta = self.sigmas[-1], ws.deltas[-1]
        if self.fused:
            check = np.vdot(z, z)
            if sigma.name == "softmax" and check <= UNSHIFTED_SOFTMAX ** 2:
                # every |zₖ| ≤ ‖z‖ is small enough that e^z neither overflows nor vanishes:
                # the subtraction of each row's largest zₖ (three calls) changes nothing
                np.exp(z, out=delta)
                np.divide(delta, row_sum(delta), out=delta)
            else:
                sigma.fn(z, out=delta)
            return np.subtract(delta, y, out=delta), check
        a = sigma.fn(z, out=ws.activations[-1])
        grad_a = np.subtract(a, y, out=ws.grad_a[-1])
        squared = np.vdot(grad_a, grad_a)
        return sigma.backprop(z, a, grad_a, out=delta), squared

    def train(self, batches, start, stop, X):
        """Iterations ``start``..``stop``-1 over ``batches`` (see ``trainer``'s plan).

        Returns None, or the index of the batch whose loss or update came out non-finite; that
        update is then not applied, so ``current`` holds the last finite parameters (the ones
        that gave that loss, when it is the loss).
        """
        # A diverging run overflows on its way to the non-finite values the check catches;
        # the check reports that, so numpy's warnings about it are only noise.
        with np.errstate(all="ignore"):
            return self._train(batches, start, stop, X)

    def _train(self, batches, start, stop, X):
        grad = self.grad.flat
        self._batches, self._X = batches, X
        for i in range(start, stop):
            x, rows, y, z, ws, inv_m = batches[i]
            if x is None:
                x = np.take(X, rows, axis=0, out=ws.inputs, mode="clip")
            delta, check = self.forward(x, y, z, ws, inv_m)
            if self.fused:
                fine = check < self.quick
            else:
                fine = check * inv_m < self.quick and np.vdot(z, z) < self.quick_z
            failure = None if fine else self._diverging(check, z, y, inv_m)
            if failure is not None:
                # the weights that gave this batch's loss are the bad ones: back to the ones
                # before the update that made them, when that update is known
                self.failure, self.rolled_back = failure, self.previous_good
                if self.previous_good:
                    self._put_back(len(self.log) - 1)
                return i
            step = self._fused_step()
            if step is not None:
                # the new parameters in place; the old ones copied to spare on the way (a
                # checkpoint) once every CHECKPOINT_EVERY updates, else the update logged
                log = self.log
                checkpoint = (i == start or not log or len(log) >= self.CHECKPOINT_EVERY
                              or log[-1][0] is None)
                step.start(self.current, self.spare if checkpoint else None, self.eta)
                self.backward(x, delta, ws, step)
                step.biases(self.grad.biases)
                if checkpoint:
                    self.log = log = []
                log.append((i, self.eta))
                if not step.finite(self.current.flat):
                    self._put_back(len(log) - 1)
                    self.failure = translate("Training", "a weight became infinite or NaN")
                    self.rolled_back = False
                    return i
                continue
            self.backward(x, delta, ws)
            params = self.current.flat
            if self.weight_decay or self.l1:
                add_penalties(grad, params, self.weight_decay, self.l1, self.scratch)
            self.optimizer.update(params, grad, self.spare.flat, self.eta)
            self._forget_bound()
            if not all_finite(self.spare.flat):
                self.failure = translate("Training", "a weight became infinite or NaN")
                self.rolled_back = False
                return i
            self.current, self.spare = self.spare, self.current
            self.log = [(None, self.eta)]
        return None

    #: the fused step copies the parameters aside (for a rollback) once in this many updates
    #: and logs the others; a rollback puts the copy back and replays the log (a copy of a
    #: large net's weights at every update is 6 % of its epoch)
    CHECKPOINT_EVERY = 16

    def _put_back(self, k):
        """``current`` becomes ``spare`` and the first ``k`` logged updates replayed: the
        very parameters those updates made, bit for bit (the same products on the same
        batches from the same parameters). The log is spent."""
        log, self.log = self.log, None
        self.current, self.spare = self.spare, self.current
        self._forget_bound()
        step = self._step
        for batch, eta in log[:k]:
            x, rows, y, z, ws, inv_m = self._batches[batch]
            if x is None:
                x = np.take(self._X, rows, axis=0, out=ws.inputs, mode="clip")
            delta, _check = self.forward(x, y, z, ws, inv_m)
            step.start(self.current, None, eta)
            self.backward(x, delta, ws, step)
            step.biases(self.grad.biases)

    def _fused_step(self):
        """The ``FusedStep`` when this iteration's update is plain SGD (no penalty), which
        it computes inside the gradient's matrix products; else None (the optimizer's own
        update from the stored gradient)."""
        if (self.optimizer.name != "sgd" or self.weight_decay or self.l1
                or not self.fuse_sgd):
            return None
        if self._step is None:
            self._step = FusedStep.make(self.sizes, self.dtype)
            if self._step is None:  # a small net, or no BLAS to fuse with: never
                self.fuse_sgd = False
        return self._step

    def _diverging(self, check, z, y, inv_m):
        """Why the batch whose zᴸ is ``z`` shows the run has diverged (``engine.divergence``),
        or None; ``check`` is ``gradient``'s number (‖zᴸ‖² or ‖aᴸ − y‖²)."""
        top = _largest_magnitude(z)
        if not math.isfinite(top) or not (self.fused or math.isfinite(check)):
            return translate("Training", "the loss became infinite or NaN")
        limits = self.limits
        if limits is None:
            return None
        if top > limits.z:
            return translate(
                "Training", "the output layer's weighted input zᴸ reached {top}, over {growth} "
                "times its start: the network has saturated beyond return").format(
                    top=f"{top:.3g}", growth=translate_stored("Divergence", GROWTH_IN_WORDS))
        if self.fused:
            if limits.loss_bound(top, z.shape[1], True) <= limits.loss:
                return None
            loss = float(np.mean(self.cost.per_sample(z, z, y)))
        else:
            loss = 0.5 * check * inv_m
        if loss > limits.loss:
            return translate(
                "Training", "the loss grew to {loss}, over {growth} times its start ({start})"
            ).format(loss=f"{loss:.3g}", growth=translate_stored("Divergence", GROWTH_IN_WORDS),
                     start=f"{limits.start_loss:.3g}")
        return None


class FusedStep:
    """Plain SGD's update computed inside the weight gradient's matrix product.

    For a large net the update θ ← θ − η g is not free: written out it is a product into a
    gradient buffer, then a multiply and a subtract over every parameter (three passes over a
    megabyte for 784-256-128-10, a sixth of an epoch's time beyond the products). Here BLAS
    gemm with β = 1 adds −η δᵀ aˡ⁻¹ straight onto Wˡ, in place, so the gradient of the
    weights is never stored. At a checkpoint (``FastPath.CHECKPOINT_EVERY``) each Wˡ is
    first copied into ``spare`` while it is still in the cache from computing δˡ⁻¹; between
    checkpoints the updates are only logged, and a rollback replays them from the copy, so
    divergence still keeps the last good weights, bit for bit. The formula is the same;
    gemm rounds −η·(δᵀ a) + W once (a fused multiply-add) where the written-out update
    rounds η g and then the difference, so a weight can differ from the other path's in its
    last bit. Biases, a few hundred numbers, are updated as ``optimizers.SGD`` does it.

    The gemm is numpy's own (``numpy_gemm``): the very library and thread pool numpy's
    products use, so the products δᵀ a are numpy's to the bit. Another BLAS (scipy's brings
    its own OpenBLAS) would be a second pool of threads, and two pools spinning against each
    other made an epoch nine times slower on two cores. Where numpy's BLAS cannot be reached
    (a numpy built on another BLAS), the update is written out as before.

    Only for nets of ``FusedStep.MIN_PARAMETERS`` or more: for small nets the call costs
    more than the passes it saves.

    Whether the new parameters are all finite is proved, most of the time, without reading
    them (``finite``): each entry of δᵀ aˡ⁻¹ is at most ‖δ‖ ‖aˡ⁻¹‖ in magnitude (Cauchy–
    Schwarz down the batch), each of Σₓ δ at most √m ‖δ‖, so an update moves no parameter
    by more than η ‖δ‖ max(‖aˡ⁻¹‖, √m); ``bound`` adds that to a bound on max |θ| and, while
    the sum stays far below the largest float, no parameter can have become infinite or NaN
    (a NaN or infinity in δ or a makes its norm NaN or infinite and the proof fail). The
    norms are of the small matrices the products have just read; the check they replace
    reads every parameter from memory, a sixteenth of a large net's epoch. When the proof
    fails, the parameters are checked one by one and ``bound`` starts again from them.
    """

    #: below this many parameters the written-out update is the faster one
    MIN_PARAMETERS = 20_000

    def __init__(self, gemm, sizes, dtype):
        self.gemm = gemm
        #: the gemm's arguments by the arrays they come from (``numpy_gemm``'s ``known``)
        self.known = {}
        self.bias_scratch = [np.empty(n, dtype) for n in sizes[1:]]
        self.params = self.kept = None
        self.eta = self.alpha = 0.0
        #: an upper bound on max |θ| of ``params`` (inf: not known, check them one by one)
        self.bound = math.inf
        #: how far this update moves a parameter at most (see the class's docstring)
        self.growth = 0.0
        #: below this a bound proves every parameter finite, far enough from the largest
        #: float that the rounding of the norms cannot matter
        self.safe = float(np.finfo(dtype).max) / 16

    @classmethod
    def make(cls, sizes, dtype):
        """A FusedStep for nets of ``sizes`` in ``dtype``, or None when the net is too small
        to gain or numpy's BLAS cannot be called."""
        count = sum(n_in * n_out + n_out for n_in, n_out in itertools.pairwise(sizes))
        if count < cls.MIN_PARAMETERS:
            return None
        gemm = numpy_gemm(dtype)
        return None if gemm is None else cls(gemm, sizes, dtype)

    def start(self, params, kept, eta):
        """Begin an update of ``params`` in place, the parameters before it copied to
        ``kept`` (None: not kept), layer by layer as the update reaches them."""
        self.params, self.kept, self.eta, self.alpha = params, kept, eta, -eta
        self.growth = 0.0

    def weights(self, l, delta, a_prev):
        """Wˡ ← Wˡ − η δᵀ aˡ⁻¹ in place, Wˡ kept first (``delta`` is δˡ/m, so δᵀ a is
        ∂C/∂Wˡ)."""
        w = self.params.weights[l]
        self._grow(float(np.vdot(delta, delta)), float(np.vdot(a_prev, a_prev)), len(delta))
        if self.kept is not None:
            np.copyto(self.kept.weights[l], w)
        if not (delta.flags.c_contiguous and a_prev.flags.c_contiguous):
            w -= np.dot(delta.T, a_prev) * self.eta  # never for the trainer's own buffers
            return
        self.gemm(self.alpha, delta, a_prev, w, self.known)

    def _grow(self, delta_squared, a_squared, m):
        """Count a layer's update, ‖δ‖² and ‖aˡ⁻¹‖² given, into ``growth``: summed over the
        layers (a little looser than their largest, but a NaN norm stays NaN, where Python's
        max would drop it)."""
        reach = a_squared if not a_squared <= m else m
        self.growth += abs(self.eta) * math.sqrt(delta_squared * reach)

    def biases(self, grad_b):
        """bˡ ← bˡ − η ∂C/∂bˡ for every layer in place, as ``optimizers.SGD`` computes it,
        the old bˡ kept (when keeping)."""
        kept_biases = self.kept.biases if self.kept is not None else [None] * len(grad_b)
        for b, kept, g, scratch in zip(self.params.biases, kept_biases, grad_b,
                                       self.bias_scratch, strict=True):
            if kept is not None:
                np.copyto(kept, b)
            np.multiply(g, self.eta, out=scratch)
            np.subtract(b, scratch, out=b)

    def finite(self, flat):
        """Whether every parameter after this update (``flat``, all of them) is finite:
        proved from ``bound`` and ``growth`` when it can be, else checked one by one."""
        bound = self.bound + self.growth
        if bound < self.safe:  # False for NaN
            self.bound = bound
            return True
        if not all_finite(flat):
            self.bound = math.inf
            return False
        self.bound = _largest_magnitude(flat)
        return True


#: softmax is computed without subtracting each row's largest zₖ while ‖zᴸ‖ is within this:
#: e^±60 is far inside float32 (and a sum of a hundred million of them too)
UNSHIFTED_SOFTMAX = 60.0

_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112


@functools.cache
def numpy_gemm(dtype):
    """``gemm(alpha, D, A, W, known=None)``: W ← W + alpha·Dᵀ A in place (C-ordered D (m, p),
    A (m, q), W (p, q)) by the cblas gemm of the OpenBLAS numpy itself was built with, or None
    where that library cannot be found (a numpy on another BLAS). Checked once to give numpy's
    product to the bit, or not used.

    ``known``, a dict, keeps each triple of arrays' shapes and addresses (and the arrays, so
    their ids stay theirs) the first time they are seen: the trainer passes the same buffers
    at every batch, and reading three ``__array_interface__`` is a third of a small gemm's
    call."""
    import ctypes
    import glob
    import os

    single = np.dtype(dtype) == np.float32
    scalar = ctypes.c_float if single else ctypes.c_double
    name = "scipy_cblas_sgemm64_" if single else "scipy_cblas_dgemm64_"
    home = os.path.dirname(np.__file__)
    paths = [*glob.glob(os.path.join(home, os.pardir, "numpy.libs", "libscipy_openblas64_*")),
             *glob.glob(os.path.join(home, ".dylibs", "libscipy_openblas64_*"))]
    for path in paths:
        try:
            function = getattr(ctypes.CDLL(path), name)
        except (OSError, AttributeError):
            continue
        index, pointer = ctypes.c_int64, ctypes.c_void_p
        function.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int, index, index, index,
                             scalar, pointer, index, pointer, index, scalar, pointer, index]
        function.restype = None

        def gemm(alpha, D, A, W, known=None, function=function):
            key = (id(D), id(A), id(W))
            found = known.get(key) if known is not None else None
            if found is None:
                (m, p), q = D.shape, A.shape[1]
                found = (p, q, m, D.__array_interface__["data"][0],
                         A.__array_interface__["data"][0], W.__array_interface__["data"][0],
                         (D, A, W))
                if known is not None:
                    known[key] = found
            p, q, m, d, a, w, _arrays = found
            function(_ROW_MAJOR, _TRANS, _NO_TRANS, p, q, m, alpha, d, p, a, q, 1.0, w, q)

        if _gives_numpys_product(gemm, dtype):
            return gemm
    return None


def _gives_numpys_product(gemm, dtype):
    """Whether ``gemm`` computes W + (−1)·Dᵀ A with numpy's own product (W = 0 here, so
    the one rounding of the fused multiply-add is the product's)."""
    rng = np.random.default_rng(0)
    D = rng.standard_normal((37, 19)).astype(dtype)
    A = rng.standard_normal((37, 23)).astype(dtype)
    W = np.zeros((19, 23), dtype)
    gemm(-1.0, D, A, W)
    return bool(np.array_equal(W, -np.dot(D.T, A)))


def _largest_magnitude(z):
    """max |z| over every element (NaN when one is NaN), from two reductions."""
    return max(float(np.maximum.reduce(z, axis=None)), -float(np.minimum.reduce(z, axis=None)))


def all_finite(vector):
    """Whether every element of ``vector`` is finite: for a short vector one sum is the
    cheapest test (a NaN or ±inf anywhere makes it non-finite); for a long one, isfinite
    vectorises better than a float32 sum."""
    if vector.size < 20000:
        return math.isfinite(np.add.reduce(vector))
    return bool(np.isfinite(vector).all())
