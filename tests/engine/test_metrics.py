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
