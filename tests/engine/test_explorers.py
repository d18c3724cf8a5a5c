"""The explorers' numbers: one neuron's curve, the gallery's facts, the perceptron's steps
(AND and OR converge, XOR cycles) and two linear layers collapsing into one."""

import numpy as np
import pytest

from engine import activations
from engine.explorers import (
    EXPLORED,
    FACTS,
    GATES,
    PerceptronDemo,
    dead_regions,
    decision_line,
    half_plane,
    linear_collapse,
    neuron_curve,
    saturated_regions,
)
from engine.perceptron import perceptron_step

Z = np.linspace(-6, 6, 1201)


def test_perceptron_step_is_the_rule_and_pure():
    w, b = np.array([0.5, -0.5]), 0.2
    # z = 0.5 − 0.5 + 0.2 ≥ 0 so a = 1; y = 0: w ← w − ηx, b ← b − η
    new_w, new_b, a, error = perceptron_step(w, b, [1.0, 1.0], 0, 0.1)
    assert (a, error) == (1.0, -1.0)
    np.testing.assert_allclose(new_w, [0.4, -0.6])
    assert new_b == pytest.approx(0.1)
    np.testing.assert_array_equal(w, [0.5, -0.5])  # unchanged in place
    same_w, same_b, a, error = perceptron_step(w, b, [1.0, 1.0], 1, 0.1)
    assert error == 0 and same_b == b
    np.testing.assert_array_equal(same_w, w)
    # z = 0 counts as firing, H(0) = 1, as the trainer's step does
    assert perceptron_step([1.0, 0.0], 0.0, [0.0, 5.0], 1, 0.1)[2] == 1.0


@pytest.mark.parametrize("name", EXPLORED)
@pytest.mark.parametrize(("w", "b"), [(1.0, 0.0), (3.5, -1.25), (-0.5, 2.0)])
def test_neuron_curve_is_the_engines_activation(name, w, b):
    activation = activations.get(name)
    found = neuron_curve(name, w, b, Z)
    expected = activation.fn(w * Z + b)
    np.testing.assert_array_equal(found.a, expected)
    np.testing.assert_array_equal(found.derivative, activation.derivative(w * Z + b, expected))
    np.testing.assert_array_equal(found.slope, w * found.derivative)


def test_the_slope_is_the_curves_own_slope():
    found = neuron_curve("sigmoid", 2.0, 0.5, Z)
    np.testing.assert_allclose(np.gradient(found.a, Z), found.slope, atol=1e-4)


@pytest.mark.parametrize("name", EXPLORED)
def test_facts_ranges_and_kinks_match_the_functions(name):
    a = activations.get(name).fn(np.linspace(-50, 50, 10001))
    low, high = a.min(), a.max()
    shown = FACTS[name].range
    if name == "step":
        assert set(np.unique(a)) == {0.0, 1.0}
    elif shown.startswith("(0"):
        assert low >= 0 and high <= 1
    elif shown.startswith("(−1"):
        assert low >= -1 and high <= 1
    elif shown.startswith("[0"):
        assert low == 0
    for kink in FACTS[name].kinks:
        h = 1e-6
        fn = activations.get(name).fn
        at = fn(np.array([kink - h, kink, kink + h]))
        left, right = (at[1] - at[0]) / h, (at[2] - at[1]) / h
        assert abs(left - right) > 1e-3, name


def test_saturation_is_where_the_derivative_is_small():
    sigmoid = saturated_regions("sigmoid", Z)
    assert len(sigmoid) == 2 and sigmoid[0][0] == -6 and sigmoid[1][1] == 6
    assert 3.5 < sigmoid[1][0] < 4.2 and sigmoid[0][1] == pytest.approx(-sigmoid[1][0])
    tanh = saturated_regions("tanh", Z)
    assert 2.3 < tanh[1][0] < 3.0
    for name in ("step", "relu", "leaky_relu", "linear"):
        assert saturated_regions(name, Z) == []
    assert dead_regions("relu", Z) == [(-6.0, 0.0)]
    assert dead_regions("leaky_relu", Z) == dead_regions("step", Z) == []


def test_the_line_and_the_half_plane():
    box = (-0.5, 1.5, -0.5, 1.5)
    line = decision_line([1.0, 1.0], -0.5, box)
    for x1, x2 in line:
        assert x1 + x2 - 0.5 == pytest.approx(0)
    polygon = half_plane([1.0, 1.0], -0.5, box)
    assert all(x1 + x2 - 0.5 >= -1e-12 for x1, x2 in polygon)
    assert decision_line([0.0, 0.0], 1.0, box) is None
    assert decision_line([1.0, 0.0], -5.0, box) is None
    assert half_plane([1.0, 0.0], -5.0, box) is None
    assert len(half_plane([0.0, 0.0], 1.0, box)) == 4  # fires everywhere


@pytest.mark.parametrize("gate", ["and", "or"])
def test_and_and_or_converge_in_a_few_epochs(gate):
    demo = PerceptronDemo(gate=gate)
    while demo.status == "running":
        demo.step()
    assert demo.status == "converged" and demo.epoch <= 6
    _, a = demo.outputs()
    np.testing.assert_array_equal(a, demo.Y)


def test_xor_never_settles_and_is_reported_not_separable():
    demo = PerceptronDemo(gate="xor")
    steps = 0
    while demo.status == "running":
        demo.step()
        steps += 1
    assert demo.status == "not_separable" and demo.reason == "cycle"
    assert steps == 4 * demo.epoch and demo.epoch < 10
    assert demo.step() is None


def test_xor_from_elsewhere_stops_at_the_epoch_limit_at_worst():
    demo = PerceptronDemo(gate="xor", w=(0.3, -0.7), b=0.11, eta=0.13, max_epochs=12)
    while demo.status == "running":
        demo.run_epoch()
    assert demo.status == "not_separable" and demo.epoch <= 12


def test_each_step_records_the_update():
    demo = PerceptronDemo(gate="and", w=(1.0, 1.0), b=0.0, eta=0.5)
    record = demo.step()  # x = (0, 0): z = 0, a = 1, y = 0
    assert (record.index, record.z, record.a, record.y, record.error) == (0, 0.0, 1.0, 0.0, -1.0)
    np.testing.assert_array_equal(record.w, [1.0, 1.0])
    assert record.b == -0.5
    assert set(GATES) == {"and", "or", "xor"}


def test_two_linear_layers_are_one():
    collapse = linear_collapse()
    np.testing.assert_allclose(collapse.W, collapse.W2 @ collapse.W1, rtol=0, atol=0)
    np.testing.assert_allclose(collapse.b, collapse.W2 @ collapse.b1 + collapse.b2)
    np.testing.assert_allclose(collapse.stacked, collapse.single, rtol=0, atol=1e-12)
    assert collapse.largest_difference <= 1e-12
    hand = (collapse.X @ collapse.W1.T + collapse.b1) @ collapse.W2.T + collapse.b2
    np.testing.assert_allclose(collapse.stacked, hand, atol=1e-12)
    assert np.max(np.abs(collapse.with_tanh - collapse.single)) > 0.1


def test_random_layers_collapse_too():
    rng = np.random.default_rng(3)
    W1, b1, W2, b2 = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=(2, 4)), \
        rng.normal(size=2)
    collapse = linear_collapse(W1, b1, W2, b2, rng.normal(size=(6, 3)))
    assert collapse.single.shape == (6, 2)
    np.testing.assert_allclose(collapse.stacked, collapse.single, rtol=0, atol=1e-12)
