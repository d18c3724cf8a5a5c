"""View ▸ Language: the interface's language, changed at once and remembered.

Qt gives no widget its text again when the translators change, and the window's texts are
set in many views' constructors; so a change of language builds the main window again around
the same document (the same session, undo stack and unsaved changes), with the old window's
geometry and dock layout (and classroom mode, if it was on, and the lesson's locks as they
were: unlocked ones stay unlocked), and closes the old one. A
training run is stopped first (and recorded, as closing the window would), and the new
window's status bar says so; the undo stack's names are translated again.
"""

from __future__ import annotations

import contextlib
import warnings

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gui import i18n
from gui.languages import LANGUAGES


class LanguageMenu(QMenu):
    """One checkable entry per language, each named in its own language (a reader who does
    not know the current one still finds theirs)."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("menuLanguage")
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        current = i18n.current_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(lambda action: self.chosen.emit(action.data()))


def switch_language(window, language: str):
    """Make ``language`` the interface's and remember it; the window now showing (``window``
    itself when the language was already this one, else a new one built in its place)."""
    i18n.remember_language(language)
    if language == i18n.current_language():
        return window
    i18n.install(language)
    return rebuild(window)


def rebuild(old):
    """A new main window around ``old``'s document, laid out as ``old`` was; ``old`` is
    closed (without its questions: nothing is lost, the document lives on) and deleted."""
    from gui import app
    from gui.main_window import MainWindow
    from gui.training.controller import State

    # a run cannot go on in the new window (its worker reports to the old one's views);
    # stopped, it is recorded, and the status bar says so (tester 21, #9)
    was_training = old.training.state is not State.IDLE
    old.training.stop()
    old.stop_race()
    # classroom mode is left in the old window (its fonts, panels and layout put back) and
    # entered again in the new one, which takes the ordinary layout
    classroom = getattr(old, "classroom", None)
    in_classroom = bool(classroom is not None and classroom.active)
    if in_classroom:
        classroom.set_active(False)
    # the controls as the teacher left them: a lesson's locks freed with Unlock Controls
    # stay free in the new window (until another project opens), not locked again
    locks = old.presets.locks
    carried_locks = (locks.locked, locks.style)
    geometry, state = old.saveGeometry(), old.saveState(old.layout_version)
    shown, window_state = old.isVisible(), old.windowState()
    document = old.document
    _disconnect_views(document)
    document.session.undo_history.retranslate()
    new = MainWindow(document=document, restore_layout=False)
    # the autosave file, its lock and what is unsaved go on in the new window
    old.files.autosaver.hand_over_to(new.files.autosaver)
    new.presets.carry_locks(*carried_locks)
    new.take_layout(geometry, state, remembers=old.remembers_layout)
    # the teacher's place in the views a dock layout does not record
    new.loss_tabs.setCurrentIndex(old.loss_tabs.currentIndex())
    new.stepper.take_walk(old.stepper.walk())
    if shown:
        new.setWindowState(window_state)
        new.show()
    if in_classroom:
        new.classroom.set_active(True)
    old.hide()
    old.deleteLater()
    if old in app.open_windows:
        app.open_windows[app.open_windows.index(old)] = new
    else:
        app.open_windows.append(new)
    language = LANGUAGES[i18n.current_language()]
    if was_training:
        new.statusBar().showMessage(QCoreApplication.translate(
            "LanguageMenu", "The interface is now in {language}. Changing the language "
            "stopped training at epoch {epoch}: press {train} to go on from these "
            "weights.").format(language=language, epoch=f"{document.history.last_epoch():,}",
                               train=new.action_train.text().replace("&", "")))
    else:
        new.statusBar().showMessage(QCoreApplication.translate(
            "LanguageMenu", "The interface is now in {language}.").format(
            language=language), 8000)
    return new


def _disconnect_views(document) -> None:
    """Cut every connection to the document's signals: the old window's views go with it,
    and one connected through a plain function would otherwise outlive its widget."""
    from PySide6.QtCore import Signal as SignalType

    for name in dir(type(document)):
        if isinstance(getattr(type(document), name, None), SignalType):
            # nothing connected: PySide warns or raises, and there is nothing to cut
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore")
                getattr(document, name).disconnect()
