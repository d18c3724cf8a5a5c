"""The window starts without the libraries only some actions need: scikit-learn (its data
sets, and scipy with it), matplotlib (the stepper's formulas), onnx (an ONNX export), pandas
(reading a CSV) and torch load when first used."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("sklearn", "matplotlib", "onnx", "onnxruntime", "scipy", "pandas", "torch")

PROBE = """
import json, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import gui
window = gui.create_main_window()
window.show()
app.processEvents()
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})), flush=True)
os._exit(0)  # as a --screenshot run ends: no teardown of the widgets
"""


def test_the_window_opens_without_the_libraries_it_needs_later(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "BACKPROP_STUDIO_DATA": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=environment)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "PySide6" in loaded and "numpy" in loaded
    assert not loaded & set(LATER), sorted(loaded & set(LATER))
