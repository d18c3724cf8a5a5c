"""The data panel: built-in sets with parameters, normalisation, the "does not fit" message
and its one-click fix, all undoable through the document."""

import numpy as np
import pytest

from engine import datasets
from engine.session import DataDoesNotFit
from engine.session.fitting import fitted_network
from gui.data.panel import DataPanel
from gui.plots.decision_boundary import DecisionBoundary


@pytest.fixture
def panel(qtbot, document):
    plot = DecisionBoundary(document)
    qtbot.addWidget(plot)
    panel = DataPanel(document, plot)
    qtbot.addWidget(panel)
    return panel


def test_a_built_in_with_parameters_becomes_the_data_and_undo_restores(panel, document, qtbot):
    before = document.dataset
    panel.builtin.select("moons", {"n_samples": 120, "noise": 0.2, "seed": 3})
    with qtbot.waitSignal(document.dataChanged):
        assert panel.apply_builtin()
    assert document.dataset.name == "moons" and document.dataset.n_samples == 120
    assert document.dataset.source["params"]["seed"] == 3
    assert len(document.training.X) == 96 and len(document.training.X_val) == 24
    assert "120 samples" in panel.shape.text()
    assert "training 96" in panel.shape.text()
    document.undo()
    assert document.dataset is before
    assert "4 samples" in panel.shape.text()


def test_the_form_is_built_from_the_parameters(panel):
    panel.builtin.select("clusters")
    assert set(panel.builtin.params()) == {p.name for p in datasets.info("clusters").params}
    panel.builtin.select("xor")
    assert panel.builtin.params() == {}


def test_normalisation_is_refitted_and_undoable(panel, document):
    panel.builtin.select("moons", {"n_samples": 100})
    panel.apply_builtin()
    document.set_normalisation("standardise")
    np.testing.assert_allclose(document.training.X.mean(axis=0), 0, atol=1e-12)
    assert panel.normalisation.currentData() == "standardise"
    document.undo()
    assert document.normalisation == "none"
    assert panel.normalisation.currentData() == "none"


def test_data_that_do_not_fit_change_nothing_and_the_fix_keeps_hidden_layers_fresh(
        panel, document):
    """The one-click fix keeps the hidden layers the user built, with fresh weights (as Reset
    Weights draws them): a weight trained on xor's x₁ means nothing for iris's sepal length."""
    from engine.network import Network

    document.add_hidden_layer(2, units=3)
    hidden = document.network.weights[1].copy()
    spec_before, data_before = document.spec, document.dataset
    hidden_layers = [(layer.units, layer.activation) for layer in spec_before.layers[:-1]]
    panel.builtin.select("iris")
    assert not panel.apply_builtin()
    assert panel.banner.isVisibleTo(panel)
    assert "4 input" in panel.banner_text.text()
    assert document.spec is spec_before and document.dataset is data_before

    panel.fit_button.click()
    assert not panel.banner.isVisibleTo(panel)
    assert document.spec.n_inputs == 4 and document.spec.n_outputs == 3
    assert document.spec.layers[-1].activation == "softmax" and document.spec.loss == "cce"
    assert [(layer.units, layer.activation)
            for layer in document.spec.layers[:-1]] == hidden_layers
    fresh = Network(document.spec, seed=document.config.seed, dtype=document.network.dtype)
    for mine, expected in zip(document.network.weights, fresh.weights, strict=True):
        np.testing.assert_array_equal(mine, expected)
    assert document.dataset.name == "iris"

    document.undo()  # one step: the old data, the old network and its weights
    assert document.spec == spec_before and document.dataset is data_before
    np.testing.assert_array_equal(document.network.weights[1], hidden)


def test_set_data_raises_a_readable_refusal(document):
    with pytest.raises(DataDoesNotFit, match="takes 2 input"):
        document.set_data(datasets.load("iris"))
    assert document.undo_stack.count() == 0


def test_regression_data_refit_the_output_to_mse(document):
    document.fit_network_to_data(datasets.load("sine"))
    assert document.spec.n_inputs == 1 and document.spec.loss == "mse"
    assert document.spec.layers[-1].activation == "linear"


def test_fitted_network_keeps_every_shared_weight():
    from engine import LayerSpec, Network, NetworkSpec

    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    fitted = fitted_network(net, datasets.load("clusters", n_classes=4), seed=1)
    np.testing.assert_array_equal(fitted.weights[0], net.weights[0])
    np.testing.assert_array_equal(fitted.weights[1][:1], net.weights[1])
    assert fitted.weights[1].shape == (4, 3)


