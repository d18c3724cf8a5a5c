"""While training, the canvas's connections are drawn by the worker into pictures
(gui/canvas/edge_pictures.py) that the canvas paints in one call; they must look like the
lines the canvas draws itself, and give way to them whenever the view or the numbers differ."""

import numpy as np

from engine import datasets
from gui.canvas.edge_pictures import edge_steps, pen_groups
from gui.training.controller import State


def _pixels(pixmap) -> np.ndarray:
    image = pixmap.toImage().convertToFormat(pixmap.toImage().Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)
    return rows[:, :image.width(), :3].astype(int)


def _paused_run(qtbot, window):
    window.resize(1280, 800)
    window.show()
    window.document.set_data(datasets.load("moons", n_samples=80), fit_network=True)
    window.document.add_neuron(1)
    window.training.step("epoch")
    qtbot.waitUntil(lambda: window.training.state is State.PAUSED, timeout=10_000)


def test_the_workers_picture_looks_like_the_lines_and_gives_way_on_zoom(qtbot, window):
    _paused_run(qtbot, window)
    try:
        scene, view = window.canvas.scene(), window.canvas
        drawn = []
        for item in scene._edge_layers:
            original = item._paint_picture
            item._paint_picture = lambda painter, original=original: drawn.append(
                original(painter)) or drawn[-1]
        view.grab()  # publishes where the lines fall on screen
        window.training.step("epoch")  # the worker draws the next snapshot's pictures
        qtbot.waitUntil(lambda: window.training.state is State.PAUSED, timeout=10_000)
        assert scene.edge_pictures.wanted and scene.edge_pictures._pictures
        drawn.clear()
        with_pictures = _pixels(view.grab())
        assert drawn and all(drawn), "the pictures stand for the lines"
        scene.edge_pictures.wanted = False
        direct = _pixels(view.grab())
        assert np.abs(with_pictures - direct).max() <= 8
        scene.edge_pictures.wanted = True
        drawn.clear()
        view.scale(1.25, 1.25)  # another transform: the lines are drawn, not the picture
        view.grab()
        assert drawn and not any(drawn)
    finally:
        window.training.stop()


def test_steps_and_pen_groups_follow_the_weights():
    W = np.array([[0.5, -1.0], [0.0, 0.25]])
    colours, widths = edge_steps(W, 1.0, 48, 16)
    assert colours.tolist() == [72, 0, 48, 60] and widths.tolist() == [8, 16, 0, 4]
    groups = list(pen_groups(colours, widths, 48))
    assert [width for _, width, _ in groups] == sorted(width for _, width, _ in groups)
    assert sorted(int(k) for _, _, members in groups for k in members) == [0, 1, 2, 3]
    assert edge_steps(W, 0.0, 48, 16)[0].tolist() == [48] * 4


def test_weights_gone_to_zero_are_drawn_faint_not_strong():
    """The colour scale is the largest |w|, but at least SCALE_FLOOR: weights of 2e-10 (xor
    without a hidden layer, trained) are not drawn as if they were the strongest there are."""
    from gui.canvas.edge_pictures import SCALE_FLOOR, net_scale

    tiny = [np.array([[2e-10, -1e-10]])]
    assert net_scale(tiny) == SCALE_FLOOR
    colours, widths = edge_steps(tiny[0], net_scale(tiny), 48, 16)
    assert widths.tolist() == [0, 0] and colours.tolist() == [48, 48]
    assert net_scale([np.array([[0.5, -2.0]])]) == 2.0
    assert net_scale([np.zeros((1, 2))]) == 0.0
