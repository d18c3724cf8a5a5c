"""Each neuron of a net on 2-D data is filled with its output over the input plane."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from engine import datasets
from engine.project.starting import new_project, project_training_data
from gui import create_main_window
from gui.canvas.neuron_maps import MAP_POINTS, layer_activations, map_images
from gui.document import Document
from gui.main_window import SETTINGS_NEURON_MAPS
from gui.plots.plane import plane_axes, plane_points


@pytest.fixture
def document(qtbot):
    return Document()


def test_the_inputs_maps_are_the_features_themselves(document):
    x1, x2 = layer_activations(document)[0]
    assert x1.shape == x2.shape == (MAP_POINTS, MAP_POINTS)
    assert (np.diff(x1, axis=1) > 0).all()  # x₁ grows to the right
    assert np.allclose(np.diff(x1, axis=0), 0)
    assert (np.diff(x2, axis=0) < 0).all()  # x₂ grows upwards: row 0 is the top


def test_each_neurons_map_is_its_activation_on_the_plane(document):
    activations = layer_activations(document)
    grid = plane_points(*plane_axes(document.dataset.X, MAP_POINTS))
    trace = document.network.forward(document.normalise(grid))
    for l, maps in enumerate(activations):
        assert maps.shape[0] == document.spec.sizes[l]
        for i, picture in enumerate(maps):
            np.testing.assert_allclose(picture[::-1].ravel(), trace.activations[l][:, i])
    output = activations[-1][0][::-1].ravel()
    np.testing.assert_allclose(output, document.predict_raw(grid)[:, 0])


def test_maps_are_coloured_on_the_weights_map(document):
    from PySide6.QtGui import QColor

    from gui import style

    images = map_images(document)
    assert [len(layer) for layer in images] == list(document.spec.sizes)
    x1 = images[0][0]
    assert (x1.width(), x1.height()) == (MAP_POINTS, MAP_POINTS)
    # x₁'s largest value, at the right edge, is the end of the symmetric range: full red
    right_end = style.diverging_colormap().map(1.0, mode="qcolor")
    assert QColor(x1.pixel(MAP_POINTS - 1, 0)).name() == right_end.name()
    # a σ layer spans [0, 1]: the output's colour at a point is its probability's
    output = layer_activations(document)[-1][0]
    expected = style.diverging_colormap().map(float(output[0, 0]), mode="qcolor")
    got = QColor(images[-1][0].pixel(0, 0))
    assert abs(got.red() - expected.red()) <= 3 and abs(got.blue() - expected.blue()) <= 3


def test_data_without_two_inputs_has_no_maps(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    project = new_project(datasets.load("digits", validation_share=0.2), hidden=[8])
    window.document.replace_project(project, project_training_data(project))
    assert layer_activations(window.document) is None
    assert not window.canvas.scene().has_output_maps()
    assert not window.action_neuron_maps.isEnabled()
    window.document.undo_stack.setClean()


def test_the_view_menu_switches_the_maps_and_remembers(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    scene = window.canvas.scene()
    assert window.action_neuron_maps.isEnabled()
    assert window.action_neuron_maps.isChecked() and scene.has_output_maps()
    window.action_neuron_maps.trigger()
    assert not scene.has_output_maps()
    assert QSettings().value(SETTINGS_NEURON_MAPS, type=bool) is False
    again = create_main_window()
    qtbot.addWidget(again)
    assert not again.action_neuron_maps.isChecked()
    assert not again.canvas.scene().has_output_maps()


def test_the_maps_follow_training(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    output = window.canvas.scene().neurons[-1][0]
    before = output.output_map.copy()
    window.document.set_config(epochs=50)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    assert output.output_map != before
    expected = map_images(window.document)[-1][0]
    assert output.output_map == expected
    window.document.undo_stack.setClean()


def test_an_edited_architecture_gets_maps_for_its_new_neurons(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    window.document.add_neuron(1)
    scene = window.canvas.scene()
    assert len(scene.neurons[1]) == 5
    assert all(item.output_map is not None for column in scene.neurons for item in column)
    window.document.undo_stack.setClean()


def test_a_network_that_does_not_fit_the_data_has_no_maps(qtbot, document):
    from engine import LayerSpec, NetworkSpec
    from gui.canvas.scene import NetworkScene
    from tests.gui.network_fixtures import use_spec

    scene = NetworkScene(document)
    use_spec(document, NetworkSpec(3, [LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    assert layer_activations(document) is None
    assert not scene.has_output_maps()


def test_neurons_too_small_for_a_picture_keep_their_fill(qtbot, document):
    from engine import LayerSpec, NetworkSpec
    from gui.canvas.scene import NetworkScene
    from tests.gui.network_fixtures import use_spec

    scene = NetworkScene(document)
    use_spec(document, NetworkSpec(2, [LayerSpec(40, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    assert all(item.output_map is None for item in scene.neurons[1])
    assert scene.neurons[0][0].output_map is not None  # the inputs are big enough
    assert scene.neurons[2][0].output_map is not None


def test_the_maps_cover_the_plane_the_decision_boundary_holds(qtbot, document):
    from gui.canvas.scene import NetworkScene

    scene = NetworkScene(document)
    before = scene.neurons[-1][0].output_map.copy()
    document.set_plane((-2.0, 2.0, -1.0, 3.0))  # as the paint tool does
    x1, x2 = layer_activations(document)[0]
    corners = document.normalise(np.array([[-2.0, 3.0], [2.0, -1.0]]))
    assert (x1[0, 0], x2[0, 0]) == pytest.approx(tuple(corners[0]))  # top left
    assert (x1[-1, -1], x2[-1, -1]) == pytest.approx(tuple(corners[1]))  # bottom right
    assert scene.neurons[-1][0].output_map != before
    document.set_plane(None)
    assert scene.neurons[-1][0].output_map == before
