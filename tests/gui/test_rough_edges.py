"""The rough edges a teacher found preparing a lesson in a real window, each kept fixed by a
test that uses the widgets as a user does (mouse and keys on the real widgets)."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest


def test_plus_clicked_four_times_in_place_adds_four_neurons(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    view = window.canvas
    scene = view.scene()
    where = view.mapFromScene(scene.decor.buttons[1][1].scenePos())
    for _ in range(4):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.document.spec.sizes[1] == 4 + 4
    moved = view.mapFromScene(scene.decor.buttons[1][1].scenePos()) - where
    assert moved.manhattanLength() <= 3
    minus = view.mapFromScene(scene.decor.buttons[1][0].scenePos())
    for _ in range(3):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=minus)
    assert window.document.spec.sizes[1] == 5


def test_the_palette_tile_drags_from_its_words_too(qtbot, window, monkeypatch):
    from gui.panels.palette import PaletteTile

    started = []
    monkeypatch.setattr(PaletteTile, "start_drag", lambda tile: started.append(tile))
    window.show()
    qtbot.waitExposed(window)
    tile = window.findChild(PaletteTile, "paletteNeuron")
    words = next(child for child in tile.children() if hasattr(child, "text")
             and "Neuron" in child.text())
    press = words.geometry().center()
    # where the words are, the press reaches the tile (the label lets it through)
    assert tile.childAt(press) is None or tile.childAt(press).testAttribute(
        Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    QTest.mousePress(tile, Qt.MouseButton.LeftButton, pos=press)
    QTest.mouseMove(tile, press + QPoint(30, 10))
    QTest.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=press + QPoint(30, 10))
    assert started == [tile]


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window):
    shortcuts = {key.toString() for key in window.action_redo.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= shortcuts
    assert QKeySequence("Ctrl+Z") in window.action_undo.shortcuts()


def test_the_step_refusal_goes_once_the_layer_is_sigmoid_again(qtbot, window):
    from PySide6.QtWidgets import QLabel

    message = window.findChild(QLabel, "trainingMessage")
    window.document.set_activation(1, "step")
    with qtbot.waitSignal(window.training.runEnded, timeout=10000):
        window.training.train()
    assert "step" in message.text() and not message.isHidden()
    window.document.set_activation(1, "sigmoid")
    assert message.isHidden()


def test_the_net_description_counts_one_layer_in_the_singular(window):
    from gui.canvas.decorations import describe_network as describe

    window.document.remove_hidden_layer(1)
    assert "L = 1 layer ·" in describe(window.document.spec)


def test_a_project_named_after_its_data_follows_new_data(window):
    from engine import datasets

    assert window.document.name == "xor"
    window.document.set_data(datasets.load("spirals"), fit_network=True)
    assert window.document.name == "spirals"
