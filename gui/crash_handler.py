"""No exception reaches the user as a traceback or a silent failure.

``install()`` (called by ``gui.app.run_gui``) makes ``sys.excepthook`` and
``threading.excepthook`` this module's: an exception nobody caught is written, with its
traceback, to a log file in the user's data folder (``gui.autosave.data_folder()``), and a
short message says what happened, where the log is, with the traceback under "Show
Details…"; the program keeps running. The message is not modal, so an error inside a paint
or a timer does not stack event loops; errors that follow while it is up are added to it.

The training worker's unexpected errors come here too (``report_unexpected``), from its
thread: the message is shown on the main thread, and the worker ends its run normally.
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.message_boxes import fit_title

LOG_FOLDER = "logs"
LOG_NAME = "errors.log"
#: past this size the log starts again (the previous one is kept as errors.log.1)
LOG_LIMIT = 1_000_000


def log_path() -> Path:
    from gui.autosave import data_folder

    return data_folder() / LOG_FOLDER / LOG_NAME


def write_log(details: str) -> Path | None:
    """Append ``details`` to the error log; its path, or None if it cannot be written."""
    from engine import __version__

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_name(LOG_NAME + ".1"))
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')} · Backprop Studio "
                      f"{__version__} · Python {sys.version.split()[0]}\n{details}\n")
    except OSError:
        return None
    return path


def summary_of(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


class CrashHandler(QObject):
    """Logs and shows uncaught exceptions; one per program (``handler()``)."""

    #: (summary, details, log path or "") from any thread, shown on the main thread
    reported = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.count = 0
        self._previous = None
        self._previous_threads = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ---- the hooks ----------------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is None:
            self._previous, sys.excepthook = sys.excepthook, self.handle
            self._previous_threads, threading.excepthook = threading.excepthook, self._thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, self._previous = self._previous, None
            threading.excepthook, self._previous_threads = self._previous_threads, None

    def handle(self, exc_type, error, tb) -> None:
        """``sys.excepthook``: log it, show it, carry on."""
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, error, tb)
            return
        try:
            self.report(exc_type, error, tb)
        except Exception:  # the hook itself must never fail: fall back to stderr
            sys.__excepthook__(exc_type, error, tb)

    def _thread(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    # ---- reporting ------------------------------------------------------------------------------
    def report(self, exc_type, error, tb) -> str:
        """Log the exception and have the main thread show it; the short text is returned
        (for a status bar)."""
        details = "".join(traceback.format_exception(exc_type, error, tb))
        summary = summary_of(error) if error is not None else exc_type.__name__
        return self.report_text(summary, details)

    def report_text(self, summary: str, details: str) -> str:
        """Log and show an error already put in words: ``summary`` (its one line) and
        ``details`` (its traceback), such as one met in the training process."""
        log = write_log(details)
        if threading.current_thread() is threading.main_thread():
            self._show(summary, details, str(log or ""))
        else:
            self.reported.emit(summary, details, str(log or ""))
        return summary

    @Slot(str, str, str)
    def _show(self, summary: str, details: str, log: str) -> None:
        self.count += 1
        where = (self.tr("The details are in {path}.").format(path=log) if log
                 else self.tr("The details could not be written to a log file."))
        if self.box is not None and self.box.isVisible():
            self.box.setInformativeText(self.tr(
                "{n} errors so far; the latest: {summary}\n\nThe program keeps running. {where}"
            ).format(n=self.count, summary=summary, where=where))
            self.box.setDetailedText(self.box.detailedText() + "\n" + details)
            return
        self.count = 1
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something Went Wrong"),
                          self.tr("Backprop Studio met an error it did not expect."),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("errorMessage")
        box.setInformativeText(self.tr(
            "{summary}\n\nThe program keeps running and your project is still open; saving "
            "it under a new name is a safe step. {where}").format(summary=summary, where=where))
        box.setDetailedText(details)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(self._closed)
        self.box = box
        fit_title(box)  # last: setting a text of its own lays the box out anew
        box.show()

    def _closed(self, *_) -> None:
        box, self.box = self.box, None
        if box is not None:
            box.deleteLater()


_handler: list[CrashHandler] = []


def handler() -> CrashHandler:
    """The program's one handler, living on the main thread whichever thread asks first."""
    if not _handler:
        made = CrashHandler()
        app = QCoreApplication.instance()
        if app is not None and made.thread() is not app.thread():
            made.moveToThread(app.thread())
        _handler.append(made)
    return _handler[0]


def install() -> CrashHandler:
    made = handler()
    made.install()
    return made


def report_unexpected(exc_type, error, tb) -> str:
    """For code that catches an exception it did not expect (the training worker): log and
    show it as the hook would; the one line to show where the work stopped."""
    return _stopped_by(handler().report(exc_type, error, tb))


def report_unexpected_text(summary: str, details: str) -> str:
    """``report_unexpected`` of an error met elsewhere (the training process), in words."""
    return _stopped_by(handler().report_text(summary, details))


def _stopped_by(summary: str) -> str:
    return QCoreApplication.translate(
        "CrashHandler", "Stopped by an unexpected error ({summary}); the details are in {path}"
    ).format(summary=summary, path=log_path())
