"""Keep the translation files in step with the source: ``python -m tools.translations update``.

The interface's strings are split into areas, one ``.ts`` file each
(``resources/i18n/<area>_<locale>.ts``), so that translating one part of the program does not
touch the files of another. ``update [AREA…]`` runs PySide6's lupdate over each area's sources
(new strings added, translations kept, vanished ones dropped); ``compile [AREA…]`` runs its
lrelease, writing the ``.qm`` files the program loads (committed beside their ``.ts``);
``stats`` prints how much of each file is translated. With no area named, every area; name
yours when others are translating theirs at the same time, so their files are left alone.
"""

from __future__ import annotations

import html
import re
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
    """PySide6's lupdate or lrelease: next to the running Python when it is in a venv, else
    the binary inside the PySide6 package (found without the venv's bin on PATH)."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    try:
        import PySide6
    except ImportError:
        return f"pyside6-{name}"
    inside = Path(PySide6.__file__).parent / name
    return str(inside) if inside.exists() else f"pyside6-{name}"


def _areas(names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The areas named (all when none is); an unknown name is a one-line error."""
    unknown = [name for name in names if name not in AREAS]
    if unknown:
        raise SystemExit(f"translations: unknown area {unknown[0]!r}; the areas are "
                         f"{', '.join(AREAS)}")
    return list(names) or list(AREAS)


def update(*names: str) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in _areas(names):
        files = [str(path.relative_to(ROOT)) for path in sources(area)]
        for locale in LOCALES:
            ts = str(ts_path(area, locale).relative_to(ROOT))
            subprocess.run([_tool("lupdate"), *files, "-no-obsolete", "-locations", "none",
                            "-target-language", locale, "-ts", ts], cwd=ROOT, check=True)


def compile_all(*names: str, out: Path | None = None) -> list[Path]:
    """Compile the areas' ``.ts`` files to ``.qm`` beside them (or in ``out``); the written
    paths."""
    written = []
    for area in _areas(names):
        for locale in LOCALES:
            ts = ts_path(area, locale)
            if not ts.exists():
                continue
            qm = (out or I18N) / ts.with_suffix(".qm").name
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            written.append(qm)
    return written


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


_MESSAGE = re.compile(r"(<context>\s*<name>(?P<context>[^<]*)</name>)|"
                      r"(?P<message><message(?P<numerus> numerus=\"yes\")?>.*?</message>)",
                      re.DOTALL)


def fill(ts: Path, translations: dict, *, overwrite: bool = False) -> tuple[int, list[str]]:
    """Write ``translations`` into ``ts`` in lupdate's own layout: keys are the English
    source, or (context, source) for one context only (it wins over the plain key). Only
    unfinished messages are filled unless ``overwrite``. Returns (filled, the sources of the
    messages still unfinished)."""
    text = ts.read_text("utf-8")
    filled, missing = 0, []
    context = ""

    def replace(match: re.Match) -> str:
        nonlocal context, filled
        if match.group("context") is not None:
            context = html.unescape(match.group("context"))
            return match.group(0)
        block = match.group("message")
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.DOTALL).group(1))
        unfinished = 'type="unfinished"' in block
        wanted = translations.get((context, source), translations.get(source))
        if wanted is None or not (unfinished or overwrite):
            if unfinished:
                missing.append(source)
            return block
        filled += 1
        escaped = html.escape(wanted, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        if match.group("numerus"):
            body = (f"<translation>\n            <numerusform>{escaped}</numerusform>\n"
                    "        </translation>")
        else:
            body = f"<translation>{escaped}</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", lambda _: body,
                      block, count=1, flags=re.DOTALL)

    ts.write_text(_MESSAGE.sub(replace, text), "utf-8")
    return filled, missing


def stats(*_names: str) -> None:
    for ts in sorted(I18N.glob("*.ts")):
        done, total = counts(ts)
        share = 100 * done / total if total else 100.0
        sys.stdout.write(f"{ts.name}: {done}/{total} ({share:.1f} %)\n")


if __name__ == "__main__":
    command, *areas = sys.argv[1:] or ["update"]
    commands = {"update": update, "compile": compile_all, "stats": stats}
    if command not in commands:
        raise SystemExit(f"translations: unknown command {command!r}; the commands are "
                         f"{', '.join(commands)}")
    commands[command](*areas)
