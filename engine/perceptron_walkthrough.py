"""The perceptron rule on one sample, stage by stage, for the stepper (see ``engine.perceptron``).

    1. input     a⁰ = x
    2. forward   z¹ = W¹a⁰ + b¹,  a¹ = H(z¹)       (H the Heaviside step, the notes' sgn)
    3. error     y − a¹                          (0 where the neuron was right)
    4. update    W¹ ← W¹ + η(y − a¹)(a⁰)ᵀ,  b¹ ← b¹ + η(y − a¹)

A network of one layer of step neurons is trained by this rule, not by gradient descent (its
σ' is 0 everywhere): the stepper walks through what training does. Every neuron is a
perceptron of its own; each row of the update is ``perceptron.perceptron_step``'s, the rule
as training applies it. The rule learns from one sample at a time, so a walk is of one.
"""

from __future__ import annotations

import numpy as np

from engine.arrays import as_inputs
from engine.backprop_walkthrough import Stage
from engine.perceptron import perceptron_step
from engine.text import translate

KINDS = ("input", "forward", "perceptron_error", "perceptron_update")


def perceptron_walkthrough(net, X, Y, learning_rate: float) -> list[Stage]:
    """The stages of the perceptron rule on the first row of ``X`` and ``Y`` (the inputs as
    the network takes them, normalised), with η = ``learning_rate``; the network is left as
    it is. Per-sample arrays have one row, as the gradient walkthrough's do."""
    X = as_inputs(X, net.spec.n_inputs, net.dtype)[:1]
    Y = net._targets(Y, len(X))[:1]
    W, b = net.weights[0], net.biases[0]
    trace = net.forward(X)
    z, a = trace.zs[0], trace.activations[1]
    rows = [perceptron_step(W[i], b[i], X[0], Y[0, i], learning_rate) for i in range(len(W))]
    W_after = np.array([row[0] for row in rows], dtype=W.dtype).reshape(W.shape)
    b_after = np.array([row[1] for row in rows], dtype=b.dtype)
    error = np.array([[row[3] for row in rows]], dtype=W.dtype)
    wrong = int(np.count_nonzero(error))
    return [
        Stage("input", 0, r"a^{0} = x", {"a": trace.activations[0]}),
        Stage("forward", 1, r"z^{1} = W^{1} a^{0} + b^{1},\quad a^{1} = H(z^{1})",
              {"a_prev": X, "W": W.copy(), "b": b.copy(), "z": z, "a": a},
              translate("Walkthrough", "H is the Heaviside step (the notes' sgn): 1 where "
                        "z ≥ 0, else 0")),
        Stage("perceptron_error", 1, r"y - a^{1}", {"a": a, "y": Y, "error": error},
              translate("Walkthrough", "the neuron was right: y − a = 0, and the rule "
                        "leaves its weights as they are") if not wrong else
              translate("Walkthrough", "y − a is +1 where the output should have been 1, "
                        "−1 where it should have been 0")),
        Stage("perceptron_update", 1,
              r"W^{1} \leftarrow W^{1} + \eta\,(y - a^{1})\,(a^{0})^{T},\quad "
              r"b^{1} \leftarrow b^{1} + \eta\,(y - a^{1})",
              {"eta": np.asarray(learning_rate), "W_before": W.copy(), "b_before": b.copy(),
               "error": error, "x": X, "W": W_after, "b": b_after},
              translate("Walkthrough", "Rosenblatt's rule: a wrong neuron's weights move "
                        "towards the right answer by η x; gradient descent cannot train a "
                        "step neuron, whose σ' is 0")),
    ]
