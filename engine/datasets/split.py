"""Train/validation split by share, stratified for classes, reproducible from a seed.

Stratifying keeps each class's proportion the same in both parts, so a small validation
set still contains every class it can, and its accuracy means the same as training's.
"""

from __future__ import annotations

import numbers

import numpy as np

from engine.datasets.dataset import Dataset
from engine.errors import DataError
from engine.text import translate


def check_split(validation_share: float, seed: int) -> None:
    if (
        not isinstance(validation_share, numbers.Real)
        or isinstance(validation_share, bool)
        or not 0.0 <= validation_share < 1.0
    ):
        raise DataError(translate(
            "Data", "validation share must be a number from 0 up to (not including) 1, not "
            "{value}").format(value=repr(validation_share)))
    if not isinstance(seed, numbers.Integral) or isinstance(seed, bool) or seed < 0:
        raise DataError(translate("Data", "seed must be a whole number ≥ 0, not {seed}").format(
            seed=repr(seed)))


def _validation_counts(counts: np.ndarray, validation_share: float) -> np.ndarray:
    """How many of each class go to validation: proportional, the total rounded once.

    Largest-remainder rounding gives a total of round(share · n) however the classes divide,
    and every class keeps at least one training sample.
    """
    quotas = counts * validation_share
    taken = np.floor(quotas).astype(np.int64)
    extra = round(float(counts.sum()) * validation_share) - int(taken.sum())
    for index in np.argsort(-(quotas - taken), kind="stable")[: max(extra, 0)]:
        taken[index] += 1
    return np.minimum(taken, np.maximum(counts - 1, 0))


#: fewer samples than this are all for training, whatever the validation share: a fifth of
#: a truth table's four rows is one, and the three left of XOR are separable by a line (a
#: perceptron then "solves" XOR)
MIN_SAMPLES_TO_SPLIT = 5


def split_indices(
    labels: np.ndarray | None, n_samples: int, validation_share: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted (train, validation) row indices; ``labels`` None means not stratified. Under
    ``MIN_SAMPLES_TO_SPLIT`` samples, every row trains."""
    check_split(validation_share, seed)
    if n_samples < MIN_SAMPLES_TO_SPLIT:
        return np.arange(n_samples), np.empty(0, np.int64)
    rng = np.random.default_rng(seed)
    groups = (
        [np.arange(n_samples)]
        if labels is None
        else [np.flatnonzero(labels == k) for k in range(int(labels.max(initial=-1)) + 1)]
    )
    counts = np.array([len(group) for group in groups], dtype=np.int64)
    validation = [
        rng.permutation(group)[:take]
        for group, take in zip(groups, _validation_counts(counts, validation_share), strict=True)
    ]
    val = np.sort(np.concatenate([np.empty(0, np.int64), *validation]))
    train = np.setdiff1d(np.arange(n_samples), val, assume_unique=True)
    return train, val


def train_validation_split(
    ds: Dataset, validation_share: float = 0.2, seed: int = 0
) -> tuple[Dataset, Dataset]:
    """(train, validation) parts of ``ds``; stratified by class for classification sets.

    Rows keep their original order inside each part; the trainer does its own shuffling.
    """
    train, val = split_rows(ds, validation_share, seed)
    return ds.subset(train), ds.subset(val)


def split_rows(ds: Dataset, validation_share: float = 0.2, seed: int = 0
               ) -> tuple[np.ndarray, np.ndarray]:
    """The rows of ``ds`` in its (train, validation) parts, in order."""
    labels = ds.labels() if ds.task == "classification" else None
    return split_indices(labels, ds.n_samples, validation_share, seed)
