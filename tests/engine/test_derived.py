"""The derived numbers: what every view shows, computed once per version, equal to the
engine's own passes on the data as training sees it (normalised)."""

import numpy as np
import pytest

from engine import datasets, metrics
from engine.project.starting import new_project, project_training_data
from engine.session import Session
from engine.session.derived import COST_ROWS, PLANE_POINTS, PROBE_SAMPLES
from engine.session.plane import MARGIN


@pytest.fixture
def session():
    """Standardised moons with a validation share, on a 2-5-3-1 net."""
    project = new_project(datasets.load("moons", n_samples=120, seed=3), hidden=[5, 3],
                          activation="tanh", seed=2)
    assert project.normaliser.method == "standardise"
    return Session(project, project_training_data(project))


def normalised(session, X):
    return session.normaliser.apply(X)


def test_the_probe_is_the_forward_pass_of_the_first_samples_normalised(session):
    probe = session.derived.probe
    trace = session.network.forward(normalised(session, session.dataset.X[:PROBE_SAMPLES]))
    for mine, theirs in zip(probe.activations, trace.activations, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-12)


def test_a_samples_numbers_are_its_forward_and_backward_pass(session):
    session.select_sample(7)
    numbers = session.derived.sample(7)
    x = normalised(session, session.dataset.X[7:8])
    trace = session.network.forward(x)
    grads = session.network.backward(trace, session.dataset.Y[7:8])
    for l in range(session.spec.n_layers):
        np.testing.assert_allclose(numbers.zs[l], trace.zs[l][0], rtol=1e-12)
        np.testing.assert_allclose(numbers.deltas[l], grads.deltas[l][0], rtol=1e-12)
        # ∂Cₓ/∂wᵢⱼˡ = aⱼˡ⁻¹ δᵢˡ for one sample
        np.testing.assert_allclose(numbers.nabla_w[l],
                                   np.outer(numbers.deltas[l], numbers.activations[l]),
                                   rtol=1e-12)
        np.testing.assert_allclose(numbers.nabla_b[l], numbers.deltas[l], rtol=1e-12)
    assert numbers.cost == pytest.approx(session.network.loss(x, session.dataset.Y[7:8]))
    # δ worked out: δˡ = ((Wˡ⁺¹)ᵀδˡ⁺¹) ⊙ σ'(zˡ) for the hidden layers; bce's δᴸ = aᴸ − y
    for l in range(session.spec.n_layers - 1):
        np.testing.assert_allclose(numbers.back[l],
                                   session.network.weights[l + 1].T @ numbers.deltas[l + 1])
        np.testing.assert_allclose(numbers.back[l] * numbers.sigma_primes[l],
                                   numbers.deltas[l], rtol=1e-12)
    assert numbers.back[-1] is None
    np.testing.assert_array_equal(numbers.x, session.dataset.X[7])


def test_the_plane_covers_the_data_and_holds_every_neurons_output(session):
    plane = session.derived.plane
    X = session.dataset.X
    span = X.max(axis=0) - X.min(axis=0)
    assert plane.xs[0] == pytest.approx(X[:, 0].min() - MARGIN * span[0])
    assert plane.ys[-1] == pytest.approx(X[:, 1].max() + MARGIN * span[1])
    assert [a.shape for a in plane.activations] == [
        (n, PLANE_POINTS, PLANE_POINTS) for n in session.spec.sizes]
    grid = np.stack(np.meshgrid(plane.xs, plane.ys), axis=-1).reshape(-1, 2)
    output = session.network.predict(normalised(session, grid))[:, 0]
    np.testing.assert_allclose(plane.output.ravel(), output, rtol=1e-12)
    assert plane.levels[-1] == (0.0, 1.0)  # a sigmoid output reads as a probability
    low, high = plane.levels[1]
    assert low == -high == -np.abs(plane.activations[1]).max()


