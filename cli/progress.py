"""Running a Trainer under a progress bar, stoppable with Ctrl+C at the next report.

The first Ctrl+C only asks to stop: training finishes the iteration it is in, reaches the
next report (the trainer is asked for a report every few iterations, so this is quick even
when an epoch is long), and the network holds the weights of that moment, which the caller
saves. A second Ctrl+C stops at once, without saving. The bar (tqdm, on stderr) shows the
epoch, the loss and the time left.
"""

from __future__ import annotations

import math
import signal
import sys
import threading
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

REPORTS_PER_EPOCH = 20


class StopRequest:
    """While active, Ctrl+C sets ``requested`` instead of raising; a second one raises."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


@dataclass
class RunResult:
    """What a run did: its per-epoch history, and where it stopped if it was interrupted."""

    history: Any
    interrupted: bool
    last_report: Any


def run_with_progress(net: Any, config: Any, task: str, X: Any, Y: Any, X_val: Any,
                      Y_val: Any) -> RunResult:
    """Train ``net`` in place, with a bar; Ctrl+C ends the run cleanly at the next report."""
    from tqdm import tqdm

    from engine import History, Trainer
    from engine.batching import batch_size_for, iterations_per_epoch

    n_batches = iterations_per_epoch(len(X), batch_size_for(config.mode, config.batch_size,
                                                            len(X)))
    every = config.report_every or max(1, math.ceil(n_batches / REPORTS_PER_EPOCH))
    trainer = Trainer(net, replace(config, report_every=every), task=task)
    history, last = History(), None
    # A diverging run overflows before the trainer sees the non-finite weight and stops it;
    # numpy's warnings about that would bury the one line that explains what happened.
    with StopRequest() as stop, np.errstate(all="ignore"), tqdm(
            total=config.epochs, unit="epoch", file=sys.stderr, desc="training",
            dynamic_ncols=True) as bar:
        reports = trainer.run(X, Y, X_val, Y_val)
        try:
            for last in reports:
                if last.epoch_done:
                    history.append(last)
                    bar.update(1)
                bar.set_postfix_str(_postfix(last), refresh=False)
                if stop.requested:
                    break
        except BaseException:
            bar.leave = False  # the error's one line stands alone, not under a dead bar
            raise
        finally:
            reports.close()
    return RunResult(history, stop.requested, last)


def _postfix(report: Any) -> str:
    text = f"epoch {report.epoch}, loss {report.train_loss:.4g}"
    if report.val_loss is not None:
        text += f", val {report.val_loss:.4g}"
    return text
