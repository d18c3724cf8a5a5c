"""Speed of the Backprop Studio engine against PyTorch (CPU) and scikit-learn's MLPClassifier.

    python benchmarks/engine_vs_peers.py                  # S, M and L, 3 alternating repeats
    python benchmarks/engine_vs_peers.py --workloads S,M --repeats 5
    python benchmarks/engine_vs_peers.py --quick          # smoke run: fewer epochs
    python benchmarks/engine_vs_peers.py --check          # engine = torch = sklearn on S?

Install the peers with ``pip install -e ".[bench]"`` (the ``bench`` extra pins torch==2.13.0, the
CPU build; an unpinned ``pip install torch`` pulls a multi-GB CUDA build). A missing torch or
scikit-learn is skipped with a note; a missing engine too (the peers then start from numpy
Glorot/He weights).

OpenBLAS: on some machines OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are set in the environment,
which pins numpy's OpenBLAS to an older kernel and slows numpy (torch uses its own MKL/oneDNN and
is not affected). The script prints both variables and the kernels threadpoolctl reports; for a
fair numpy run use

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/engine_vs_peers.py

What is compared. Every contender trains the same net on the same data with the same batch size,
epochs, learning rate and initial weights (the engine's ``Network(spec, seed=0)``, copied into
torch's ``nn.Linear`` (same (Nₗ, Nₗ₋₁) orientation) and, transposed, into sklearn's ``coefs_``),
plain SGD, shuffled every epoch, the last batch of an epoch smaller. Runs alternate (engine,
torch, sklearn, engine, …) after one untimed warm-up epoch each; a run's time is its whole
``fit`` divided by its epochs; the table shows the median over the repeats.
- S: two spirals, 1,000 points, 2-8-8-1 tanh + sigmoid/bce, batch 10, 200 epochs, float64;
- M: digits 1,797 × 64 (/16), 64-32-16-10 relu + softmax/cce, batch 32, 50 epochs, float64;
- L: 60,000 × 784 seeded synthetic, 784-256-128-10 relu + softmax/cce, batch 128, 2 epochs,
  float32.

torch trains in the workload's dtype (float64 on S and M, the same arithmetic as the engine);
the "torch f32" column is torch in float32 on S and M, for information. Its loop is the idiomatic
one: ``nn.Sequential``, ``torch.optim.SGD``, ``BCEWithLogitsLoss`` / ``CrossEntropyLoss`` (the
fused forms of sigmoid+bce and softmax+cce), manual batching with one ``torch.randperm`` per
epoch, a running ``loss.item()``, ``torch.set_num_threads(os.cpu_count())`` (``--torch-threads``
changes it: on a machine busy with other work torch's OpenMP threads can be many times slower
than one thread). Manual batching, not ``TensorDataset`` + ``DataLoader``: it was the faster of
the two here (DataLoader was 25-50 % slower per epoch on S and M).

sklearn: ``solver="sgd"``, ``momentum=0``, ``nesterovs_momentum=False``, ``alpha=0``, constant
learning rate, no early stopping, ``n_iter_no_change`` > epochs, and ``warm_start=True`` so that
``fit`` starts from the copied weights (one ``partial_fit`` on one batch creates the arrays
first). Its binary output is a logistic unit with log-loss, i.e. sigmoid + bce.

The engine's ``fit`` gets no validation set; what it computes per epoch is part of its time, as
the per-epoch training loss is of torch's and sklearn's. Its peak memory on L is measured in a
subprocess: peak-RSS (VmHWM) growth from after the imports to the end of training, against the
target 1.5 × the data's size + 100 MB, and tracemalloc's peak during ``fit`` (what training
allocates beyond the data). ``--check`` trains one epoch of S in float64, in order, from the same
weights, and requires the engine, torch and sklearn to agree to 1e-10.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import warnings

import _common as C
import numpy as np

TARGET_TORCH = {"S": 4.0, "M": 4.0, "L": 1.2}  # engine at least this many times faster
TARGET_SKLEARN = 1.0
TARGET_FLOOR = {"L": 1.15}  # engine's time at most this many times the GEMM floor's
MiB = 2**20


def import_engine():
    """The engine module, or the reason it cannot be used yet."""
    if str(C.REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(C.REPO_ROOT))
    try:
        import engine

        for name in ("LayerSpec", "NetworkSpec", "Network", "TrainConfig", "Trainer"):
            getattr(engine, name)
    except (ImportError, AttributeError) as exc:
        return None, f"engine unavailable ({exc})"
    return engine, None


def import_torch(threads=None):
    try:
        import torch
    except ImportError:
        return None, 'torch not installed (pip install -e ".[bench]")'
    torch.set_num_threads(threads or os.cpu_count() or 1)
    return torch, None


def limit_blas_threads(threads):
    """numpy's and scipy's BLAS on ``threads`` threads, as torch is: the same for everyone.
    scipy (scikit-learn's) brings its own OpenBLAS, so it is loaded first to be limited too.
    Returns the limiter (kept alive) or None without threadpoolctl."""
    try:
        import scipy.linalg.blas  # noqa: F401
        from threadpoolctl import threadpool_limits
    except ImportError:
        return None
    return threadpool_limits(limits=threads, user_api="blas")


def import_sklearn():
    try:
        from sklearn.neural_network import MLPClassifier
    except ImportError:
        return None, 'scikit-learn not installed (pip install -e ".[bench]")'
    return MLPClassifier, None


# ----------------------------------------------------------------------------- engine


def engine_spec(engine, wl: C.Workload):
    layers = [engine.LayerSpec(units=u, activation=wl.hidden) for u in wl.sizes[1:-1]]
    layers.append(engine.LayerSpec(units=wl.sizes[-1], activation=wl.output))
    return engine.NetworkSpec(n_inputs=wl.sizes[0], layers=layers, loss=wl.loss)


def run_engine(engine, wl, data, init, epochs, shuffle=True):
    """Seconds for ``epochs`` epochs, and the trained (weights, biases)."""
    net = engine.Network.from_arrays(
        engine_spec(engine, wl), [w.copy() for w in init[0]], [b.copy() for b in init[1]]
    )
    config = engine.TrainConfig(mode="minibatch", batch_size=wl.batch, optimizer="sgd",
                                learning_rate=wl.lr, epochs=epochs, shuffle=shuffle, seed=0)
    trainer = engine.Trainer(net, config)
    t0 = time.perf_counter()
    trainer.fit(data.X, data.Y)
    return time.perf_counter() - t0, (net.weights, net.biases)


# ----------------------------------------------------------------------------- GEMM floor


def run_floor(wl, data, init, epochs):
    """The GEMM floor: per batch, the eight matrix products of a training iteration alone
    (three forward, Wˡ's gradients and the two δ back), in numpy, into buffers made once,
    on batches taken in order as views: what no numpy trainer can go below. Its arithmetic
    is not training (no activations, no update), only its products' shapes are."""
    weights = [np.array(w, dtype=wl.dtype) for w in init[0]]
    X, m = data.X, wl.batch
    bounds = [(start, min(start + m, len(X))) for start in range(0, len(X), m)]
    buffers = {}
    for start, stop in bounds:
        rows = stop - start
        if rows not in buffers:
            buffers[rows] = ([np.empty((rows, w.shape[0]), wl.dtype) for w in weights],
                             [np.empty((rows, w.shape[1]), wl.dtype) for w in weights[1:]],
                             [np.empty_like(w) for w in weights])
    t0 = time.perf_counter()
    for _ in range(epochs):
        for start, stop in bounds:
            zs, backs, grads = buffers[stop - start]
            a = X[start:stop]
            for W, z in zip(weights, zs, strict=True):
                np.dot(a, W.T, out=z)
                a = z
            delta = zs[-1]
            for l in range(len(weights) - 1, -1, -1):
                a_prev = X[start:stop] if l == 0 else zs[l - 1]
                np.dot(delta.T, a_prev, out=grads[l])
                if l:
                    np.dot(delta, weights[l], out=backs[l - 1])
                    delta = backs[l - 1]
    return time.perf_counter() - t0, None


# ----------------------------------------------------------------------------- torch


def run_torch(torch, wl, data, init, epochs, dtype=None, shuffle=True):
    nn = torch.nn
    dtype = getattr(torch, dtype or wl.dtype)
    act = {"tanh": nn.Tanh, "relu": nn.ReLU}[wl.hidden]
    modules = []
    for i, (W, b) in enumerate(zip(*init, strict=True)):
        linear = nn.Linear(W.shape[1], W.shape[0], dtype=dtype)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W))
            linear.bias.copy_(torch.from_numpy(b))
        modules.append(linear)
        if i < len(init[0]) - 1:
            modules.append(act())
    model = nn.Sequential(*modules)
    X = torch.from_numpy(data.X).to(dtype)
    if wl.loss == "bce":
        T, loss_fn = torch.from_numpy(data.Y).to(dtype), nn.BCEWithLogitsLoss()
    else:
        T, loss_fn = torch.from_numpy(data.labels), nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=wl.lr)
    generator = torch.Generator().manual_seed(0)
    n, bs = X.shape[0], wl.batch

    t0 = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator) if shuffle else None
        running = 0.0
        for start in range(0, n, bs):
            if order is None:
                xb, tb = X[start:start + bs], T[start:start + bs]
            else:
                idx = order[start:start + bs]
                xb, tb = X[idx], T[idx]
            optimizer.zero_grad()
            loss = loss_fn(model(xb), tb)
            loss.backward()
            optimizer.step()
            running += loss.item() * xb.shape[0]
    seconds = time.perf_counter() - t0
    linears = [m for m in model if isinstance(m, nn.Linear)]
    return seconds, ([m.weight.detach().double().numpy() for m in linears],
                     [m.bias.detach().double().numpy() for m in linears])


