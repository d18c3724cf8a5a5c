"""The one rule of the layering: the engine imports without Qt, pyqtgraph or the GUI."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKED_IMPORT = textwrap.dedent("""
    import importlib, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6", "pyqtgraph", "gui")

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"the engine must not import {name}")
            return None

    sys.meta_path.insert(0, Blocker())
    import engine
    names = ["engine"]
    for info in pkgutil.walk_packages(engine.__path__, "engine."):
        importlib.import_module(info.name)
        names.append(info.name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    assert not leaked, leaked
    print("\\n".join(names))
""")


def test_engine_and_every_submodule_import_with_qt_and_gui_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKED_IMPORT], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    for name in ("engine", "engine.network", "engine.trainer", "engine.fastpath",
                 "engine.perceptron", "engine.gradient_check", "engine.session",
                 "engine.session.session", "engine.session.derived", "engine.session.edits"):
        assert name in imported


SESSION_WITHOUT_QT = BLOCKED_IMPORT.split("import engine\n")[0] + textwrap.dedent("""
    from engine.session import Session
    s = Session()
    s.add_neuron(1)
    s.undo()
    print(s.derived.sample().deltas[0].shape)
""")


def test_a_session_edits_and_derives_with_qt_blocked():
    result = subprocess.run([sys.executable, "-c", SESSION_WITHOUT_QT], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "(4,)"
