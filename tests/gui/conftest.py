"""GUI fixtures: skip without Qt, isolate QSettings, fail any test that leaves a QThread running;
and the documents and the canvas that many GUI tests share.

The shared fixtures import the program inside their bodies: ``test_thread_guard`` runs this
file alone in a bare folder, where only Qt and pytest can be imported.
"""

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThread
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_between_events(qapp):
    """As in the program: Python's cyclic collection runs from the event loop only, never
    inside a Qt call (where a Qt object it frees can deadlock Qt)."""
    from gui.app import _collect_garbage_between_events

    _collect_garbage_between_events()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Each test gets its own settings folder, so no test sees another's window layout."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QCoreApplication.setOrganizationName("BackpropStudioTests")
    yield


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path, monkeypatch):
    """Autosaves and error logs go to the test's own folder, never the user's."""
    monkeypatch.setenv("BACKPROP_STUDIO_DATA", str(tmp_path / "data"))
    yield


@pytest.fixture(autouse=True)
def no_thread_left_running(monkeypatch):
    """A test that leaves a QThread running fails: no thread may outlive its window.

    Every QThread started during the test is recorded; afterwards each still running is
    stopped (so later tests are not disturbed) and the test fails naming how many leaked.
    """
    started: list[QThread] = []
    original_start = QThread.start

    def recording_start(thread, *args, **kwargs):
        started.append(thread)
        return original_start(thread, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", recording_start)
    yield
    QCoreApplication.processEvents()
    leaked = [t for t in started if shiboken6.isValid(t) and t.isRunning()]
    for thread in leaked:
        thread.requestInterruption()
        thread.quit()
        thread.wait(5000)
    if leaked:
        pytest.fail(f"the test left {len(leaked)} QThread(s) running", pytrace=False)


@pytest.fixture(autouse=True)
def windows_deleted_afterwards(qapp):
    """The main windows a test made are deleted after it, and their timers with them: a
    window only closed would still build its hidden views (``HIDDEN_VIEWS_AFTER_MS`` after
    it opened) in a later test's time, taking the main thread from that test's training.
    A window still training is left to ``no_thread_left_running``."""
    yield
    for widget in QApplication.topLevelWidgets():
        training = getattr(widget, "training", None)
        if widget.objectName() == "MainWindow" and getattr(training, "thread", None) is None:
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog would wait forever offscreen: questions answer Discard, messages OK.

    Tests that check what a dialog says patch the function themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda *args, **kwargs: QMessageBox.StandardButton.Ok)


@pytest.fixture
def chinese_interface(qapp):
    """The whole interface in Chinese (every translator and the engine's hook, as
    ``--lang zh_CN`` installs them), English again afterwards."""
    from engine import text
    from gui import i18n
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE)
    yield
    i18n.install(ENGLISH)
    text.remove_translator()


@pytest.fixture
def window(qtbot):
    """The main window as the program opens it (not shown); left unmodified at the end, so
    closing it asks nothing."""
    from gui import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    yield window
    window.document.undo_stack.setClean()


@pytest.fixture
def document(qtbot):
    """A new document as the program starts it: the example project."""
    from gui.document import Document

    return Document()


@pytest.fixture
def controller(document):
    """The window's training controller on ``document``; any run is stopped at the end."""
    from gui.training.controller import TrainingController

    controller = TrainingController(document)
    yield controller
    controller.stop()


@pytest.fixture
def doc(qapp):
    """A document holding the 2-4-4-1 tanh net with sigmoid output (``use_network``'s)."""
    from gui.document import Document
    from tests.gui.network_fixtures import use_network

    document = Document()
    use_network(document)
    yield document
    document.undo_stack.clear()  # before the stack dies, so it announces nothing while dying


@pytest.fixture
def canvas(qtbot, doc):
    """The canvas on ``doc`` at 1000 × 700; a menu the test left open is closed."""
    from tests.gui.network_fixtures import show_canvas

    view = show_canvas(qtbot, doc)
    yield view
    menu = view.scene().open_menu
    if menu is not None and menu.isVisible():
        menu.close()
