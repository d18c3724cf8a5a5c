"""How long ``engine.datasets.read_csv`` takes on an MNIST-sized CSV (60,000 × 784 + label).

Writes a temporary file shaped like MNIST exported to CSV (a header, a label column, 784
pixel columns of 0..255 with about 80% zeros), loads it with ``read_csv``, prints the
seconds taken and checks them against the 20 s budget of issue 4. Not run by CI.

    python benchmarks/csv_load.py                   # 60,000 rows, 3 loads, median time
    python benchmarks/csv_load.py --rows 10000 --repeats 1
    python benchmarks/csv_load.py --string-labels   # labels "digit-3" instead of 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from engine import datasets

BUDGET_SECONDS = 20.0


def write_csv(path: Path, rows: int, cols: int, string_labels: bool, seed: int = 0) -> None:
    """An MNIST-like CSV written in blocks, so even the full size takes a few seconds."""
    rng = np.random.default_rng(seed)
    as_text = np.array([str(v) for v in range(256)], dtype=object)
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(["label", *(f"pixel{i}" for i in range(cols))]) + "\n")
        for start in range(0, rows, 5000):
            n = min(5000, rows - start)
            pixels = rng.integers(0, 256, size=(n, cols))
            pixels[rng.random((n, cols)) < 0.8] = 0
            labels = rng.integers(0, 10, size=n)
            names = [f"digit-{d}" if string_labels else str(d) for d in labels]
            lines = (
                name + "," + ",".join(row) for name, row in zip(names, as_text[pixels], strict=True)
            )
            out.write("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=60_000)
    parser.add_argument("--cols", type=int, default=784)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--string-labels", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mnist_like.csv"
        started = time.perf_counter()
        write_csv(path, args.rows, args.cols, args.string_labels)
        size_mb = path.stat().st_size / 1e6
        print(
            f"wrote {args.rows:,} × {args.cols + 1} CSV, {size_mb:.0f} MB, "
            f"in {time.perf_counter() - started:.1f} s"
        )
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            ds = datasets.read_csv(path, target="label")
            times.append(time.perf_counter() - started)
            print(f"read_csv: {times[-1]:.2f} s  ({ds!r})")
            del ds
    median = statistics.median(times)
    verdict = "within" if median < BUDGET_SECONDS else "OVER"
    print(f"median {median:.2f} s: {verdict} the {BUDGET_SECONDS:.0f} s budget")
    return 0 if median < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
