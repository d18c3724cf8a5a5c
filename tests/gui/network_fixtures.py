"""The small 2-input networks the canvas and command tests edit, and the canvas showing them,
written once. The fixtures built on them (``doc``, ``canvas``) are in ``conftest.py``."""

from engine import LayerSpec, Network, NetworkSpec
from gui.canvas import NetworkCanvas


def use_spec(doc, spec: NetworkSpec, seed=1):
    """Give ``doc`` a net of ``spec`` with fresh weights drawn from ``seed``, and tell its views."""
    doc.network = Network(spec, seed=seed)
    doc.specChanged.emit()
    doc.weightsChanged.emit()


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
