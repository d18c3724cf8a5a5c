"""The translation files themselves: every area's .ts is there for each locale, all of them
together are at least 95 % translated, each committed .qm is what lrelease makes of its .ts
now, and no translation loses a placeholder, a %-argument or a menu accelerator.

The 95 % test counts every area's messages (window, panels, views, engine), so it fails while
an area is still being translated; its message names the files and their shares.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.translations import AREAS, I18N, LOCALES, _tool, compile_all, counts, ts_path

REQUIRED_SHARE = 0.95
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:n|L?\d)")
#: a menu accelerator: & before a letter or digit, not an entity (&amp; in the text is &)
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;)(?=[A-Za-z0-9])")


def all_ts() -> list[Path]:
    return sorted(I18N.glob("*.ts"))


def finished(path: Path):
    """(context, source, translation) of each finished message of ``path``."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                    "vanished"):
                continue
            forms = translation.findall("numerusform")
            for text in ([form.text or "" for form in forms] if forms
                         else [translation.text or ""]):
                if text:
                    yield name, message.findtext("source") or "", text


def test_every_area_has_a_ts_for_each_locale():
    missing = [ts_path(area, locale).name for area in AREAS for locale in LOCALES
               if not ts_path(area, locale).exists()]
    assert not missing, f"no translation file: {missing}"


def test_all_areas_together_are_at_least_95_percent_translated():
    done = total = 0
    shares = []
    for ts in all_ts():
        d, t = counts(ts)
        done, total = done + d, total + t
        shares.append(f"{ts.name} {d}/{t}")
    assert total > 0
    assert done / total >= REQUIRED_SHARE, (
        f"{done}/{total} = {100 * done / total:.1f} % translated (needs "
        f"{100 * REQUIRED_SHARE:.0f} %): " + ", ".join(shares))


@pytest.mark.parametrize("area", sorted(AREAS))
def test_each_areas_file_is_complete(area):
    done, total = counts(ts_path(area, "zh_CN"))
    assert total > 100 and done == total, f"{area}_zh_CN.ts: {done}/{total}"


@pytest.mark.parametrize("ts", all_ts(), ids=lambda path: path.name)
def test_the_committed_qm_is_compiled_from_the_ts_as_it_is(ts, tmp_path):
    """Recompiled to a temporary folder now, the .qm is byte for byte the committed one (a
    .ts edited without ``python -m tools.translations compile`` fails here)."""
    if shutil.which(_tool("lrelease")) is None and not Path(_tool("lrelease")).exists():
        pytest.skip("lrelease is not installed")
    qm = ts.with_suffix(".qm")
    done, _ = counts(ts)
    if not qm.exists():
        assert done == 0, f"{ts.name} has translations but no {qm.name}: compile it"
        return
    area = ts.stem.rsplit("_", 2)[0]
    fresh = compile_all(area, out=tmp_path)
    assert fresh, f"nothing compiled for {area}"
    assert (tmp_path / qm.name).read_bytes() == qm.read_bytes(), (
        f"{qm.name} is older than {ts.name}: python -m tools.translations compile {area}")


@pytest.mark.parametrize("ts", all_ts(), ids=lambda path: path.name)
def test_translations_keep_placeholders_and_accelerators(ts):
    wrong = []
    for context, source, text in finished(ts):
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (the & accelerator)")
        elif source.count("\n") != text.count("\n"):
            wrong.append(f"{context}: {source!r} -> {text!r} (its lines)")
    assert not wrong, "\n".join(wrong)


# ---- each area's sources against its .ts --------------------------------------------------
def _contexts(area: str) -> tuple[set[str], set[str]]:
    """(class names, literal contexts of translate/QT_TRANSLATE_NOOP calls) of ``area``'s
    sources."""
    import ast

    from tools.translations import sources

    classes: set[str] = set()
    literals: set[str] = set()
    for path in sources(area):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(
                        first, ast.Constant) and isinstance(first.value, str):
                    literals.add(first.value)
    return classes, literals


def _lupdate(area: str, tmp_path: Path) -> Path:
    import subprocess

    from tools.translations import ROOT, sources

    tool = _tool("lupdate")
    if shutil.which(tool) is None and not Path(tool).exists():
        pytest.skip("lupdate is not installed")
    out = tmp_path / f"{area}_now.ts"
    subprocess.run([tool, *[str(p) for p in sources(area)], "-no-obsolete", "-locations",
                    "none", "-ts", str(out)], cwd=ROOT, check=True, capture_output=True)
    return out


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_is_filed_under_a_context_the_program_asks(area, tmp_path):
    """lupdate, run on an area's sources now, files each string under a class of those
    sources or a literal context: never under none (a module-level ``tr`` helper), a
    variable's name (``parent.tr``) or a string read as one (``tr = translate``)."""
    classes, literals = _contexts(area)
    root = ET.parse(_lupdate(area, tmp_path)).getroot()
    names = {context.findtext("name") or "" for context in root.iter("context")}
    assert names
    assert not names - classes - literals, f"contexts no code asks: {names - classes - literals}"


@pytest.mark.parametrize("area", sorted(AREAS))
def test_each_ts_holds_every_string_of_its_sources_now(area, tmp_path):
    """Every string lupdate finds in an area's sources now is in its .ts (a new one means:
    python -m tools.translations update AREA, then translate it)."""
    def messages(path: Path) -> set[tuple[str, str]]:
        return {(context.findtext("name") or "", message.findtext("source") or "")
                for context in ET.parse(path).getroot().iter("context")
                for message in context.iter("message")}

    missing = messages(_lupdate(area, tmp_path)) - messages(ts_path(area, "zh_CN"))
    assert not missing, f"not in {area}_zh_CN.ts yet: {sorted(missing)}"


@pytest.mark.parametrize("ts", all_ts(), ids=lambda path: path.name)
def test_the_english_texts_are_english(ts):
    """The English interface shows no Chinese: the notes' Chinese words are the Chinese
    interface's translations, not part of the English sources."""
    chinese = re.compile(r"[\u4e00-\u9fff]")
    found = [message.findtext("source") for message in ET.parse(ts).iter("message")
             if chinese.search(message.findtext("source") or "")]
    assert found == []
