"""The small 2-input networks the canvas and command tests edit, written once."""

from engine import LayerSpec, Network, NetworkSpec


def use_network(doc, hidden=(4, 4), activation="tanh", outputs=1, out="sigmoid", loss="bce",
                seed=1):
    """Give ``doc`` a 2-(hidden…)-outputs net with fresh weights, and tell its views."""
    spec = NetworkSpec(2, [*(LayerSpec(n, activation) for n in hidden), LayerSpec(outputs, out)],
                       loss)
    doc.network = Network(spec, seed=seed)
    doc.specChanged.emit()
    doc.weightsChanged.emit()
