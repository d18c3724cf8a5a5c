"""Training in a process of its own (Linux): the same numbers as training here, the same
requests, and a child that dies ends the run with a message and keeps what was shown."""

import os
import signal
import sys

import numpy as np
import pytest

from engine import Trainer
from gui.training import training_process
from gui.training.controller import State
from gui.training.training_process import ProcessTrainingWorker
from gui.training.worker import TrainingWorker
from tests.gui.training_fixtures import configure

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the window trains in a process of its own on Linux")


def test_the_window_trains_in_a_child_process_on_the_same_trajectory(qtbot, document,
                                                                     controller):
    configure(document, epochs=200, mode="minibatch", batch_size=2, optimizer="adam")
    expected = document.network.copy()
    Trainer(expected, document.config, task=document.training.task).fit(
        document.training.X, document.training.Y)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.train()
        worker = controller.worker
        assert isinstance(worker, ProcessTrainingWorker)
    assert ended.args == [None]
    assert worker.child_pid not in (None, os.getpid())
    for W, W_expected in zip(document.network.weights, expected.weights, strict=True):
        np.testing.assert_array_equal(W, W_expected)
    assert document.history.epoch == list(range(1, 201))
    assert document.undo_stack.undoText() == "Train"


def test_pause_step_and_stop_reach_the_child(qtbot, document, controller):
    configure(document, epochs=1_000_000)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    with qtbot.waitSignal(controller.stateChanged, timeout=10000):
        controller.pause()
    assert controller.state is State.PAUSED
    epoch = document.history.last_epoch()
    with qtbot.waitSignal(controller.stateChanged, timeout=10000):
        controller.step("epoch")
    qtbot.waitUntil(lambda: controller.state is State.PAUSED, timeout=10000)
    qtbot.waitUntil(lambda: document.history.last_epoch() == epoch + 1, timeout=10000)
    with qtbot.waitSignal(controller.runEnded, timeout=10000) as ended:
        controller.stop()
    assert ended.args == [None]
    assert document.history.last_epoch() == epoch + 1
    assert controller.state is State.IDLE


def test_a_setting_changed_while_training_reaches_the_child(qtbot, document, controller):
    configure(document, epochs=1_000_000, optimizer="sgd", momentum=0.0)
    seen = []
    controller.progress.connect(
        lambda report: seen.append([W.copy() for W in document.network.weights]))
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    document.set_config(learning_rate=1e-300)
    # once the child trains at a rate far below a weight's last digit, they stop moving
    qtbot.waitUntil(lambda: len(seen) >= 2 and all(
        np.array_equal(a, b) for a, b in zip(seen[-1], seen[-2], strict=True)), timeout=10000)
    controller.stop()
    assert document.config.learning_rate == 1e-300


def test_a_child_that_dies_ends_the_run_with_a_message_and_keeps_the_weights(
        qtbot, document, controller):
    configure(document, epochs=1_000_000)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    worker = controller.worker
    run, absorb = worker.run_, worker.run_.absorb
    sent = []

    def absorbing(progress):  # on the relay thread: the weights the child sent last
        sent.append([W.copy() for W in progress.weights])
        absorb(progress)

    run.absorb = absorbing
    qtbot.waitUntil(lambda: len(sent) >= 2, timeout=10000)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        os.kill(worker.child_pid, signal.SIGKILL)
    assert "training process ended unexpectedly" in ended.args[0]
    assert controller.state is State.IDLE
    for W, W_sent in zip(document.network.weights, sent[-1], strict=True):
        np.testing.assert_array_equal(W, W_sent)
    assert document.history.last_epoch() > 0
    assert document.undo_stack.undoText() == "Train"


def test_the_child_and_the_window_use_one_blas_thread_while_it_trains():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    blas = [info for info in threadpoolctl.threadpool_info() if info["user_api"] == "blas"]
    if not blas:
        pytest.skip("numpy's BLAS is not one threadpoolctl knows")
    before = [info["num_threads"] for info in blas]
    with training_process.one_blas_thread():
        inside = [info["num_threads"] for info in threadpoolctl.threadpool_info()
                  if info["user_api"] == "blas"]
    after = [info["num_threads"] for info in threadpoolctl.threadpool_info()
             if info["user_api"] == "blas"]
    assert inside == [1] * len(blas) and after == before


def test_thread_training_is_still_there_when_asked_for(qtbot, document, controller,
                                                       monkeypatch):
    monkeypatch.setenv("BACKPROP_STUDIO_TRAIN_IN", "thread")
    assert not training_process.trains_apart()
    configure(document, epochs=20)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.train()
        assert isinstance(controller.worker, TrainingWorker)
    assert ended.args == [None]
    assert document.history.epoch[-1] == 20


def test_a_child_that_does_not_stop_is_ended_and_the_user_told(qtbot, document, controller,
                                                                 monkeypatch):
    monkeypatch.setattr(training_process, "STOP_GRACE_SECONDS", 0.3)
    configure(document, epochs=1_000_000)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    os.kill(controller.worker.child_pid, signal.SIGSTOP)  # hangs: it hears nothing more
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.stop()
    assert "did not stop within 0.3 s" in ended.args[0]
    assert controller.state is State.IDLE
    assert document.history.last_epoch() > 0


def test_the_child_leaves_the_window_one_core(monkeypatch):
    for cores, threads in ((1, 1), (2, 1), (8, 7)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid, n=cores: set(range(n)))
        assert training_process.child_blas_threads() == threads
