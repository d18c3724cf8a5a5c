"""main.py as a user runs it: version, screenshot, and one-line errors with exit code 2."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_main(*args, timeout=120):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


def test_version():
    from engine import __version__

    result = run_main("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Backprop Studio {__version__}"


@pytest.mark.parametrize("args", [["--no-such-option"], ["a.json", "b.json"],
                                  ["--screenshot"]])
def test_bad_arguments_are_one_line_and_exit_2(args):
    result = run_main(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_screenshot_renders_the_window(tmp_path):
    pytest.importorskip("PySide6")
    out = tmp_path / "window.png"
    result = run_main("--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 20, "the screenshot looks blank"


def test_screenshot_of_a_missing_project_is_one_line(tmp_path):
    pytest.importorskip("PySide6")
    result = run_main("--screenshot", str(tmp_path / "x.png"), str(tmp_path / "missing.json"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()
