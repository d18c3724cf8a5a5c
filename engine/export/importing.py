"""Weights back from the program's own ``.npz`` and ``.json`` exports, checked before use.

Both readers check every name, type, shape and number before building an array, and a
``.npz`` is read header first: each member's declared shape and dtype are checked against
the sane sizes of :mod:`engine.project.limits` before numpy allocates anything, so a
hostile file cannot exhaust memory. ``np.load`` runs with ``allow_pickle=False``.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import ProjectError, SpecError
from engine.export.parts import WEIGHTS_FORMAT, WEIGHTS_VERSION, NetworkParts
from engine.export.weights_json import (
    check_encoding,
    check_features,
    check_names,
    check_normalisation,
    check_target,
    parts_from_json,
)
from engine.project.arrays import FormatProblem
from engine.project.limits import MAX_LAYERS, check_sizes
from engine.project.reading import MAX_FILE_BYTES, read_json
from engine.text import translate

MAX_NAME_CHARS = 64
#: the longest ``encoding`` string a .npz may hold: its JSON, for every raw column's name and
#: categories (far more than the most inputs a network may have could ever need)
MAX_ENCODING_CHARS = 1_000_000
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
        raise ProjectError(translate(
            "Export", "cannot import weights from {path}: choose a .npz or .json file exported "
            "by Backprop Studio").format(path=path))
    try:
        parts = _read_npz(path) if suffix == ".npz" else parts_from_json(
            read_json(path, translate("Export", "weights file")))
        parts.spec()
        if spec is not None:
            parts = _fitted_to(parts, spec)
    except (FormatProblem, SpecError) as problem:
        raise ProjectError(translate(
            "Export", "cannot import weights from {path}: {problem}").format(
                path=path, problem=problem)) from problem
    return parts


def differences(parts: NetworkParts, spec: Any, normaliser: Any = None,
                target: Any = None) -> list[str]:
    """How the network a file's weights were trained in (``parts``, as read, before
    ``import_weights`` fits them to ``spec``) differs from the one they would go into, in
    words: its activations, its inputs' normalisation, its target's divisor. Imported, the
    weights keep only their numbers, and with any of these different they compute something
    else (a tanh net's weights in a ReLU net, tester); empty when nothing differs."""
    from engine.activations import TITLES as ACTIVATIONS
    from engine.datasets.normalise import TITLES as NORMALISATIONS

    found = []
    for l, (theirs, layer) in enumerate(zip(parts.activations, spec.layers, strict=False),
                                        start=1):
        if theirs != layer.activation:
            found.append(translate("Export", "layer {l} is {theirs} in the file, {ours} "
                                   "here").format(l=l, theirs=ACTIVATIONS.get(theirs, theirs),
                                                  ours=ACTIVATIONS.get(layer.activation,
                                                                       layer.activation)))
    n = parts.n_inputs
    shift = np.zeros(n) if normaliser is None else np.asarray(normaliser.shift, float)
    scale = np.ones(n) if normaliser is None else np.asarray(normaliser.scale, float)
    if shift.shape != parts.shift.shape or not (
            np.allclose(shift, parts.shift, rtol=1e-9, atol=1e-12)
            and np.allclose(scale, parts.scale, rtol=1e-9, atol=1e-12)):
        method = "none" if normaliser is None else normaliser.method
        found.append(translate("Export", "the inputs' normalisation is {theirs} in the "
                               "file, {ours} here{same}").format(
            theirs=NORMALISATIONS.get(parts.normalisation, parts.normalisation),
            ours=NORMALISATIONS.get(method, method),
            same=translate("Export", " (with other numbers)")
            if method == parts.normalisation else ""))
    theirs = parts.target.divisor if parts.target is not None else 1.0
    ours = target.divisor if target is not None else 1.0
    if parts.target is not None and theirs != ours:
        found.append(translate("Export", "the target is divided by {theirs} in the file, by "
                               "{ours} here").format(theirs=f"{theirs:g}", ours=f"{ours:g}"))
    return found


def _fitted_to(parts: NetworkParts, spec: Any) -> NetworkParts:
    sizes = tuple(spec.sizes)
    found = (parts.n_inputs, *parts.units)
    if len(found) != len(sizes):
        raise FormatProblem(translate(
            "Export", "the file holds a {names} network with {n_found} layers; this network is "
            "{names2} with {n_sizes}").format(
                names='-'.join(map(str, found)), n_found=len(found) - 1,
                names2='-'.join(map(str, sizes)), n_sizes=len(sizes) - 1))
    for l, (W, b) in enumerate(zip(parts.weights, parts.biases, strict=True), start=1):
        if W.shape != (sizes[l], sizes[l - 1]) or b.shape != (sizes[l],):
            raise FormatProblem(translate(
                "Export", "W{l} has shape {shape} and b{l} {shape2}, but this network needs "
                "{value} and {value2}").format(
                    l=l, shape=W.shape, shape2=b.shape, value=(sizes[l], sizes[l - 1]),
                    value2=(sizes[l],)))
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
        raise FormatProblem(translate(
            "Export", "it is not a readable .npz file ({error})").format(error=error)) from error
    except OSError as error:
        raise ProjectError(translate(
            "Export", "cannot import weights from {path}: {strerror}").format(
                path=path, strerror=error.strerror or error)) \
            from error
    return _parts_from_arrays(arrays, *layout)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise FormatProblem(translate("Export", "it is a folder, not a file"))
    if not path.exists():
        raise FormatProblem(translate("Export", "no such file"))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise FormatProblem(translate(
            "Export", "the file is larger than the {most} bytes this program reads").format(
                most=f"{MAX_FILE_BYTES:,}"))


def _npy_headers(archive: zipfile.ZipFile) -> dict[str, tuple[tuple[int, ...], np.dtype]]:
    """Each member's declared (shape, dtype), read without loading any data."""
    headers = {}
    for info in archive.infolist():
        if not info.filename.endswith(".npy"):
            raise FormatProblem(translate(
                "Export", "it holds {filename}, which is not a numpy array").format(
                    filename=repr(info.filename)))
        with archive.open(info) as member:
            version = np.lib.format.read_magic(member)
            reader = {(1, 0): np.lib.format.read_array_header_1_0,
                      (2, 0): np.lib.format.read_array_header_2_0}.get(version)
            if reader is None:
                raise FormatProblem(translate(
                    "Export", "{filename} uses .npy version {version}, not 1.0/2.0").format(
                        filename=info.filename, version=version))
            shape, _fortran, dtype = reader(member)
        if dtype.hasobject:
            raise FormatProblem(translate(
                "Export", "{filename} holds Python objects, which are never loaded").format(
                    filename=info.filename))
        headers[info.filename[:-4]] = (tuple(shape), dtype)
    return headers


def _check_headers(headers: dict) -> tuple[int, int]:
    """(L, n_inputs) after checking every declared shape and dtype; nothing is loaded yet."""
    _expect(headers, "activations", "U", ndim=1)
    n_layers = headers["activations"][0][0]
    if not 1 <= n_layers <= MAX_LAYERS:
        raise FormatProblem(translate(
            "Export", "it declares {n_layers} layers; between 1 and {most} are allowed").format(
                n_layers=n_layers, most=MAX_LAYERS))
    for name in ("features", "class_names", "feature_names"):
        _expect(headers, name, "U", ndim=1, optional=True)
    for name in ("loss", "normalisation", "format"):
        _expect(headers, name, "U", ndim=0, optional=name != "loss")
    _expect(headers, "encoding", "U", ndim=0, optional=True, longest=MAX_ENCODING_CHARS)
    _expect(headers, "target_name", "U", ndim=0, optional=True)
    _expect(headers, "target_divisor", "f", ndim=0, optional=True)
    for name in ("n_inputs", "version"):
        _expect(headers, name, "iu", ndim=0, optional=True)
    for l in range(1, n_layers + 1):
        _expect(headers, f"W{l}", "f", ndim=2)
        _expect(headers, f"b{l}", "f", ndim=1)
    extra = sorted(k for k in headers if k[:1] in "Wb" and k[1:].isdigit()
                   and not 1 <= int(k[1:]) <= n_layers)
    if extra:
        raise FormatProblem(translate(
            "Export", "it has {names} but only {n_layers} activation names").format(
                names=', '.join(extra), n_layers=n_layers))
    n_inputs = headers["W1"][0][1]
    check_sizes(n_inputs, [headers[f"W{l}"][0][0] for l in range(1, n_layers + 1)])
    previous = n_inputs
    for l in range(1, n_layers + 1):
        units = headers[f"W{l}"][0][0]
        if headers[f"W{l}"][0] != (units, previous) or headers[f"b{l}"][0] != (units,):
            raise FormatProblem(translate(
                "Export", "W{l} has shape {headers} and b{l} {headers2}; after {previous} "
                "neurons they must be ({units}, {previous}) and ({units},)").format(
                    l=l, headers=headers[f'W{l}'][0], headers2=headers[f'b{l}'][0],
                    previous=previous, units=units))
        previous = units
    for name in ("norm_shift", "norm_scale"):
        _expect(headers, name, "f", ndim=1, optional=True)
        if name in headers and headers[name][0] != (n_inputs,):
            raise FormatProblem(translate(
                "Export", "{name} has shape {headers}, not ({n_inputs},)").format(
                    name=name, headers=headers[name][0], n_inputs=n_inputs))
    return n_layers, n_inputs


def _expect(headers: dict, name: str, kinds: str, *, ndim: int, optional: bool = False,
            longest: int = MAX_NAME_CHARS) -> None:
    if name not in headers:
        if optional:
            return
        raise FormatProblem(translate(
            "Export", "it has no array {name}; is it a Backprop Studio weights file?").format(
                name=repr(name)))
    shape, dtype = headers[name]
    if dtype.kind not in kinds or len(shape) != ndim:
        raise FormatProblem(translate(
            "Export", "{name} is a {n_shape}-D {dtype} array; expected {ndim}-D of kind "
            "{kinds}").format(name=name, n_shape=len(shape), dtype=dtype, ndim=ndim,
                              kinds=repr(kinds)))
    if dtype.kind == "f" and dtype.name not in _FLOATS:
        raise FormatProblem(translate(
            "Export", "{name} is {dtype}; only float32 and float64 are read").format(
                name=name, dtype=dtype))
    if dtype.kind == "U" and dtype.itemsize > 4 * longest:
        raise FormatProblem(translate(
            "Export", "{name} holds names longer than {MAX_NAME_CHARS} characters").format(
                name=name, MAX_NAME_CHARS=longest))


def _parts_from_arrays(arrays: dict[str, np.ndarray], n_layers: int,
                       n_inputs: int) -> NetworkParts:
    if "format" in arrays and str(arrays["format"]) != WEIGHTS_FORMAT:
        raise FormatProblem(translate(
            "Export", "its format is {value}, not {WEIGHTS_FORMAT}").format(
                value=repr(str(arrays['format'])), WEIGHTS_FORMAT=repr(WEIGHTS_FORMAT)))
    if "version" in arrays and int(arrays["version"]) != WEIGHTS_VERSION:
        raise FormatProblem(translate(
            "Export", "it is weights format version {value}; this program reads version "
            "{WEIGHTS_VERSION}").format(
                value=int(arrays['version']), WEIGHTS_VERSION=WEIGHTS_VERSION))
    if "n_inputs" in arrays and int(arrays["n_inputs"]) != n_inputs:
        raise FormatProblem(translate(
            "Export", "n_inputs says {value} but W1 has {n_inputs} columns").format(
                value=int(arrays['n_inputs']), n_inputs=n_inputs))
    weights = tuple(arrays[f"W{l}"] for l in range(1, n_layers + 1))
    biases = tuple(arrays[f"b{l}"] for l in range(1, n_layers + 1))
    dtypes = {a.dtype.name for a in weights + biases}
    if len(dtypes) != 1:
        raise FormatProblem(translate(
            "Export", "the weights mix dtypes {names}").format(names=', '.join(sorted(dtypes))))
    shift = arrays.get("norm_shift", np.zeros(n_inputs)).astype(np.float64)
    scale = arrays.get("norm_scale", np.ones(n_inputs)).astype(np.float64)
    for l, (W, b) in enumerate(zip(weights, biases, strict=True), start=1):
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise FormatProblem(translate(
                "Export", "W{l} or b{l} contains NaN or infinite numbers").format(l=l))
    method = str(arrays.get("normalisation", "none"))
    check_normalisation(method, shift, scale)
    features = check_features([str(name) for name in arrays["features"]]
                              if "features" in arrays else None, n_inputs)
    class_names, feature_names = check_names(
        *([str(name) for name in arrays[key]] if key in arrays else None
          for key in ("class_names", "feature_names")),
        int(weights[-1].shape[0]), n_inputs if features is None else 2)
    encoding = None
    if "encoding" in arrays:
        try:
            stored = json.loads(str(arrays["encoding"]))
        except ValueError as error:
            raise FormatProblem(translate(
                "Export", "its encoding is not JSON ({error})").format(error=error)) from error
        encoding = check_encoding(stored, n_inputs if features is None else 2)
    return NetworkParts(
        n_inputs=n_inputs, activations=tuple(str(a) for a in arrays["activations"]),
        loss=str(arrays["loss"]), weights=tuple(np.array(W) for W in weights),
        biases=tuple(np.array(b) for b in biases), shift=shift, scale=scale,
        normalisation=method, features=features, class_names=class_names,
        feature_names=feature_names, encoding=encoding,
        target=check_target({"name": str(arrays["target_name"]),
                             "divisor": float(arrays["target_divisor"])}
                            if "target_name" in arrays and "target_divisor" in arrays
                            else None),
    )
