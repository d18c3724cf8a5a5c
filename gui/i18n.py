"""Qt's translators for the interface language: which language, and loading it.

The language is the command line's ``--lang`` for that run, else the one chosen in View ▸
Language (remembered in QSettings), else the system's (a Chinese locale gets Chinese, any
other English). ``install(language)`` loads, for a language other than English:

- each ``resources/i18n/*_<language>.qm`` (one per area of the interface; compiled from the
  ``.ts`` files with ``python -m tools.translations compile``);
- Qt's own ``qtbase_<language>.qm`` from the Qt installation, so the standard dialogs' buttons
  (Save, Discard, Cancel, the file dialog) speak the same language;
- a ``FallbackTranslator`` under both: PySide6 looks a ``self.tr`` up under the runtime class
  and its bases, and lupdate files a string under the class it is written in or, outside a
  class, under no context at all, so a string can be asked for under a context its ``.ts``
  does not give it. The fallback finds the English text in any context of the language's
  ``.ts`` files (read once per install: about 2 ms for the 700 messages there are; the whole
  install takes about 7 ms, against a second for building the window). A text translated
  differently in two contexts is left to its own context.

It also routes the engine's messages (``engine.text``) through ``QCoreApplication.translate``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from gui.languages import ENGLISH, LANGUAGES, language_for_locale

SETTINGS_LANGUAGE = "interface/language"
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
#: the translators installed now (kept referenced: Qt does not own them)
_installed: list[QTranslator] = []
_language: str | None = None


def saved_language() -> str | None:
    """The language chosen in View ▸ Language, if any (a value no longer known is ignored)."""
    value = QSettings().value(SETTINGS_LANGUAGE, "", type=str)
    return value if value in LANGUAGES else None


def remember_language(language: str) -> None:
    QSettings().setValue(SETTINGS_LANGUAGE, language)


def system_language() -> str:
    return language_for_locale(QLocale.system().name())


def chosen_language(asked: str | None = None) -> str:
    """``asked`` (the command line's), else the remembered choice, else the system's."""
    return asked or saved_language() or system_language()


def current_language() -> str | None:
    """The language installed, None before the first ``install``."""
    return _language


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of one ``.ts`` file: (context, English) -> translation. A
    numerus message gives its first form (Chinese has one; Qt fills in ``%n`` afterwards)."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in (
                    "unfinished", "obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                found[(name, source)] = text
    return found


class FallbackTranslator(QTranslator):
    """Translates an English text found in any context when the exact (context, text) is
    not; installed first, so Qt asks it only after the exact translators found nothing."""

    def __init__(self, messages: dict[tuple[str, str], str], parent=None):
        super().__init__(parent)
        self._exact = messages
        translations: dict[str, set[str]] = {}
        for (_, source), text in messages.items():
            translations.setdefault(source, set()).add(text)
        # A text translated differently in different contexts ("hidden": 隐藏 or 隐含层) is
        # left to its exact context: PySide asks the subclass's context before the class's,
        # and an answer here would win over the class's own.
        self._by_source: dict[str, str] = {
            source: next(iter(texts)) for source, texts in translations.items()
            if len(texts) == 1}

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return None
        return self._exact.get((context, source_text)) or self._by_source.get(source_text)

    def isEmpty(self) -> bool:
        return not self._by_source

    def __len__(self) -> int:
        return len(self._by_source)


#: Qt's own texts that its Chinese catalogue (qtbase_zh_CN.qm) lacks in Qt 6 (the file
#: dialog's labels gained accelerators): marked here so that window_zh_CN.ts holds them and
#: the window's translator finds them under Qt's own context
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Make ``language`` the interface's: remove the translators installed before, install
    this language's (none for English), and give the engine's texts the same. Widgets built
    afterwards speak it; those built before keep their texts (``gui.language_menu`` rebuilds
    the window)."""
    global _language
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        messages: dict[tuple[str, str], str] = {}
        for ts in sorted(I18N.glob(f"*_{language}.ts")):
            messages.update(read_ts(ts))
        candidates: list[QTranslator] = [FallbackTranslator(messages)]
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", qt_translations_folder()):
            candidates.append(qt)
        for qm in sorted(I18N.glob(f"*_{language}.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                candidates.append(translator)
        # Qt asks the translator installed last first: the exact ones, then Qt's, then the
        # fallback.
        for translator in candidates:
            if app.installTranslator(translator):
                _installed.append(translator)
    _language = language
    install_engine_translator()
    return list(_installed)


def install_engine_translator() -> bool:
    """Route the engine's texts through Qt's translators (``engine.text``'s hook); False if
    this engine has no such hook."""
    try:
        from engine import text
    except ImportError:
        return False
    hook = getattr(text, "install_translator", None)
    if hook is None:
        return False
    hook(QCoreApplication.translate)
    return True
