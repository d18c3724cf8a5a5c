"""What the command line imports: ``--version`` starts without numpy, and no command but an
ONNX export pays for importing onnx (over half a second here, most of it ml_dtypes)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WATCHED = ("numpy", "onnx", "scipy", "sklearn", "matplotlib", "PySide6", "torch")

PROBE = """
import json, runpy, sys
args, watched = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv = ["main.py", *args]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exit_:
    code = exit_.code
else:
    code = 0
loaded = sorted({name.split(".")[0] for name in sys.modules} & watched)
sys.stderr.write("\\nLOADED " + json.dumps([code, loaded]) + "\\n")
"""


def loaded_by(*args, cwd=ROOT):
    """(exit code, the watched top-level packages imported) of ``python main.py *args``."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps([str(a) for a in args]), json.dumps(WATCHED)],
        capture_output=True, text=True, timeout=120, cwd=cwd)
    line = [line for line in result.stderr.splitlines() if line.startswith("LOADED ")]
    assert line, result.stderr
    code, loaded = json.loads(line[-1][len("LOADED "):])
    return code, set(loaded)


def test_version_imports_no_numpy():
    code, loaded = loaded_by("--version")
    assert code == 0
    assert loaded == set(), loaded


def test_help_imports_nothing_heavy():
    code, loaded = loaded_by("help")
    assert code == 0
    assert not loaded & {"numpy", "onnx", "PySide6", "scipy", "sklearn"}, loaded


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    path = tmp_path_factory.mktemp("imports") / "xor.bps.json"
    result = subprocess.run([sys.executable, "main.py", "new", "--dataset", "xor", "--out",
                             str(path)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return path


def test_info_imports_no_onnx(project):
    code, loaded = loaded_by("info", project)
    assert code == 0
    assert "numpy" in loaded  # it did read the project
    assert not loaded & {"onnx", "PySide6", "torch", "matplotlib"}, loaded


@pytest.mark.parametrize("fmt", ["npz", "json", "py"])
def test_other_exports_import_no_onnx(project, fmt, tmp_path):
    code, loaded = loaded_by("export", project, "--format", fmt, "--out",
                             tmp_path / f"xor.{fmt}")
    assert code == 0
    assert not loaded & {"onnx", "PySide6", "torch"}, loaded


def test_training_a_small_net_imports_no_scipy(project, tmp_path):
    """Training needs numpy alone (the fused SGD update calls numpy's own BLAS)."""
    code, loaded = loaded_by("train", project, "--epochs", "2", "--out", tmp_path / "t.json")
    assert code == 0
    assert not loaded & {"onnx", "PySide6", "torch", "scipy"}, loaded


def test_the_window_imports_numpy_and_the_engine_before_qt(tmp_path):
    """PySide6 reads the source of every module imported after it; numpy and the engine,
    which never use Qt, come first so a start does not pay for reading them."""
    probe = ("import sys, gui.app\n"
             "gui.app.ensure_application()\n"
             "order = list(sys.modules)\n"
             "print(order.index('numpy'), order.index('engine.session'),"
             " order.index('PySide6'))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "XDG_CONFIG_HOME": str(tmp_path)})
    numpy_at, engine_at, qt_at = map(int, result.stdout.split())
    assert numpy_at < qt_at and engine_at < qt_at
