"""Reading the ``.json`` weights export back: every field checked before an array is built.

The writer is :func:`engine.export.weights_files.json_document`. Sizes are checked against
:mod:`engine.project.limits` from the declared units first, then every row's length and
every entry's type, so a ragged, oversized or non-numeric list is refused with its name.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from engine.export.parts import WEIGHTS_FORMAT, WEIGHTS_VERSION, NetworkParts
from engine.project.arrays import FormatProblem, is_int, is_number, type_name
from engine.project.limits import MAX_LAYERS, check_sizes
from engine.text import translate


def parts_from_json(document: Any) -> NetworkParts:
    """The :class:`NetworkParts` of a parsed ``.json`` export; FormatProblem if damaged."""
    if not isinstance(document, dict):
        raise FormatProblem(translate(
            "Export", "the file holds {kind}, not a weights object").format(
                kind=type_name(document)))
    if document.get("format") != WEIGHTS_FORMAT:
        raise FormatProblem(translate(
            "Export", "it is not a Backprop Studio weights file (its \"format\" is {value}, not "
            "{WEIGHTS_FORMAT})").format(
                value=repr(document.get('format')), WEIGHTS_FORMAT=repr(WEIGHTS_FORMAT)))
    version = document.get("version")
    if not is_int(version) or version < 1:
        raise FormatProblem(translate(
            "Export", "its \"version\" must be a whole number, not {version}").format(
                version=repr(version)))
    if version > WEIGHTS_VERSION:
        raise FormatProblem(translate(
            "Export", "it is weights format version {version}; this program reads version "
            "{WEIGHTS_VERSION}. Update Backprop Studio to open it").format(
                version=version, WEIGHTS_VERSION=WEIGHTS_VERSION))
    n_inputs, layers = document.get("n_inputs"), document.get("layers")
    if not is_int(n_inputs):
        raise FormatProblem(translate(
            "Export", "\"n_inputs\" must be a whole number, not {kind}").format(
                kind=type_name(n_inputs)))
    if not isinstance(layers, list) or not 1 <= len(layers) <= MAX_LAYERS:
        raise FormatProblem(translate(
            "Export", "\"layers\" must be a list of 1 to {MAX_LAYERS} layers").format(
                MAX_LAYERS=MAX_LAYERS))
    units = [_layer_field(layer, l, "units", is_int) for l, layer in enumerate(layers, 1)]
    check_sizes(n_inputs, units)
    dtype = document.get("dtype", "float64")
    if dtype not in ("float64", "float32"):
        raise FormatProblem(translate(
            "Export", "\"dtype\" must be float64 or float32, not {dtype}").format(
                dtype=repr(dtype)))
    weights, biases, activations = [], [], []
    for l, (layer, previous) in enumerate(zip(layers, [n_inputs, *units], strict=False), 1):
        activations.append(_layer_field(layer, l, "activation", lambda v: isinstance(v, str)))
        weights.append(np.array(_matrix(layer.get("W"), units[l - 1], previous, f"W{l}"),
                                dtype=dtype))
        biases.append(np.array(_row(layer.get("b"), units[l - 1], f"b{l}"), dtype=dtype))
    loss = document.get("loss")
    if not isinstance(loss, str):
        raise FormatProblem(translate(
            "Export", "\"loss\" must be a name, not {kind}").format(kind=type_name(loss)))
    method, shift, scale = _normalisation(document.get("normalisation"), n_inputs)
    features = check_features(document.get("features"), n_inputs)
    class_names, feature_names = check_names(
        document.get("class_names"), document.get("feature_names"), units[-1],
        n_inputs if features is None else 2)
    encoding = check_encoding(document.get("encoding"), n_inputs if features is None else 2)
    return NetworkParts(n_inputs, tuple(activations), loss, tuple(weights), tuple(biases),
                        shift, scale, method, features, class_names, feature_names, encoding,
                        check_target(document.get("target")))


def check_target(value: Any) -> Any:
    """The TargetScale a file records (``{"name": …, "divisor": …}``), or None."""
    from engine.export.parts import TargetScale

    try:
        return TargetScale.of(value)
    except ValueError as error:
        raise FormatProblem(str(error)) from error


def check_names(class_names: Any, feature_names: Any, n_outputs: int,
                n_raw: int) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """The class and raw feature names a weights file lists (None: not listed), checked."""
    from engine.export.parts import check_class_names, check_feature_names

    for key, value in (("class_names", class_names), ("feature_names", feature_names)):
        if value is not None and (not isinstance(value, list)
                                  or not all(isinstance(name, str) for name in value)):
            raise FormatProblem(translate(
                "Export", "\"{key}\" must be a list of names, not {kind}").format(
                    key=key, kind=type_name(value)))
    try:
        return (check_class_names(class_names, n_outputs),
                check_feature_names(feature_names, n_raw))
    except ValueError as error:
        raise FormatProblem(str(error)) from error


def check_features(value: Any, n_inputs: int) -> tuple[str, ...] | None:
    """The input features' names a weights file lists (None: raw features), checked."""
    from engine.datasets.features import FeatureMap
    from engine.errors import DataError

    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise FormatProblem(translate(
            "Export", "\"features\" must be a list of names, not {kind}").format(
                kind=type_name(value)))
    try:
        features = FeatureMap.of(value)
    except DataError as error:
        raise FormatProblem(str(error)) from error
    if features.n_features != n_inputs or len(value) != n_inputs:
        raise FormatProblem(translate(
            "Export", "it lists {n_value} input feature(s) for {n_inputs} inputs").format(
                n_value=len(value), n_inputs=n_inputs))
    return features.names


