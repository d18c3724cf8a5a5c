"""Descent on a surface: the cost over (w, b), the paths of batch / stochastic / mini-batch
descent and of momentum and Adam, all the engine's own numbers."""

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, SpecError, TrainConfig, optimizers
from engine.descent_surface import (
    METHODS,
    MODELS,
    Descent,
    DescentProblem,
    descend,
    example_problem,
)

START = (-1.0, 3.0)


def engine_network(problem, w, b):
    activation, loss = problem.spec.layers[0].activation, problem.spec.loss
    spec = NetworkSpec(n_inputs=1, layers=[LayerSpec(units=1, activation=activation)], loss=loss)
    return Network.from_arrays(spec, [np.array([[w]])], [np.array([b])])


def central_difference(problem, theta, h=1e-6):
    grad = np.zeros(2)
    for k in range(2):
        up, down = np.array(theta, float), np.array(theta, float)
        up[k] += h
        down[k] -= h
        grad[k] = (problem.cost(up) - problem.cost(down)) / (2 * h)
    return grad


@pytest.mark.parametrize("model", MODELS)
def test_surface_equals_the_networks_loss(model):
    problem = example_problem(model, seed=0)
    surface = problem.surface(resolution=31)
    assert surface.costs.shape == (31, 31)
    X, Y = problem.x.reshape(-1, 1), problem.y.reshape(-1, 1)
    for i, j in [(0, 0), (3, 17), (15, 15), (30, 2), (30, 30)]:
        w, b = surface.ws[j], surface.bs[i]
        assert surface.costs[i, j] == pytest.approx(engine_network(problem, w, b).loss(X, Y),
                                                    rel=1e-12, abs=1e-14)
    w, b, c = surface.minimum
    assert c == surface.costs.min()
    assert problem.window[0] < w < problem.window[1] and problem.window[2] < b < problem.window[3]


def test_levels_are_log_spaced_above_the_minimum():
    surface = example_problem("linear_mse").surface(41)
    levels = surface.levels(10)
    above = levels - surface.costs.min()
    assert np.all(above > 0) and levels.max() < surface.costs.max()
    np.testing.assert_allclose(above[1:] / above[:-1], above[1] / above[0])


@pytest.mark.parametrize("model", MODELS)
def test_batch_path_is_theta_minus_eta_gradient(model):
    problem = example_problem(model, seed=1)
    eta = 0.2
    path = descend(problem, START, "batch", eta, steps=5)
    assert path.steps == 5 and not path.diverged
    X, Y = problem.x.reshape(-1, 1), problem.y.reshape(-1, 1)
    theta = np.array(START)
    for t in range(5):
        nabla_w, nabla_b = engine_network(problem, *theta).gradients(X, Y)
        exact = np.array([nabla_w[0][0, 0], nabla_b[0][0]])
        np.testing.assert_allclose(central_difference(problem, theta), exact, atol=1e-6)
        np.testing.assert_array_equal(problem.gradient(theta), exact)
        theta = theta - eta * exact
        np.testing.assert_array_equal(path.thetas[t + 1], theta)
        assert path.costs[t + 1] == pytest.approx(problem.cost(theta), rel=1e-15)
        assert path.gradient_norms[t + 1] == pytest.approx(np.linalg.norm(
            problem.gradient(theta)), rel=1e-15)
    assert path.costs[-1] < path.costs[0]


def test_stochastic_and_minibatch_follow_a_seeded_order():
    problem = example_problem("linear_mse", n_samples=6, seed=0)
    a = descend(problem, START, "stochastic", 0.05, steps=30, seed=7)
    b = descend(problem, START, "stochastic", 0.05, steps=30, seed=7)
    c = descend(problem, START, "stochastic", 0.05, steps=30, seed=8)
    np.testing.assert_array_equal(a.path(), b.path())
    assert not np.array_equal(a.path(), c.path())
    # by hand: one sample per update, each epoch a permutation from Generator(seed)
    rng = np.random.default_rng(7)
    order = np.concatenate([rng.permutation(6) for _ in range(5)])
    theta = np.array(START)
    for t in range(30):
        theta = theta - 0.05 * problem.gradient(theta, order[t:t + 1])
        np.testing.assert_array_equal(a.thetas[t + 1], theta)
    m = descend(problem, START, "minibatch", 0.05, steps=6, seed=3, batch_size=4)
    rng = np.random.default_rng(3)
    order = np.concatenate([rng.permutation(6) for _ in range(4)])
    theta = np.array(START)
    for t in range(6):
        theta = theta - 0.05 * problem.gradient(theta, order[4 * t:4 * t + 4])
        np.testing.assert_array_equal(m.thetas[t + 1], theta)


def test_stochastic_is_noisier_than_batch():
    problem = example_problem("linear_mse", seed=0)
    batch = descend(problem, START, "batch", 0.05, steps=200)
    sgd = descend(problem, START, "stochastic", 0.05, steps=200, seed=0)
    # batch descent's cost never rises at a small η; SGD's does
    assert np.all(np.diff(batch.costs) <= 1e-15)
    assert np.any(np.diff(sgd.costs) > 0)


@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_momentum_and_adam_are_the_engines_updates(name):
    problem = example_problem("sigmoid_bce", seed=0)
    path = descend(problem, START, name, 0.1, steps=40, momentum=0.8)
    config = TrainConfig(optimizer=name, learning_rate=0.1, momentum=0.8)
    opt = optimizers.make(name, 2, np.float64, config)
    theta = np.array(START)
    for t in range(40):
        new = np.empty(2)
        opt.update(theta, problem.gradient(theta), new, 0.1)
        theta = new
        np.testing.assert_array_equal(path.thetas[t + 1], theta)


@pytest.mark.parametrize("model", MODELS)
def test_a_huge_eta_diverges_quietly(model, recwarn):
    problem = example_problem(model)
    with np.errstate(all="raise"):
        path = descend(problem, START, "batch", 1e12, steps=50)
    assert path.diverged and not path.step()
    assert np.all(np.isfinite(path.path())) and np.all(np.isfinite(path.costs))
    assert path.steps < 50
    assert not recwarn.list


def test_too_large_an_eta_on_the_bowl_diverges_and_a_small_one_does_not():
    problem = example_problem("linear_mse")
    assert descend(problem, START, "batch", 3.0, steps=100).diverged
    small = descend(problem, START, "batch", 0.3, steps=100)
    assert not small.diverged and small.steps == 100
    assert small.costs[-1] == pytest.approx(problem.surface(201).minimum[2], rel=1e-2)


def test_every_method_descends():
    problem = example_problem("linear_mse")
    for method in METHODS:
        path = Descent(problem, START, method, 0.05).run(300)
        assert path.costs[-1] < 0.25 * path.costs[0], method


def test_bad_arguments_are_refused():
    problem = example_problem()
    with pytest.raises(SpecError):
        Descent(problem, START, "newton", 0.1)
    with pytest.raises(SpecError):
        Descent(problem, START, "batch", 0.0)
    with pytest.raises(SpecError):
        Descent(problem, (np.nan, 0.0), "batch", 0.1)
    with pytest.raises(SpecError):
        example_problem("cubic")
    with pytest.raises(SpecError):
        DescentProblem([1.0, 2.0], [1.0])


def test_example_data_are_seeded_and_overlap():
    for seed in range(20):
        a, b = example_problem("sigmoid_bce", seed=seed), example_problem("sigmoid_bce", seed=seed)
        np.testing.assert_array_equal(a.x, b.x)
        np.testing.assert_array_equal(a.y, b.y)
        assert np.count_nonzero(np.diff(a.y)) >= 2  # not separable: a finite minimum
