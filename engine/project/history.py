"""Joining the history of a new training run onto a project's earlier ones.

``Trainer`` counts epochs from 1 in every run; a project's history counts them from its
very first run, so a second run of 10 epochs after a first of 20 shows as epochs 21–30.
A metric only one of the runs reported is padded with None where the other has none.
"""

from __future__ import annotations

from engine import History


def continued_history(earlier: History, run: History) -> History:
    """A new History: ``earlier`` followed by ``run`` with its epochs renumbered after it."""
    offset = earlier.epoch[-1] if earlier.epoch else 0
    names = list(earlier.metrics) + [name for name in run.metrics if name not in earlier.metrics]
    metrics = {
        name: list(earlier.metrics.get(name, [None] * len(earlier)))
        + list(run.metrics.get(name, [None] * len(run)))
        for name in names
    }
    return History(
        epoch=list(earlier.epoch) + [offset + epoch for epoch in run.epoch],
        train_loss=list(earlier.train_loss) + list(run.train_loss),
        val_loss=list(earlier.val_loss) + list(run.val_loss),
        learning_rate=list(earlier.learning_rate) + list(run.learning_rate),
        elapsed=list(earlier.elapsed) + list(run.elapsed),
        metrics=metrics,
        stop_reason=run.stop_reason if len(run) else earlier.stop_reason,
        best_epoch=(offset + run.best_epoch if run.best_epoch is not None
                    else None if len(run) else earlier.best_epoch),
        message=run.message if len(run) else earlier.message,
    )
