"""The nets a class watches, trained in the window: frames a second, training speed against
headless, the main thread's CPU time per frame, and forward passes on the main thread.

For each workload (XOR 2-4-1 batch Adam; spirals 2-16-16-1 tanh, m = 32; digits
64-32-16-10 relu, m = 32) the main window is opened offscreen at 1280×800 with every dock
shown and the neuron output maps on, and trained for ``--seconds`` of wall time: the worker
on its thread, the views painting each snapshot. Counted meanwhile:

- frames: snapshots applied to the views (the controller's ``progress`` signal);
- epochs: how far the run got, against ``Trainer.fit`` of the same net on the same data for
  about as long, headless in the same process (rounds alternate, medians are printed);
- main-thread CPU per frame: ``time.thread_time()`` of the main thread over the run, divided
  by the frames (applying the snapshot, refreshing the views, painting them offscreen);
- forward passes on the main thread while training (``Network.forward`` counted per thread):
  the target is none, since the worker computes the derived numbers.

Targets (issue "The session"): ≥ 30 frames/s (goal 60), window/headless ≥ 0.80 (goal 0.95),
< 8 ms of main-thread CPU per frame.

    python benchmarks/gui_frames.py [--seconds 4] [--rounds 3] [--workloads xor,spirals,digits]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from engine import TrainConfig, Trainer, datasets
from engine.network import Network
from engine.project.starting import new_project, project_training_data

WORKLOADS = {
    "xor": dict(data=("xor", {}), hidden=[4], activation="tanh",
                config=TrainConfig(mode="batch", optimizer="adam", learning_rate=0.05)),
    "spirals": dict(data=("spirals", {}), hidden=[16, 16], activation="tanh",
                    config=TrainConfig(mode="minibatch", batch_size=32, optimizer="adam",
                                       learning_rate=0.01)),
    "digits": dict(data=("digits", {}), hidden=[32, 16], activation="relu",
                   config=TrainConfig(mode="minibatch", batch_size=32, optimizer="sgd",
                                      learning_rate=0.1)),
}
FOREVER = 10_000_000


def project_for(name: str):
    workload = WORKLOADS[name]
    data_name, params = workload["data"]
    ds = datasets.load(data_name, **params)
    config = dataclasses.replace(workload["config"], epochs=FOREVER)
    project = new_project(ds, workload["hidden"], workload["activation"], seed=0,
                          normalisation="none" if name == "xor" else None, config=config)
    return project, project_training_data(project)


class MainThreadPasses:
    """Counts ``Network.forward`` calls made on the main thread."""

    def __init__(self):
        self.count = 0
        self._original = Network.forward
        counter = self

        def forward(net, X):
            if threading.current_thread() is threading.main_thread():
                counter.count += 1
            return counter._original(net, X)

        Network.forward = forward

    def close(self):
        Network.forward = self._original


def gui_round(window, name: str, seconds: float, passes: MainThreadPasses) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer

    project, data = project_for(name)
    window.document.replace_project(project, data)
    frames = []
    window.training.progress.connect(lambda report: frames.append(report))
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    passes.count = 0
    cpu, start = time.thread_time(), time.perf_counter()
    window.training.train()
    loop.exec()
    elapsed = time.perf_counter() - start
    run = window.training.run
    epochs = run.epochs_finished if run is not None else 0
    cpu = time.thread_time() - cpu
    main_passes = passes.count
    window.training.stop()
    window.training.progress.disconnect()
    window.document.undo_stack.setClean()
    return {"frames": len(frames) / elapsed, "epochs": epochs / elapsed,
            "cpu_per_frame": cpu / max(len(frames), 1), "passes": main_passes}


def headless_round(name: str, seconds: float) -> float:
    """Epochs a second of ``Trainer.fit`` on the same net and data, over about ``seconds``."""
    project, data = project_for(name)
    epochs, elapsed = 8, 0.0
    while elapsed < seconds / 4:  # find an epoch count that takes about the round's time
        epochs *= 4
        net = project.network.copy()
        config = dataclasses.replace(project.config, epochs=epochs)
        start = time.perf_counter()
        Trainer(net, config, task=data.task).fit(data.X, data.Y, data.X_val, data.Y_val)
        elapsed = time.perf_counter() - start
    return epochs / elapsed


def report(window, names: list[str], seconds: float, rounds: int) -> None:
    """Measure ``names`` in ``window`` (shown, 1280×800) and print the table."""
    from gui.training.pace import FASTEST, PACES

    window.action_neuron_maps.setChecked(True)
    window.training.set_pace(PACES[FASTEST])  # full speed: the window against headless
    passes = MainThreadPasses()
    rows = []
    try:
        for name in names:
            gui, headless = [], []
            for _ in range(rounds):
                gui.append(gui_round(window, name, seconds, passes))
                headless.append(headless_round(name, seconds))
            median = {key: statistics.median(r[key] for r in gui) for key in gui[0]}
            rows.append((name, median, statistics.median(headless)))
    finally:
        passes.close()
    print(f"the nets a class watches: {rounds} rounds of {seconds:g} s each, alternating "
          "window and headless; medians")
    print(f"{'net':<9}{'frames/s':>10}{'epochs/s window':>17}{'headless':>11}"
          f"{'window/headless':>17}{'ms CPU/frame':>14}{'main passes':>13}")
    for name, median, headless in rows:
        print(f"{name:<9}{median['frames']:>10.1f}{median['epochs']:>17,.0f}{headless:>11,.0f}"
              f"{median['epochs'] / headless:>17.2f}{1000 * median['cpu_per_frame']:>14.1f}"
              f"{median['passes']:>13.0f}")
    print("targets: ≥ 30 frames/s, window/headless ≥ 0.80, < 8 ms CPU per frame, 0 passes")


def open_window():
    """(app, the main window) as the benchmarks measure it: shown offscreen at 1280×800."""
    from gui import create_main_window
    from gui.app import ensure_application

    app = ensure_application()
    window = create_main_window(restore_layout=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return app, window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workloads", default="xor,spirals,digits")
    args = parser.parse_args()
    _, window = open_window()
    report(window, args.workloads.split(","), args.seconds, args.rounds)
    window.close()


if __name__ == "__main__":
    main()
