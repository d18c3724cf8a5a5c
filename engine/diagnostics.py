"""How backpropagation's signal fares layer by layer: vanishing gradients made visible.

For a batch of samples: the mean |δᵢˡ| of each layer (the error signal that reaches it), the
size ‖∂C/∂Wˡ‖ of its weights' gradient (how fast it learns), the share of its sigmoid or tanh
units that are saturated (σ'(z) ≈ 0, so δ stops there), and the share of its ReLU units that
are dead (no sample makes them active, so they never learn again). ``reading`` says in a
sentence or two what the numbers show.

A saturated *output* layer is another matter when the cost was made for it (sigmoid with
bce, softmax with cce): there σ'(zᴸ) cancels and δᴸ = aᴸ − y, so outputs near 0 or 1 do not
stop δ; they are usually a net that is sure of its answers, and the reading says so rather
than warn a student that a working net is broken.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine import costs
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
    #: the cost was made for the output activation (bce after sigmoid, cce after softmax):
    #: δᴸ = aᴸ − y, so a saturated output layer does not stop δ
    output_fused: bool = False


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
    fused = costs.get(net.spec.loss).requires_activation == net.spec.layers[-1].activation
    return LayerDiagnostics(*(np.array(values) for values in
                              (mean_delta, norms, saturated, dead)), output_fused=fused)


def reading(diagnostics: LayerDiagnostics) -> list[str]:
    """What the numbers show, in plain words, a sentence each (the most telling first)."""
    lines = []
    delta = diagnostics.mean_delta
    L = len(delta)
    if L >= 2 and not np.any(delta > 0):
        lines.append(translate(
            "Diagnostics", "δ is 0 in every layer: there is no error signal to carry back (a "
            "step output's σ'(z) is 0 wherever it is defined, so gradient descent cannot "
            "train it; or every output is exactly right)."))
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
                "Diagnostics", "The error signal reaches every layer: layer 1's mean |δ| is "
                "within a factor {factor} of the output layer's (a vanishing signal is {far} "
                "times smaller or more).").format(factor=f"{max(ratio, 1 / ratio):.1f}",
                                                  far=f"{1 / VANISHED:.0f}"))
    for l in range(L):
        if l == L - 1 and diagnostics.output_fused and diagnostics.saturated[l] >= 0.5:
            lines.append(translate(
                "Diagnostics", "{share} of the output layer's units are near 0 or 1. With this "
                "cost δᴸ = aᴸ − y, so that does not stop δ: it is small only where the outputs "
                "are right.").format(share=f"{diagnostics.saturated[l]:.0%}"))
        elif diagnostics.saturated[l] >= 0.5:
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
