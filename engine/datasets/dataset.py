"""The ``Dataset`` every loader returns: arrays ready for a network plus what they mean.

Targets are stored the way the output layer wants them, so the training code never has
to know where the data came from:

* classification with **two** classes: ``Y`` is a single 0/1 column (1 means
  ``class_names[1]``), which a one-unit sigmoid output with ``bce`` fits directly;
* classification with **k > 2** classes: ``Y`` is one-hot, ``k`` columns, for a softmax
  output with ``cce``;
* regression: ``Y`` holds the target values, one column per target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from engine.errors import DataError
from engine.tasks import TASKS
from engine.text import translate


def one_hot(labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Integer labels 0..n_classes-1 as the ``Y`` the output layer expects (see module doc)."""
    labels = np.asarray(labels, dtype=np.int64)
    if n_classes == 2:
        return labels.astype(np.float64).reshape(-1, 1)
    Y = np.zeros((labels.shape[0], n_classes), dtype=np.float64)
    Y[np.arange(labels.shape[0]), labels] = 1.0
    return Y


def labels_of(Y: np.ndarray) -> np.ndarray:
    """The inverse of :func:`one_hot`: integer class labels from a target matrix."""
    if Y.shape[1] == 1:
        return (Y[:, 0] > 0.5).astype(np.int64)
    return np.argmax(Y, axis=1).astype(np.int64)


@dataclass(frozen=True, eq=False)
class Dataset:
    """A data set: inputs ``X`` (n, d) and targets ``Y`` (n, k), both float64, and their meaning.

    ``source`` is a JSON-ready description from which :func:`engine.datasets.from_source`
    rebuilds the very same arrays, so a project file records the data choice, not the data.
    ``validation_share`` and ``seed`` say how :meth:`split` divides it, so the split is as
    reproducible as the data. ``dropped_rows`` counts rows a loader left out because a value
    was missing (only when the user asked for that). ``encoding`` (an
    ``engine.datasets.encoding.Encoding``) says how a table's raw columns became ``X`` (text
    one-hot); None for data whose features are the values themselves.
    """

    X: np.ndarray
    Y: np.ndarray
    task: str
    class_names: tuple[str, ...] = ()
    feature_names: tuple[str, ...] = ()
    target_names: tuple[str, ...] = ()
    image_shape: tuple[int, int] | None = None
    name: str = ""
    source: dict[str, Any] = field(default_factory=dict)
    validation_share: float = 0.0
    seed: int = 0
    dropped_rows: int = 0
    encoding: Any = None

    def __post_init__(self) -> None:
        # Loaders build these; a mismatch here is a bug in a loader, caught before any view
        # or trainer sees arrays that disagree with their own description.
        if self.task not in TASKS:
            raise DataError(translate("Data", "task must be one of {choices}, not {task}").format(
                choices=", ".join(TASKS), task=repr(self.task)))
        if self.X.ndim != 2 or self.Y.ndim != 2 or self.X.shape[0] != self.Y.shape[0]:
            raise DataError(translate(
                "Data", "X and Y must be 2-D with one row per sample; got {x} and {y}").format(
                    x=self.X.shape, y=self.Y.shape))
        if len(self.feature_names) != self.X.shape[1]:
            raise DataError(translate("Data", "{names} feature names for {n} features").format(
                names=len(self.feature_names), n=self.X.shape[1]))
        if self.task == "classification":
            expected = 1 if len(self.class_names) == 2 else len(self.class_names)
            if len(self.class_names) < 2 or self.Y.shape[1] != expected:
                raise DataError(translate(
                    "Data", "{names} class names do not fit Y with {n} columns").format(
                        names=len(self.class_names), n=self.Y.shape[1]))
        if self.image_shape is not None and int(np.prod(self.image_shape)) != self.X.shape[1]:
            raise DataError(translate(
                "Data", "image shape {shape} does not hold {n} pixels").format(
                    shape=self.image_shape, n=self.X.shape[1]))

    @property
    def n_samples(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        """The number of input units a network for this data needs."""
        return int(self.X.shape[1])

    @property
    def n_outputs(self) -> int:
        """The number of output units a network for this data needs (1 for two classes)."""
        return int(self.Y.shape[1])

    @property
    def n_classes(self) -> int:
        """The number of classes; 0 for regression."""
        return len(self.class_names)

    def labels(self) -> np.ndarray:
        """Integer class labels (n,), indices into ``class_names``; for plots and accuracy."""
        if self.task != "classification":
            raise DataError(translate(
                "Data", "{name} is a regression set: it has no classes").format(
                    name=self.name or translate("Data", "this data set")))
        return labels_of(self.Y)

    def class_counts(self) -> np.ndarray:
        """How many samples each class has, in ``class_names`` order."""
        return np.bincount(self.labels(), minlength=self.n_classes)

    def subset(self, indices: Sequence[int] | np.ndarray) -> Dataset:
        """The same data set restricted to some rows (a split's part, a preview)."""
        indices = np.asarray(indices, dtype=np.int64)
        return replace(self, X=self.X[indices], Y=self.Y[indices])

    def with_inputs(self, X: np.ndarray) -> Dataset:
        """The same targets and meaning with transformed inputs (after normalisation)."""
        return replace(self, X=np.asarray(X, dtype=np.float64))

    def split(self) -> tuple[Dataset, Dataset]:
        """(train, validation) by ``validation_share`` and ``seed``; stratified for classes."""
        from engine.datasets.split import train_validation_split

        return train_validation_split(self, self.validation_share, self.seed)

    def split_rows(self):
        """The row indices of ``split()``'s two parts: (train, validation)."""
        from engine.datasets.split import split_rows

        return split_rows(self, self.validation_share, self.seed)

    def __repr__(self) -> str:
        what = (
            f"{self.n_classes} classes"
            if self.task == "classification"
            else f"{self.n_outputs} target{'s' if self.n_outputs != 1 else ''}"
        )
        image = f", images {self.image_shape[0]}×{self.image_shape[1]}" if self.image_shape else ""
        return (
            f"Dataset({self.name!r}, {self.n_samples} samples × {self.n_features} features, "
            f"{self.task}, {what}{image})"
        )
