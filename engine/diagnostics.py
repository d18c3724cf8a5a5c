"""How backpropagation's signal fares layer by layer: vanishing gradients made visible.

For a batch of samples: the mean |δᵢˡ| of each layer (the error signal that reaches it), the
size ‖∂C/∂Wˡ‖ of its weights' gradient (how fast it learns), the share of its sigmoid or tanh
units that are saturated (σ'(z) ≈ 0, so δ stops there), and the share of its ReLU units that
are dead (no sample makes them active, so they never learn again). ``reading`` says in a
sentence or two what the numbers show.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.text import translate

#: a unit is saturated when its output is this close to an end of its range
SATURATED = 0.01
#: the error signal has vanished when the first layer gets this little of the output's
VANISHED = 1e-2


@dataclass(frozen=True)
class LayerDiagnostics:
    """Arrays over layers 1..L: ``mean_delta`` mean |δᵢˡ|, ``gradient_norm`` ‖∂C/∂Wˡ‖,
    ``saturated`` (NaN where the layer is not sigmoid or tanh) and ``dead`` (NaN where it is
    not ReLU) as shares of the layer's units."""

    mean_delta: np.ndarray
    gradient_norm: np.ndarray
    saturated: np.ndarray
    dead: np.ndarray


def layer_diagnostics(net, trace, grads) -> LayerDiagnostics:
    """The diagnostics of a forward ``trace`` and its backward ``grads`` (``Network``'s)."""
    mean_delta, norms, saturated, dead = [], [], [], []
    for l, layer in enumerate(net.spec.layers, start=1):
        a = trace.activations[l]
        mean_delta.append(float(np.mean(np.abs(grads.deltas[l - 1]))))
        norms.append(float(np.linalg.norm(grads.nabla_w[l - 1])))
        if layer.activation == "sigmoid":
            saturated.append(float(np.mean((a < SATURATED) | (a > 1 - SATURATED))))
        elif layer.activation == "tanh":
            saturated.append(float(np.mean(np.abs(a) > 1 - 2 * SATURATED)))
        else:
            saturated.append(np.nan)
        dead.append(float(np.mean(np.all(a <= 0, axis=0))) if layer.activation == "relu"
                    else np.nan)
    return LayerDiagnostics(*(np.array(values) for values in
                              (mean_delta, norms, saturated, dead)))


def reading(diagnostics: LayerDiagnostics) -> list[str]:
    """What the numbers show, in plain words, a sentence each (the most telling first)."""
    lines = []
    delta = diagnostics.mean_delta
    L = len(delta)
    if L >= 2 and delta[-1] > 0:
        ratio = delta[0] / delta[-1]
        if ratio < VANISHED:
            lines.append(translate(
                "Diagnostics", "The error signal vanishes on its way back: layer 1 gets {ratio} "
                "of what the output layer gets, so the first layers barely learn (vanishing "
                "gradients).").format(ratio=f"{ratio:.1e}"))
        elif ratio > 1 / VANISHED:
            lines.append(translate(
                "Diagnostics", "The error signal grows on its way back: layer 1 gets {ratio} "
                "times the output layer's (exploding gradients): lower η.").format(
                    ratio=f"{ratio:.1e}"))
        else:
            lines.append(translate(
                "Diagnostics", "The error signal reaches every layer (mean |δ| within a factor "
                "{factor} of the output layer's).").format(factor=f"{max(ratio, 1 / ratio):.1f}"))
    for l in range(L):
        if diagnostics.saturated[l] >= 0.5:
            lines.append(translate(
                "Diagnostics", "{share} of layer {l}'s units are saturated: σ'(z) ≈ 0 there, so "
                "δ stops (try smaller weights, normalised inputs, or ReLU).").format(
                    share=f"{diagnostics.saturated[l]:.0%}", l=l + 1))
        if diagnostics.dead[l] > 0:
            lines.append(translate(
                "Diagnostics", "{share} of layer {l}'s ReLU units are dead: no sample activates "
                "them, so they will not learn again (try a smaller η or leaky ReLU).").format(
                    share=f"{diagnostics.dead[l]:.0%}", l=l + 1))
    return lines
