"""What the canvas writes for a stage of the stepper: the numbers known by then.

Going forward, each neuron gets its a (and the current layer its z too); from the output error
back, δ; the gradient stage draws its layer's connections by ∂C/∂Wˡ and the update stage by the
new Wˡ. Per-sample numbers are the first sample's (the worked formula's).
"""

from __future__ import annotations

from engine.notation import format_number
from gui.canvas.overlay import Overlay


def stage_overlay(stage, stages: list, index: int, neuron: int = 0,
                  normalised: bool = False) -> Overlay:
    """The ``Overlay`` for ``stages[index]`` (``stage``); ``normalised``: the inputs the
    network takes are the data's normalised, so they are written a⁰, not x (the inspector's x
    is the raw sample: "x = 0.05686" beside "x = (0.002458, 0.2962)", tester)."""
    forward = [s for s in stages[:index + 1] if s.kind in ("input", "forward")]
    errors = [s for s in stages[:index + 1] if s.kind in ("output_error", "backward")]
    texts: dict[tuple[int, int], str] = {}
    for s in forward:
        for i, a in enumerate(s.values["a"][0]):
            name = ("a⁰" if normalised else "x") if s.kind == "input" else "a"
            texts[(s.layer, i)] = f"{name} = {format_number(float(a))}"
    if stage.kind == "forward":
        for i, (z, a) in enumerate(zip(stage.values["z"][0], stage.values["a"][0],
                                       strict=True)):
            texts[(stage.layer, i)] = (f"z = {format_number(float(z))}\n"
                                       f"a = {format_number(float(a))}")
    for s in errors:
        for i, delta in enumerate(s.values["delta"][0]):
            texts[(s.layer, i)] = f"δ = {format_number(float(delta))}"
    if stage.kind in ("perceptron_error", "perceptron_update"):
        for i, error in enumerate(stage.values["error"][0]):
            texts[(stage.layer, i)] = f"y − a = {format_number(float(error))}"
    edges = None
    if stage.kind == "gradient":
        edges = (stage.layer, stage.values["dW"])
        for i, db in enumerate(stage.values["db"]):
            texts[(stage.layer, i)] = f"∂C/∂b = {format_number(float(db))}"
    elif stage.kind in ("update", "perceptron_update"):
        edges = (stage.layer, stage.values["W"])
        for i, b in enumerate(stage.values["b"]):
            texts[(stage.layer, i)] = f"b ← {format_number(float(b))}"
    return Overlay(texts=texts, layer=stage.layer, edges=edges,
                   edges_kind={"update": "update", "perceptron_update": "perceptron_update"}
                   .get(stage.kind, "gradient"))