# ----------------------------------------------------------------------------- sklearn


def run_sklearn(MLPClassifier, wl, data, init, epochs, shuffle=True):
    from sklearn.exceptions import ConvergenceWarning

    clf = MLPClassifier(
        hidden_layer_sizes=wl.sizes[1:-1], activation=wl.hidden, solver="sgd", alpha=0.0,
        batch_size=wl.batch, learning_rate="constant", learning_rate_init=wl.lr,
        max_iter=epochs, shuffle=shuffle, random_state=0, momentum=0.0,
        nesterovs_momentum=False, early_stopping=False, n_iter_no_change=epochs + 1,
    )
    X, y = data.X, data.labels
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.partial_fit(X[:wl.batch], y[:wl.batch], classes=np.unique(y))  # creates the arrays
        clf.set_params(warm_start=True)  # so that fit starts from coefs_ / intercepts_
        clf.coefs_ = [W.T.astype(X.dtype) for W in init[0]]  # sklearn stores (n_in, n_out)
        clf.intercepts_ = [b.astype(X.dtype) for b in init[1]]
        t0 = time.perf_counter()
        clf.fit(X, y)  # warm start: from the weights above, max_iter = epochs
        seconds = time.perf_counter() - t0
    return seconds, ([W.T for W in clf.coefs_], list(clf.intercepts_))


