"""Network: the notes' orientation and passes, initialisation, dtype, copies and checks."""

import numpy as np
import pytest

from engine import (
    DataError,
    LayerSpec,
    Network,
    NetworkSpec,
    SpecError,
    Uniform,
)

XOR_SPEC = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")], "bce")


def test_orientation_is_the_notes():
    net = Network(XOR_SPEC, seed=0)
    assert [w.shape for w in net.weights] == [(4, 2), (1, 4)]
    assert [b.shape for b in net.biases] == [(4,), (1,)]
    assert net.n_layers == 2 and net.n_parameters == 17


def test_forward_is_z_equals_w_a_plus_b_layer_by_layer():
    net = Network(XOR_SPEC, seed=3)
    x = np.array([[0.5, -1.0]])
    trace = net.forward(x)
    z1 = net.weights[0] @ x[0] + net.biases[0]
    a1 = np.tanh(z1)
    z2 = net.weights[1] @ a1 + net.biases[1]
    np.testing.assert_allclose(trace.zs[0][0], z1, rtol=1e-15)
    np.testing.assert_allclose(trace.zs[1][0], z2, rtol=1e-15)
    np.testing.assert_array_equal(trace.activations[0], x)
    assert len(trace.activations) == 3 and trace.output is trace.activations[-1]
    np.testing.assert_allclose(net.predict(x)[0], 1 / (1 + np.exp(-z2)), rtol=1e-15)


def test_the_notes_worked_example_one_sigmoid_neuron():
    """y = σ(w₁x₁ + w₂x₂ + b) with C_x = ½(a − y)²: ∂C/∂w₁ = (a − y)a(1 − a)x₁ and so on,
    the notes' closed forms with their factor 2 turned to 1 by our ½, averaged over x."""
    spec = NetworkSpec(2, [LayerSpec(1, "sigmoid")], "mse")
    net = Network.from_arrays(spec, [np.array([[0.7, -1.3]])], [np.array([0.2])])
    X = np.array([[1.0, 2.0], [-0.5, 0.3], [2.0, -1.0]])
    Y = np.array([[1.0], [0.0], [1.0]])
    a = 1 / (1 + np.exp(-(X @ np.array([0.7, -1.3]) + 0.2)))
    common = (a - Y[:, 0]) * a * (1 - a)
    nabla_w, nabla_b = net.gradients(X, Y)
    np.testing.assert_allclose(nabla_w[0][0], [np.mean(common * X[:, 0]),
                                               np.mean(common * X[:, 1])], rtol=1e-13)
    np.testing.assert_allclose(nabla_b[0][0], np.mean(common), rtol=1e-13)
    assert net.loss(X, Y) == pytest.approx(np.mean(0.5 * (a - Y[:, 0]) ** 2), rel=1e-14)


def test_backward_deltas_are_per_sample_and_gradients_their_mean():
    net = Network(XOR_SPEC, seed=1)
    X = np.array([[0.0, 1.0], [1.0, 1.0]])
    Y = np.array([[1.0], [0.0]])
    grads = net.backward(net.forward(X), Y)
    one = net.backward(net.forward(X[:1]), Y[:1])
    np.testing.assert_allclose(grads.deltas[0][0], one.deltas[0][0], rtol=1e-15)
    two = net.backward(net.forward(X[1:]), Y[1:])
    np.testing.assert_allclose(grads.nabla_w[0], (one.nabla_w[0] + two.nabla_w[0]) / 2,
                               rtol=1e-13)
    assert [d.shape for d in grads.deltas] == [(2, 4), (2, 1)]


def test_same_seed_same_net_and_float32_is_the_rounded_float64():
    a, b = Network(XOR_SPEC, seed=7), Network(XOR_SPEC, seed=7)
    c = Network(XOR_SPEC, seed=8)
    single = Network(XOR_SPEC, seed=7, dtype="float32")
    np.testing.assert_array_equal(a.weights[0], b.weights[0])
    assert not np.array_equal(a.weights[0], c.weights[0])
    np.testing.assert_array_equal(single.weights[0], a.weights[0].astype(np.float32))


def test_float32_stays_float32_everywhere():
    net = Network(XOR_SPEC, seed=0, dtype="float32")
    X = np.array([[0.0, 1.0]])  # float64 data is cast to the net's dtype, never the reverse
    trace = net.forward(X)
    assert all(z.dtype == np.float32 for z in trace.zs + trace.activations)
    grads = net.backward(trace, [[1.0]])
    assert all(g.dtype == np.float32 for g in grads.nabla_w + grads.nabla_b + grads.deltas)
    assert net.copy().weights[0].dtype == np.float32
    assert net.copy(dtype="float64").weights[0].dtype == np.float64