def test_the_decision_boundary_shows_training_and_validation_points(panel, document):
    plot = panel.paint_tool.plot
    panel.builtin.select("circles", {"n_samples": 100, "validation_share": 0.3})
    panel.apply_builtin()
    assert len(plot.points.data) == 70 and len(plot.validation_points.data) == 30


def test_the_dock_is_in_the_main_window(qtbot):
    from gui import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert window.docks["dataDock"].widget().widget().objectName() == "dataPanel"
    window.docks["dataDock"].widget().widget().builtin.select("moons")
    window.docks["dataDock"].widget().widget().apply_builtin()
    assert "Moons" in window.status_label.text()  # the built-in by its title
    window.document.undo_stack.setClean()


def test_other_data_taken_in_start_from_fresh_weights_and_undo_brings_the_trained_back(
        panel, document, monkeypatch):
    """A trained network given other data that fit it (a CSV read again with its target
    divided, moons after xor) starts afresh, as Reset Weights draws them: weights fitted to
    the old data (a target 100,000 times larger) started the new run saturated. One undo
    step; the status bar says so. A built network's shape is kept; only its weights go."""
    from engine.network import Network

    document.session.set_config(epochs=3, mode="batch")
    run = document.session.start_run()
    for _report in run.reports():
        pass
    document.session.finish_run(run)
    assert len(document.history) == 3
    trained = [w.copy() for w in document.network.weights]
    spec = document.spec
    said = []
    monkeypatch.setattr(panel, "_say", said.append)
    panel.builtin.select("moons", {"n_samples": 60})
    assert panel.apply_builtin()
    fresh = Network(spec, seed=document.config.seed, dtype=document.network.dtype)
    assert document.spec == spec and document.dataset.name.startswith("moons")
    for mine, expected in zip(document.network.weights, fresh.weights, strict=True):
        np.testing.assert_array_equal(mine, expected)
    assert said and "The weights start afresh for these data" in said[-1]
    document.undo()
    for mine, before in zip(document.network.weights, trained, strict=True):
        np.testing.assert_array_equal(mine, before)


def test_weights_set_by_hand_and_not_trained_stay_with_other_data(panel, document):
    """Lesson 1: AND's weights, the threshold lowered by hand, then OR from the Data panel:
    "the same weights, another gate". Fresh weights (for trained ones) replaced them."""
    from engine import datasets
    from engine.project.starting import new_project, project_training_data

    project = new_project(datasets.load("and"), hidden=[], activation="step")
    document.replace_project(project, project_training_data(project))
    assert document.set_weight(1, 0, 0, 1.0) and document.set_weight(1, 0, 1, 1.0)
    assert document.set_bias(1, 0, -0.5)
    assert len(document.history) == 0
    set_by_hand = [w.copy() for w in document.network.weights + document.network.biases]
    panel.builtin.select("or", {})
    assert panel.apply_builtin()
    assert document.dataset.name.lower().startswith("or")
    for mine, before in zip(document.network.weights + document.network.biases, set_by_hand,
                            strict=True):
        np.testing.assert_array_equal(mine, before)
    document.undo_stack.setClean()


def test_use_this_data_stays_put_whichever_set_is_chosen(window, qtbot):
    """XOR's longer description pushed the button down after OR; the click landed beside
    it and a lesson ran on OR while the list read XOR; moons' three fields after XOR's none
    pushed it into the Samples field (testers)."""
    from PySide6.QtCore import Qt

    from engine import datasets

    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    dock = window.docks["dataDock"]
    dock.show()
    dock.raise_()
    panel = dock.widget().widget()
    moved = []
    for width in range(200, 420, 20):
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        places = {}
        for name in datasets.names():
            panel.builtin.select(name)
            qtbot.wait(5)
            places[name] = panel.apply_button.mapTo(panel, panel.apply_button.rect().topLeft())
        if len(set(places.values())) > 1:
            moved.append((width, places))
    assert not moved


def test_a_target_the_output_cannot_reach_is_said_beside_the_data(panel, document):
    """XOR's sigmoid output kept for the plane's targets in [−1, 1]: it trained to R² ≈ 0
    without a word (tester)."""
    document.set_loss("mse")
    document.set_data(datasets.load("plane"))
    assert document.spec.layers[-1].activation == "sigmoid"
    assert not panel.target_hint.isHidden()
    assert "gives values between 0 and 1 only" in panel.target_hint.text()
    document.set_activation(document.spec.n_layers, "linear")
    assert panel.target_hint.isHidden()
