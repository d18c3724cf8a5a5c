"""A window made small keeps some of its width for the canvas (at 640 × 520 the docks kept
their widths and the network canvas was 70 pixels wide, tester)."""

from gui.window_layout import NORMAL_CANVAS_SHARE


def test_shrinking_the_window_narrows_the_docks_before_the_canvas(window, qtbot):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    canvas = window.centralWidget()
    window.resize(640, 520)

    def roomy():
        if canvas.width() >= NORMAL_CANVAS_SHARE[0] * window.width() - 8:
            return True
        beside = [d for d in window.docks.values() if d.isVisible() and not d.isFloating()]
        docks = [d for d in beside if d.x() + d.width() <= canvas.x()
                 or d.x() >= canvas.x() + canvas.width()]
        return all(d.width() <= d.minimumSizeHint().width() + 8 for d in docks)

    qtbot.waitUntil(roomy, timeout=3000)
    assert canvas.width() > 150
