"""The undo history of a session, and the command every edit is.

A ``Command`` knows how to apply its edit to the session and how to revert it; the session
builds it completely (so refuses it) before it is pushed. An undo history pushes, undoes and
redoes commands in order and keeps a clean mark (the state last saved). ``UndoHistory`` is
the plain one; the GUI's document gives the session an adapter over Qt's QUndoStack with the
same methods, so Edit ▸ Undo, the unsaved mark and the menus' texts come from Qt while the
commands stay Qt-free.

Commands whose ``merge_key`` is equal (and not None) merge into one step: the changes of one
drag of a slider, the points of one paint stroke.

A command's name is an English template and its arguments ("Add a neuron to layer {l}",
{"l": 1}): ``text`` is it filled in, and the GUI translates the template before filling it.
"""

from __future__ import annotations

from collections.abc import Callable


class Command:
    """One undoable edit of ``session``; subclasses define ``apply`` and ``revert``, each
    returning the parts (``engine.session.events``) it changed."""

    #: commands with the same non-None key merge into one undo step
    merge_key: object | None = None

    def __init__(self, session, template: str, args: dict | None = None,
                 already_done: bool = False):
        self.session = session
        self.template, self.args = template, dict(args or {})
        #: the edit is in place already (a training run's weights): the push applies nothing
        self._skip_apply = already_done

    @property
    def text(self) -> str:
        return self.template.format(**self.args)

    def redo(self) -> None:
        if self._skip_apply:
            self._skip_apply = False
            return
        self.session._changed(self.apply())

    def undo(self) -> None:
        self.session._changed(self.revert())

    def apply(self) -> frozenset[str]:
        raise NotImplementedError

    def revert(self) -> frozenset[str]:
        raise NotImplementedError

    def merge(self, other: Command) -> bool:
        """Take ``other`` (already applied) into this command; False when it cannot."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r})"


class UndoHistory:
    """A list of commands and where we are in it; ``clean_changed(bool)`` tells when the
    state reaches or leaves the one last marked clean (saved)."""

    def __init__(self, clean_changed: Callable[[bool], None] | None = None):
        self._commands: list[Command] = []
        self._index = 0
        self._clean: int | None = 0
        self.clean_changed = clean_changed or (lambda clean: None)

    def push(self, command: Command) -> None:
        was_clean = self.is_clean()
        del self._commands[self._index:]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        command.redo()
        top = self._commands[-1] if self._commands else None
        if (top is not None and command.merge_key is not None
                and top.merge_key == command.merge_key and top.merge(command)):
            if self._clean == self._index:
                self._clean = None
        else:
            self._commands.append(command)
            self._index += 1
        self._tell(was_clean)

    def undo(self) -> None:
        if self.can_undo():
            was_clean = self.is_clean()
            self._index -= 1
            self._commands[self._index].undo()
            self._tell(was_clean)

    def redo(self) -> None:
        if self.can_redo():
            was_clean = self.is_clean()
            self._commands[self._index].redo()
            self._index += 1
            self._tell(was_clean)

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    def undo_text(self) -> str:
        return self._commands[self._index - 1].text if self.can_undo() else ""

    def redo_text(self) -> str:
        return self._commands[self._index].text if self.can_redo() else ""

    def count(self) -> int:
        return len(self._commands)

    def clear(self) -> None:
        was_clean = self.is_clean()
        self._commands, self._index, self._clean = [], 0, 0
        self._tell(was_clean)

    def is_clean(self) -> bool:
        return self._clean == self._index

    def set_clean(self) -> None:
        was_clean = self.is_clean()
        self._clean = self._index
        self._tell(was_clean)

    def _tell(self, was_clean: bool) -> None:
        if self.is_clean() != was_clean:
            self.clean_changed(self.is_clean())