# ----------------------------------------------------------------------------- the run


def contenders(wl, engine, torch, MLPClassifier):
    out = [("gemm floor", lambda d, i, e: run_floor(wl, d, i, e))]
    if engine is not None:
        out.append(("engine", lambda d, i, e: run_engine(engine, wl, d, i, e)))
    if torch is not None:
        out.append(("torch", lambda d, i, e: run_torch(torch, wl, d, i, e)))
    if MLPClassifier is not None:
        out.append(("sklearn", lambda d, i, e: run_sklearn(MLPClassifier, wl, d, i, e)))
    if torch is not None and wl.dtype != "float32":
        out.append(("torch f32", lambda d, i, e: run_torch(torch, wl, d, i, e, "float32")))
    return out


def initial_weights(engine, wl):
    if engine is None:
        return C.fallback_init(wl)
    net = engine.Network(engine_spec(engine, wl), seed=0, dtype=wl.dtype)
    return [np.array(w) for w in net.weights], [np.array(b) for b in net.biases]


def bench_workload(wl, epochs, repeats, engine, torch, MLPClassifier):
    data = C.make_data(wl)
    init = initial_weights(engine, wl)
    runners = contenders(wl, engine, torch, MLPClassifier)
    for _, run in runners:  # warm-up: first calls (torch's kernels, allocator) are slow
        run(data, init, 1)
    times = {name: [] for name, _ in runners}
    last = {}
    for _ in range(repeats):
        for name, run in runners:
            gc.collect()
            seconds, last[name] = run(data, init, epochs)
            times[name].append(seconds / epochs)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    # each round's ratio against the engine, then their median: a round's runs follow each
    # other closely, so a busy spell slows both sides of its ratio
    if "engine" in times:
        medians["ratios"] = {name: statistics.median(t / e for t, e in
                                                     zip(ts, times["engine"], strict=True))
                             for name, ts in times.items() if name != "engine"}
    losses = {name: C.numpy_loss(wl, data, *params) for name, params in last.items()
              if params is not None}
    return medians, losses


