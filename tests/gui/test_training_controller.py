"""Training in the background: start, pause, resume, step, stop, live settings, divergence."""


import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.datasets.dataset import Dataset
from engine.project import Project
from engine.project.starting import training_data
from gui.training.controller import State, TrainingController
from tests.gui.training_fixtures import configure


def use(document, network, data):
    document.replace_project(Project(network, document.config, data=data.source),
                             training_data(data, network.spec))


def test_a_run_trains_the_documents_network_and_records_its_history(qtbot, document,
                                                                     controller):
    configure(document, epochs=300)
    before = document.network.loss(document.training.X, document.training.Y)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.train()
    assert ended.args == [None]
    assert controller.state is State.IDLE
    assert len(document.history) == 300
    assert document.history.epoch[-1] == 300
    after = document.network.loss(document.training.X, document.training.Y)
    assert after < before / 2
    assert document.history.train_loss[-1] == pytest.approx(after, rel=0.2)


def test_undo_train_restores_the_weights_and_history(qtbot, document, controller):
    configure(document, epochs=20)
    start = [W.copy() for W in document.network.weights]
    with qtbot.waitSignal(controller.runEnded, timeout=20000):
        controller.train()
    assert document.undo_stack.undoText() == "Train"
    document.undo_stack.undo()
    np.testing.assert_array_equal(document.network.weights[0], start[0])
    assert len(document.history) == 0


def test_a_second_run_continues_the_epoch_count(qtbot, document, controller):
    configure(document, epochs=5)
    for _ in range(2):
        with qtbot.waitSignal(controller.runEnded, timeout=20000):
            controller.train()
    assert document.history.epoch == list(range(1, 11))


def test_pause_resume_and_stop(qtbot, document, controller):
    configure(document, epochs=100_000)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    with qtbot.waitSignal(controller.stateChanged, timeout=10000):
        controller.pause()
    assert controller.state is State.PAUSED
    paused_weights = [W.copy() for W in document.network.weights]
    qtbot.wait(150)
    np.testing.assert_array_equal(document.network.weights[0], paused_weights[0])
    controller.train()
    assert controller.state is State.RUNNING
    with qtbot.waitSignal(controller.progress, timeout=10000):
        pass
    with qtbot.waitSignal(controller.runEnded, timeout=10000):
        controller.stop()
    assert controller.state is State.IDLE
    assert controller.thread is None


