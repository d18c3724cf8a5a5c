"""Weights back from the program's own ``.npz`` and ``.json`` exports, checked before use.

Both readers check every name, type, shape and number before building an array, and a
``.npz`` is read header first: each member's declared shape and dtype are checked against
the sane sizes of :mod:`engine.project.limits` before numpy allocates anything, so a
hostile file cannot exhaust memory. ``np.load`` runs with ``allow_pickle=False``.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ProjectError, SpecError
from engine.export.parts import WEIGHTS_FORMAT, WEIGHTS_VERSION, NetworkParts
from engine.export.weights_json import (
    check_features,
    check_names,
    check_normalisation,
    parts_from_json,
)
from engine.project.arrays import FormatProblem
from engine.project.limits import MAX_LAYERS, check_sizes
from engine.project.reading import MAX_FILE_BYTES, read_json

MAX_NAME_CHARS = 64
_FLOATS = ("float32", "float64")


def import_weights(path: str | os.PathLike, spec: Any = None) -> NetworkParts:
    """The layers stored in a ``.npz`` or ``.json`` export, as :class:`NetworkParts`.

    With ``spec`` (a NetworkSpec), the file's matrices must have exactly the shapes that
    architecture needs, and the result takes its activations and loss from ``spec``: the
    user's design stays as it is and only the numbers are imported. Any fault raises
    ProjectError naming the file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".npz", ".json"):
        raise ProjectError(f"cannot import weights from {path}: choose a .npz or .json file "
                           "exported by Backprop Studio")
    try:
        parts = _read_npz(path) if suffix == ".npz" else parts_from_json(
            read_json(path, "weights file"))
        parts.spec()
        if spec is not None:
            parts = _fitted_to(parts, spec)
    except (FormatProblem, SpecError) as problem:
        raise ProjectError(f"cannot import weights from {path}: {problem}") from problem
    return parts


def _fitted_to(parts: NetworkParts, spec: Any) -> NetworkParts:
    sizes = tuple(spec.sizes)
    found = (parts.n_inputs, *parts.units)
    if len(found) != len(sizes):
        raise FormatProblem(f"the file holds a {'-'.join(map(str, found))} network with "
                            f"{len(found) - 1} layers; this network is "
                            f"{'-'.join(map(str, sizes))} with {len(sizes) - 1}")
    for l, (W, b) in enumerate(zip(parts.weights, parts.biases, strict=True), start=1):
        if W.shape != (sizes[l], sizes[l - 1]) or b.shape != (sizes[l],):
            raise FormatProblem(f"W{l} has shape {W.shape} and b{l} {b.shape}, but this network "
                                f"needs {(sizes[l], sizes[l - 1])} and {(sizes[l],)}")
    return replace(parts, activations=tuple(layer.activation for layer in spec.layers),
                   loss=str(spec.loss))


def _read_npz(path: Path) -> NetworkParts:
    _check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            headers = _npy_headers(archive)
        layout = _check_headers(headers)
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in headers}
    except FormatProblem:
        raise
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError) as error:
        raise FormatProblem(f"it is not a readable .npz file ({error})") from error
    except OSError as error:
        raise ProjectError(f"cannot import weights from {path}: {error.strerror or error}") \
            from error
    return _parts_from_arrays(arrays, *layout)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise FormatProblem("it is a folder, not a file")
    if not path.exists():
        raise FormatProblem("no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise FormatProblem(f"the file is larger than the {MAX_FILE_BYTES:,} bytes this program "
                            "reads")


def _npy_headers(archive: zipfile.ZipFile) -> dict[str, tuple[tuple[int, ...], np.dtype]]:
    """Each member's declared (shape, dtype), read without loading any data."""
    headers = {}
    for info in archive.infolist():
        if not info.filename.endswith(".npy"):
            raise FormatProblem(f"it holds {info.filename!r}, which is not a numpy array")
        with archive.open(info) as member:
            version = np.lib.format.read_magic(member)
            reader = {(1, 0): np.lib.format.read_array_header_1_0,
                      (2, 0): np.lib.format.read_array_header_2_0}.get(version)
            if reader is None:
                raise FormatProblem(f"{info.filename} uses .npy version {version}, not 1.0/2.0")
            shape, _fortran, dtype = reader(member)
        if dtype.hasobject:
            raise FormatProblem(f"{info.filename} holds Python objects, which are never loaded")
        headers[info.filename[:-4]] = (tuple(shape), dtype)
    return headers


