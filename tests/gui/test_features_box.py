"""The ``inputFeatures`` box: toggling a feature changes the network's inputs as one undoable
edit, the canvas names the input neurons after the features, other data disable the box."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from engine import datasets


def _circles(window):
    window.document.set_data(datasets.load("circles", n_samples=120, seed=0), "standardise",
                             fit_network=True)


def test_toggling_a_feature_changes_the_inputs_and_undo_restores_them(window, qtbot):
    _circles(window)
    box = window.findChild(QWidget, "inputFeatures")
    assert box is not None and box.isEnabled()
    document = window.document
    assert box.chosen() == ["x1", "x2"] and document.spec.n_inputs == 2
    weights = document.network.weights[0].copy()
    with qtbot.waitSignal(document.specChanged):
        qtbot.mouseClick(box.buttons["x1^2"], Qt.MouseButton.LeftButton)
    assert document.spec.n_inputs == 3
    assert document.features.names == ("x1", "x2", "x1^2")
    assert box.buttons["x1^2"].isChecked()
    scene = window.findChild(QWidget, "networkCanvas").scene()
    assert [n.symbol for n in scene.neurons[0]] == ["x₁", "x₂", "x₁²"]
    assert document.derived.plane.activations[0].shape[0] == 3
    undo = window.findChild(QAction, "actionUndo")
    undo.trigger()
    assert document.spec.n_inputs == 2 and document.features is None
    assert (document.network.weights[0] == weights).all()
    assert box.chosen() == ["x1", "x2"]
    window.findChild(QAction, "actionRedo").trigger()
    assert document.spec.n_inputs == 3 and box.buttons["x1^2"].isChecked()


def test_the_last_feature_cannot_be_switched_off(window, qtbot):
    _circles(window)
    box = window.findChild(QWidget, "inputFeatures")
    document = window.document
    qtbot.mouseClick(box.buttons["x1"], Qt.MouseButton.LeftButton)
    assert document.features.names == ("x2",)
    with qtbot.waitSignal(document.editRefused):
        qtbot.mouseClick(box.buttons["x2"], Qt.MouseButton.LeftButton)
    assert document.features.names == ("x2",) and box.buttons["x2"].isChecked()
    assert "at least one" in box.message.text()


def test_data_of_another_shape_disable_the_toggles_with_a_reason(window):
    window.document.set_data(datasets.load("iris"), "standardise", fit_network=True)
    box = window.findChild(QWidget, "inputFeatures")
    assert not any(button.isEnabled() for button in box.buttons.values())
    assert "2 raw features" in box.hint.text()
    window.document.undo()
    assert all(button.isEnabled() for button in box.buttons.values())
