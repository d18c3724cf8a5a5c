"""Starting the Qt program: the application object, its language, the event loop, and
offscreen screenshots."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from engine import BackpropStudioError

APP_NAME = "Backprop Studio"
ORGANISATION = "Backprop Studio"
SCREENSHOT_SIZE = (1280, 800)
USAGE_ERROR = 2


#: the main windows open now, kept referenced (a language change replaces one: see
#: ``gui.language_menu``)
open_windows: list = []
#: how often the event loop collects Python's cyclic garbage (see ``_collect_garbage…``)
GC_INTERVAL_S = 0.5


_garbage_collector = None


def _collect_garbage_between_events() -> None:
    """Python's cyclic garbage collection only from the event loop, between events (pyqtgraph's
    ``GarbageCollector``): left to itself it can start inside a Qt call, and a Qt object it
    frees there deadlocks on the lock that call holds (seen: a menu freed while Qt was
    disconnecting a signal froze the window as it was rebuilt in another language)."""
    global _garbage_collector
    if _garbage_collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _garbage_collector = GarbageCollector(interval=GC_INTERVAL_S)


#: the Qt-free modules a window needs from its first moment, imported before Qt (see below)
BEFORE_QT = ("numpy.random", "engine.session", "engine.session.painting", "engine.diagnostics")


def _import_before_qt() -> None:
    """Import numpy and the engine before PySide6 when the program starts.

    Once loaded, PySide6 reads the source of every module imported after it (its
    ``__feature__`` switch searches each for the word "PySide6"): for the numpy and engine
    modules, which never use Qt, that was about 50 ms of a 0.6 s start. Imported first, they
    are not read. Nothing changes once Qt is in (tests, a second window).
    """
    import importlib

    if "PySide6" not in sys.modules:
        for name in BEFORE_QT:
            importlib.import_module(name)


def ensure_application(language: str | None = None):
    """The running QApplication, made (with names for QSettings) if there is none yet, and
    speaking ``language`` (else, if no language is installed yet, the chosen one:
    ``gui.i18n.chosen_language``)."""
    _import_before_qt()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    _collect_garbage_between_events()
    if not app.property("boxesFitted"):  # once per application
        from gui.message_boxes import fit_every_box

        fit_every_box(app)
        app.setProperty("boxesFitted", True)
    if not app.organizationName():
        app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    from gui import i18n

    if language is not None or i18n.current_language() is None:
        i18n.install(i18n.chosen_language(language), app)
    return app


def _build_window(project_path, restore_layout=True):
    """The program's window: its explorers hidden at start are built once it is up."""
    from gui import create_main_window

    try:
        return create_main_window(project_path, restore_layout=restore_layout,
                                  defer_hidden_views=True)
    except BackpropStudioError as error:
        sys.stderr.write(f"backprop-studio: error: {error}\n")
        return None


def _data_gone(project_path) -> bool:
    """Whether the project in ``project_path`` reads but its data file or folder is gone
    (``gui.file_actions`` then offers to find it)."""
    from gui.file_actions import missing_data_path

    try:
        from engine.project import load_project

        data = load_project(project_path).data
    except (BackpropStudioError, OSError):
        return False  # opening it reports what is wrong, as for any other project
    return missing_data_path(data) is not None


def run_gui(project_path=None, language: str | None = None) -> int:
    """The program's event loop: one window (more if several autosaves are restored), the
    exception hook installed, and the autosaves a crash or a kill left offered back;
    ``language`` (``--lang``) for this run only, else the chosen one."""
    from gui import crash_handler
    from gui.autosave import offer_recovery

    app = ensure_application(language)
    crash_handler.install()
    from engine.datasets.files import looks_like_csv

    data_file = project_path is not None and looks_like_csv(project_path)
    locate = project_path is not None and not data_file and _data_gone(project_path)
    window = _build_window(None if locate or data_file else project_path)
    if window is None and not (locate or data_file):
        # it cannot be opened: damaged, gone, or its data no longer fit it (a category it
        # never saw). The window opens on the example and File ▸ Open's way says why, or
        # offers another data file; a double-clicked damaged file showed no window at all
        locate, window = True, _build_window(None)
    if window is None:
        return USAGE_ERROR
    window.show_on_screen()
    if data_file:
        # a CSV named on the command line: the example project, the file in its CSV dialog
        window.files.open_path(project_path)
    elif locate:
        # its data file has moved (or no longer fits), or it cannot be read: the window
        # opens and asks where the data went or says why (Cancel, OK leave the example
        # open); opening the project remembers it among the recent ones
        window.files.open_path(project_path)
    elif project_path is not None and window.document.path is not None:
        from gui import recent_files

        recent_files.remember(window.document.path)
        window.files.say_data_changes()  # as File ▸ Open says it
    open_windows.append(window)

    def another_window():
        extra = _build_window(None)
        if extra is not None:
            extra.show_on_screen()
            open_windows.append(extra)
        return extra

    offer_recovery(window, another_window)
    return app.exec()


def save_screenshot(out_path: str, project_path=None, language: str | None = None) -> int:
    """Render the main window offscreen at 1280×800 into a PNG, in ``language`` if given;
    exit code 0 on success."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = ensure_application(language)
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


def exit_at_once(code: int) -> NoReturn:
    """End a finished one-shot run (``--screenshot``) without tearing Qt and Python down.

    The PNG is written and closed by then. What is left is destroying about a hundred
    widgets and every module, which takes longer than drawing the window did (0.1–0.2 s)
    and is where PySide bindings have crashed at exit before; pyqtgraph's ``exit()`` does
    the same for the same reasons. Only ``main.py`` run as a script calls this.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