def _check_headers(headers: dict) -> tuple[int, int]:
    """(L, n_inputs) after checking every declared shape and dtype; nothing is loaded yet."""
    _expect(headers, "activations", "U", ndim=1)
    n_layers = headers["activations"][0][0]
    if not 1 <= n_layers <= MAX_LAYERS:
        raise FormatProblem(f"it declares {n_layers} layers; between 1 and {MAX_LAYERS} are "
                            "allowed")
    for name in ("features", "class_names", "feature_names"):
        _expect(headers, name, "U", ndim=1, optional=True)
    for name in ("loss", "normalisation", "format"):
        _expect(headers, name, "U", ndim=0, optional=name != "loss")
    for name in ("n_inputs", "version"):
        _expect(headers, name, "iu", ndim=0, optional=True)
    for l in range(1, n_layers + 1):
        _expect(headers, f"W{l}", "f", ndim=2)
        _expect(headers, f"b{l}", "f", ndim=1)
    extra = sorted(k for k in headers if k[:1] in "Wb" and k[1:].isdigit()
                   and not 1 <= int(k[1:]) <= n_layers)
    if extra:
        raise FormatProblem(f"it has {', '.join(extra)} but only {n_layers} activation names")
    n_inputs = headers["W1"][0][1]
    check_sizes(n_inputs, [headers[f"W{l}"][0][0] for l in range(1, n_layers + 1)])
    previous = n_inputs
    for l in range(1, n_layers + 1):
        units = headers[f"W{l}"][0][0]
        if headers[f"W{l}"][0] != (units, previous) or headers[f"b{l}"][0] != (units,):
            raise FormatProblem(f"W{l} has shape {headers[f'W{l}'][0]} and b{l} "
                                f"{headers[f'b{l}'][0]}; after {previous} neurons they must "
                                f"be ({units}, {previous}) and ({units},)")
        previous = units
    for name in ("norm_shift", "norm_scale"):
        _expect(headers, name, "f", ndim=1, optional=True)
        if name in headers and headers[name][0] != (n_inputs,):
            raise FormatProblem(f"{name} has shape {headers[name][0]}, not ({n_inputs},)")
    return n_layers, n_inputs


def _expect(headers: dict, name: str, kinds: str, *, ndim: int, optional: bool = False) -> None:
    if name not in headers:
        if optional:
            return
        raise FormatProblem(f"it has no array {name!r}; is it a Backprop Studio weights file?")
    shape, dtype = headers[name]
    if dtype.kind not in kinds or len(shape) != ndim:
        raise FormatProblem(f"{name} is a {len(shape)}-D {dtype} array; expected "
                            f"{ndim}-D of kind {kinds!r}")
    if dtype.kind == "f" and dtype.name not in _FLOATS:
        raise FormatProblem(f"{name} is {dtype}; only float32 and float64 are read")
    if dtype.kind == "U" and dtype.itemsize > 4 * MAX_NAME_CHARS:
        raise FormatProblem(f"{name} holds names longer than {MAX_NAME_CHARS} characters")


def _parts_from_arrays(arrays: dict[str, np.ndarray], n_layers: int,
                       n_inputs: int) -> NetworkParts:
    if "format" in arrays and str(arrays["format"]) != WEIGHTS_FORMAT:
        raise FormatProblem(f"its format is {str(arrays['format'])!r}, not {WEIGHTS_FORMAT!r}")
    if "version" in arrays and int(arrays["version"]) != WEIGHTS_VERSION:
        raise FormatProblem(f"it is weights format version {int(arrays['version'])}; this "
                            f"program reads version {WEIGHTS_VERSION}")
    if "n_inputs" in arrays and int(arrays["n_inputs"]) != n_inputs:
        raise FormatProblem(f"n_inputs says {int(arrays['n_inputs'])} but W1 has {n_inputs} "
                            "columns")
    weights = tuple(arrays[f"W{l}"] for l in range(1, n_layers + 1))
    biases = tuple(arrays[f"b{l}"] for l in range(1, n_layers + 1))
    dtypes = {a.dtype.name for a in weights + biases}
    if len(dtypes) != 1:
        raise FormatProblem(f"the weights mix dtypes {', '.join(sorted(dtypes))}")
    shift = arrays.get("norm_shift", np.zeros(n_inputs)).astype(np.float64)
    scale = arrays.get("norm_scale", np.ones(n_inputs)).astype(np.float64)
    for l, (W, b) in enumerate(zip(weights, biases, strict=True), start=1):
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise FormatProblem(f"W{l} or b{l} contains NaN or infinite numbers")
    method = str(arrays.get("normalisation", "none"))
    check_normalisation(method, shift, scale)
    features = check_features([str(name) for name in arrays["features"]]
                              if "features" in arrays else None, n_inputs)
    class_names, feature_names = check_names(
        *([str(name) for name in arrays[key]] if key in arrays else None
          for key in ("class_names", "feature_names")),
        int(weights[-1].shape[0]), n_inputs if features is None else 2)
    return NetworkParts(
        n_inputs=n_inputs, activations=tuple(str(a) for a in arrays["activations"]),
        loss=str(arrays["loss"]), weights=tuple(np.array(W) for W in weights),
        biases=tuple(np.array(b) for b in biases), shift=shift, scale=scale,
        normalisation=method, features=features, class_names=class_names,
        feature_names=feature_names,
    )
