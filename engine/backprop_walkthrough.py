"""The notes' backpropagation algorithm (§三.4, 反向传播算法), stage by stage, with its numbers.

    1. input          a⁰ = x
    2. forward        zˡ = Wˡaˡ⁻¹ + bˡ,  aˡ = σ(zˡ)            for l = 1 … L
    3. output_error   δᴸ = ∇ₐC ⊙ σ'(zᴸ)
    4. backward       δˡ = ((Wˡ⁺¹)ᵀδˡ⁺¹) ⊙ σ'(zˡ)               for l = L−1 … 1
    5. gradient       ∂C/∂wᵢⱼˡ = aⱼˡ⁻¹δᵢˡ,  ∂C/∂bᵢˡ = δᵢˡ        for l = 1 … L
    6. update         Wˡ ← Wˡ − η ∂C/∂Wˡ,  bˡ ← bˡ − η ∂C/∂bˡ   for l = 1 … L

``walkthrough(net, X, Y, learning_rate)`` returns these stages for the samples given (one, or
a small mini-batch), each with the notes' formula in LaTeX and its numbers. Per-sample arrays
have one row per sample: δ is the notes' δ^{x,l} = ∂Cₓ/∂zˡ of each sample x; the gradient of
a mini-batch is the mean over its m samples, (1/m) Σₓ δ^{x,l}(a^{x,l−1})ᵀ, as in the notes'
mini-batch algorithm. The stepper only draws this; every number comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.arrays import as_inputs
from engine.text import translate

KINDS = ("input", "forward", "output_error", "backward", "gradient", "update")


@dataclass(frozen=True)
class Stage:
    """One step of the algorithm: its ``kind`` (one of ``KINDS``), the ``layer`` l it is
    about, the notes' ``formula`` (LaTeX, for matplotlib's mathtext), its ``values`` (numpy
    arrays, per sample where they have rows) and a ``note`` saying why, where there is more
    to say (the fused output error, the averaging of a mini-batch)."""

    kind: str
    layer: int
    formula: str
    values: dict = field(default_factory=dict)
    note: str = ""

    def __repr__(self):
        return f"Stage({self.kind}, layer {self.layer}, {sorted(self.values)})"


def walkthrough(net, X, Y, learning_rate: float) -> list[Stage]:
    """The stages of one step of gradient descent on the rows of ``X`` and ``Y`` (the
    inputs as the network takes them, normalised), with learning rate η = ``learning_rate``.
    The network itself is left as it is."""
    X = as_inputs(X, net.spec.n_inputs, net.dtype)
    Y = net._targets(Y, len(X))
    m, L = len(X), net.n_layers
    trace = net.forward(X)
    grads = net.backward(trace, Y)
    stages = [Stage("input", 0, r"a^{0} = x", {"a": trace.activations[0]})]
    for l in range(1, L + 1):
        # softmax is no function of each zᵢ alone: written out, not as σ(zᵢ) (σ(1.079) =
        # 0.2167 read as a wrong sigmoid, tester)
        softmax = net.layer_activations[l - 1].name == "softmax"
        activation = r"\mathrm{softmax}" if softmax else r"\sigma"
        stages.append(Stage(
            "forward", l, rf"z^{{{l}}} = W^{{{l}}} a^{{{l - 1}}} + b^{{{l}}},\quad "
                          rf"a^{{{l}}} = {activation}(z^{{{l}}})",
            {"a_prev": trace.activations[l - 1], "W": net.weights[l - 1].copy(),
             "b": net.biases[l - 1].copy(), "z": trace.zs[l - 1],
             "a": trace.activations[l], "softmax": softmax,
             "activation": net.layer_activations[l - 1].name}))
    stages.append(_output_error(net, trace, Y, grads.deltas[L - 1]))
    for l in range(L - 1, 0, -1):
        sigma = net.layer_activations[l - 1]
        back = grads.deltas[l] @ net.weights[l]
        stages.append(Stage(
            "backward", l, rf"\delta^{{{l}}} = \left((W^{{{l + 1}}})^{{T}} "
                           rf"\delta^{{{l + 1}}}\right) \odot \sigma'(z^{{{l}}})",
            {"W_next": net.weights[l].copy(), "delta_next": grads.deltas[l], "back": back,
             "sigma_prime": sigma.derivative(trace.zs[l - 1], trace.activations[l]),
             "z": trace.zs[l - 1], "delta": grads.deltas[l - 1]}))
    for l in range(1, L + 1):
        stages.append(_gradient(l, m, trace.activations[l - 1], grads.deltas[l - 1],
                                grads.nabla_w[l - 1], grads.nabla_b[l - 1],
                                _one_neuron_note(net) if L == 1 else ""))
    cost_before = net.loss(X, Y)
    after = net.copy()
    for l in range(1, L + 1):
        after.weights[l - 1] -= learning_rate * grads.nabla_w[l - 1]
        after.biases[l - 1] -= learning_rate * grads.nabla_b[l - 1]
    cost_after = after.loss(X, Y)
    for l in range(1, L + 1):
        values = {"eta": np.asarray(learning_rate), "W_before": net.weights[l - 1].copy(),
                  "b_before": net.biases[l - 1].copy(), "dW": grads.nabla_w[l - 1],
                  "db": grads.nabla_b[l - 1], "W": after.weights[l - 1],
                  "b": after.biases[l - 1]}
        note = ""
        if l == L:
            values["cost_before"] = np.asarray(cost_before)
            values["cost_after"] = np.asarray(cost_after)
            note = translate("Walkthrough", "the cost on these samples before and after the "
                                            "update")
        stages.append(Stage(
            "update", l, rf"W^{{{l}}} \leftarrow W^{{{l}}} - \eta\,\dfrac{{\partial C}}"
                         rf"{{\partial W^{{{l}}}}},\quad b^{{{l}}} \leftarrow b^{{{l}}} - "
                         rf"\eta\,\dfrac{{\partial C}}{{\partial b^{{{l}}}}}", values, note))
    return stages


def _output_error(net, trace, Y, delta) -> Stage:
    """δᴸ, with the cost's own form: ∇ₐC ⊙ σ'(zᴸ), or aᴸ − y where the cost and the output
    activation cancel (sigmoid with bce, softmax with cce)."""
    L = net.n_layers
    z, a = trace.zs[-1], trace.activations[-1]
    sigma, cost = net.layer_activations[-1], net.cost
    values = {"z": z, "a": a, "y": Y, "delta": delta}
    if cost.requires_activation is not None:
        if sigma.elementwise:
            note = translate(
                "Walkthrough", "with the {cost} cost and a {activation} output, ∂C/∂a and "
                "σ'(z) cancel (for one sigmoid unit: (a − y)/(a(1 − a)) · a(1 − a)), leaving "
                "δᴸ = aᴸ − y").format(cost=cost.name, activation=sigma.name)
        else:
            # softmax's derivative is a matrix: the sigmoid's cancelling is not how it goes
            note = translate(
                "Walkthrough", "with the {cost} cost and a softmax output, ∂C/∂aₖ = −yₖ/aₖ, "
                "and ∂aₖ/∂zᵢ is aᵢ(1 − aᵢ) for k = i and −aₖaᵢ otherwise: δᵢᴸ = −yᵢ(1 − aᵢ) + "
                "Σₖ≠ᵢ yₖaᵢ = aᵢ Σₖ yₖ − yᵢ = aᵢ − yᵢ (the yₖ add up to 1), so δᴸ = aᴸ − y"
            ).format(cost=cost.name)
        return Stage("output_error", L, rf"\delta^{{{L}}} = a^{{{L}}} - y", values, note)
    values["grad_a"] = a - Y
    if sigma.elementwise:
        values["sigma_prime"] = sigma.derivative(z, a)
        note = translate("Walkthrough", "with C = ½‖y − aᴸ‖², ∇ₐC = aᴸ − y (the notes' "
                                        "‖y − ŷ‖² would double it)")
    else:
        note = translate("Walkthrough", "softmax's σ' is a matrix (every output depends on "
                                        "every input), so δᴸ is the Jacobian applied to "
                                        "∇ₐC = aᴸ − y")
    return Stage("output_error", L, rf"\delta^{{{L}}} = \nabla_a C \odot \sigma'(z^{{{L}}})",
                 values, note)


def _one_neuron_note(net) -> str:
    """The notes' worked example is one sigmoid neuron with the cost ‖y − ŷ‖²: say how its
    ∂C/∂w₁ = 2(σ(Wx + b) − ŷ)(1 − σ)σ x₁ and this one differ."""
    if net.spec.loss != "mse" or net.spec.layers[-1].activation != "sigmoid":
        return ""
    return translate("Walkthrough", "one sigmoid neuron, as in the notes' example: here "
                     "∂C/∂w₁ = (σ(Wx + b) − ŷ)(1 − σ)σ x₁, since C = ½‖y − a‖²; the notes' "
                     "‖y − ŷ‖² has no ½, so their gradient has a factor 2")


def _gradient(l: int, m: int, a_prev, delta, nabla_w, nabla_b, note: str = "") -> Stage:
    values = {"a_prev": a_prev, "delta": delta, "dW": nabla_w, "db": nabla_b,
              "per_sample_dW": np.einsum("xi,xj->xij", delta, a_prev)}
    if m == 1:
        return Stage("gradient", l, rf"\dfrac{{\partial C}}{{\partial w^{{{l}}}_{{ij}}}} = "
                                    rf"a^{{{l - 1}}}_{{j}}\,\delta^{{{l}}}_{{i}},\quad "
                                    rf"\dfrac{{\partial C}}{{\partial b^{{{l}}}_{{i}}}} = "
                                    rf"\delta^{{{l}}}_{{i}}", values, note)
    return Stage(
        "gradient", l, rf"\dfrac{{\partial C}}{{\partial W^{{{l}}}}} = \frac{{1}}{{m}}\sum_{{x}}"
                       rf"\delta^{{x,{l}}}\,(a^{{x,{l - 1}}})^{{T}},\quad "
                       rf"\dfrac{{\partial C}}{{\partial b^{{{l}}}}} = \frac{{1}}{{m}}\sum_{{x}}"
                       rf"\delta^{{x,{l}}}", values,
        translate("Walkthrough", "{first}; {second}").format(
            first=translate("Walkthrough", "the mean over the m = {m} samples of the mini-batch, "
                            "as the notes' mini-batch algorithm averages them").format(m=m),
            second=note) if note else
        translate("Walkthrough", "the mean over the m = {m} samples of the mini-batch, as the "
                  "notes' mini-batch algorithm averages them").format(m=m))
