"""Export a trained network: one function per format, each writing its file atomically.

Every function takes an engine ``Network`` and, optionally, the ``Normaliser`` its inputs went
through and the input ``features`` computed from the raw x₁, x₂ before it
(``engine.datasets.features``; the ONNX model and the predictors then take raw x₁, x₂ and
compute them inside; the weight files record their names), and, as keywords, the data's
``class_names`` and (raw) ``feature_names`` (``Dataset.class_names``/``feature_names``;
every format records them), and writes ``path`` through
:mod:`engine.project.atomic`: a failure leaves no partial file and any previous file untouched.
Everything that can be refused (an unknown format, a path that is a folder) is refused before
the disk is touched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from engine.errors import ProjectError
from engine.export.csv_files import write_csv_folder, write_csv_zip
from engine.export.parts import NetworkParts, parts_of
from engine.export.weights_files import write_json, write_npz
from engine.project.atomic import atomic_write, atomic_write_folder, check_target
from engine.text import translate

FORMATS = ("npz", "json", "csv", "onnx", "py", "torch")


def export_network(network: Any, path: str | os.PathLike, format: str,
                   normaliser: Any = None, features: Any = None, *,
                   class_names: Any = None, feature_names: Any = None,
                   config: Any = None, encoding: Any = None, target: Any = None,
                   training_rows: Any = None, text_encoding: str | None = None) -> Path:
    """Write ``network`` to ``path`` in ``format`` (one of :data:`FORMATS`); returns the path.
    ``config`` (the TrainConfig) gives the torch export its ``optimizer``, and
    ``training_rows`` (the data's rows training took, in their order: ``Dataset.split_rows()``'s
    first) its ``TRAINING_ROWS``, so that training goes on in PyTorch on the same rows in the
    same order; the other formats use neither. ``encoding`` (the data's ``Encoding``,
    ``Dataset.encoding`` or
    ``engine.datasets.encoding.encoding_of(project.data)``) puts the one-hot encoding of
    text columns into the ONNX model and the scripts, which then take the raw columns.
    ``target`` (a ``TargetScale``, ``TargetScale.of_source(project.data)``) records in every
    format that the outputs are a regression target divided, and by what. ``text_encoding``
    (the data's CSV file's, ``text_encodings.of_source(project.data)``) is the one the
    ``.py`` predictor reads its CSV files in unless told otherwise."""
    writers = {"npz": export_npz, "json": export_json, "csv": export_csv, "onnx": export_onnx,
               "py": export_python, "torch": export_torch}
    if format not in writers:
        raise ProjectError(translate(
            "Export", "unknown export format {format}: choose one of {names}").format(
                format=repr(format), names=', '.join(FORMATS)))
    names = {"class_names": class_names, "feature_names": feature_names,
             "encoding": encoding, "target": target}
    if format == "torch":
        names["config"] = config
        names["training_rows"] = training_rows
    if format == "py":
        names["text_encoding"] = text_encoding
    writers[format](network, path, normaliser, features, **names)
    return Path(path)


def export_npz(network: Any, path: str | os.PathLike, normaliser: Any = None,
               features: Any = None, *, class_names: Any = None,
               feature_names: Any = None, encoding: Any = None, target: Any = None) -> None:
    """``.npz`` with W1, b1, …, the activation names, loss, features, normalisation, class
    and feature names (no pickle)."""
    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    atomic_write(path, lambda handle: write_npz(parts, handle), binary=True)


def export_json(network: Any, path: str | os.PathLike, normaliser: Any = None,
                features: Any = None, *, class_names: Any = None,
                feature_names: Any = None, encoding: Any = None, target: Any = None) -> None:
    """``.json`` with the architecture and the weights as lists, exact to Python's float."""
    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    atomic_write(path, lambda handle: write_json(parts, handle))


