"""The interface's languages, by code, without Qt (``main.py`` checks ``--lang`` before Qt is
imported, so a mistyped code is one line and exit 2 at once, and ``--version`` stays fast).

The codes are Qt's locale names, which are also the suffixes of the translation files
(``resources/i18n/<area>_<code>.qm``); English is the language the program is written in and
needs no file.
"""

from __future__ import annotations

ENGLISH = "en"
CHINESE = "zh_CN"
#: each language by its own name, as the View ▸ Language menu lists it
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "简体中文"}
#: other spellings people type for the same languages
ALIASES = {"en_us": ENGLISH, "en_gb": ENGLISH, "english": ENGLISH, "c": ENGLISH,
           "zh": CHINESE, "zh_cn": CHINESE, "zh_hans": CHINESE, "zh_sg": CHINESE,
           "chinese": CHINESE}


class UnknownLanguage(ValueError):
    """A language code the program has no interface in; the message lists those it has."""


def parse_language(code: str) -> str:
    """The language code for what a person typed (``zh_CN``, ``zh-CN``, ``zh``, ``en``…)."""
    key = code.strip().replace("-", "_").lower()
    for known in LANGUAGES:
        if key == known.lower():
            return known
    if key in ALIASES:
        return ALIASES[key]
    raise UnknownLanguage(f"there is no interface language {code!r}; the languages are "
                          f"{', '.join(LANGUAGES)}")


def language_for_locale(name: str) -> str:
    """The interface language for a system locale name (``zh_CN``, ``zh_TW.UTF-8``,
    ``de_DE``…): Chinese for any Chinese locale, since Simplified is the one there is; else
    English."""
    return CHINESE if name.strip().lower().startswith("zh") else ENGLISH
