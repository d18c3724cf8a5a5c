"""How good a network's outputs are: accuracy and confusion for classes, R² for numbers.

A class is read from an output row the usual way: the largest output when there are several
softmax outputs, and for a single output, the class whose target value is nearer (0 or 1 for
sigmoid outputs, so a ≥ ½ means class 1).

Several sigmoid outputs trained with bce are several yes/no labels (multi-label): each output
is read on its own, present when a ≥ ½, and a sample is right when every one of its labels is.
That share is ``subset_accuracy`` (scikit-learn's name for it), so a reader sees which
accuracy it is; reading such rows by their largest output would score perfect predictions of
[0, 1, 1] as wrong.
"""

import numpy as np

from engine.errors import SpecError
from engine.tasks import TASKS
from engine.text import translate


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
        raise SpecError(translate(
            "Metrics", "unknown task {task}: choose classification or regression").format(
                task=repr(task)))


def is_multilabel(spec):
    """Several sigmoid outputs under bce: independent labels, each read at ½."""
    return spec.loss == "bce" and spec.n_outputs > 1


def accuracy_name(spec):
    """The name of the accuracy a classifier of ``spec`` reports: "accuracy" (one class per
    sample) or "subset_accuracy" (multi-label: every label right)."""
    return "subset_accuracy" if is_multilabel(spec) else "accuracy"


def class_threshold(Y):
    """For a single output column: halfway between its two target values (½ for 0/1)."""
    low, high = float(np.min(Y)), float(np.max(Y))
    return 0.5 if low == high else (low + high) / 2


#: An output within this of its class threshold is read as the threshold itself (the upper
#: class): a net whose weights descend towards 0 (XOR with no hidden layer) ends with every
#: output 0.5 ± 1e-10, and reading those last digits made its accuracy jump from 50 % to
#: 75 % and drew a decision boundary across the plane from nothing
UNDECIDED = 1e-9


def decided(values, threshold):
    """``values`` with those within ``UNDECIDED`` of ``threshold`` moved just above it: the
    class they are read as (``labels``), and where the decision boundary sees no crossing."""
    values = np.asarray(values)
    tie = (values >= threshold - UNDECIDED) & (values < threshold + UNDECIDED)
    return np.where(tie, threshold + UNDECIDED, values) if tie.any() else values


def labels(values, threshold=0.5):
    """The class of each row: argmax over several columns, value ≥ ``threshold`` for one
    (within ``UNDECIDED`` of it counting as at it)."""
    values = np.asarray(values)
    if values.ndim == 2 and values.shape[1] > 1:
        return np.argmax(values, axis=1)
    return (values.reshape(-1) >= threshold - UNDECIDED).astype(np.intp)


def correct_rows(outputs, targets, threshold=0.5, multilabel=False):
    """Which rows the outputs get right: the same class, or with ``multilabel`` every label
    (each output and target read as present at ≥ ½)."""
    if multilabel:
        present = 0.5 - UNDECIDED
        return np.all((np.asarray(outputs) >= present) == (np.asarray(targets) >= present),
                      axis=1)
    return labels(outputs, threshold) == labels(targets, threshold)


def accuracy(outputs, targets, threshold=0.5, multilabel=False):
    """The fraction of rows the outputs get right (see ``correct_rows``)."""
    if len(targets) == 0:
        return float("nan")
    return float(np.mean(correct_rows(outputs, targets, threshold, multilabel)))


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


def evaluate(task, outputs, targets, threshold=0.5, multilabel=False):
    """The metrics of ``task`` for these outputs: {"accuracy": …} (multi-label:
    {"subset_accuracy": …}) or {"r2": …}."""
    if task == "classification":
        name = "subset_accuracy" if multilabel else "accuracy"
        return {name: accuracy(outputs, targets, threshold, multilabel)}
    return {"r2": r2_score(outputs, targets)}
