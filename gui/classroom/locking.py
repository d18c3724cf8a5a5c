"""Locked controls: what a lesson preset keeps students from changing, shown as locked.

Each lockable control (``LOCKABLE``) names the widgets and actions that change it and the
document edits and training settings it covers. Locking greys the widgets out with a tooltip
saying a lesson preset locked them (or hides them, as the teacher chose) and, underneath,
refuses the edits themselves through the document's ``edit_guard``, so no other way in (the
canvas's menus, a drag, a shortcut) changes them either; the refusal says why, as every
refusal does. Panels re-enable and re-show their own fields as settings change, so locked
widgets are watched and locked again after them.

It is a lesson plan, not security: File ▸ Lesson Presets ▸ Unlock Controls gives everything
back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMainWindow, QWidget

#: the translators' context of this file's texts (written out literally in each
#: QT_TRANSLATE_NOOP, where lupdate can read it)
CONTEXT = "ControlLocks"


def _panel(window, kind_name: str):
    """The window's one panel of the class named ``kind_name`` (None if it has none)."""
    for widget in window.findChildren(QWidget):
        if type(widget).__name__ == kind_name:
            return widget
    return None


def _fields(kind_name: str, *names: str) -> Callable:
    def find(window) -> list[QWidget]:
        panel = _panel(window, kind_name)
        return [] if panel is None else [getattr(panel, name) for name in names
                                         if getattr(panel, name, None) is not None]
    return find


def _box_of(kind_name: str, name: str) -> Callable:
    """The group box holding ``kind_name``'s field ``name`` (a whole section)."""
    def find(window) -> list[QWidget]:
        fields = _fields(kind_name, name)(window)
        return [fields[0].parentWidget()] if fields else []
    return find


def _dock(name: str) -> Callable:
    def find(window) -> list[QWidget]:
        dock = window.docks.get(name)
        return [] if dock is None else [dock]
    return find


def _both(*finders: Callable) -> Callable:
    return lambda window: [w for find in finders for w in find(window)]


def _edit_actions(*names: str) -> Callable:
    def find(window) -> list[QAction]:
        return [a for a in window.findChildren(QAction) if a.objectName() in names]
    return find


def _menu(name: str) -> Callable:
    def find(window) -> list[QAction]:
        from PySide6.QtWidgets import QMenu

        menu = window.findChild(QMenu, name)
        return [] if menu is None else [menu.menuAction()]
    return find


def _none(window) -> list:
    return []


@dataclass(frozen=True)
class Lockable:
    """A control a lesson can lock: its name in presets, the sentence refusing its edits
    and its title (English, translated in the ``ControlLocks`` context), the widgets and
    actions showing it, and the document edits and training settings it covers."""

    name: str
    #: why an edit of it is refused (a whole sentence, for the translators)
    refusal: str
    title: str
    widgets: Callable = _none
    actions: Callable = _none
    edits: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


ARCHITECTURE_EDITS = frozenset({"add_neuron", "remove_neuron", "move_neuron",
                                "add_hidden_layer", "remove_hidden_layer", "set_activation",
                                "set_output", "set_input_features"})
