"""No exception reaches the user as a traceback or a silent failure: the hook logs it, shows
a short message with the details, and the program keeps running; the training worker's
unexpected errors arrive the same way and end the run."""

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from gui import crash_handler
from gui.crash_handler import CrashHandler, log_path


@pytest.fixture
def handler(qapp):
    made = CrashHandler()
    yield made
    made.uninstall()
    if made.box is not None:
        made.box.close()


def fake_error():
    try:
        raise ValueError("a number that is not one")
    except ValueError:
        return sys.exc_info()


def test_the_hook_shows_a_message_with_details_and_writes_the_log(handler, tmp_path):
    handler.handle(*fake_error())
    box = handler.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.objectName() == "errorMessage"
    assert box.icon() is QMessageBox.Icon.Critical
    assert "ValueError: a number that is not one" in box.informativeText()
    assert "keeps running" in box.informativeText()
    assert str(log_path()) in box.informativeText()
    assert log_path() == tmp_path / "data" / "logs" / "errors.log"
    assert "Traceback (most recent call last)" in box.detailedText()
    assert "fake_error" in box.detailedText()
    assert not box.isModal()  # the program keeps running behind it
    log = log_path().read_text()
    assert "ValueError: a number that is not one" in log and "fake_error" in log
    assert "Backprop Studio" in log
    box.close()
    assert handler.box is None


def test_errors_while_the_message_is_up_are_added_to_it(handler):
    handler.handle(*fake_error())
    box = handler.box
    try:
        raise KeyError("second")
    except KeyError:
        handler.handle(*sys.exc_info())
    assert handler.box is box
    assert "2 errors so far" in box.informativeText() and "KeyError" in box.informativeText()
    assert box.detailedText().count("Traceback") == 2
    assert log_path().read_text().count("Traceback") == 2


def test_install_takes_sys_and_threading_hooks_and_gives_them_back(handler):
    before, before_threads = sys.excepthook, threading.excepthook
    handler.install()
    assert sys.excepthook == handler.handle
    assert threading.excepthook != before_threads
    handler.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_threads


def test_keyboard_interrupt_goes_to_the_previous_hook(handler, monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args[0]))
    handler.install()
    handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and handler.box is None


def test_an_error_in_a_timer_is_shown_and_the_program_goes_on(handler, qtbot):
    handler.install()

    def broken():
        raise RuntimeError("a slot that fails")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: handler.box is not None, timeout=5000)
    assert "RuntimeError: a slot that fails" in handler.box.informativeText()
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=5000)


def test_an_error_in_another_thread_is_shown_on_the_main_one(handler, qtbot):
    handler.install()

    def broken():
        raise OSError("the disk went away")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.box is not None, timeout=5000)
    assert "OSError: the disk went away" in handler.box.informativeText()
    assert "the disk went away" in log_path().read_text()


def test_a_log_that_cannot_be_written_is_said(handler, tmp_path):
    (tmp_path / "data").write_text("a file where the folder should be")
    handler.handle(*fake_error())
    assert "could not be written" in handler.box.informativeText()


def test_an_unexpected_error_in_the_worker_ends_the_run_and_is_shown(window, qtbot,
                                                                     monkeypatch):
    from engine.session.runs import TrainingRun
    from gui.training.controller import State

    def broken(self):
        yield from ()
        raise ZeroDivisionError("a bug in the trainer")

    original = TrainingRun.reports
    monkeypatch.setattr(TrainingRun, "reports", broken)
    shown = crash_handler.handler()
    ended = []
    window.training.runEnded.connect(ended.append)
    window.training.train()
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert window.training.state is State.IDLE and window.training.thread is None
    assert "ZeroDivisionError: a bug in the trainer" in ended[0]
    assert str(log_path()) in ended[0]
    qtbot.waitUntil(lambda: shown.box is not None, timeout=5000)
    assert "ZeroDivisionError" in shown.box.informativeText()
    assert "a bug in the trainer" in shown.box.detailedText()
    assert "a bug in the trainer" in log_path().read_text()
    status = window.statusBar().currentMessage()
    assert "unexpected error" in status
    shown.box.close()
    # and training works again afterwards
    monkeypatch.setattr(TrainingRun, "reports", original)
    window.document.set_config(epochs=3)
    ended.clear()
    window.training.train()
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    assert ended == [None] and window.document.history.last_epoch() == 3


def test_quitting_with_the_message_up_closes_it_cleanly(handler, window, qtbot):
    """The message sits over the window; closing every window (as quitting does) once
    crashed in QDialog::setResult when the box deleted itself on close."""
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    handler.handle(*fake_error())
    assert handler.box is not None
    QApplication.closeAllWindows()
    QApplication.processEvents()
    assert handler.box is None
