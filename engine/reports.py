"""What training tells its caller: a ``Report`` at each yield, a ``History`` at the end."""

from dataclasses import dataclass, field

import numpy as np

STOP_REASONS = ("epochs", "target_loss", "early_stopping", "converged", "not_separable")


@dataclass(frozen=True)
class Report:
    """Where training stands, yielded by ``Trainer.run()``.

    ``epoch`` counts from 1 and is the epoch in progress (or just finished, when
    ``epoch_done``); ``iteration`` counts the updates of this run so far, all epochs together.
    ``train_loss`` is the mean C_x over the samples of this epoch seen so far, each taken at
    the weights its batch was trained from (the whole epoch's mean when ``epoch_done``);
    ``val_loss`` is C over the validation data at the epoch's end (None on the reports
    within an epoch, which come often and must stay cheap), and likewise the "val_" metrics.
    ``metrics`` holds "accuracy" and "val_accuracy" for classification or "r2" and "val_r2"
    for regression (the perceptron adds "errors", its misclassified samples this epoch).
    ``elapsed`` is the seconds spent training in this run, not counting the time the caller
    held the generator between yields; ``samples_per_second`` is measured since the last
    report. ``stop_reason`` is set on the last report only: "epochs", "target_loss",
    "early_stopping", "converged" or "not_separable" (the perceptron rule).
    """

    epoch: int
    epochs: int
    iteration: int
    iterations_per_epoch: int
    epoch_done: bool
    train_loss: float
    val_loss: float | None
    metrics: dict
    learning_rate: float
    elapsed: float
    samples_per_second: float
    stop_reason: str | None = None
    best_epoch: int | None = None
    message: str | None = None
    confusion: np.ndarray | None = None

    def __repr__(self):
        val = "" if self.val_loss is None else f", val_loss={self.val_loss:.6g}"
        stop = "" if self.stop_reason is None else f", stop_reason={self.stop_reason!r}"
        return (f"Report(epoch={self.epoch}/{self.epochs}, iteration={self.iteration}, "
                f"train_loss={self.train_loss:.6g}{val}{stop})")


@dataclass
class History:
    """The end-of-epoch reports of a run, as lists with one entry per epoch."""

    epoch: list = field(default_factory=list)
    train_loss: list = field(default_factory=list)
    val_loss: list = field(default_factory=list)
    learning_rate: list = field(default_factory=list)
    elapsed: list = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    stop_reason: str | None = None
    best_epoch: int | None = None
    message: str | None = None

    def append(self, report):
        """Add an end-of-epoch report."""
        self.epoch.append(report.epoch)
        self.train_loss.append(report.train_loss)
        self.val_loss.append(report.val_loss)
        self.learning_rate.append(report.learning_rate)
        self.elapsed.append(report.elapsed)
        for name, value in report.metrics.items():
            self.metrics.setdefault(name, []).append(value)
        self.stop_reason = report.stop_reason
        self.best_epoch = report.best_epoch
        self.message = report.message

    def __len__(self):
        return len(self.epoch)

    def to_dict(self):
        return {"epoch": list(self.epoch), "train_loss": list(self.train_loss),
                "val_loss": list(self.val_loss), "learning_rate": list(self.learning_rate),
                "elapsed": list(self.elapsed),
                "metrics": {name: list(values) for name, values in self.metrics.items()},
                "stop_reason": self.stop_reason, "best_epoch": self.best_epoch,
                "message": self.message}

    @classmethod
    def from_dict(cls, data):
        return cls(**{name: data[name] for name in cls.__dataclass_fields__ if name in data})

    def copy(self):
        return History.from_dict(self.to_dict())

    def thin(self):
        """Keep every other epoch (and always the last one), in place.

        A long run in the GUI calls this whenever its history grows past a bound, so 100,000
        epochs of a small net cost a few MB, not a few hundred: the curve keeps its shape,
        the early epochs get sparser, and the latest stays exact.
        """
        n = len(self.epoch)
        keep = list(range(0, n, 2))
        if n and keep[-1] != n - 1:
            keep.append(n - 1)
        for name in ("epoch", "train_loss", "val_loss", "learning_rate", "elapsed"):
            values = getattr(self, name)
            setattr(self, name, [values[k] for k in keep])
        self.metrics = {name: [values[k] for k in keep] if len(values) == n else values
                        for name, values in self.metrics.items()}
