"""The walkthrough's every number against an independent computation: a forward pass written
out here, central differences of the cost for δ and the gradients, the update by hand."""

import itertools

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, activations, walkthrough
from engine.backprop_walkthrough import KINDS

OUTPUTS = [("sigmoid", "mse", 2), ("sigmoid", "bce", 2), ("softmax", "cce", 3),
           ("linear", "mse", 2), ("tanh", "mse", 1)]
HIDDEN = ["sigmoid", "tanh", "relu", "leaky_relu", "linear"]
EPS = 1e-6


def case(hidden_activation, depth, output, loss, k, rows, seed=0):
    rng = np.random.default_rng(seed)
    sizes = [3] + [4 - d % 2 for d in range(depth)]
    spec = NetworkSpec(3, [*(LayerSpec(n, hidden_activation) for n in sizes[1:]),
                           LayerSpec(k, output)], loss)
    net = Network(spec, seed=seed)
    for b in net.biases:
        b[:] = rng.normal(scale=0.3, size=b.shape)
    X = rng.normal(size=(rows, 3))
    if loss == "cce":
        Y = np.eye(k)[rng.integers(0, k, rows)]
    elif loss == "bce":
        Y = rng.integers(0, 2, (rows, k)).astype(float)
    else:
        Y = rng.normal(size=(rows, k))
    return net, X, Y


def cost_from(net, l, z, Y):
    """C_x of each row when layer l's weighted input is ``z``: the rest of the forward pass."""
    sigmas = net.layer_activations
    a = sigmas[l - 1].fn(z.copy())
    for m in range(l + 1, net.n_layers + 1):
        z_m = a @ net.weights[m - 1].T + net.biases[m - 1]
        a = sigmas[m - 1].fn(z_m)
        last_z = z_m
    last_z = z if l == net.n_layers else last_z
    return net.cost.per_sample(last_z, a, Y)


PARAMS = list(itertools.product(HIDDEN, (1, 2, 3), OUTPUTS, (1, 4)))


