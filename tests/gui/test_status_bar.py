"""The status bar's message never runs into the figures on the right, even when one appears
or grows while it shows; the figures keep a gap between them."""

from PySide6.QtWidgets import QLabel, QMainWindow

from gui.status_bar import FIGURE_GAP, StatusBar


def test_a_figure_appearing_cuts_the_message_showing(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = StatusBar(window)
    window.setStatusBar(bar)
    window.resize(700, 200)
    first = QLabel("data: xor · 4 samples")
    bar.addPermanentWidget(first)
    window.show()
    qtbot.waitExposed(window)
    text = ("Lesson preset “XOR lesson” saved in the project: save the project to hand it "
            "out to the students")
    bar.showMessage(text, 15000)
    shown = bar.currentMessage()
    later = QLabel("epoch 500 · C = 2.716e-06 · 2 controls locked by the lesson")
    bar.addPermanentWidget(later)
    qtbot.waitUntil(lambda: bar.currentMessage() != shown)
    assert bar.currentMessage().endswith("…") and bar.full_message == text
    room = bar.width() - first.width() - later.width()
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= room
    assert later.contentsMargins().left() >= FIGURE_GAP  # not run into the figure before
    later.hide()
    qtbot.waitUntil(lambda: len(bar.currentMessage()) > len(shown) - 1)



def test_the_cost_after_a_typed_weight_is_said_beside_the_last_epochs(window, qtbot):
    """Set a bias by hand after training: the status bar still read the last epoch's C
    as if it were the cost now (tester)."""
    from PySide6.QtWidgets import QLabel

    window.document.set_config(epochs=30)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    label = next(label for label in window.statusBar().findChildren(QLabel)
                 if label.text().startswith("epoch 30"))
    assert "edited" not in label.text()
    window.document.set_bias(2, 0, 1.5)
    now = window.document.derived.evaluation.cost
    assert label.text().endswith(f"edited since: C = {now:.4g}")
    window.document.undo()
    assert "edited" not in label.text()
