"""The built-in data sets scikit-learn does not have, written with numpy.

Each takes its already-checked parameters and returns ``(X, target)``: integer labels for a
classification set, an (n, 1) column for a regression set. Every random draw comes from one
``numpy.random.Generator`` seeded by ``seed``, so a seed names one data set forever.
Coordinates stay near [-1, 1] so a freshly initialised network sees inputs of a sensible size
even without normalisation.
"""

from __future__ import annotations

import numpy as np

TRUTH_TABLE_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
TRUTH_TABLES = {
    "and": np.array([0, 0, 0, 1]),
    "or": np.array([0, 1, 1, 1]),
    "nand": np.array([1, 1, 1, 0]),
    "xor": np.array([0, 1, 1, 0]),
}


def truth_table(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The four points of a logic gate: the M-P neuron's and the perceptron's first examples."""
    return TRUTH_TABLE_INPUTS.copy(), TRUTH_TABLES[name].copy()


def _balanced_labels(n_samples: int, n_classes: int, rng: np.random.Generator) -> np.ndarray:
    """Labels with class sizes differing by at most one, in random order."""
    return rng.permutation(np.arange(n_samples) % n_classes)


def xor_noisy(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian clouds around the four corners of the unit square, labelled by XOR.

    The truth table made statistical: a network must learn the same boundary from samples.
    """
    rng = np.random.default_rng(seed)
    corners = _balanced_labels(n_samples, 4, rng)
    X = TRUTH_TABLE_INPUTS[corners] + rng.normal(0.0, noise, size=(n_samples, 2))
    return X, TRUTH_TABLES["xor"][corners]


def spirals(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals, as TensorFlow Playground draws them, radius scaled to 1.

    Each arm turns 1.75 times while its radius grows from 0 to 1; the second arm is the first
    turned by half a circle. ``noise`` is the standard deviation of Gaussian jitter.
    """
    rng = np.random.default_rng(seed)
    parts, labels = [], []
    for label, size in enumerate(((n_samples + 1) // 2, n_samples // 2)):
        progress = np.arange(size) / max(size, 1)
        angle = 1.75 * 2 * np.pi * progress + label * np.pi
        arm = np.column_stack([progress * np.sin(angle), progress * np.cos(angle)])
        parts.append(arm + rng.normal(0.0, noise, size=arm.shape))
        labels.append(np.full(size, label))
    order = rng.permutation(n_samples)
    return np.concatenate(parts)[order], np.concatenate(labels)[order]


def checkerboard(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Points uniform on [-1, 1]² coloured by a 4 × 4 checkerboard, then jittered by ``noise``.

    Needs more hidden units than XOR: each square's corner is a boundary to learn.
    """
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, size=(n_samples, 2))
    tiles = np.clip(np.floor((X + 1.0) * 2.0), 0, 3).astype(np.int64)
    labels = (tiles[:, 0] + tiles[:, 1]) % 2
    return X + rng.normal(0.0, noise, size=X.shape), labels


def plane(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Regression on a tilted plane, y = (x₁ + x₂) / 2: one linear neuron can fit it exactly."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, size=(n_samples, 2))
    y = X.sum(axis=1) / 2.0 + rng.normal(0.0, noise, size=n_samples)
    return X, y.reshape(-1, 1)


def gaussian_bump(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Regression on one bump, y = exp(−‖x‖² / (2·0.4²)): needs a hidden layer to bend."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, size=(n_samples, 2))
    y = np.exp(-(X**2).sum(axis=1) / (2 * 0.4**2)) + rng.normal(0.0, noise, size=n_samples)
    return X, y.reshape(-1, 1)


def sine(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One period of y = sin(πx) on x ∈ [−1, 1]: the smallest curve-fitting example."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=n_samples)
    y = np.sin(np.pi * x) + rng.normal(0.0, noise, size=n_samples)
    return x.reshape(-1, 1), y.reshape(-1, 1)
