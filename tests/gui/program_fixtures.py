"""``python main.py PROJECT`` in a test: the program's own start (``gui.app.run_gui``) with
its event loop, crash hook and recovery offer stubbed, the window it opened returned."""


def run_program_on(qtbot, monkeypatch, path):
    from PySide6.QtWidgets import QApplication

    from gui import app as gui_app

    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr("gui.autosave.offer_recovery",
                        lambda window, make=None: windows.append(window) or [])
    monkeypatch.setattr("gui.crash_handler.install", lambda: None)
    assert gui_app.run_gui(str(path)) == 0
    qtbot.addWidget(windows[0])
    return windows[0]
