"""The training panel's initial-weights rule: choosing one draws the weights anew, undoably."""

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from engine import Network
from engine.project import load_project
from gui.panels.initialisation import InitialisationBox


@pytest.fixture
def box(qtbot, document):
    box = InitialisationBox(document)
    qtbot.addWidget(box)
    return box


def _choose(box, rule):
    combo = box.findChild(QComboBox, "initRule")
    combo.setCurrentIndex(combo.findData(rule))


def test_choosing_a_rule_draws_every_weight_by_it(box, document):
    before = [W.copy() for W in document.network.weights]
    _choose(box, "he")
    assert {layer.init for layer in document.spec.layers} == {"he"}
    expected = Network(document.spec, seed=document.config.seed)
    for W, E in zip(document.network.weights, expected.weights, strict=True):
        np.testing.assert_array_equal(W, E)
    document.undo()
    assert {layer.init for layer in document.spec.layers} == {"auto"}
    for W, B in zip(document.network.weights, before, strict=True):
        np.testing.assert_array_equal(W, B)
    assert box.findChild(QComboBox, "initRule").currentData() == "auto"


def test_uniform_takes_its_a(box, document):
    scale = box.findChild(QDoubleSpinBox, "initScale")
    assert not scale.isEnabled()
    _choose(box, "uniform")
    assert scale.isEnabled()
    scale.setValue(0.25)
    assert document.spec.layers[0].init_scale == 0.25
    assert max(np.abs(W).max() for W in document.network.weights) <= 0.25
    assert max(np.abs(b).max() for b in document.network.biases) <= 0.25


def test_zeros_start_every_hidden_neuron_alike(box, document):
    _choose(box, "zeros")
    assert all(not W.any() for W in document.network.weights)


def test_the_rule_is_saved_with_the_project(box, document, tmp_path):
    _choose(box, "glorot")
    path = tmp_path / "glorot.bps.json"
    document.save(path)
    assert {layer.init for layer in load_project(path).network.spec.layers} == {"glorot"}
    document.undo_stack.setClean()
