"""``--lang`` on main.py: a bad code is one line and exit 2 (before Qt is loaded), a good one
renders the screenshot in that language; ``--version`` loads neither Qt nor numpy; the
language codes and the system locale's mapping (Qt-free)."""

import subprocess
import sys
from pathlib import Path

import pytest

from gui.languages import CHINESE, ENGLISH, UnknownLanguage, language_for_locale, parse_language

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None, timeout=120):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env)


@pytest.mark.parametrize("code", ["xx", "fr_FR", "", "zh_TW_x"])
def test_a_bad_lang_is_one_line_and_exit_2(code):
    result = run(str(ROOT / "main.py"), "--lang", code, "--screenshot", "never.png")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "--lang" in lines[0] and "en, zh_CN" in lines[0]
    assert not (ROOT / "never.png").exists()


def test_version_and_a_bad_lang_load_neither_qt_nor_numpy():
    probe = ("import sys, runpy\n"
             "for argv in (['main.py', '--version'], ['main.py', '--lang', 'xx']):\n"
             "    sys.argv = argv\n"
             "    try:\n"
             "        runpy.run_path('main.py', run_name='__main__')\n"
             "    except SystemExit:\n"
             "        pass\n"
             "heavy = [m for m in ('numpy', 'PySide6', 'pyqtgraph') if m in sys.modules]\n"
             "print('HEAVY', heavy)\n")
    result = run("-c", probe)
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(("typed", "code"), [
    ("zh_CN", CHINESE), ("zh-CN", CHINESE), ("zh", CHINESE), ("ZH_cn", CHINESE),
    ("en", ENGLISH), ("en_US", ENGLISH), ("EN", ENGLISH)])
def test_the_spellings_people_type(typed, code):
    assert parse_language(typed) == code


def test_an_unknown_code_names_the_languages_there_are():
    with pytest.raises(UnknownLanguage, match="en, zh_CN"):
        parse_language("de")


@pytest.mark.parametrize(("locale", "code"), [
    ("zh_CN", CHINESE), ("zh_TW.UTF-8", CHINESE), ("zh", CHINESE), ("en_GB", ENGLISH),
    ("de_DE", ENGLISH), ("C", ENGLISH), ("", ENGLISH)])
def test_the_system_locale_chooses(locale, code):
    assert language_for_locale(locale) == code


def test_lang_zh_cn_renders_the_screenshot_in_chinese(tmp_path):
    """The screenshot path installs the asked language: main.main with --lang zh_CN writes
    the PNG, and the window it drew spoke Chinese (its menu titles, read before the exit)."""
    pytest.importorskip("PySide6")
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               BACKPROP_STUDIO_DATA=str(tmp_path / "data"))
    out = {code: tmp_path / f"{code}.png" for code in ("zh_CN", "en")}
    probe = ("import sys, main\n"
             "from PySide6.QtWidgets import QMainWindow\n"
             "import gui.app as app\n"
             "titles = []\n"
             "original = app._build_window\n"
             "def keep(*a, **k):\n"
             "    window = original(*a, **k)\n"
             "    titles.extend(x.text() for x in window.menuBar().actions())\n"
             "    return window\n"
             "app._build_window = keep\n"
             "code = main.main(['--lang', sys.argv[1], '--screenshot', sys.argv[2]])\n"
             "print('CODE', code)\n"
             "print('TITLES', '|'.join(titles))\n")
    for code, path in out.items():
        result = run("-c", probe, code, str(path), env=env)
        assert "CODE 0" in result.stdout, result.stdout + result.stderr
        assert path.stat().st_size > 10_000
        titles = result.stdout.split("TITLES ", 1)[1]
        assert ("文件(&F)" in titles) == (code == "zh_CN"), titles
        assert ("&File" in titles) == (code == "en"), titles
    assert out["zh_CN"].read_bytes() != out["en"].read_bytes()
