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


def run_with_progress(run: Any) -> bool:
    """Drive ``run`` (a session's ``TrainingRun``) to its end under a bar; Ctrl+C ends it
    cleanly at the next report. True when it was interrupted."""
    from tqdm import tqdm

    from engine.batching import batch_size_for, iterations_per_epoch

    config, n = run.config, len(run.data.X)
    n_batches = iterations_per_epoch(n, batch_size_for(config.mode, config.batch_size, n))
    run.trainer.update(report_every=config.report_every
                       or max(1, math.ceil(n_batches / REPORTS_PER_EPOCH)))
    # A diverging run overflows before the trainer sees the non-finite weight and stops it;
    # numpy's warnings about that would bury the one line that explains what happened.
    with StopRequest() as stop, np.errstate(all="ignore"), tqdm(
            total=config.epochs, unit="epoch", file=sys.stderr, desc="training",
            dynamic_ncols=True) as bar:
        reports = run.reports()
        try:
            for report in reports:
                if report.epoch_done:
                    bar.update(1)
                if report.worsened:  # the caller's one line says so (and saves nothing)
                    bar.leave = False
                bar.set_postfix_str(_postfix(run.project_epoch(report), report),
                                    refresh=False)
                if stop.requested:
                    break
        except BaseException:
            bar.leave = False  # the error's one line stands alone, not under a dead bar
            raise
        finally:
            reports.close()
    return stop.requested


def _postfix(epoch: int, report: Any) -> str:
    text = f"epoch {epoch}, loss {report.train_loss:.4g}"
    if report.val_loss is not None:
        text += f", val {report.val_loss:.4g}"
    return text