LOCKABLE: tuple[Lockable, ...] = (
    Lockable("learning_rate",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "The learning rate η is locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Learning rate η"),
             _fields("TrainingPanel", "learning_rate", "lr_slider"),
             settings=frozenset({"learning_rate"})),
    Lockable("optimizer",
             QT_TRANSLATE_NOOP("ControlLocks", "The optimizer is locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Optimizer and its parameters"),
             _fields("TrainingPanel", "optimizer", "momentum", "beta1", "beta2", "alpha"),
             settings=frozenset({"optimizer", "momentum", "nesterov", "adam_beta1",
                                 "adam_beta2", "rmsprop_alpha", "eps"})),
    Lockable("batching",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "The mode and the batch size are locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks",
                               "Mode (batch, stochastic, mini-batch) and batch size m"),
             _fields("TrainingPanel", "mode", "batch_size", "shuffle"),
             settings=frozenset({"mode", "batch_size", "shuffle"})),
    Lockable("epochs",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "The epochs and early stopping are locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Epochs and early stopping"),
             _both(_fields("TrainingPanel", "epochs"), _box_of("TrainingPanel", "use_target")),
             settings=frozenset({"epochs", "target_loss", "patience"})),
    Lockable("regularisation",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "Regularisation and the schedule are locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Regularisation and learning-rate schedule"),
             _fields("TrainingPanel", "regularisation"),
             settings=frozenset({"weight_decay", "l1", "schedule", "decay_every",
                                 "decay_rate"})),
    Lockable("initialisation",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "The initialisation and the seed are locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Weight initialisation and seed"),
             _fields("TrainingPanel", "initialisation", "seed"),
             edits=frozenset({"set_initialisation"}), settings=frozenset({"seed"})),
    Lockable("cost",
             QT_TRANSLATE_NOOP("ControlLocks", "The cost function is locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Cost function C"),
             _fields("InspectorPanel", "cost"), _menu("menuCost"),
             edits=frozenset({"set_loss", "set_output"})),
    Lockable("architecture",
             QT_TRANSLATE_NOOP("ControlLocks", "The architecture is locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks",
                               "Architecture: the palette, adding and removing neurons and "
                               "layers, activations"),
             _dock("paletteDock"),
             _edit_actions("actionDeleteNeuron", "actionAddNeuron", "actionAddLayer",
                           "actionRemoveLayer", "actionMoveNeuronLeft",
                           "actionMoveNeuronRight"),
             edits=ARCHITECTURE_EDITS),
    Lockable("weights",
             QT_TRANSLATE_NOOP("ControlLocks",
                               "Typing or importing weights is locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks", "Weights and biases typed or imported by hand"),
             _fields("NeuronInspector", "bias"),
             _edit_actions("actionEditBias", "actionImportWeights"),
             edits=frozenset({"set_weight", "set_bias", "replace_parameters"})),
    Lockable("data",
             QT_TRANSLATE_NOOP("ControlLocks", "The data are locked by the lesson preset"),
             QT_TRANSLATE_NOOP("ControlLocks",
                               "Data: the data set, its normalisation, painting points"),
             _dock("dataDock"),
             edits=frozenset({"set_data", "set_normalisation", "fit_network_to_data",
                              "set_painted_points", "set_input_features"})),
)
BY_NAME = {lockable.name: lockable for lockable in LOCKABLE}


def locked_tip(window: QMainWindow | None = None) -> str:
    """The tooltip of a locked control: locked by the lesson, and the way to unlock it, named
    by the menus' own texts (in the interface's language) when ``window`` has them."""
    path = None
    action = window.findChild(QAction, "actionUnlockControls") if window is not None else None
    if action is not None:
        from gui.lessons.placeholders import menu_path

        path = " ▸ ".join(menu_path(window, action))
    if not path:
        path = QCoreApplication.translate("ControlLocks",
                                          "File ▸ Lesson Presets ▸ Unlock Controls")
    return QCoreApplication.translate(
        "ControlLocks", "Locked by the lesson preset ({menu_path})").format(menu_path=path)


