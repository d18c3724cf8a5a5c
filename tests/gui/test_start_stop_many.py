"""Started and stopped a hundred times in quick succession, training leaves no thread behind
and no memory growing (the conftest fails any test that leaves a QThread running)."""

import dataclasses
import gc
import tracemalloc

from PySide6.QtCore import QCoreApplication, QEvent, QThread

from gui.document import Document
from gui.training.controller import State, TrainingController
from gui.training.pace import PACES


def test_start_and_stop_a_hundred_times(qtbot):
    document = Document()
    document.session.config = dataclasses.replace(document.config, epochs=1_000_000)
    controller = TrainingController(document)
    # a slow pace: each start trains an epoch or so before its stop, so what the undo steps
    # keep (the history before and after each) does not grow with how fast the machine is
    controller.set_pace(PACES[0])

    def cycle(times: int) -> None:
        for _ in range(times):
            controller.train()
            controller.stop()
            assert controller.state is State.IDLE and controller.thread is None
        QCoreApplication.processEvents()
        # the undo steps keep each run's history before and after it, by design (they grow
        # with the epochs trained, about 20 kB a cycle here): they go, so a leak stands out
        document.undo_stack.clear()
        # what the runs left to delete later, and their cycles, go now: a leak stays
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    cycle(20)  # warm up: caches, the first Derived, Qt's own allocations
    tracemalloc.start()
    cycle(30)  # what tracing itself and the caches it sees first take, before counting
    before = tracemalloc.take_snapshot()
    cycle(100)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = after.compare_to(before, "filename")
    grown = sum(stat.size_diff for stat in stats)
    # each cycle adds an epoch or so to the history (about 2 kB): allow for that, but not
    # for a thread's, a process's or a network's worth per cycle
    top = sorted(stats, key=lambda stat: -stat.size_diff)[:5]
    assert grown < 100 * 5_000, f"{grown:,} bytes more after 100 starts and stops: {top}"
    assert not any(thread.isRunning() for thread in controller.findChildren(QThread))
    document.undo_stack.clear()
