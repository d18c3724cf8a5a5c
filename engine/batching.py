"""Batches, iterations and epochs, as the notes count them.

One iteration updates the weights once, from one batch of samples; one epoch passes over all
N training samples once. With batch size m an epoch therefore takes ⌈N/m⌉ iterations, the
last batch holding the N − (⌈N/m⌉ − 1)·m samples left over (the notes: 2,560,000 samples at
batch size 256 take 10,000 iterations per epoch).

The fast path's view of an epoch lives here too: its batches in order with their buffers
made once (``EpochPlan``, ``Workspace``), so ``engine.fastpath`` holds only the arithmetic.
"""

import numpy as np


def batch_size_for(mode, batch_size, n_samples):
    """m, the samples per iteration: all N in "batch", 1 in "stochastic" and "perceptron"."""
    if mode == "batch":
        return n_samples
    if mode in ("stochastic", "perceptron"):
        return 1
    return min(batch_size, n_samples)


def iterations_per_epoch(n_samples, batch_size):
    """⌈N/m⌉: how many updates one pass over ``n_samples`` takes at ``batch_size``."""
    return -(-n_samples // batch_size)


def batch_bounds(n_samples, batch_size):
    """(start, stop) of every batch of an epoch, in order; the last one may be shorter."""
    return [(start, min(start + batch_size, n_samples))
            for start in range(0, n_samples, batch_size)]


def epoch_order(rng, n_samples, shuffle):
    """The order in which an epoch visits the samples: a fresh permutation drawn from ``rng``
    when ``shuffle``, else 0, 1, …, N − 1."""
    if shuffle:
        return rng.permutation(n_samples)
    return np.arange(n_samples)


class Workspace:
    """Buffers for a batch of ``m`` rows: zˡ, aˡ, δˡ for every layer, and a row block for
    inputs gathered from a large data set."""

    def __init__(self, sizes, m, dtype, with_inputs=False):
        self.m = m
        self.zs = [np.empty((m, n), dtype) for n in sizes[1:]]
        self.activations = [np.empty((m, n), dtype) for n in sizes[1:]]
        self.grad_a = [np.empty((m, n), dtype) for n in sizes[1:]]
        self.deltas = [np.empty((m, n), dtype) for n in sizes[1:]]
        self.ones = np.ones(m, dtype)  # Σₓ δˡ as one product: faster than a column reduction
        self.inputs = np.empty((m, sizes[0]), dtype) if with_inputs else None


class EpochPlan:
    """The batches of an epoch at batch size ``m``: their rows and buffers, made once.

    Each batch is (x, rows, y, z, workspace, 1/m): ``x`` is a view of the epoch's inputs, or
    None when a large data set is gathered batch by batch from ``rows`` instead (so no copy of
    it is ever made); ``y`` views the targets in epoch order; ``z`` views ``outputs``, where
    every zᴸ of the epoch is kept, so the training loss and accuracy of the epoch come from
    one vectorised pass at report time rather than a loss per iteration.
    """

    #: Shuffled data sets up to this size are copied in epoch order once per epoch; larger
    #: ones are gathered batch by batch, which costs a little time but no memory.
    GATHER_EPOCH_BYTES = 32 * 2**20

    def __init__(self, X, Y, m, shuffle, sizes, dtype):
        n = len(X)
        self.m, self.shuffle = m, shuffle
        self.bounds = batch_bounds(n, m)
        self.order = np.arange(n)
        by_batch = shuffle and X.nbytes > self.GATHER_EPOCH_BYTES
        self.inputs = None if by_batch else (np.empty_like(X) if shuffle else X)
        self.targets = np.empty_like(Y) if shuffle else Y
        self.outputs = np.empty((n, sizes[-1]), dtype)
        workspaces = {}
        for start, stop in self.bounds:
            if stop - start not in workspaces:
                workspaces[stop - start] = Workspace(sizes, stop - start, dtype, by_batch)
        self.batches = [
            (None if by_batch else self.inputs[start:stop], self.order[start:stop],
             self.targets[start:stop], self.outputs[start:stop], workspaces[stop - start],
             1.0 / (stop - start))
            for start, stop in self.bounds
        ]

    @property
    def n_batches(self):
        return len(self.bounds)

    def rows_done(self, n_batches_done):
        """How many samples the first ``n_batches_done`` batches of an epoch hold."""
        return self.bounds[n_batches_done - 1][1] if n_batches_done else 0

    def new_epoch(self, rng, X, Y):
        """Draw this epoch's order from ``rng`` and lay the data out in it."""
        if not self.shuffle:
            return
        self.order[:] = epoch_order(rng, len(X), True)
        np.take(Y, self.order, axis=0, out=self.targets)
        if self.inputs is not None:
            np.take(X, self.order, axis=0, out=self.inputs)
