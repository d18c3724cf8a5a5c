"""Write the lessons' projects: ``python -m tools.make_lessons`` (``resources/lessons/``).

Each lesson is built as a user would build it, through the engine's own session: a new
project on a built-in data set, then the session's edits (activations, weights, settings),
then ``Session.save``. So the files are always in the project format of the day; run this
again when the format changes (``tests/engine/test_lesson_files.py`` fails when a file is not
what this script makes).

The guides beside them (``<name>.en.html``, ``<name>.zh_CN.html``) are written by hand; what
they say happens is checked by that test, on the projects made here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from engine import datasets
from engine.config import TrainConfig
from engine.project.starting import new_project
from engine.session import Session

ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = ROOT / "resources" / "lessons"
PROJECT_SUFFIX = ".bps.json"


def one_neuron() -> Session:
    """§一.3: the M-P neuron. One step neuron with w = (1, 1) and θ = 1.5 (b = −1.5) computes
    AND; θ = 0.5 computes OR. Inputs raw 0/1, so θ is read in the inputs' own units."""
    config = TrainConfig(mode="batch", learning_rate=0.5, epochs=20, shuffle=False)
    session = Session(new_project(datasets.load("and"), hidden=[], loss="mse", seed=0,
                                  normalisation="none", config=config))
    session.set_activation(1, "step")
    session.set_config(mode="perceptron")  # once the neuron is a step neuron
    session.set_weight(1, 0, 0, 1.0)
    session.set_weight(1, 0, 1, 1.0)
    session.set_bias(1, 0, -1.5)
    return session


def xor_hidden_layer() -> Session:
    """§一.5: XOR with no hidden layer. One sigmoid neuron draws one straight line; trained
    by batch gradient descent on the cross-entropy it ends at a = 0.5 everywhere."""
    config = TrainConfig(mode="batch", optimizer="sgd", learning_rate=0.5, epochs=1000,
                         shuffle=False)
    return Session(new_project(datasets.load("xor"), hidden=[], seed=0, normalisation="none",
                               config=config))


def step_gradient() -> Session:
    """§一.4: the step function is not differentiable at 0 and flat elsewhere, so gradient
    descent refuses it; the perceptron rule trains it. OR, from weights that get it wrong."""
    config = TrainConfig(mode="batch", optimizer="sgd", learning_rate=2.0, epochs=100,
                         shuffle=False)
    session = Session(new_project(datasets.load("or"), hidden=[], loss="mse", seed=0,
                                  normalisation="none", config=config))
    session.set_activation(1, "step")
    session.set_weight(1, 0, 0, -0.5)
    session.set_weight(1, 0, 1, 0.5)
    session.set_bias(1, 0, -1.0)
    return session


def vanishing_gradients() -> Session:
    """§三.4 and §一.6: a deep net (five hidden layers) of sigmoid neurons; σ' ≤ ¼, so δ
    shrinks layer by layer on its way back to layer 1."""
    config = TrainConfig(mode="minibatch", batch_size=16, optimizer="sgd", learning_rate=0.5,
                         epochs=200, seed=0)
    data = datasets.load("circles", n_samples=200, noise=0.05, seed=0)
    return Session(new_project(data, hidden=[6, 6, 6, 6, 6], activation="sigmoid", seed=0,
                               config=config))


def batch_sizes() -> Session:
    """§三.4 ⑤–⑦: batch, stochastic and mini-batch gradient descent on the same net and data.
    200 moons, 160 of them for training: 1, 160 or ⌈160/16⌉ = 10 iterations per epoch."""
    config = TrainConfig(mode="minibatch", batch_size=16, optimizer="sgd", learning_rate=0.1,
                         epochs=50, seed=0)
    data = datasets.load("moons", n_samples=200, noise=0.1, seed=0)
    return Session(new_project(data, hidden=[8], activation="tanh", seed=0, config=config))


def softmax_classes() -> Session:
    """§一.5 ③: a softmax output layer for several classes, with the cross-entropy cost."""
    config = TrainConfig(mode="minibatch", batch_size=16, optimizer="sgd", learning_rate=0.2,
                         epochs=100, seed=0)
    data = datasets.load("clusters", n_samples=300, n_classes=4, noise=0.1, seed=0)
    return Session(new_project(data, hidden=[6], activation="tanh", seed=0, config=config))


#: the lessons in the course's order: name -> how its project is made
LESSONS: dict[str, Callable[[], Session]] = {
    "one_neuron": one_neuron,
    "xor_hidden_layer": xor_hidden_layer,
    "step_gradient": step_gradient,
    "vanishing_gradients": vanishing_gradients,
    "batch_sizes": batch_sizes,
    "softmax_classes": softmax_classes,
}


def lesson_path(name: str, folder: Path = LESSONS_DIR) -> Path:
    return folder / (name + PROJECT_SUFFIX)


def build(name: str) -> Session:
    """The lesson's project as a fresh session (nothing trained, the edit history clean)."""
    session = LESSONS[name]()
    session.name = name.replace("_", " ")
    return session


def comparable(document: dict) -> dict:
    """A project document without what changes from one program version to the next."""
    return {key: value for key, value in document.items() if key != "saved_by"}


def write_all(folder: Path = LESSONS_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in LESSONS:
        path = lesson_path(name, folder)
        build(name).save(path)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else LESSONS_DIR
    for path in write_all(folder):
        with open(path, encoding="utf-8") as file:
            json.load(file)  # written and readable
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