@pytest.mark.parametrize(("hidden", "depth", "output", "rows"), PARAMS)
def test_every_stage_against_an_independent_computation(hidden, depth, output, rows):
    out, loss, k = output
    net, X, Y = case(hidden, depth, out, loss, k, rows)
    eta = 0.3
    stages = walkthrough(net, X, Y, eta)
    L = net.n_layers
    assert [s.kind for s in stages] == (["input"] + ["forward"] * L + ["output_error"]
                                        + ["backward"] * (L - 1) + ["gradient"] * L
                                        + ["update"] * L)
    assert [s.layer for s in stages if s.kind == "backward"] == list(range(L - 1, 0, -1))
    assert all(s.kind in KINDS and s.formula for s in stages)
    by = {(s.kind, s.layer): s for s in stages}
    np.testing.assert_array_equal(by["input", 0].values["a"], X)

    # the forward pass, written out
    a = X
    zs = []
    for l in range(1, L + 1):
        z = a @ net.weights[l - 1].T + net.biases[l - 1]
        a = activations.get(net.spec.layers[l - 1].activation).fn(z.copy())
        zs.append(z)
        np.testing.assert_allclose(by["forward", l].values["z"], z, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(by["forward", l].values["a"], a, rtol=1e-12, atol=1e-14)

    # δˡ = ∂Cₓ/∂zˡ, per sample, by central differences of Cₓ in each zᵢˡ
    deltas = {L: by["output_error", L].values["delta"]}
    deltas.update({l: by["backward", l].values["delta"] for l in range(1, L)})
    for l in range(1, L + 1):
        numeric = np.zeros_like(zs[l - 1])
        for i in range(zs[l - 1].shape[1]):
            up, down = zs[l - 1].copy(), zs[l - 1].copy()
            up[:, i] += EPS
            down[:, i] -= EPS
            numeric[:, i] = (cost_from(net, l, up, Y) - cost_from(net, l, down, Y)) / (2 * EPS)
        np.testing.assert_allclose(deltas[l], numeric, rtol=1e-5, atol=1e-7)

    # ∂C/∂Wˡ and ∂C/∂bˡ of the mean cost, by central differences of C in each parameter
    for l in range(1, L + 1):
        stage = by["gradient", l]
        for name, arrays in (("dW", net.weights), ("db", net.biases)):
            numeric = np.zeros_like(arrays[l - 1])
            for index in np.ndindex(numeric.shape):
                saved = arrays[l - 1][index]
                arrays[l - 1][index] = saved + EPS
                plus = net.loss(X, Y)
                arrays[l - 1][index] = saved - EPS
                minus = net.loss(X, Y)
                arrays[l - 1][index] = saved
                numeric[index] = (plus - minus) / (2 * EPS)
            np.testing.assert_allclose(stage.values[name], numeric, rtol=1e-5, atol=1e-8)
        # the mean of the per-sample δ(a)ᵀ
        np.testing.assert_allclose(stage.values["per_sample_dW"].mean(axis=0),
                                   stage.values["dW"], rtol=1e-12, atol=1e-15)

    # the update, by hand, and the cost it leads to
    after = net.copy()
    for l in range(1, L + 1):
        update = by["update", l].values
        expected_W = net.weights[l - 1] - eta * by["gradient", l].values["dW"]
        np.testing.assert_allclose(update["W"], expected_W, rtol=1e-14)
        np.testing.assert_array_equal(update["W_before"], net.weights[l - 1])
        after.weights[l - 1][...] = update["W"]
        after.biases[l - 1][...] = update["b"]
    last = by["update", L].values
    assert float(last["cost_before"]) == pytest.approx(net.loss(X, Y), rel=1e-12)
    assert float(last["cost_after"]) == pytest.approx(after.loss(X, Y), rel=1e-12)


def test_the_fused_output_errors_say_why():
    for out, loss, k in (("sigmoid", "bce", 1), ("softmax", "cce", 3)):
        net, X, Y = case("tanh", 1, out, loss, k, 2)
        stage = next(s for s in walkthrough(net, X, Y, 0.1) if s.kind == "output_error")
        assert stage.formula == r"\delta^{2} = a^{2} - y"
        # the sigmoid's cancelling for the sigmoid; softmax's own sum, not the sigmoid's
        # derivation (tester)
        assert ("cancel" in stage.note) == (out == "sigmoid")
        assert ("aᵢ Σₖ yₖ − yᵢ" in stage.note) == (out == "softmax")
        np.testing.assert_allclose(stage.values["delta"], stage.values["a"] - Y)
    net, X, Y = case("tanh", 1, "sigmoid", "mse", 2, 1)
    stage = next(s for s in walkthrough(net, X, Y, 0.1) if s.kind == "output_error")
    assert r"\nabla_a C \odot \sigma'(z^{2})" in stage.formula
    np.testing.assert_allclose(stage.values["delta"],
                               stage.values["grad_a"] * stage.values["sigma_prime"])


def test_a_mini_batch_says_it_averages_and_one_sample_does_not():
    net, X, Y = case("tanh", 1, "sigmoid", "mse", 1, 4)
    batch = next(s for s in walkthrough(net, X, Y, 0.1) if s.kind == "gradient")
    assert r"\frac{1}{m}\sum_{x}" in batch.formula and "m = 4" in batch.note
    single = next(s for s in walkthrough(net, X[:1], Y[:1], 0.1) if s.kind == "gradient")
    assert r"a^{0}_{j}\,\delta^{1}_{i}" in single.formula


def test_the_network_is_left_as_it_was():
    net, X, Y = case("relu", 2, "sigmoid", "bce", 1, 3)
    before = [W.copy() for W in net.weights]
    walkthrough(net, X, Y, 1.0)
    for W, saved in zip(net.weights, before, strict=True):
        np.testing.assert_array_equal(W, saved)


def test_one_sigmoid_neuron_says_where_the_notes_factor_2_went():
    net = Network(NetworkSpec(2, [LayerSpec(1, "sigmoid")], "mse"), seed=0)
    X, Y = np.array([[1.0, 2.0]]), np.array([[1.0]])
    gradient = next(s for s in walkthrough(net, X, Y, 0.1) if s.kind == "gradient")
    assert "factor 2" in gradient.note and "½" in gradient.note
    a, y = gradient.values["delta"], Y
    # ∂C/∂w₁ = (σ(Wx + b) − ŷ)(1 − σ)σ x₁: the notes' formula with the program's ½
    sigma = 1 / (1 + np.exp(-(X @ net.weights[0].T + net.biases[0])))
    assert gradient.values["dW"][0, 0] == pytest.approx(
        float(((sigma - y) * (1 - sigma) * sigma * X[0, 0])[0, 0]))
    assert a.shape == (1, 1)


def test_a_softmax_layer_is_written_as_softmax_not_as_sigma_of_each_z():
    """"a₁² = σ(z₁²) = σ(1.079) = 0.2167" read as a wrong sigmoid (tester): softmax takes
    every zₖ of its layer."""
    net = Network(NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(3, "softmax")], "cce"),
                  seed=0)
    X, Y = np.array([[0.3, -0.7]]), np.array([[0.0, 1.0, 0.0]])
    forward = [s for s in walkthrough(net, X, Y, 0.1) if s.kind == "forward"]
    assert r"\mathrm{softmax}(z^{2})" in forward[-1].formula and forward[-1].values["softmax"]
    assert r"\sigma(z^{1})" in forward[0].formula and not forward[0].values["softmax"]
