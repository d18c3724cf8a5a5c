"""The lessons (``resources/lessons``), without Qt: every project opens and trains, is what
``tools/make_lessons.py`` makes, has its guide in both languages, and does what its guide says
happens (the numbers here are the ones the guides quote)."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from engine import SpecError, datasets
from engine.session import Session
from tools.make_lessons import LESSONS, LESSONS_DIR, build, lesson_path

LANGUAGES = ("en", "zh_CN")
NAMES = list(LESSONS)


def train(session: Session, **settings):
    """Train ``session`` with its settings (changed by ``settings`` first), as the window's
    Train does; the reports, in order."""
    if settings:
        session.set_config(**settings)
    run = session.start_run()
    reports = list(run.reports())
    session.finish_run(run)
    return reports


def opened(name: str) -> Session:
    return Session.open(lesson_path(name))


def accuracy(session: Session) -> float:
    return session.derived.evaluation.metrics["accuracy"]


def epoch_ends(reports):
    return [report for report in reports if report.epoch_done]


# ---- the files ------------------------------------------------------------------------------

def test_every_lesson_file_is_there_and_nothing_else():
    on_disk = {path.name.removesuffix(".bps.json") for path in LESSONS_DIR.glob("*.bps.json")}
    assert on_disk == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_file_is_what_the_generator_makes(name):
    """The committed project is the generator's: same net, weights, settings and data (run
    ``python -m tools.make_lessons`` after changing either)."""
    made, stored = build(name), opened(name)
    assert stored.spec == made.spec
    for ours, theirs in zip(made.network.weights + made.network.biases,
                            stored.network.weights + stored.network.biases, strict=True):
        np.testing.assert_array_equal(ours, theirs)
    assert stored.config == made.config
    assert stored.dataset.source == made.dataset.source
    np.testing.assert_array_equal(stored.training.X, made.training.X)
    assert len(stored.history) == 0


@pytest.mark.parametrize("name", NAMES)
def test_every_lesson_opens_and_trains_a_few_epochs(name):
    session = opened(name)
    if session.config.mode != "perceptron" and any(
            layer.activation == "step" for layer in session.spec.layers):
        session.set_config(mode="perceptron")  # lesson 3's second step
    reports = train(session, epochs=3)
    assert session.history.last_epoch() == reports[-1].epoch
    assert all(math.isfinite(report.train_loss) for report in reports)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_every_guide_exists_and_says_something(name, language):
    text = (LESSONS_DIR / f"{name}.{language}.html").read_text(encoding="utf-8")
    words = re.sub(r"<[^>]+>|\{[a-z]+:[A-Za-z0-9_]+\}", " ", text)
    assert text.lstrip().startswith("<h2>")
    assert "<ol>" in text and text.count("<li>") >= 4  # steps to follow
    assert len(words.split()) >= 120 if language == "en" else len(words) >= 500


@pytest.mark.parametrize("name", NAMES)
def test_the_two_guides_name_the_same_things(name):
    """Both languages point at the same actions, panels and choices."""
    found = [sorted(set(re.findall(r"\{[a-z]+:[A-Za-z0-9_]+\}", (
        LESSONS_DIR / f"{name}.{language}.html").read_text(encoding="utf-8"))))
        for language in LANGUAGES]
    assert found[0] == found[1]


@pytest.mark.parametrize("name", NAMES)
def test_the_chinese_guide_uses_the_notes_terms(name):
    text = (LESSONS_DIR / f"{name}.zh_CN.html").read_text(encoding="utf-8")
    assert "讲义" in text
    terms = ("神经元", "阈值", "激活函数", "阶跃函数", "隐含层", "代价函数", "交叉熵", "反向传播",
             "误差", "梯度下降", "批量", "随机", "小批量", "迭代", "期")
    assert sum(term in text for term in terms) >= 3


# ---- what each guide says happens ----------------------------------------------------------

def test_one_neuron_computes_and_then_or_by_its_threshold():
    session = opened("one_neuron")
    assert session.spec.layers[0].activation == "step"
    assert -session.network.biases[0][0] == 1.5  # θ = −b
    assert accuracy(session) == 1.0  # AND before any training
    assert session.derived.evaluation.cost == 0.0  # the loss plot's epoch 0
    session.set_bias(1, 0, -0.5)
    assert accuracy(session) == 0.5  # OR's answers on AND's points: two wrong
    assert session.derived.evaluation.cost == pytest.approx(0.25)
    session.set_data(datasets.load("or"))
    assert accuracy(session) == 1.0
    session.reset_weights()
    reports = train(session)
    assert reports[-1].stop_reason == "converged"
    assert reports[-1].epoch <= 10
    assert accuracy(session) == 1.0


def test_xor_without_a_hidden_layer_stalls_and_with_one_is_solved():
    session = opened("xor_hidden_layer")
    assert session.spec.n_layers == 1
    reports = epoch_ends(train(session))
    assert max(report.metrics["accuracy"] for report in reports) < 1.0
    assert reports[-1].train_loss == pytest.approx(math.log(2), abs=1e-3)
    assert reports[0].train_loss > reports[-1].train_loss
    np.testing.assert_allclose(session.network.predict(session.dataset.X), 0.5, atol=0.01)
    # Edit ▸ Add Hidden Layer: three tanh neurons (the palette tile's, tests/gui/test_lessons)
    session.add_hidden_layer(1, units=3)
    session.add_neuron(1)  # Edit ▸ Add Neuron, once
    assert session.spec.sizes == (2, 4, 1)
    assert session.spec.layers[0].activation == "tanh"
    reports = epoch_ends(train(session))
    assert reports[-1].metrics["accuracy"] == 1.0
    assert reports[-1].train_loss < 0.05


def test_step_refuses_gradient_descent_and_trains_by_the_perceptron_rule():
    session = opened("step_gradient")
    assert session.config.mode == "batch"
    assert accuracy(session) == 0.25  # three of OR's four points wrong
    before = [W.copy() for W in session.network.weights]
    with pytest.raises(SpecError, match=r"step activation, which gradient descent cannot "
                                        r"train.*derivative is 0.*perceptron"):
        session.start_run()
    np.testing.assert_array_equal(session.network.weights[0], before[0])
    reports = train(session, mode="perceptron")
    assert reports[-1].stop_reason == "converged" and reports[-1].epoch == 4
    assert accuracy(session) == 1.0
    # the smooth way: sigmoid, batch gradient descent, fresh weights
    session.set_activation(1, "sigmoid")
    session.reset_weights()
    reports = epoch_ends(train(session, mode="batch"))
    first_right = next(r.epoch for r in reports if r.metrics["accuracy"] == 1.0)
    assert 25 <= first_right <= 45 and reports[-1].metrics["accuracy"] == 1.0
    assert reports[-1].train_loss < reports[first_right - 1].train_loss
    # and XOR: the rule keeps cycling, and says so
    session.set_activation(1, "step")
    session.set_config(mode="perceptron")
    session.set_data(datasets.load("xor"))
    session.reset_weights()
    reports = train(session)
    assert reports[-1].stop_reason == "not_separable"
    assert "not linearly separable" in reports[-1].message


def test_deep_sigmoid_net_loses_its_error_signal_and_tanh_relu_do_not():
    session = opened("vanishing_gradients")
    assert session.spec.n_layers == 6
    delta = session.derived.diagnostics.mean_delta
    assert delta[0] / delta[-1] < 1e-3  # "about 10⁻⁴ of what the output layer gets"
    assert np.all(np.diff(delta) > 0)  # shrinking at every layer on the way back
    reports = epoch_ends(train(session))
    assert reports[-1].train_loss == pytest.approx(math.log(2), abs=0.02)
    assert reports[-1].metrics["accuracy"] < 0.6
    for activation in ("tanh", "relu"):  # step 3, then step 4 from where step 3 ends
        for layer in range(1, 6):
            session.set_activation(layer, activation)
        if activation == "relu":
            session.reset_weights()  # He's initialisation, for ReLU
        delta = session.derived.diagnostics.mean_delta
        assert delta[0] / delta[-1] > 1e-2, activation
        reports = epoch_ends(train(session))
        assert reports[-1].metrics["accuracy"] == 1.0, activation
        assert reports[-1].train_loss < 0.05, activation


def test_batch_stochastic_and_minibatch_as_the_guide_says():
    session = opened("batch_sizes")
    N = len(session.training.X)
    assert N == 160 and session.config.batch_size == 16
    start = [W.copy() for W in session.network.weights]
    outcome = {}
    for mode, per_epoch in (("minibatch", 10), ("batch", 1), ("stochastic", N)):
        session.reset_weights()  # the same starting weights, drawn from the project's seed
        for ours, stored in zip(session.network.weights, start, strict=True):
            np.testing.assert_array_equal(ours, stored)
        reports = epoch_ends(train(session, mode=mode))
        assert reports[-1].iterations_per_epoch == per_epoch
        assert reports[-1].iteration == 50 * per_epoch
        losses = np.array([report.train_loss for report in reports])
        outcome[mode] = (losses, reports[-1].metrics["accuracy"])
    assert outcome["minibatch"][0][-1] == pytest.approx(0.23, abs=0.01)
    assert outcome["minibatch"][1] == pytest.approx(0.89, abs=0.01)
    assert outcome["batch"][0][-1] == pytest.approx(0.27, abs=0.01)
    assert np.all(np.diff(outcome["batch"][0]) < 0)  # smooth: lower at every epoch
    assert outcome["stochastic"][0][-1] == pytest.approx(0.02, abs=0.01)
    assert outcome["stochastic"][1] >= 0.99
    assert np.sum(np.diff(outcome["stochastic"][0]) > 0) >= 3  # jagged


def test_softmax_outputs_are_probabilities_and_learn_four_classes():
    session = opened("softmax_classes")
    assert session.spec.layers[-1].activation == "softmax" and session.spec.loss == "cce"
    assert session.spec.sizes == (2, 6, 4)
    X = session.training.X
    outputs = session.network.predict(X)
    np.testing.assert_allclose(outputs.sum(axis=1), 1.0)
    assert outputs.max() < 0.6  # before training no class is sure
    reports = epoch_ends(train(session))
    assert reports[-1].train_loss == pytest.approx(0.13, abs=0.02)
    assert reports[-1].metrics["accuracy"] > 0.9
    outputs = session.network.predict(X)
    np.testing.assert_allclose(outputs.sum(axis=1), 1.0)
    assert outputs.max() > 0.95  # a sample well inside its cluster
    Y = session.training.Y
    for j in range(4):  # each output claims its class's part of the plane
        in_class = Y[:, j] == 1
        assert np.mean(outputs[in_class].argmax(axis=1) == j) > 0.9, j
    # δᴸ = aᴸ − y for softmax with the cross-entropy, sample by sample
    grads = session.network.backward(session.network.forward(X[:1]), Y[:1])
    np.testing.assert_allclose(grads.deltas[-1], outputs[:1] - Y[:1], atol=1e-12)
