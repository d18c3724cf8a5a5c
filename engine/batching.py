"""Batches, iterations and epochs, as the notes count them.

One iteration updates the weights once, from one batch of samples; one epoch passes over all
N training samples once. With batch size m an epoch therefore takes ⌈N/m⌉ iterations, the
last batch holding the N − (⌈N/m⌉ − 1)·m samples left over (the notes: 2,560,000 samples at
batch size 256 take 10,000 iterations per epoch).
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
