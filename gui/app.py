"""Starting the Qt program: the application object, the event loop, and offscreen screenshots."""

from __future__ import annotations

import os
import sys

from engine import BackpropStudioError

APP_NAME = "Backprop Studio"
ORGANISATION = "Backprop Studio"
SCREENSHOT_SIZE = (1280, 800)
USAGE_ERROR = 2


def ensure_application():
    """The running QApplication, made (with names for QSettings) if there is none yet."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not app.organizationName():
        app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    return app


def _build_window(project_path, restore_layout=True):
    from gui import create_main_window

    try:
        return create_main_window(project_path, restore_layout=restore_layout)
    except BackpropStudioError as error:
        sys.stderr.write(f"backprop-studio: error: {error}\n")
        return None


def run_gui(project_path=None) -> int:
    app = ensure_application()
    window = _build_window(project_path)
    if window is None:
        return USAGE_ERROR
    window.show()
    return app.exec()


def save_screenshot(out_path: str, project_path=None) -> int:
    """Render the main window offscreen at 1280×800 into a PNG; exit code 0 on success."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = ensure_application()
    window = _build_window(project_path, restore_layout=False)
    if window is None:
        return USAGE_ERROR
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    window.canvas.fit_to_view()
    app.processEvents()
    if not window.grab().save(out_path):
        sys.stderr.write(f"backprop-studio: error: cannot write the screenshot to {out_path}\n")
        return USAGE_ERROR
    window.close()
    return 0
