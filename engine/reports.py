"""What training tells its caller: a ``Report`` at each yield, a ``History`` at the end
(``engine.history``, re-exported here)."""

from dataclasses import dataclass

import numpy as np

from engine.history import History

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
    ``metrics`` holds "accuracy" and "val_accuracy" for classification ("subset_accuracy"
    and "val_subset_accuracy" for multi-label sigmoid outputs, see ``engine.metrics``) or
    "r2" and "val_r2" for regression (the perceptron adds "errors", its misclassified
    samples this epoch).
    ``elapsed`` is the seconds spent training in this run, not counting the time the caller
    held the generator between yields; ``samples_per_second`` is measured since the last
    report. ``stop_reason`` is set on the last report only: "epochs", "target_loss",
    "early_stopping", "converged" or "not_separable" (the perceptron rule). ``worsened``,
    on the last report only: the run ended with the network worse than one that knows
    nothing (``engine.divergence``), and ``message`` says so.
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
    worsened: bool = False

    def __repr__(self):
        val = "" if self.val_loss is None else f", val_loss={self.val_loss:.6g}"
        stop = "" if self.stop_reason is None else f", stop_reason={self.stop_reason!r}"
        return (f"Report(epoch={self.epoch}/{self.epochs}, iteration={self.iteration}, "
                f"train_loss={self.train_loss:.6g}{val}{stop})")


__all__ = ["STOP_REASONS", "History", "Report"]