def check_encoding(value: Any, n_encoded: int) -> Any:
    """The one-hot encoding of text columns a weights file holds (None: none), checked: it
    must make exactly the ``n_encoded`` numbers the inputs (or their features) take."""
    from engine.datasets.encoding import Encoding
    from engine.errors import DataError

    if value is None:
        return None
    try:
        encoding = Encoding.from_dict(value)
    except DataError as error:
        raise FormatProblem(str(error)) from error
    if encoding.n_features != n_encoded:
        raise FormatProblem(translate(
            "Export", "its encoding makes {count} features of the raw columns; the network "
            "takes {n_inputs}").format(count=encoding.n_features, n_inputs=n_encoded))
    return encoding


def check_normalisation(method: Any, shift: np.ndarray, scale: np.ndarray) -> None:
    """Refuse a normalisation the engine's Normaliser would not accept."""
    from engine.datasets.normalise import METHODS

    if method not in METHODS:
        raise FormatProblem(translate(
            "Export", "the normalisation {method} is unknown; known are {names}").format(
                method=repr(method), names=', '.join(METHODS)))
    if not (np.all(np.isfinite(shift)) and np.all(np.isfinite(scale)) and np.all(scale > 0)):
        raise FormatProblem(translate(
            "Export", "the normalisation needs finite shifts and positive scales"))


def _normalisation(value: Any, n_inputs: int) -> tuple[str, np.ndarray, np.ndarray]:
    if value is None:
        return "none", np.zeros(n_inputs), np.ones(n_inputs)
    if not isinstance(value, dict) or set(value) != {"method", "shift", "scale"}:
        raise FormatProblem(translate(
            "Export", "\"normalisation\" must be an object with method, shift and scale"))
    shift = np.array(_row(value["shift"], n_inputs, "normalisation shift"), dtype=np.float64)
    scale = np.array(_row(value["scale"], n_inputs, "normalisation scale"), dtype=np.float64)
    check_normalisation(value["method"], shift, scale)
    return value["method"], shift, scale


def _layer_field(layer: Any, l: int, key: str, valid: Any) -> Any:
    if not isinstance(layer, dict):
        raise FormatProblem(translate(
            "Export", "layer {l} must be an object, not {kind}").format(
                l=l, kind=type_name(layer)))
    value = layer.get(key)
    if not valid(value):
        raise FormatProblem(translate(
            "Export", "layer {l}'s \"{key}\" is {value}, which is not valid").format(
                l=l, key=key, value=repr(value)))
    return value


def _matrix(value: Any, rows: int, cols: int, where: str) -> list[list[float]]:
    if not isinstance(value, list) or len(value) != rows:
        raise FormatProblem(translate(
            "Export", "{where} must be a list of {rows} rows to fit the architecture").format(
                where=where, rows=rows))
    return [_row(row, cols, f"{where} row {i + 1}") for i, row in enumerate(value)]


def _row(value: Any, length: int, where: str) -> list[float]:
    if not isinstance(value, list) or len(value) != length:
        found = f"{len(value)} entries" if isinstance(value, list) else type_name(value)
        raise FormatProblem(translate(
            "Export", "{where} must be a list of {length} numbers; it is {found}").format(
                where=where, length=length, found=found))
    if not all(is_number(v) for v in value):
        raise FormatProblem(translate(
            "Export", "{where} holds something that is not a finite number").format(where=where))
    return value