def floor_ratio(r, target=None):
    """engine/floor: how many times the GEMM floor's time the engine takes (≤ target)."""
    if r is None:
        return "-"
    if target is None:
        return f"{r:.2f}×"
    return f"{r:.2f}× (≤{target:g}× {'ok' if r <= target else 'MISS'})"


def measure_memory(wl_name: str, epochs: int) -> dict | None:
    """Run the engine on one workload in a fresh interpreter and read its memory figures."""
    cmd = [sys.executable, os.path.abspath(__file__), "--_memory", wl_name,
           "--_epochs", str(epochs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def memory_child(wl_name: str, epochs: int) -> None:
    import tracemalloc

    engine, why = import_engine()
    if engine is None:
        raise SystemExit(why)
    wl = C.WORKLOADS[wl_name]
    rss_imports = C.peak_rss_bytes()
    data = C.make_data(wl)
    init = initial_weights(engine, wl)
    rss_data = C.peak_rss_bytes()
    tracemalloc.start()
    run_engine(engine, wl, data, init, epochs)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"data": data.nbytes, "rss_imports": rss_imports, "rss_data": rss_data,
                      "rss_peak": C.peak_rss_bytes(), "traced_peak": traced_peak}))


def check_equivalence(engine, torch, MLPClassifier) -> bool:
    """One epoch of S in float64, in order (no shuffling), from the same weights."""
    wl = C.WORKLOADS["S"]
    if engine is None:
        print("check: needs the engine")
        return False
    data, init = C.make_data(wl), initial_weights(engine, wl)
    _, ref = run_engine(engine, wl, data, init, 1, shuffle=False)
    ref_loss = C.numpy_loss(wl, data, *ref)
    net = engine.Network.from_arrays(engine_spec(engine, wl), *ref)
    own = abs(float(net.loss(data.X, data.Y)) - ref_loss)
    ok = own < 1e-12
    print(f"check on S, float64, 1 epoch, no shuffling: loss {ref_loss:.15f} after the engine's "
          f"epoch (net.loss agrees to {own:.1e}{'' if ok else ': MISMATCH'})")
    peers = [("torch", torch, lambda: run_torch(torch, wl, data, init, 1, shuffle=False)),
             ("sklearn", MLPClassifier,
              lambda: run_sklearn(MLPClassifier, wl, data, init, 1, shuffle=False))]
    for name, module, run in peers:
        if module is None:
            print(f"  {name}: not installed, skipped")
            continue
        _, params = run()
        dloss = abs(C.numpy_loss(wl, data, *params) - ref_loss)
        dw = max(float(np.max(np.abs(np.asarray(a) - np.asarray(b))))
                 for a, b in zip(ref[0] + ref[1], params[0] + params[1], strict=True))
        good = dloss < 1e-10 and dw < 1e-10
        ok &= good
        print(f"  {name}: |Δloss| {dloss:.1e}, max |Δw| {dw:.1e}  {'OK' if good else 'MISMATCH'}")
    return ok


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--workloads", default="S,M,L", help="comma-separated subset of S,M,L")
    p.add_argument("--repeats", type=int, default=3, help="alternating rounds (default 3)")
    p.add_argument("--quick", action="store_true", help="fewer epochs: a smoke run")
    p.add_argument("--check", action="store_true", help="only the engine = torch = sklearn check")
    p.add_argument("--threads", "--torch-threads", type=int, default=os.cpu_count() or 1,
                   help="threads for every contender: torch.set_num_threads and numpy's and "
                   "scipy's BLAS (threadpoolctl) (default: the number of cores)")
    p.add_argument("--_memory", help=argparse.SUPPRESS)
    p.add_argument("--_epochs", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args._memory:
        memory_child(args._memory, args._epochs)
        return 0

    blas_threads = limit_blas_threads(args.threads)
    engine, no_engine = import_engine()
    torch, no_torch = import_torch(args.threads)
    MLPClassifier, no_sklearn = import_sklearn()
    if args.check:
        return 0 if check_equivalence(engine, torch, MLPClassifier) else 1

    names = [w.strip().upper() for w in args.workloads.split(",") if w.strip()]
    unknown = [w for w in names if w not in C.WORKLOADS]
    if unknown or args.repeats < 1:
        p.error(f"unknown workloads {unknown}" if unknown else "--repeats must be ≥ 1")
    versions = {"numpy": np.__version__}
    if torch is not None:
        versions["torch"] = torch.__version__
    if MLPClassifier is not None:
        import sklearn

        versions["scikit-learn"] = sklearn.__version__
    print("\n".join(C.environment_lines(versions)))
    if MLPClassifier is None and "M" in names:
        names.remove("M")
        no_sklearn += "; workload M skipped too (its digits come from scikit-learn)"
    for why in (no_engine, no_torch, no_sklearn):
        if why:
            print(f"skipped: {why}")
    print(f"repeats: {args.repeats}{', quick' if args.quick else ''}; threads: torch "
          f"{torch.get_num_threads() if torch else '-'}, BLAS "
          f"{args.threads if blas_threads is not None else 'as found (no threadpoolctl)'}; "
          "seconds per epoch are medians; ratios > 1 mean the engine is faster, except "
          "engine/floor (the engine's time over the GEMM floor's: lower is better)\n")

    rows, loss_rows, memory = [], [], None
    for name in names:
        wl = C.WORKLOADS[name]
        epochs = wl.quick_epochs if args.quick else wl.epochs
        med, losses = bench_workload(wl, epochs, args.repeats, engine, torch, MLPClassifier)
        e, ratios = med.get("engine"), med.get("ratios", {})
        floor = ratios.get("gemm floor")
        rows.append([
            f"{name} {wl.label} b{wl.batch} ×{epochs}ep", wl.dtype,
            C.fmt_seconds(e), C.fmt_seconds(med.get("gemm floor")),
            floor_ratio(1 / floor if floor else None, TARGET_FLOOR.get(name)),
            C.fmt_seconds(med.get("torch")), C.fmt_seconds(med.get("sklearn")),
            C.fmt_ratio(ratios.get("torch"), TARGET_TORCH[name]),
            C.fmt_ratio(ratios.get("sklearn"), TARGET_SKLEARN),
            C.fmt_seconds(med.get("torch f32")),
        ])
        loss_rows.append([name] + [f"{losses[k]:.4f}" if losses.get(k) is not None else "-"
                                   for k in ("engine", "torch", "sklearn", "torch f32")])
        if name == "L" and engine is not None:
            memory = measure_memory(name, epochs)

    if not rows:
        print("nothing to run")
        return 1
    print(C.table(["workload", "dtype", "engine s/ep", "floor s/ep", "engine/floor",
                   "torch s/ep", "sklearn s/ep", "torch/engine", "sklearn/engine",
                   "torch f32 s/ep"], rows))
    print("\ntraining loss after the last run (one numpy evaluation for all; a sanity check):")
    print(C.table(["", "engine", "torch", "sklearn", "torch f32"], loss_rows))
    if memory is not None:
        print()
        if "error" in memory:
            print(f"engine memory on L: failed ({memory['error']})")
        else:
            grown = memory["rss_peak"] - memory["rss_imports"]
            budget = 1.5 * memory["data"] + 100 * MiB
            print(f"engine memory on L: data {memory['data'] / MiB:.0f} MiB; peak RSS "
                  f"{memory['rss_peak'] / MiB:.0f} MiB, +{grown / MiB:.0f} MiB over the imports "
                  f"(target ≤ 1.5 × data + 100 MiB = {budget / MiB:.0f} MiB: "
                  f"{'ok' if grown <= budget else 'MISS'}); tracemalloc peak during fit "
                  f"{memory['traced_peak'] / MiB:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
