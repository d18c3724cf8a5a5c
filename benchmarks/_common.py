"""Shared helpers for the benchmarks: workloads, seeded data, environment report, table output.

Nothing here imports the engine, torch or scikit-learn at module level, so a benchmark can
report which of them is missing instead of failing on import.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Workload:
    name: str
    sizes: tuple[int, ...]  # n_inputs, hidden..., n_outputs
    hidden: str  # hidden activation: "tanh" or "relu"
    output: str  # "sigmoid" (with bce) or "softmax" (with cce)
    loss: str
    batch: int
    epochs: int
    quick_epochs: int
    lr: float
    dtype: str  # what the engine, torch (main column) and sklearn train in

    @property
    def label(self) -> str:
        return "-".join(map(str, self.sizes))


WORKLOADS = {
    "S": Workload("S", (2, 8, 8, 1), "tanh", "sigmoid", "bce", 10, 200, 20, 0.1, "float64"),
    "M": Workload("M", (64, 32, 16, 10), "relu", "softmax", "cce", 32, 50, 5, 0.1, "float64"),
    "L": Workload("L", (784, 256, 128, 10), "relu", "softmax", "cce", 128, 2, 1, 0.05, "float32"),
}


@dataclass
class Data:
    X: np.ndarray  # (n, n_inputs), the workload's dtype
    Y: np.ndarray  # (n, n_outputs) targets as the engine wants them: 0/1 column or one-hot
    labels: np.ndarray  # (n,) int64 class labels, for torch's CrossEntropyLoss and sklearn

    @property
    def nbytes(self) -> int:
        return self.X.nbytes + self.Y.nbytes


def two_spirals(n: int = 1000, noise: float = 0.05, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals, 1.5 turns each, n // 2 points per class, in roughly [-1, 1]²."""
    rng = np.random.default_rng(seed)
    k = n // 2
    xs, ys = [], []
    for label, sign in ((0, 1.0), (1, -1.0)):
        t = np.sqrt(rng.uniform(0.0, 1.0, k)) * 3.0 * np.pi
        pts = sign * np.c_[t * np.cos(t), t * np.sin(t)] / (3.0 * np.pi)
        xs.append(pts + noise * rng.standard_normal((k, 2)))
        ys.append(np.full(k, label))
    order = rng.permutation(2 * k)  # interleave the classes, so that in-order training is sane
    return np.concatenate(xs)[order], np.concatenate(ys)[order].astype(np.int64)


