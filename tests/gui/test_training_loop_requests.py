"""A training loop that fetches its requests itself (as the training process's does, with no
second thread to listen): between reports it asks for them, and while paused it spends its
wait asking, so pause, step and stop work as they do from another thread."""

from engine import datasets
from engine.session import Session
from gui.training.loop import TrainingLoop


def test_the_loop_takes_its_own_requests_between_reports_and_while_paused():
    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=1_000_000, mode="batch")
    run = session.start_run()
    asked, paused_at = [], []

    def take_requests(timeout):
        asked.append(timeout)
        if len(asked) == 3:
            loop.request_pause()
        elif timeout > 0 and len(paused_at) == 1 and loop._step is None:
            loop.request_step("epoch")
        elif timeout > 0 and len(paused_at) == 2:
            loop.request_stop()

    loop = TrainingLoop(run, deliver=lambda report: None, wait_for_screen=False,
                        on_paused=lambda: paused_at.append(run.epochs_finished),
                        take_requests=take_requests)
    last = loop.train()
    assert len(paused_at) == 2 and paused_at[1] == paused_at[0] + 1
    assert any(timeout > 0 for timeout in asked)  # the pauses were spent asking
    assert last.epoch == paused_at[1] and run.epochs_finished == paused_at[1]


def test_a_pace_of_iterations_chosen_mid_run_waits_for_one_iteration_not_the_whole_run():
    """The slider moved to "1 iteration/s" after 100 epochs of 320 iterations: the loop
    waited for the 32,000 iterations already done, a run frozen for hours (tester)."""
    import time

    from gui.training.pace import Pace

    session = Session()
    session.set_data(datasets.load("xor"), fit_network=True)
    session.set_config(epochs=1_000_000, mode="stochastic")
    run = session.start_run()
    waits, paced = [], []

    def deliver(report):
        if paced:
            paced.append(report.iteration)
            if len(paced) == 4:
                loop.request_stop()
        elif report.iteration > 500:
            paced.append(report.iteration)
            loop.request_pace(Pace("iteration", 50.0))
        loop.snapshot_taken()  # as the screen does once it has shown a report

    loop = TrainingLoop(run, deliver=deliver, wait_for_screen=False)
    real_wait = loop._wait

    def timed_wait(event, timeout):
        waits.append(timeout)
        return real_wait(event, min(timeout, 0.05))

    loop._wait = timed_wait
    start = time.perf_counter()
    loop.train()
    assert len(paced) == 4 and paced[0] > 500
    assert waits and max(waits) < 1.0, max(waits)  # a few iterations at 50/s, not hours
    assert time.perf_counter() - start < 30