def test_initialisation_scales():
    wide = NetworkSpec(400, [LayerSpec(300, "tanh"), LayerSpec(300, "relu"),
                             LayerSpec(2, "linear", init="uniform", init_scale=0.25)], "mse")
    net = Network(wide, seed=0)
    glorot = np.sqrt(6 / 700)
    assert np.abs(net.weights[0]).max() <= glorot and np.abs(net.weights[0]).max() > 0.9 * glorot
    assert np.std(net.weights[1]) == pytest.approx(np.sqrt(2 / 300), rel=0.05)  # He
    assert np.abs(net.weights[2]).max() <= 0.25 and np.abs(net.biases[2]).max() <= 0.25
    assert not net.biases[0].any()
    zeros = Network(wide, seed=0, init="zeros")
    assert not any(w.any() for w in zeros.weights)
    scaled = Network(XOR_SPEC, seed=0, init=Uniform(0.01))
    assert np.abs(scaled.weights[0]).max() <= 0.01


def test_from_arrays_copies_and_names_the_wrong_layer():
    w = [np.ones((4, 2)), np.ones((1, 4))]
    b = [np.zeros(4), np.zeros(1)]
    net = Network.from_arrays(XOR_SPEC, w, b)
    w[0][0, 0] = 5.0
    assert net.weights[0][0, 0] == 1.0
    with pytest.raises(SpecError, match=r"weights\[1\] \(W², layer 2\) has shape \(4, 1\)"):
        Network.from_arrays(XOR_SPEC, [np.ones((4, 2)), np.ones((4, 1))], b)
    with pytest.raises(SpecError, match="needs 2 biases arrays"):
        Network.from_arrays(XOR_SPEC, w, b[:1])
    with pytest.raises(SpecError, match=r"weights\[0\] must hold numbers"):
        Network.from_arrays(XOR_SPEC, [np.full((4, 2), "x"), w[1]], b)
    with pytest.raises(SpecError, match=r"biases\[1\] is not a rectangular table"):
        Network.from_arrays(XOR_SPEC, w, [b[0], [[1.0], [2.0, 3.0]]])
    with pytest.raises(SpecError, match="NaN"):
        Network.from_arrays(XOR_SPEC, [np.full((4, 2), np.nan), w[1]], b)
    assert Network.from_arrays(XOR_SPEC, [x.astype(np.float32) for x in w],
                               [x.astype(np.float32) for x in b]).dtype == np.float32


def test_bad_inputs_and_settings_are_refused():
    net = Network(XOR_SPEC, seed=0)
    with pytest.raises(DataError, match="3 columns but the network has 2 inputs"):
        net.predict(np.ones((5, 3)))
    with pytest.raises(DataError, match="row 1, column 0 is nan"):
        net.predict(np.array([[0.0, 0.0], [np.nan, 1.0]]))
    with pytest.raises(DataError, match="2 rows but the inputs have 1"):
        net.loss(np.ones((1, 2)), np.ones((2, 1)))
    with pytest.raises(SpecError, match="dtype"):
        Network(XOR_SPEC, dtype="float16")
    with pytest.raises(SpecError, match="seed"):
        Network(XOR_SPEC, seed=-1)


def test_copy_is_independent_and_dicts_round_trip():
    net = Network(XOR_SPEC, seed=0)
    twin = net.copy()
    twin.weights[0][0, 0] += 1
    assert twin.weights[0][0, 0] != net.weights[0][0, 0]
    again = Network.from_dict(net.to_dict())
    np.testing.assert_array_equal(again.weights[1], net.weights[1])
    assert again.spec == net.spec and again.dtype == net.dtype
    assert repr(net) == "Network(2-4-1 (tanh, sigmoid; bce), float64, 17 parameters)"


def test_flat_parameters_round_trip():
    net = Network(XOR_SPEC, seed=0)
    flat = net.flat_parameters()
    assert flat.shape == (17,)
    other = Network(XOR_SPEC, seed=1)
    other.set_flat_parameters(flat)
    np.testing.assert_array_equal(other.weights[1], net.weights[1])


@pytest.mark.parametrize(("output", "loss"), [("sigmoid", "bce"), ("softmax", "cce"),
                                              ("sigmoid", "mse"), ("tanh", "mse")])
def test_outputs_driven_to_z_of_1e4_stay_finite_without_warnings(output, loss):
    spec = NetworkSpec(1, [LayerSpec(2, output)], loss)
    net = Network.from_arrays(spec, [np.array([[1e4], [-1e4]])], [np.zeros(2)])
    X = np.array([[1.0], [-1.0]])
    Y = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert np.isfinite(net.loss(X, Y))
    nabla_w, nabla_b = net.gradients(X, Y)
    assert all(np.isfinite(g).all() for g in nabla_w + nabla_b)


def test_deep_wide_nets_with_784_inputs_run():
    spec = NetworkSpec(784, [LayerSpec(512, "relu")] * 6 + [LayerSpec(10, "softmax")], "cce")
    net = Network(spec, seed=0, dtype="float32")
    X = np.random.default_rng(0).uniform(0, 1, (3, 784))
    grads = net.backward(net.forward(X), np.eye(10)[[1, 2, 3]])
    assert len(grads.deltas) == 7 and grads.nabla_w[0].shape == (512, 784)
    assert all(np.isfinite(g).all() for g in grads.nabla_w)
