"""The − button clicked twice in place while the stepper writes its numbers on the neurons:
the drawing moved after the first click and the second missed (tester)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest


def test_minus_clicked_twice_in_place_with_the_steppers_numbers_shown(qtbot, window):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen and bool(window.stepper.stages))
    window.stepper.go(len(window.stepper.stages) - 1)  # numbers on every neuron
    view = window.canvas
    scene = view.scene()

    def under_pointer():
        return view.viewport().mapFromGlobal(QCursor.pos())

    QCursor.setPos(view.viewport().mapToGlobal(
        view.mapFromScene(scene.decor.buttons[1][0].scenePos())))
    for _ in range(2):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under_pointer())
        qtbot.wait(50)  # the stepper's numbers come back on the rebuilt net
        button = view.mapFromScene(scene.decor.buttons[1][0].scenePos())
        assert (button - under_pointer()).manhattanLength() <= 3
    assert window.document.spec.sizes[1] == 4 - 2
