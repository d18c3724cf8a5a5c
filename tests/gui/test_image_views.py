"""Image data: first-layer weights drawn as pictures, and the confusion matrix's counts."""

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from engine import datasets
from engine.project.starting import new_project, project_training_data
from gui import create_main_window
from gui.plots.weight_images import mosaic


@pytest.fixture
def digits_window(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    project = new_project(datasets.load("digits", validation_share=0.2), hidden=[16],
                          activation="relu")
    window.document.replace_project(project, project_training_data(project))
    yield window
    window.document.undo_stack.setClean()


def test_mosaic_puts_each_row_in_its_tile():
    W1 = np.arange(4 * 64, dtype=float).reshape(4, 64)
    tiles = mosaic(W1, (8, 8))
    assert tiles.shape == (17, 17)
    np.testing.assert_array_equal(tiles[:8, :8], W1[0].reshape(8, 8))
    np.testing.assert_array_equal(tiles[9:, 9:], W1[3].reshape(8, 8))
    assert np.isnan(tiles[8, :]).all()


def test_weight_images_show_the_first_layer(digits_window):
    view = digits_window.findChild(QWidget, "weightImages")
    W1 = digits_window.document.network.weights[0]
    np.testing.assert_array_equal(view.image.image[:8, :8], W1[0].reshape(8, 8))
    low, high = view.colour_bar.levels()
    assert low == pytest.approx(-high)


def test_weight_images_explain_themselves_for_plain_data(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    view = window.findChild(QWidget, "weightImages")
    assert view.image.image is None
    assert "image data" in view.message.toPlainText()


def test_confusion_matrix_counts_the_validation_set(digits_window):
    view = digits_window.findChild(QWidget, "confusionMatrix")
    training = digits_window.document.training
    predicted = digits_window.document.network.predict(training.X_val).argmax(axis=1)
    true = training.Y_val.argmax(axis=1)
    assert view.counts.shape == (10, 10)
    assert view.counts.sum() == len(true)
    assert np.trace(view.counts) == int((predicted == true).sum())
    assert view.counts[3, 5] == int(((true == 3) & (predicted == 5)).sum())


def _count(window):
    training = window.document.training
    predicted = window.document.network.predict(training.X_val).argmax(axis=1)
    true = training.Y_val.argmax(axis=1)
    counts = np.zeros((10, 10), dtype=int)
    np.add.at(counts, (true, predicted), 1)
    return counts


def test_training_shows_the_reported_counts_without_recounting(digits_window, qtbot,
                                                               monkeypatch):
    window = digits_window
    view = window.findChild(QWidget, "confusionMatrix")
    network = window.document.network
    recounts = []
    real_predict = network.predict
    monkeypatch.setattr(network, "predict",
                        lambda X: recounts.append(len(X)) or real_predict(X))
    window.document.set_config(epochs=3)
    with qtbot.waitSignal(window.training.runEnded, timeout=30000):
        window.action_train.trigger()
    assert recounts == []  # not on the screen's thread, during or after the run
    # The run ended at an epoch's end: the reported validation counts are the final weights'.
    np.testing.assert_array_equal(view.counts, _count(window))


def test_other_weight_changes_are_counted_again(digits_window, qtbot):
    window = digits_window
    view = window.findChild(QWidget, "confusionMatrix")
    window.document.set_config(epochs=2)
    with qtbot.waitSignal(window.training.runEnded, timeout=30000):
        window.action_train.trigger()
    window.document.undo()
    np.testing.assert_array_equal(view.counts, _count(window))
    window.document.redo()
    np.testing.assert_array_equal(view.counts, _count(window))