class ControlLocks(QObject):
    """The locks of one window. ``lock(names, style)`` locks the named controls (unknown
    names, from a newer version, are ignored), ``unlock()`` frees them all."""

    #: the locked controls changed (their names, empty when none)
    changed = Signal(tuple)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.locked: tuple[str, ...] = ()
        self.style = "disable"
        #: each locked widget or action as it was: (it, enabled, tooltip, visible)
        self._saved: dict[int, tuple[object, bool, str, bool]] = {}
        self._pending = False
        window.document.edit_guard = self.refusal

    # ---- what is locked ----------------------------------------------------------------------
    def lock(self, names, style: str = "disable") -> None:
        self.unlock(quiet=True)
        self.locked = tuple(name for name in names if name in BY_NAME)
        self.style = style if style in ("disable", "hide") else "disable"
        self._enforce()
        self.changed.emit(self.locked)

    def unlock(self, quiet: bool = False) -> None:
        """Every control back as it was, and the panels asked to show theirs again."""
        for target, enabled, tip, visible in self._saved.values():
            try:
                if isinstance(target, QWidget):
                    target.removeEventFilter(self)
                    target.setProperty("lockedBox", False)
                    self._set_shown(target, True)
                else:
                    target.changed.disconnect(self._later)
                    target.setVisible(visible)
                target.setToolTip(tip)
                target.setEnabled(enabled)
            except RuntimeError:  # deleted since
                continue
        had = bool(self.locked)
        self._saved.clear()
        self.locked = ()
        for kind in ("TrainingPanel", "InspectorPanel", "NeuronInspector"):
            panel = _panel(self.window, kind)
            if panel is not None and hasattr(panel, "refresh"):
                panel.refresh()  # their own enabled and shown fields, for the settings now
        if had and not quiet:
            self.changed.emit(())

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    def refusal(self, edit: str, settings: tuple = ()) -> str | None:
        """The document's guard: why ``edit`` (of training ``settings``) is refused now."""
        for name in self.locked:
            lockable = BY_NAME[name]
            if edit in lockable.edits or (edit == "set_config"
                                          and lockable.settings & set(settings)):
                return QCoreApplication.translate(CONTEXT, lockable.refusal)
        return None

    # ---- showing the locks -----------------------------------------------------------------
    def _targets(self) -> list:
        targets = []
        for name in self.locked:
            lockable = BY_NAME[name]
            targets += lockable.widgets(self.window) + lockable.actions(self.window)
        return targets

    def _enforce(self) -> None:
        self._pending = False
        if not shiboken6.isValid(self.window):
            return  # a lock again asked for just before the window went (another language)
        tip = locked_tip(self.window)
        for target in self._targets():
            key = id(target)
            if key not in self._saved:
                self._saved[key] = (target, target.isEnabled(), target.toolTip(),
                                    target.isVisible() if isinstance(target, QAction) else True)
                if isinstance(target, QWidget):
                    target.installEventFilter(self)
                else:
                    target.changed.connect(self._later)
            if self.style == "hide" and isinstance(target, QWidget):
                self._set_shown(target, False)
                self._hide_emptied_box(target.parentWidget())
            elif isinstance(target, QAction) and self.style == "hide":
                target.setVisible(False)
            if target.isEnabled():
                target.setEnabled(False)
            if target.toolTip() != tip:
                target.setToolTip(tip)

    def _hide_emptied_box(self, box) -> None:
        """A group box whose fields are all hidden by the locks goes too (no empty frame)."""
        if not isinstance(box, QGroupBox) or not box.isVisibleTo(box.parentWidget() or box):
            return
        fields = [w for w in box.findChildren(QWidget) if not isinstance(w, QLabel)
                  and w.parentWidget() is box]
        if fields and not any(w.isVisibleTo(box) for w in fields):
            key = id(box)
            if key not in self._saved:
                self._saved[key] = (box, box.isEnabled(), box.toolTip(), True)
                box.setProperty("lockedBox", True)
                box.installEventFilter(self)
            self._set_shown(box, False)

    def _set_shown(self, widget: QWidget, shown: bool) -> None:
        """Show or hide ``widget`` with its label when it is a form's field."""
        parent = widget.parentWidget()
        form = parent.layout() if parent is not None else None
        if isinstance(form, QFormLayout):
            label = form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        if shown and widget.property("lockedHidden"):
            widget.setProperty("lockedHidden", False)
            widget.show()
        elif not shown and widget.isVisibleTo(widget.parentWidget() or widget):
            widget.setProperty("lockedHidden", True)
            widget.hide()

    def _later(self) -> None:
        """Lock again once the panel that just changed its fields has finished."""
        if self.locked and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._enforce)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.EnabledChange and watched.isEnabled() and self.locked
                and not watched.property("lockedBox")):
            # at once: Qt tells of the change after it has passed it on to the children
            watched.setEnabled(False)
        elif kind == QEvent.Type.Show and self.style == "hide":
            self._later()  # not while it is being shown
        return False
