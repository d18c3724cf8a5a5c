"""Keep the translation files in step with the source: ``python -m tools.translations update``.

The interface's strings are split into areas, one ``.ts`` file each
(``resources/i18n/<area>_<locale>.ts``), so that translating one part of the program does not
touch the files of another. ``update`` runs PySide6's lupdate over each area's sources (new
strings added, translations kept, vanished ones dropped); ``compile`` runs its lrelease, writing
the ``.qm`` files the program loads (committed beside their ``.ts``); ``stats`` prints how much
of each file is translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LOCALES = ("zh_CN",)

#: area -> the source folders (or files) whose strings it holds
AREAS: dict[str, tuple[str, ...]] = {
    "window": ("gui/*.py", "gui/lessons", "gui/classroom"),
    "panels": ("gui/panels", "gui/training", "gui/data"),
    "views": ("gui/canvas", "gui/plots", "gui/stepper", "gui/explorers"),
    "engine": ("engine",),
}


def sources(area: str) -> list[Path]:
    """Every Python file of an area, sorted so that lupdate's output is stable."""
    found: set[Path] = set()
    for pattern in AREAS[area]:
        if pattern.endswith(".py"):
            found.update(ROOT.glob(pattern))
        else:
            found.update((ROOT / pattern).rglob("*.py"))
    return sorted(found)


def ts_path(area: str, locale: str) -> Path:
    return I18N / f"{area}_{locale}.ts"


def _tool(name: str) -> str:
    """PySide6's lupdate or lrelease, next to the running Python when it is in a venv."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        files = [str(path.relative_to(ROOT)) for path in sources(area)]
        for locale in LOCALES:
            ts = str(ts_path(area, locale).relative_to(ROOT))
            subprocess.run([_tool("lupdate"), *files, "-no-obsolete", "-locations", "none",
                            "-target-language", locale, "-ts", ts], cwd=ROOT, check=True)


def compile_all() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def counts(ts: Path) -> tuple[int, int]:
    """(translated, all) messages of one ``.ts`` file; obsolete and vanished ones not counted."""
    done = total = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        total += 1
        numerus = translation.findall("numerusform") if translation is not None else []
        text = "".join(form.text or "" for form in numerus) if numerus else (
            translation.text if translation is not None else "")
        if kind != "unfinished" and text:
            done += 1
    return done, total


def stats() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        done, total = counts(ts)
        share = 100 * done / total if total else 100.0
        sys.stdout.write(f"{ts.name}: {done}/{total} ({share:.1f} %)\n")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    {"update": update, "compile": compile_all, "stats": stats}[command]()