def export_csv(network: Any, path: str | os.PathLike, normaliser: Any = None,
               features: Any = None, *, class_names: Any = None,
               feature_names: Any = None, encoding: Any = None, target: Any = None) -> None:
    """One CSV per matrix: into a ``.zip`` when ``path`` ends so, else into a folder."""
    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    if Path(path).suffix.lower() == ".zip":
        atomic_write(path, lambda handle: write_csv_zip(parts, handle), binary=True)
    else:
        atomic_write_folder(path, lambda folder: write_csv_folder(parts, folder))


def export_onnx(network: Any, path: str | os.PathLike, normaliser: Any = None,
                features: Any = None, *, class_names: Any = None,
                feature_names: Any = None, encoding: Any = None, target: Any = None) -> None:
    """ONNX (opset 17, float32) taking raw features; checked with ``onnx.checker``. Its
    metadata (``metadata_props``) name the classes and the features as JSON lists
    (``class_names``, ``feature_names``), say how the inputs and outputs read (``input``,
    ``outputs``) and, with text columns, give the ``encoding`` (JSON)."""
    from engine.export.onnx_model import OUTPUT_NAME, build_onnx_model, input_doc
    from engine.export.python_script import output_doc

    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    metadata = {"architecture": parts.architecture(), "loss": parts.loss,
                "activations": ",".join(parts.activations),
                "normalisation": parts.normalisation}
    if parts.features is not None:
        metadata["features"] = ",".join(parts.features)
    for key in ("class_names", "feature_names"):
        if getattr(parts, key) is not None:
            metadata[key] = json.dumps(list(getattr(parts, key)), ensure_ascii=False)
    metadata["input"] = input_doc(parts)
    if parts.encoding is not None:
        metadata["encoding"] = json.dumps(parts.encoding.to_dict(), ensure_ascii=False)
    metadata["outputs"] = (f"{OUTPUT_NAME}: float32 (N, {parts.units[-1]}), aᴸ"
                           + ("" if parts.class_names is None
                              else "; " + output_doc(parts.units[-1], parts.activations[-1]))
                           + _target_doc(parts))
    if parts.target is not None:
        metadata["target"] = json.dumps(parts.target.to_dict(), ensure_ascii=False)
    model = build_onnx_model(
        parts.weights, parts.biases, parts.activations, shift=parts.shift, scale=parts.scale,
        leaky_slope=_leaky_slope(), doc=_title(parts), metadata=metadata,
        features=parts.feature_map(), encoding=parts.encoding,
    )
    data = model.SerializeToString()
    atomic_write(path, lambda handle: handle.write(data), binary=True)


def export_python(network: Any, path: str | os.PathLike, normaliser: Any = None,
                  features: Any = None, *, class_names: Any = None,
                  feature_names: Any = None, encoding: Any = None, target: Any = None,
                  text_encoding: str | None = None) -> None:
    """A standalone ``.py`` predictor needing only numpy, with the weights embedded exactly;
    its command line reads CSV files in ``text_encoding`` (UTF-8 if None) unless told."""
    from engine import __version__
    from engine.export.python_script import python_predictor_source

    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    module = Path(path).stem if Path(path).stem.isidentifier() else "predictor"
    source = python_predictor_source(
        parts.weights, parts.biases, parts.activations, loss=parts.loss, shift=parts.shift,
        scale=parts.scale, title=_title(parts), version=__version__, module=module,
        leaky_slope=_leaky_slope(), features=parts.feature_map(),
        class_names=parts.class_names, feature_names=parts.feature_names,
        encoding=parts.encoding, target=parts.target, text_encoding=text_encoding,
    )
    atomic_write(path, lambda handle: handle.write(source))


def torch_weights_path(path: str | os.PathLike) -> Path:
    """Where the torch export of ``path`` (the ``.py``) keeps its weights: beside it, the
    same name ending ``.safetensors``."""
    return Path(path).with_suffix(".safetensors")


