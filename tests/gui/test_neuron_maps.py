"""Each neuron of a net on 2-D data is filled with its output over the input plane: the
session's derived numbers, drawn."""

from PySide6.QtCore import QSettings

from engine import datasets
from engine.project.starting import new_project, project_training_data
from engine.session.derived import PLANE_POINTS
from gui import create_main_window
from gui.canvas.neuron_maps import POOL, map_images
from gui.main_window import SETTINGS_NEURON_MAPS


def test_maps_are_the_planes_numbers_pooled_and_coloured_on_the_weights_map(document):
    from PySide6.QtGui import QColor

    from gui import style

    plane = document.derived.plane
    images = map_images(plane)
    assert [len(layer) for layer in images] == list(document.spec.sizes)
    side = PLANE_POINTS // POOL
    assert all((image.width(), image.height()) == (side, side)
               for layer in images for image in layer)
    colours = style.diverging_colormap()

    def close(got, value):
        expected = colours.map(float(value), mode="qcolor")
        got = QColor(got)
        return all(abs(a - b) <= 5 for a, b in ((got.red(), expected.red()),
                                                (got.green(), expected.green()),
                                                (got.blue(), expected.blue())))

    def sampled(values):
        """What the picture shows: every third point, the top row the largest x₂."""
        return values[POOL // 2::POOL, POOL // 2::POOL][::-1]

    # x₁ (normalised) is symmetric about 0: a pixel near the right edge of the disc sits
    # towards the red end of ±max|x₁|
    x1 = sampled(plane.activations[0][0])
    limit = plane.levels[0][1]
    for px, py in ((side - 3, side // 2), (side // 2, side // 2), (2, side // 2)):
        assert close(images[0][0].pixel(px, py), (x1[py, px] / limit + 1) / 2)
    # a σ layer spans [0, 1]: a pixel's colour is its probability's
    output = sampled(plane.output)
    for px, py in ((side // 2, 2), (side // 2, side // 2), (side // 3, side - 3)):
        assert close(images[-1][0].pixel(px, py), output[py, px])
    # outside the disc the picture is transparent
    assert QColor.fromRgba(images[-1][0].pixel(0, 0)).alpha() == 0


def test_data_without_two_inputs_has_no_maps(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    project = new_project(datasets.load("digits", validation_share=0.2), hidden=[8])
    window.document.replace_project(project, project_training_data(project))
    assert window.document.derived.plane is None
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
    expected = map_images(window.document.derived.plane)[-1][0]
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


def test_three_inputs_have_no_maps(qtbot, document):
    from engine import LayerSpec, NetworkSpec
    from gui.canvas.scene import NetworkScene
    from tests.gui.network_fixtures import use_spec

    scene = NetworkScene(document)
    use_spec(document, NetworkSpec(3, [LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    assert document.derived.plane is None
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
    plane = document.derived.plane
    assert plane.plane == (-2.0, 2.0, -1.0, 3.0)
    assert (plane.xs[0], plane.xs[-1], plane.ys[0], plane.ys[-1]) == (-2.0, 2.0, -1.0, 3.0)
    assert scene.neurons[-1][0].output_map != before
    document.set_plane(None)
    assert scene.neurons[-1][0].output_map == before


def test_a_neuron_without_a_map_is_painted_once_and_copied_after(qapp):
    """Under connections that change every frame, a neuron that does not is copied from
    its pixmap; one showing its map (new every frame) is painted each time."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QGraphicsItem

    from gui.canvas.items import NeuronItem
    from gui.style import INPUT_FILL

    neuron = NeuronItem(1, 0, "", INPUT_FILL)
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert neuron.cacheMode() == cached
    neuron.set_output_map(QImage(8, 8, QImage.Format.Format_RGBA8888_Premultiplied))
    assert neuron.cacheMode() == QGraphicsItem.CacheMode.NoCache
    neuron.set_output_map(None)
    assert neuron.cacheMode() == cached and neuron.output_map is None