def synthetic_l(n: int = 60_000, d: int = 784, k: int = 10, seed: int = 0):
    """n × d standard-normal float32 features (written in place, no float64 temporary), labels
    from a random linear teacher so that the task is learnable."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d), dtype=np.float32)
    teacher = rng.standard_normal((d, k), dtype=np.float32)
    labels = np.argmax(X @ teacher, axis=1).astype(np.int64)
    return X, labels


def make_data(wl: Workload) -> Data:
    if wl.name == "S":
        X, labels = two_spirals(1000, seed=0)
    elif wl.name == "M":
        from sklearn.datasets import load_digits  # sklearn ships the 8×8 digits

        digits = load_digits()
        X, labels = digits.data / 16.0, digits.target.astype(np.int64)
    else:
        X, labels = synthetic_l(seed=0)
    X = np.ascontiguousarray(X, dtype=wl.dtype)
    if wl.sizes[-1] == 1:
        Y = labels.reshape(-1, 1).astype(wl.dtype)
    else:
        Y = np.zeros((len(labels), wl.sizes[-1]), dtype=wl.dtype)
        Y[np.arange(len(labels)), labels] = 1
    return Data(X, Y, labels)


def fallback_init(wl: Workload, seed: int = 0):
    """Glorot (tanh) / He (relu) uniform weights in the engine's orientation, Wˡ (Nₗ, Nₗ₋₁),
    used only when the engine cannot be imported, so that the peers can still be timed."""
    rng = np.random.default_rng(seed)
    weights, biases = [], []
    for n_in, n_out in zip(wl.sizes[:-1], wl.sizes[1:], strict=True):
        gain = 6.0 if wl.hidden == "relu" else 6.0 * n_in / (n_in + n_out)
        a = np.sqrt(gain / n_in)
        weights.append(rng.uniform(-a, a, (n_out, n_in)).astype(wl.dtype))
        biases.append(np.zeros(n_out, dtype=wl.dtype))
    return weights, biases


def numpy_loss(wl: Workload, data: Data, weights, biases) -> float:
    """C over the whole training set, by DESIGN.md's definitions (bce: mean over samples of
    −Σ[y ln a + (1−y) ln(1−a)]; cce: mean over samples of −Σ y ln a), in float64, stable forms.
    Independent of the engine, so that it can judge every contender, the engine included."""
    A = data.X.astype(np.float64)
    for W, b in zip(weights[:-1], biases[:-1], strict=True):
        Z = A @ np.asarray(W, np.float64).T + np.asarray(b, np.float64)
        A = np.tanh(Z) if wl.hidden == "tanh" else np.maximum(Z, 0.0)
    Z = A @ np.asarray(weights[-1], np.float64).T + np.asarray(biases[-1], np.float64)
    Y = data.Y.astype(np.float64)
    if wl.loss == "bce":  # -[y ln σ(z) + (1-y) ln(1-σ(z))] = softplus(z) - y z
        per_sample = np.sum(np.logaddexp(0.0, Z) - Y * Z, axis=1)
    else:  # -Σ y (z - logsumexp z)
        zmax = Z.max(axis=1, keepdims=True)
        lse = zmax + np.log(np.exp(Z - zmax).sum(axis=1, keepdims=True))
        per_sample = -np.sum(Y * (Z - lse), axis=1)
    return float(per_sample.mean())


def peak_rss_bytes() -> int:
    """Peak resident set size of this process so far. Linux: VmHWM, which belongs to the
    process's own address space (ru_maxrss would carry over the parent's peak across
    fork + exec); elsewhere ru_maxrss (KiB, bytes on macOS)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment_lines(versions: dict[str, str]) -> list[str]:
    """What decides the numbers: versions, cores, the OpenBLAS variables and the BLAS kernels."""
    lines = [
        f"python {platform.python_version()}, "
        + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"cpu: {cpu_model()}, {os.cpu_count()} logical cores",
    ]
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        busy = load > 0.5 * (os.cpu_count() or 1)
        lines[-1] += f", load average {load:.1f}" + (
            " (busy: the numbers are noisy, torch's threads especially)" if busy else ""
        )
    blas_env = {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    lines.append("  ".join(f"{k}={v if v is not None else '(unset)'}" for k, v in blas_env.items()))
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        lines.append("threadpoolctl not installed: BLAS kernel unknown")
    else:
        for pool in threadpool_info():
            lines.append(
                f"threadpool: {pool.get('internal_api')} {pool.get('version') or ''} "
                f"kernel={pool.get('architecture', '-')} threads={pool.get('num_threads')} "
                f"({'/'.join(Path(pool.get('filepath', '')).parts[-2:])})"
            )
    if any(v is not None for v in blas_env.values()):
        lines.append(
            "note: OPENBLAS_* is set, which can pin numpy's OpenBLAS to a slower kernel; for a "
            "fair numpy run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python " + sys.argv[0]
        )
    return lines


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*headers), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*r) for r in rows]
    return "\n".join(out)


def fmt_seconds(s: float | None) -> str:
    if s is None:
        return "-"
    return f"{s * 1e3:.2f} ms" if s < 1 else f"{s:.3f} s"


def fmt_ratio(r: float | None, target: float | None = None) -> str:
    if r is None:
        return "-"
    text = f"{r:.2f}×"
    if target is not None:
        text += f" (≥{target:g}× {'ok' if r >= target else 'MISS'})"
    return text
