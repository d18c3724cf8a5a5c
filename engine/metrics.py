"""How good a network's outputs are: accuracy and confusion for classes, R² for numbers.

A class is read from an output row the usual way: the largest output when there are several
(softmax, or one sigmoid per class), and for a single output, the class whose target value is
nearer (0 or 1 for sigmoid outputs, so a ≥ ½ means class 1).
"""

import numpy as np

from engine.errors import SpecError

TASKS = ("classification", "regression")


def infer_task(spec, Y):
    """"classification" or "regression" for a net of ``spec`` trained on targets ``Y``.

    The cross-entropies and step outputs mean classes. With mse the targets decide: 0/1
    targets (one-hot rows when there are several outputs) are classes, anything else numbers.
    """
    if spec.loss in ("bce", "cce") or spec.output_activation == "step":
        return "classification"
    Y = np.asarray(Y)
    if not np.isin(Y, (0, 1)).all():
        return "regression"
    if Y.ndim == 2 and Y.shape[1] > 1 and not (Y.sum(axis=1) == 1).all():
        return "regression"
    return "classification"


def check_task(task):
    if task is not None and task not in TASKS:
        raise SpecError(f"unknown task {task!r}: choose classification or regression")


def class_threshold(Y):
    """For a single output column: halfway between its two target values (½ for 0/1)."""
    low, high = float(np.min(Y)), float(np.max(Y))
    return 0.5 if low == high else (low + high) / 2


def labels(values, threshold=0.5):
    """The class of each row: argmax over several columns, value ≥ ``threshold`` for one."""
    values = np.asarray(values)
    if values.ndim == 2 and values.shape[1] > 1:
        return np.argmax(values, axis=1)
    return (values.reshape(-1) >= threshold).astype(np.intp)


def accuracy(outputs, targets, threshold=0.5):
    """The fraction of rows whose output class is the target class."""
    if len(targets) == 0:
        return float("nan")
    return float(np.mean(labels(outputs, threshold) == labels(targets, threshold)))


def r2_score(outputs, targets):
    """R² = 1 − Σ(y − a)² / Σ(y − ȳ)², per output column, averaged (as scikit-learn).

    A column whose targets are all equal scores 1 if it is matched exactly, else 0.
    """
    outputs = np.asarray(outputs, dtype=np.float64).reshape(len(targets), -1)
    targets = np.asarray(targets, dtype=np.float64).reshape(len(targets), -1)
    residual = np.sum((targets - outputs) ** 2, axis=0)
    total = np.sum((targets - targets.mean(axis=0)) ** 2, axis=0)
    scores = np.where(total > 0, 1 - residual / np.where(total > 0, total, 1),
                      np.where(residual == 0, 1.0, 0.0))
    return float(np.mean(scores))


def confusion_matrix(outputs, targets, n_classes=None, threshold=0.5):
    """counts[i, j]: how many samples of class i the network put in class j."""
    true, predicted = labels(targets, threshold), labels(outputs, threshold)
    if n_classes is None:
        width = np.asarray(targets).shape[1] if np.ndim(targets) == 2 else 1
        n_classes = max(2, width)
    counts = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(counts, (true, predicted), 1)
    return counts


def evaluate(task, outputs, targets, threshold=0.5):
    """The metrics of ``task`` for these outputs: {"accuracy": …} or {"r2": …}."""
    if task == "classification":
        return {"accuracy": accuracy(outputs, targets, threshold)}
    return {"r2": r2_score(outputs, targets)}
