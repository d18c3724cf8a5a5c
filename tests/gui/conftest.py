"""GUI fixtures: skip without Qt, isolate QSettings, fail any test that leaves a QThread running."""

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings, QThread  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own settings file, so no test sees another's window layout."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QCoreApplication.setOrganizationName("BackpropStudioTests")
    yield


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    """A test that leaves a QThread running fails: no thread may outlive its window."""
    before = set(_running_threads(qapp))
    yield
    QCoreApplication.processEvents()
    leaked = [t for t in _running_threads(qapp) if t not in before]
    if leaked:
        for thread in leaked:
            thread.quit()
            thread.wait(2000)
        pytest.fail(f"test left {len(leaked)} QThread(s) running: {leaked}")


def _running_threads(qapp):
    return [t for t in qapp.findChildren(QThread) if t.isRunning()]
