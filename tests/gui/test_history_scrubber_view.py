"""The history scrubber (historyScrubber): after training, the views show an earlier epoch's
network; returning, an edit or saving never lose the current weights."""

import dataclasses

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSlider

from engine.session import Session
from gui.explorers.history_scrubber import HistoryScrubber
from gui.plots.weight_heatmaps import WeightHeatmaps


def same(these, those):
    return all(np.array_equal(a, b) for a, b in zip(these, those, strict=True))


def trained_window(window, qtbot, epochs=300):
    document = window.document
    document.session.config = dataclasses.replace(document.config, epochs=epochs,
                                                  mode="batch")
    speed = window.findChild(QSlider, "trainingSpeed")
    speed.setValue(speed.maximum())
    window.show()
    window.show_explorer("historyScrubberDock")
    with qtbot.waitSignal(window.training.runEnded, timeout=60000):
        window.training.train()
    qtbot.waitUntil(lambda: not document.live_training, timeout=10000)
    return document


def test_scrubbing_shows_an_early_epoch_and_returning_the_final_weights(window, qtbot,
                                                                        tmp_path):
    document = trained_window(window, qtbot)
    assert document.history.last_epoch() == 300
    final = [W.copy() for W in document.network.weights]
    scrubber = window.findChild(HistoryScrubber, "historyScrubber")
    assert scrubber is not None and scrubber.isVisible()
    slider = scrubber.slider
    assert slider.isEnabled() and slider.maximum() == 300 and slider.value() == 300

    heatmaps = window.findChild(WeightHeatmaps, "weightHeatmaps")
    repainted = []
    document.weightsChanged.connect(lambda: repainted.append(True))
    slider.setValue(3)
    snapshot = document.session.snapshots.at(3)
    assert snapshot.epoch == 3 and document.shown_epoch == 3
    assert same(document.network.weights, snapshot.weights)
    assert same(document.network.biases, snapshot.biases)
    assert document.derived.network is document.network
    assert repainted
    qtbot.waitUntil(lambda: np.array_equal(heatmaps.images[0].image, snapshot.weights[0]),
                    timeout=5000)
    assert "3" in scrubber.epoch_label.text()
    scrubber.grab().save("/tmp/scrub.png")

    # saving while scrubbed saves the final weights
    path = tmp_path / "scrubbed.bps.json"
    document.save(path)
    assert same(Session.open(path).network.weights, final)
    assert document.shown_epoch == 3

    qtbot.mouseClick(scrubber.findChild(QPushButton, "historyScrubberNow"),
                     Qt.MouseButton.LeftButton)
    assert document.shown_epoch is None and slider.value() == 300
    assert same(document.network.weights, final)
    qtbot.waitUntil(lambda: np.array_equal(heatmaps.images[0].image, final[0]), timeout=5000)

    slider.setValue(150)  # the nearest snapshot at or before it
    assert document.shown_epoch == document.session.snapshots.at(150).epoch <= 150
    slider.setValue(300)  # the end of the slider is now
    assert document.shown_epoch is None
    document.undo_stack.setClean()


def test_an_edit_while_scrubbed_returns_to_now_first(window, qtbot):
    document = trained_window(window, qtbot, epochs=50)
    final = [W.copy() for W in document.network.weights]
    scrubber = window.findChild(HistoryScrubber, "historyScrubber")
    scrubber.slider.setValue(1)
    assert document.shown_epoch == 1
    assert document.set_bias(1, 0, 0.5)
    assert document.shown_epoch is None
    assert scrubber.slider.value() == scrubber.slider.maximum()
    assert same(document.network.weights, final)  # the edit was made on the final weights
    assert document.network.biases[0][0] == 0.5
    document.undo()
    assert same(document.network.weights, final)

    scrubber.slider.setValue(2)
    epoch2 = [W.copy() for W in document.network.weights]
    assert document.restore_shown_weights()  # one undoable edit
    assert document.shown_epoch is None
    assert same(document.network.weights, epoch2)
    document.undo()
    assert same(document.network.weights, final)
    document.undo_stack.setClean()


def test_the_scrubber_waits_for_training_and_its_dock_is_hidden_by_default(window):
    dock = window.docks["historyScrubberDock"]
    assert dock.isHidden() and dock.property("hiddenByDefault")
    scrubber = window.findChild(HistoryScrubber, "historyScrubber")
    assert not scrubber.slider.isEnabled()  # nothing trained yet


def test_closing_the_scrubber_or_training_or_opening_returns_every_view_to_now(window, qtbot):
    """Tester 21, #13: closed at epoch 40, the scrubber left the canvas, the boundary and the
    stepper showing epoch 40 while the status bar said the run's last epoch."""
    from resources import example_projects

    document = trained_window(window, qtbot, epochs=60)
    final = [W.copy() for W in document.session.network.weights]
    heatmaps = window.findChild(WeightHeatmaps, "weightHeatmaps")
    dock = window.docks["historyScrubberDock"]
    scrubber = window.findChild(HistoryScrubber, "historyScrubber")
    scrubber.slider.setValue(5)
    assert document.shown_epoch == 5
    assert not same(document.derived.network.weights, final)
    dock.close()
    assert document.shown_epoch is None
    assert same(document.derived.network.weights, final)  # what every view draws
    qtbot.waitUntil(lambda: np.array_equal(heatmaps.images[0].image, final[0]), timeout=5000)

    window.show_explorer("historyScrubberDock")  # opened again: at now, not at 5
    assert scrubber.slider.value() == scrubber.slider.maximum()
    scrubber.slider.setValue(5)
    assert document.shown_epoch == 5
    with qtbot.waitSignal(window.training.runEnded, timeout=60000):
        window.training.train()
    assert document.shown_epoch is None

    scrubber.slider.setValue(5)
    assert document.shown_epoch == 5
    document.undo_stack.setClean()
    assert window.files.open_example(example_projects()[0])
    assert document.shown_epoch is None
    document.undo_stack.setClean()
