"""Activations: the notes' formulas, their derivatives, stability at |z| = 1e4, dtype kept."""

import numpy as np
import pytest

from engine import SpecError, activations

Z = np.array([[-3.0, -0.5, 0.0, 0.5, 3.0]])
HUGE = np.array([[-1e4, -800.0, -50.0, 0.0, 50.0, 800.0, 1e4]])
SMOOTH = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")


def test_values_follow_the_notes():
    get = activations.get
    np.testing.assert_array_equal(get("step").fn(Z), [[0, 0, 1, 1, 1]])  # sgn(0) = 1
    np.testing.assert_allclose(get("sigmoid").fn(Z), 1 / (1 + np.exp(-Z)), rtol=1e-15)
    np.testing.assert_allclose(get("tanh").fn(Z), np.tanh(Z))
    np.testing.assert_array_equal(get("relu").fn(Z), np.maximum(Z, 0))
    np.testing.assert_allclose(get("leaky_relu").fn(Z), np.where(Z > 0, Z, 0.01 * Z))
    np.testing.assert_array_equal(get("linear").fn(Z), Z)
    soft = get("softmax").fn(Z)
    np.testing.assert_allclose(soft, np.exp(Z) / np.exp(Z).sum(), rtol=1e-15)


@pytest.mark.parametrize("name", SMOOTH)
def test_derivative_matches_central_differences(name):
    sigma = activations.get(name)
    z = np.array([[-2.3, -0.7, 0.4, 1.9]])
    eps = 1e-6
    numeric = (sigma.fn(z + eps) - sigma.fn(z - eps)) / (2 * eps)
    np.testing.assert_allclose(sigma.derivative(z, sigma.fn(z)), numeric, rtol=1e-8)


def test_derivatives_at_the_kink_are_torchs():
    z = np.array([[0.0]])
    assert activations.get("relu").derivative(z, z)[0, 0] == 0.0
    assert activations.get("leaky_relu").derivative(z, z)[0, 0] == pytest.approx(0.01)
    assert activations.get("step").derivative(z, z)[0, 0] == 0.0


def test_softmax_backprop_is_the_jacobian_product():
    softmax = activations.get("softmax")
    z = np.array([[0.3, -1.2, 2.0]])
    a = softmax.fn(z)
    g = np.array([[0.5, -1.0, 2.0]])
    jacobian = np.diag(a[0]) - np.outer(a[0], a[0])
    np.testing.assert_allclose(softmax.backprop(z, a, g)[0], jacobian.T @ g[0], rtol=1e-14)
    with pytest.raises(SpecError, match="matrix"):
        softmax.derivative(z, a)


@pytest.mark.parametrize("name", activations.NAMES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_stable_and_dtype_kept_at_huge_inputs(name, dtype):
    sigma = activations.get(name)
    z = HUGE.astype(dtype)
    a = sigma.fn(z)  # warnings are errors: an overflow would fail here
    assert a.dtype == dtype
    assert np.isfinite(a).all() or name in ("linear", "relu", "leaky_relu")
    if sigma.elementwise:
        d = sigma.derivative(z, a)
        assert d.dtype == dtype and np.isfinite(d).all()


def test_sigmoid_keeps_precision_in_saturation():
    sigmoid = activations.get("sigmoid")
    assert sigmoid.fn(np.array([[-40.0]]))[0, 0] == pytest.approx(np.exp(-40.0), rel=1e-12)
    assert sigmoid.fn(np.array([[-1e4]]))[0, 0] == 0.0
    assert sigmoid.fn(np.array([[1e4]]))[0, 0] == 1.0


def test_out_argument_fills_the_given_buffer():
    for name in activations.NAMES:
        sigma = activations.get(name)
        out = np.empty_like(Z)
        result = sigma.fn(Z, out=out)
        assert result is out
        np.testing.assert_array_equal(out, sigma.fn(Z))


def test_unknown_name_lists_the_choices():
    with pytest.raises(SpecError, match="sigmoid, tanh"):
        activations.get("swish")
