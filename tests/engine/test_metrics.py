"""Metrics: accuracy, R² as scikit-learn computes it, confusion matrices, the task's inference."""

import numpy as np
import pytest

from engine import LayerSpec, NetworkSpec, metrics


def test_accuracy_reads_classes_the_usual_way():
    assert metrics.accuracy(np.array([[0.7], [0.2], [0.5]]), np.array([[1], [1], [1]])) \
        == pytest.approx(2 / 3)
    assert metrics.accuracy(np.array([[0.1, 0.9], [0.8, 0.2]]),
                            np.array([[0, 1], [0, 1]])) == 0.5
    tanh_outputs, pm_targets = np.array([[0.3], [-0.2]]), np.array([[1.0], [-1.0]])
    assert metrics.accuracy(tanh_outputs, pm_targets, metrics.class_threshold(pm_targets)) == 1


def test_r2_matches_scikit_learn():
    sk = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(0)
    y, a = rng.normal(size=(30, 3)), rng.normal(size=(30, 3))
    assert metrics.r2_score(a, y) == pytest.approx(sk.r2_score(y, a), rel=1e-12)
    constant = np.ones((4, 1))
    assert metrics.r2_score(constant, constant) == 1.0


def test_confusion_matrix_counts_true_against_predicted():
    targets = np.eye(3)[[0, 1, 2, 2]]
    outputs = np.eye(3)[[0, 2, 2, 1]]
    np.testing.assert_array_equal(metrics.confusion_matrix(outputs, targets),
                                  [[1, 0, 0], [0, 0, 1], [0, 1, 1]])
    binary = metrics.confusion_matrix(np.array([[0.9], [0.1]]), np.array([[1.0], [1.0]]))
    np.testing.assert_array_equal(binary, [[0, 0], [1, 1]])


def test_task_is_inferred_from_the_loss_and_targets():
    bce = NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce")
    mse = NetworkSpec(2, [LayerSpec(2, "linear")], "mse")
    assert metrics.infer_task(bce, [[0.3]]) == "classification"
    assert metrics.infer_task(mse, [[0, 1], [1, 0]]) == "classification"
    assert metrics.infer_task(mse, [[0.5, 1.0]]) == "regression"
    assert metrics.infer_task(mse, [[1, 1]]) == "regression"


def test_multilabel_outputs_are_read_label_by_label():
    from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer

    targets = np.array([[0, 1, 1], [1, 0, 0], [0, 0, 0], [1, 1, 1]], float)
    perfect = np.where(targets == 1, 0.9, 0.1)
    perfect[0, 1] = 0.8  # [0.1, 0.8, 0.9] for [0, 1, 1]: right, but its largest is label 3
    assert metrics.accuracy(perfect, targets, multilabel=True) == 1.0
    assert metrics.accuracy(perfect, targets) < 1.0  # by the largest output: wrong
    one_wrong = perfect.copy()
    one_wrong[0, 2] = 0.4
    assert metrics.accuracy(one_wrong, targets, multilabel=True) == 0.75
    assert metrics.evaluate("classification", perfect, targets, multilabel=True) == {
        "subset_accuracy": 1.0}
    spec = NetworkSpec(2, [LayerSpec(3, "sigmoid")], "bce")
    assert metrics.is_multilabel(spec) and metrics.accuracy_name(spec) == "subset_accuracy"
    softmax = NetworkSpec(2, [LayerSpec(3, "softmax")], "cce")
    assert metrics.accuracy_name(softmax) == "accuracy"
    # the trainer reports it by that name, and means it: labels x₁ > 0, x₂ > 0, x₁ + x₂ > 0
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 2))
    Y = np.column_stack([X[:, 0] > 0, X[:, 1] > 0, X.sum(axis=1) > 0]).astype(float)
    net = Network(spec, seed=0)
    history = Trainer(net, TrainConfig(optimizer="adam", learning_rate=0.05, epochs=150)
                      ).fit(X, Y, X, Y)
    assert "accuracy" not in history.metrics
    exact = np.mean(np.all((net.predict(X) >= 0.5) == (Y == 1), axis=1))
    assert history.metrics["val_subset_accuracy"][-1] == exact > 0.9