def test_the_cost_and_counts_are_the_engines(session):
    training = session.training
    evaluation = session.derived.evaluation
    rows = slice(0, COST_ROWS)
    assert evaluation.cost == pytest.approx(session.network.loss(training.X[rows],
                                                                 training.Y[rows]))
    assert evaluation.metrics["accuracy"] == pytest.approx(metrics.accuracy(
        session.network.predict(training.X[rows]), training.Y[rows]))
    counts = session.derived.confusion
    assert session.derived.confusion_on == "validation"
    expected = metrics.confusion_matrix(session.network.predict(training.X_val),
                                        training.Y_val, n_classes=2,
                                        threshold=metrics.class_threshold(training.Y_val))
    np.testing.assert_array_equal(counts, expected)


def test_the_views_numbers_take_one_forward_pass_per_version(session):
    derived = session.derived
    parts = [derived.plane, derived.probe, derived.sample(), derived.evaluation]
    assert derived.passes == 1 and None not in parts
    assert derived.confusion is not None
    assert derived.passes == 2
    assert derived.probe is parts[1] and derived.plane is parts[0]  # asked again: kept
    assert derived.passes == 2


def test_a_new_version_has_new_numbers_and_what_is_looked_at_does_not(session):
    first = session.derived
    session.select_neuron(1, 0)
    assert session.derived is first
    session.set_weight(1, 0, 0, 2.5)
    second = session.derived
    assert second is not first
    assert not np.allclose(second.plane.output, first.plane.output)
    session.undo()
    np.testing.assert_allclose(session.derived.plane.output, first.plane.output)
    session.set_plane((-3.0, 3.0, -2.0, 2.0))
    assert session.derived.plane.plane == (-3.0, 3.0, -2.0, 2.0)


def test_data_that_are_not_two_dimensional_have_no_plane():
    project = new_project(datasets.load("iris"), hidden=[4], seed=0)
    session = Session(project, project_training_data(project))
    assert session.derived.plane is None
    assert session.derived.probe.activations[0].shape == (PROBE_SAMPLES, 4)
    assert session.derived.confusion.shape == (3, 3)


def test_a_training_runs_numbers_are_made_by_whoever_trains(session):
    run = session.start_run(confusion=True)
    for report in run.reports():
        if report.epoch >= 3:
            break
    derived = run.derived()
    assert derived.passes == 1  # probe, sample and plane; cost and counts came with reports
    assert derived.evaluation.cost == run.last_report.train_loss
    np.testing.assert_allclose(derived.plane.output.ravel(), run.network.predict(
        normalised(session, np.stack(np.meshgrid(derived.plane.xs, derived.plane.ys),
                                     axis=-1).reshape(-1, 2)))[:, 0], rtol=1e-12)
    session.show_progress(derived.network.weights, derived.network.biases,
                          run.take_finished(), derived)
    assert session.derived is derived


def test_outputs_a_hair_from_one_half_decide_nothing():
    """XOR with no hidden layer: gradient descent takes the weights towards 0 and every
    output ends 0.5 ± 1e-10. Those last digits made the accuracy jump from 50 % to 75 % and
    drew a decision boundary across the plane; within ``metrics.UNDECIDED`` of ½ an output
    is read as ½ itself: one class for all, half right, no boundary."""
    project = new_project(datasets.load("xor"), hidden=[], seed=0)
    session = Session(project, project_training_data(project))
    tiny = [np.array([[1.9e-10, -2.3e-10]])]
    session.replace_parameters(tiny, [np.array([-0.7e-10])])
    outputs = session.network.predict(session.dataset.X)
    assert np.all(np.abs(outputs - 0.5) < 1e-9) and len(np.unique(outputs)) > 1
    assert metrics.accuracy(outputs, session.dataset.Y) == 0.5
    assert session.derived.evaluation.metrics["accuracy"] == 0.5
    assert len(session.derived.plane.boundary) == 0
    # a real margin is read as before, and draws its line
    session.replace_parameters([np.array([[1.0, 1.0]])], [np.array([-1.0])])
    assert len(session.derived.plane.boundary) > 0
