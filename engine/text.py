"""What a person reads from the engine, in their language, without the engine knowing Qt.

Every user-visible string of the engine goes through :func:`translate` with two literal
strings, ``translate("Context", "English text")``, so that PySide6's lupdate (which extracts
any call named ``translate`` with literal arguments) finds it and puts it in
``resources/i18n/engine_<locale>.ts``. Values are filled in afterwards, never inside:
``translate("Architecture", "layer {layer} has no neurons").format(layer=l)``, so the
translator sees one whole sentence with its placeholders and may put them in any order.

The GUI installs a hook (``install_translator(QCoreApplication.translate)``) once its
translators are loaded; with none installed — the command line, the tests — every text comes
back as the English it was written in. Strings that must exist before any hook can be
installed (a module's table of names, a dataclass default) are marked with
:func:`QT_TRANSLATE_NOOP` where they are written, which lupdate also extracts, and are
translated when they are shown, by :func:`translate_stored`; so a change of language while the
program runs shows in every name asked for afterwards.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping

Hook = Callable[[str, str], str]

_hook: Hook | None = None


def install_translator(hook: Hook | None) -> None:
    """Route every engine text through ``hook(context, text)``; None removes it (English)."""
    global _hook
    _hook = hook


def remove_translator() -> None:
    """Back to the English the engine is written in (the tests use it to clean up)."""
    install_translator(None)


def installed_translator() -> Hook | None:
    return _hook


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, or as written when no translator is installed or it
    has no translation. Call it with two literal strings so that lupdate can find them."""
    if _hook is None:
        return text
    translated = _hook(context, text)
    if not isinstance(translated, str) or not translated or translated == text:
        return text
    # a translation whose placeholders differ from the English would fail (or lie) when the
    # values are filled in: the English is the safer message
    return translated if _fields(translated) == _fields(text) else text


def _fields(template: str) -> set[str] | None:
    """The placeholder names of ``template`` ({layer}, {n}), or None if it is not one."""
    try:
        return {field for _, field, _, _ in string.Formatter().parse(template)
                if field is not None}
    except ValueError:
        return None


def translate_stored(context: str, text: str) -> str:
    """``translate`` for an English string marked with :func:`QT_TRANSLATE_NOOP` where it was
    written and kept until now (a registry's title, a parameter's label)."""
    return translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: marks it for lupdate under ``context``; :func:`translate_stored`
    translates it when it is shown."""
    return text


class TranslatedNames(Mapping[str, str]):
    """A table of names written in English once, at import (``{"learning_rate": "the
    learning rate η"}``, each marked with :func:`QT_TRANSLATE_NOOP` under ``context``), that
    reads out in the language of the moment: ``names["learning_rate"]``, ``names.get(key,
    key)`` and ``names.items()`` translate as they are asked."""

    def __init__(self, context: str, english: Mapping[str, str]):
        self.context = context
        self.english = dict(english)

    def __getitem__(self, key: str) -> str:
        return translate_stored(self.context, self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __repr__(self) -> str:
        return f"TranslatedNames({self.context!r}, {self.english!r})"