def test_step_one_iteration_then_one_epoch(qtbot, document):
    data = datasets.load("moons", n_samples=100, validation_share=0.0)
    spec = NetworkSpec(2, [LayerSpec(5, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    use(document, Network(spec, seed=1), data)
    configure(document, mode="minibatch", batch_size=10, epochs=50)
    controller = TrainingController(document)
    with qtbot.waitSignal(controller.stateChanged, timeout=10000,
                          check_params_cb=lambda s: s is State.PAUSED):
        controller.step("iteration")
    assert controller.last_report.iteration == 1
    assert controller.last_report.iterations_per_epoch == 10
    with qtbot.waitSignal(controller.stateChanged, timeout=10000,
                          check_params_cb=lambda s: s is State.PAUSED):
        controller.step("iteration")
    assert controller.last_report.iteration == 2
    with qtbot.waitSignal(controller.stateChanged, timeout=10000,
                          check_params_cb=lambda s: s is State.PAUSED):
        controller.step("epoch")
    assert controller.last_report.epoch_done
    assert controller.last_report.iteration == 10
    controller.stop()


def test_changing_the_learning_rate_mid_run(qtbot, document, controller):
    configure(document, epochs=100_000, optimizer="sgd", learning_rate=0.1)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    document.set_config(learning_rate=0.003)
    qtbot.waitUntil(lambda: controller.last_report.learning_rate == pytest.approx(0.003),
                    timeout=10000)
    controller.stop()


def test_divergence_ends_the_run_with_a_message_and_finite_weights(qtbot, document,
                                                                   controller):
    data = datasets.load("sine", n_samples=50, validation_share=0.0)
    spec = NetworkSpec(1, [LayerSpec(8, "relu"), LayerSpec(1, "linear")], "mse")
    use(document, Network(spec, seed=0), data)
    configure(document, optimizer="sgd", learning_rate=50.0, epochs=1000)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.train()
    message = ended.args[0]
    assert message and "diverged" in message and "learning rate" in message
    assert all(np.isfinite(W).all() for W in document.network.weights)
    # the run is kept to look at, and the way back is named
    assert message.endswith("Edit ▸ Undo Train puts back the weights from before the run")
    before = [W.copy() for W in document.network.weights]
    document.undo_stack.undo()
    assert not all(np.array_equal(W, B) for W, B in zip(document.network.weights, before,
                                                          strict=True))


def test_a_run_that_ends_worse_than_it_started_says_so_with_the_way_back(qtbot, document,
                                                                          controller):
    """Adam at η = 1000 on targets around 5 wanders far above its start without exploding."""
    X = np.random.default_rng(0).normal(size=(200, 3))
    data = Dataset(X, (X @ [1.0, 2.0, 0.5] + 5).reshape(-1, 1), "regression",
                   feature_names=("a", "b", "c"), target_names=("y",))
    spec = NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse")
    use(document, Network(spec, seed=0), data)
    configure(document, mode="minibatch", batch_size=16, optimizer="adam",
              learning_rate=1000.0, epochs=30)
    with qtbot.waitSignal(controller.runEnded, timeout=20000) as ended:
        controller.train()
    message = ended.args[0]
    assert message.startswith("training made the network worse: the loss ended at ")
    assert "try 0.1" in message
    assert message.endswith("Edit ▸ Undo Train puts back the weights from before the run")
    assert document.history.epoch[-1] == 30  # the run is kept, to look at


def test_an_edit_stops_training_first(qtbot, document, controller):
    configure(document, epochs=100_000)
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    document.aboutToEdit.emit()
    assert controller.state is State.IDLE
    assert controller.thread is None


def test_undo_during_training_stops_and_undoes_the_run(qtbot, document, controller):
    configure(document, epochs=100_000)
    start = [W.copy() for W in document.network.weights]
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    document.undo()
    assert controller.state is State.IDLE
    np.testing.assert_array_equal(document.network.weights[0], start[0])
    assert document.undo_stack.redoText() == "Train"


def test_a_long_history_stays_bounded(document):
    import tracemalloc

    from engine import History, Report

    def report(epoch):
        return Report(epoch=epoch, epochs=100_000, iteration=epoch, iterations_per_epoch=1,
                      epoch_done=True, train_loss=1.0 / epoch, val_loss=None,
                      metrics={"accuracy": 0.5}, learning_rate=0.1, elapsed=0.0,
                      samples_per_second=1.0)

    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for start in range(1, 100_001, 1000):
        chunk = History()
        for epoch in range(start, start + 1000):
            chunk.append(report(epoch))
        document.session.show_progress(document.network.weights, document.network.biases,
                                       chunk)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    history = document.history
    assert len(history) <= 10_000
    assert history.epoch[0] == 1 and history.epoch[-1] == 100_000
    assert history.train_loss[-1] == pytest.approx(1e-5)
    assert grown < 5_000_000


def test_the_interval_runs_from_one_snapshots_start_to_the_next(document):
    """30 snapshots a second means 30, not 30 plus what each frame costs: the next is due
    ``min_interval`` after the last one started (at the report nearest that time)."""
    import time

    from gui.training import loop as worker_module
    from gui.training.loop import TrainingLoop

    worker = TrainingLoop(document.session.start_run(), deliver=lambda report: None)
    sent = []
    worker._send = lambda report: sent.append(report)
    worker.min_interval = 1 / worker_module.MAX_RATE
    # the last snapshot started 31 ms ago and took 20 ms to make and show: due now
    worker._last_sent = time.perf_counter() - 0.031
    worker._maybe_send("report", time.perf_counter())
    assert sent == ["report"]
    worker._last_sent = time.perf_counter() - 0.020  # not yet
    worker._maybe_send("early", time.perf_counter())
    assert sent == ["report"]


def test_snapshots_are_spaced_by_the_screens_share(document):
    from gui.training import loop as worker_module
    from gui.training.loop import TrainingLoop

    worker = TrainingLoop(document.session.start_run(), deliver=lambda report: None)
    worker.snapshot_taken(0.02)  # a long epoch so far (none measured): training first
    share = worker_module.SCREEN_SHARE
    assert worker.min_interval == pytest.approx(0.02 / share)
    worker.snapshot_taken(2.0)  # a slow first frame holds the next one back for so long only
    assert worker.min_interval == worker_module.MAX_INTERVAL
    worker._epoch_seconds = 0.001  # thousands of epochs a second: the animation first
    worker.snapshot_taken(0.04)
    quick = worker_module.QUICK_SCREEN_SHARE
    assert worker.min_interval == pytest.approx(0.04 / quick)
    worker._snapshot_seconds = 0.01  # what making the snapshot took counts too
    worker.snapshot_taken(0.04)
    assert worker.min_interval == pytest.approx(0.05 / quick)
    worker.snapshot_taken(0.0)
    assert worker.min_interval == pytest.approx(1 / worker_module.MAX_RATE)


def test_a_quick_run_keeps_a_lively_frame_rate(qtbot, document, controller):
    frames = []
    controller.progress.connect(lambda report: frames.append(report.epoch))
    configure(document, epochs=1_000_000)
    controller.train()
    qtbot.wait(1500)
    controller.stop()
    assert len(frames) >= 2  # frames keep coming while it runs (not only at the end)
    assert frames[-1] > frames[0]  # and training goes on between them


def test_stop_while_paused_trains_nothing_more(qtbot, document, controller):
    """Paused after one epoch, Stop keeps exactly that epoch: no iteration runs on the way
    out (nor for an Undo, which stops first)."""
    configure(document, epochs=50, mode="batch")
    with qtbot.waitSignal(controller.stateChanged, timeout=10000,
                          check_params_cb=lambda s: s is State.PAUSED):
        controller.step("epoch")
    weights = [W.copy() for W in document.network.weights]
    controller.stop()
    assert document.history.epoch == [1]
    for W, before in zip(document.network.weights, weights, strict=True):
        np.testing.assert_array_equal(W, before)


def test_the_panels_divergence_message_goes_once_the_run_is_undone(qtbot, window):
    from PySide6.QtWidgets import QLabel

    data = datasets.load("sine", n_samples=50, validation_share=0.0)
    spec = NetworkSpec(1, [LayerSpec(8, "relu"), LayerSpec(1, "linear")], "mse")
    use(window.document, Network(spec, seed=0), data)
    configure(window.document, optimizer="sgd", learning_rate=50.0, epochs=1000)
    message = window.findChild(QLabel, "trainingMessage")
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.training.train()
    assert "diverged" in message.text() and not message.isHidden()
    window.document.undo_stack.undo()
    assert message.text() == "" and message.isHidden()
    window.document.undo_stack.setClean()