def export_torch(network: Any, path: str | os.PathLike, normaliser: Any = None,
                 features: Any = None, *, class_names: Any = None, feature_names: Any = None,
                 config: Any = None, encoding: Any = None, target: Any = None,
                 training_rows: Any = None) -> None:
    """A ``.py`` giving ``model``, the network as a ``torch.nn.Module`` taking raw features,
    and its exact weights beside it in ``.safetensors`` (:func:`torch_weights_path`); both
    written with numpy alone (see :mod:`engine.export.torch_module`). ``config`` (the
    TrainConfig) adds ``optimizer``, the matching ``torch.optim`` optimizer. With text
    columns (``encoding``) ``model`` takes the encoded features and ``encode(rows)`` and
    ``predict(rows)`` the raw ones."""
    from engine import __version__
    from engine.export.torch_module import (
        TRAINING_ROWS_KEY,
        safetensors_bytes,
        torch_module_source,
        torch_weights,
    )

    parts = _parts(network, normaliser, features, class_names, feature_names, encoding, target)
    weights_path = torch_weights_path(path)
    if weights_path == Path(path):
        raise ProjectError(translate(
            "Export", "cannot export to {path}: the PyTorch module is a .py file (its weights go "
            "beside it in a .safetensors file)").format(path=path))
    module = Path(path).stem if Path(path).stem.isidentifier() else "model"
    try:
        source = torch_module_source(
            parts, title=_title(parts), version=__version__, module=module,
            weights_file=weights_path.name, leaky_slope=_leaky_slope(), config=config)
    except ValueError as error:
        raise ProjectError(translate(
            "Export", "cannot export: {error}").format(error=error)) from error
    metadata = {"format": "backprop-studio-torch", "architecture": parts.architecture(),
                "activations": ",".join(parts.activations), "loss": parts.loss}
    for key in ("class_names", "feature_names", "features"):
        if getattr(parts, key) is not None:
            metadata[key] = json.dumps(list(getattr(parts, key)), ensure_ascii=False)
    if parts.encoding is not None:
        metadata["encoding"] = json.dumps(parts.encoding.to_dict(), ensure_ascii=False)
    if parts.target is not None:
        metadata["target"] = json.dumps(parts.target.to_dict(), ensure_ascii=False)
    tensors = torch_weights(parts)
    if training_rows is not None:
        import numpy as np

        tensors[TRAINING_ROWS_KEY] = np.asarray(training_rows, dtype=np.int64)
    data = safetensors_bytes(tensors, metadata)
    check_target(weights_path)
    check_target(path)
    atomic_write(weights_path, lambda handle: handle.write(data), binary=True)
    atomic_write(path, lambda handle: handle.write(source))


def _target_doc(parts: NetworkParts) -> str:
    """"; price ÷ 100000 (times 100000: price)" for a divided target, else ""."""
    target = parts.target
    if target is None:
        return ""
    if not target.divided:
        return f"; {target.name}"
    return f"; {target.divided_name()} (times {target.divisor:g}: {target.name})"


def _parts(network: Any, normaliser: Any, features: Any = None, class_names: Any = None,
           feature_names: Any = None, encoding: Any = None,
           target: Any = None) -> NetworkParts:
    try:
        return parts_of(network, normaliser, features, class_names=class_names,
                        feature_names=feature_names, encoding=encoding, target=target)
    except ValueError as error:
        raise ProjectError(translate(
            "Export", "cannot export: {error}").format(error=error)) from error


def _title(parts: NetworkParts) -> str:
    hidden = len(parts.weights) - 1
    inputs = "" if parts.features is None else (
        f" on the input features {', '.join(parts.features)} of the raw x1, x2")
    if parts.encoding is not None:
        inputs += (" on the raw columns " + ", ".join(parts.encoding.raw_names)
                   + " (text one-hot encoded inside)")
    return (f"A {parts.architecture()} feedforward network{inputs} ({hidden} hidden "
            f"layer{'s' if hidden != 1 else ''}, activations {', '.join(parts.activations)}; "
            f"trained with the {parts.loss} cost).")


def _leaky_slope() -> float:
    from engine.activations import ACTIVATIONS

    return float(ACTIVATIONS["leaky_relu"].slope)
