"""Start-to-PNG time of ``main.py --screenshot`` against a bare PySide6 + pyqtgraph window.

Both run as fresh processes, alternating, so a busy moment hurts both alike; the medians and
their ratio are printed. The issue's target: Backprop Studio within 1.5× of the bare window.

    python benchmarks/screenshot_startup.py [--repeats 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QDockWidget
from PySide6.QtCore import Qt
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
dock = QDockWidget("plot", window)
dock.setWidget(pg.GraphicsLayoutWidget())
window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""


def time_command(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        studio = [sys.executable, str(ROOT / "main.py"), "--screenshot", f"{folder}/studio.png"]
        bare = [sys.executable, "-c", BARE_WINDOW, f"{folder}/bare.png"]
        time_command(studio), time_command(bare)  # warm the file cache for both
        studio_times, bare_times = [], []
        for _ in range(args.repeats):
            studio_times.append(time_command(studio))
            bare_times.append(time_command(bare))
    studio_median = statistics.median(studio_times)
    bare_median = statistics.median(bare_times)
    print(f"bare PySide6 + pyqtgraph window: median {bare_median:.3f} s over {args.repeats} runs")
    print(f"Backprop Studio --screenshot:    median {studio_median:.3f} s over {args.repeats} runs")
    print(f"ratio: {studio_median / bare_median:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main()
