"""Export a trained network: one function per format, each writing its file atomically.

Every function takes an engine ``Network`` and, optionally, the ``Normaliser`` its inputs went
through and the input ``features`` computed from the raw x₁, x₂ before it
(``engine.datasets.features``; the ONNX model and the predictor then take raw x₁, x₂ and
compute them inside; the weight files record their names), and writes ``path`` through
:mod:`engine.project.atomic`: a failure leaves no partial file and any previous file untouched.
Everything that can be refused (an unknown format, a path that is a folder) is refused before
the disk is touched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from engine.errors import ProjectError
from engine.export.csv_files import write_csv_folder, write_csv_zip
from engine.export.parts import NetworkParts, parts_of
from engine.export.weights_files import write_json, write_npz
from engine.project.atomic import atomic_write, atomic_write_folder

FORMATS = ("npz", "json", "csv", "onnx", "py")


def export_network(network: Any, path: str | os.PathLike, format: str,
                   normaliser: Any = None, features: Any = None) -> Path:
    """Write ``network`` to ``path`` in ``format`` (one of :data:`FORMATS`); returns the path."""
    writers = {"npz": export_npz, "json": export_json, "csv": export_csv, "onnx": export_onnx,
               "py": export_python}
    if format not in writers:
        raise ProjectError(f"unknown export format {format!r}: choose one of {', '.join(FORMATS)}")
    writers[format](network, path, normaliser, features)
    return Path(path)


def export_npz(network: Any, path: str | os.PathLike, normaliser: Any = None,
               features: Any = None) -> None:
    """``.npz`` with W1, b1, …, the activation names, loss, features and normalisation (no
    pickle)."""
    parts = _parts(network, normaliser, features)
    atomic_write(path, lambda handle: write_npz(parts, handle), binary=True)


def export_json(network: Any, path: str | os.PathLike, normaliser: Any = None,
                features: Any = None) -> None:
    """``.json`` with the architecture and the weights as lists, exact to Python's float."""
    parts = _parts(network, normaliser, features)
    atomic_write(path, lambda handle: write_json(parts, handle))


def export_csv(network: Any, path: str | os.PathLike, normaliser: Any = None,
               features: Any = None) -> None:
    """One CSV per matrix: into a ``.zip`` when ``path`` ends so, else into a folder."""
    parts = _parts(network, normaliser, features)
    if Path(path).suffix.lower() == ".zip":
        atomic_write(path, lambda handle: write_csv_zip(parts, handle), binary=True)
    else:
        atomic_write_folder(path, lambda folder: write_csv_folder(parts, folder))


def export_onnx(network: Any, path: str | os.PathLike, normaliser: Any = None,
                features: Any = None) -> None:
    """ONNX (opset 17, float32) taking raw features; checked with ``onnx.checker``."""
    from engine.export.onnx_model import build_onnx_model

    parts = _parts(network, normaliser, features)
    metadata = {"architecture": parts.architecture(), "loss": parts.loss,
                "activations": ",".join(parts.activations),
                "normalisation": parts.normalisation}
    if parts.features is not None:
        metadata["features"] = ",".join(parts.features)
    model = build_onnx_model(
        parts.weights, parts.biases, parts.activations, shift=parts.shift, scale=parts.scale,
        leaky_slope=_leaky_slope(), doc=_title(parts), metadata=metadata,
        features=parts.feature_map(),
    )
    data = model.SerializeToString()
    atomic_write(path, lambda handle: handle.write(data), binary=True)


def export_python(network: Any, path: str | os.PathLike, normaliser: Any = None,
                  features: Any = None) -> None:
    """A standalone ``.py`` predictor needing only numpy, with the weights embedded exactly."""
    from engine import __version__
    from engine.export.python_script import python_predictor_source

    parts = _parts(network, normaliser, features)
    module = Path(path).stem if Path(path).stem.isidentifier() else "predictor"
    source = python_predictor_source(
        parts.weights, parts.biases, parts.activations, loss=parts.loss, shift=parts.shift,
        scale=parts.scale, title=_title(parts), version=__version__, module=module,
        leaky_slope=_leaky_slope(), features=parts.feature_map(),
    )
    atomic_write(path, lambda handle: handle.write(source))


def _parts(network: Any, normaliser: Any, features: Any = None) -> NetworkParts:
    try:
        return parts_of(network, normaliser, features)
    except ValueError as error:
        raise ProjectError(f"cannot export: {error}") from error


def _title(parts: NetworkParts) -> str:
    hidden = len(parts.weights) - 1
    inputs = "" if parts.features is None else (
        f" on the input features {', '.join(parts.features)} of the raw x1, x2")
    return (f"A {parts.architecture()} feedforward network{inputs} ({hidden} hidden "
            f"layer{'s' if hidden != 1 else ''}, activations {', '.join(parts.activations)}; "
            f"trained with the {parts.loss} cost).")


def _leaky_slope() -> float:
    from engine.activations import ACTIVATIONS

    return float(ACTIVATIONS["leaky_relu"].slope)
