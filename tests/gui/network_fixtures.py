"""The small networks the canvas and command tests edit, and the canvas showing them, written
once. The fixtures built on them (``doc``, ``canvas``) are in ``conftest.py``."""

import numpy as np

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.project import Project
from engine.project.starting import fit_problem, training_data
from gui.canvas import NetworkCanvas


def data_for(spec: NetworkSpec, seed: int = 0, n: int = 40):
    """Made-up data a network of ``spec`` fits: its inputs, and the classes (or numbers) its
    output layer gives."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, spec.n_inputs))
    k = spec.n_outputs
    if spec.layers[-1].activation == "linear":
        return datasets.from_arrays(X, rng.normal(size=(n, k)), task="regression",
                                    name="made up")
    classes = 2 if k == 1 else k
    return datasets.from_arrays(X, np.arange(n) % classes,
                                class_names=[f"class {c}" for c in range(classes)],
                                name="made up")


def use_spec(doc, spec: NetworkSpec, seed=1):
    """Make ``doc``'s project a net of ``spec`` with fresh weights drawn from ``seed``, on its
    data if they fit it, else on made-up data that do (the edit history starts afresh)."""
    dataset = doc.dataset if fit_problem(spec, doc.dataset) is None else data_for(spec)
    project = Project(Network(spec, seed=seed), doc.config, data=dataset.source)
    doc.replace_project(project, training_data(dataset, spec))


def use_network(doc, hidden=(4, 4), activation="tanh", outputs=1, out="sigmoid", loss="bce",
                seed=1):
    """Give ``doc`` a 2-(hidden…)-outputs net with fresh weights, and tell its views."""
    spec = NetworkSpec(2, [*(LayerSpec(n, activation) for n in hidden), LayerSpec(outputs, out)],
                       loss)
    use_spec(doc, spec, seed)


def show_canvas(qtbot, doc, width=1000, height=700) -> NetworkCanvas:
    """A canvas on ``doc`` shown at ``width`` × ``height`` (closed after the test): the size
    decides where each neuron lands on screen, so a test that clicks or drops keeps it fixed."""
    view = NetworkCanvas(doc)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view
