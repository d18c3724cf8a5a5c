"""Iterations per epoch, batch bounds and epoch order, as the notes count them."""

import numpy as np

from engine import iterations_per_epoch
from engine.batching import batch_bounds, batch_size_for, epoch_order


def test_the_notes_example_2_560_000_samples_at_256_take_10_000_iterations():
    assert iterations_per_epoch(2_560_000, 256) == 10_000


def test_ceiling_with_a_smaller_last_batch():
    assert iterations_per_epoch(25, 10) == 3
    assert batch_bounds(25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert iterations_per_epoch(30, 10) == 3
    assert iterations_per_epoch(1, 10) == 1


def test_batch_size_per_mode():
    assert batch_size_for("batch", 32, 25) == 25
    assert batch_size_for("stochastic", 32, 25) == 1
    assert batch_size_for("minibatch", 10, 25) == 10
    assert batch_size_for("minibatch", 64, 25) == 25
    assert batch_size_for("perceptron", 64, 25) == 1


def test_epoch_order_is_a_seeded_permutation_or_in_order():
    a = epoch_order(np.random.default_rng(0), 10, True)
    b = epoch_order(np.random.default_rng(0), 10, True)
    np.testing.assert_array_equal(a, b)
    assert sorted(a) == list(range(10)) and list(a) != list(range(10))
    np.testing.assert_array_equal(epoch_order(np.random.default_rng(0), 5, False), np.arange(5))
