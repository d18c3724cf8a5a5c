"""The program's own weight files, ``.npz`` and ``.json``: written here, read by ``importing``.

Both hold W1, b1, W2, b2, … in the notes' orientation (Wˡ is (Nₗ, Nₗ₋₁)), each layer's
activation name, the loss and the input normalisation, so a file alone says how to use it.

* ``.npz`` (``numpy.load(path)`` — no pickle needed: names are plain unicode arrays)::

      W1, b1, …, WL, bL; activations (L names); loss; n_inputs;
      normalisation (method name), norm_shift, norm_scale; format; version;
      features (the input features' names, only when the network takes features such as
      x1^2 computed from the raw x1, x2 before the normalisation);
      class_names (what the outputs stand for: one name per output, or two for a single
      output, which is the probability of the second) and feature_names (the raw features,
      in the order the inputs take them), each only when known;
      encoding (only with text columns: how the raw columns of a table become the inputs,
      the JSON of ``Encoding.to_dict`` as one string);
      target_name and target_divisor (for a regression target: the outputs are
      target_name ÷ target_divisor; 1 when it was not divided)

* ``.json`` (any language): numbers are written with Python's shortest round-trip repr,
  so a correct float parser gets the trained values back exactly::

      {"format": "backprop-studio-weights", "version": 1, "architecture": "2-4-1",
       "n_inputs": 2, "loss": "bce", "dtype": "float64",
       "normalisation": {"method": "standardise", "shift": [...], "scale": [...]},
       "layers": [{"units": 4, "activation": "tanh", "W": [[...], ...], "b": [...]}, ...],
       "features": ["x1^2", "x2^2"],      (only with input features)
       "class_names": ["setosa", ...], "feature_names": ["sepal length (cm)", ...],
                                          (each only when known)
       "encoding": {"columns": [{"name": "island", "categories": ["Biscoe", ...]},
                                {"name": "bill_length_mm"}, ...], ...}}
                                          (only with text columns, one-hot encoded)
       "target": {"name": "price", "divisor": 100000.0}}
                                          (only for a regression target: the outputs
                                           are price ÷ 100000; divisor 1: price itself)
"""

from __future__ import annotations

import json
from typing import IO, Any

import numpy as np

from engine.export.parts import WEIGHTS_FORMAT, WEIGHTS_VERSION, NetworkParts

#: the optional lists of names every weights file carries when they are known
NAME_FIELDS = ("class_names", "feature_names")


def npz_arrays(parts: NetworkParts) -> dict[str, np.ndarray]:
    """The named arrays of the ``.npz`` export, in the order they are stored."""
    arrays: dict[str, np.ndarray] = {}
    for l, (W, b) in enumerate(zip(parts.weights, parts.biases, strict=True), start=1):
        arrays[f"W{l}"] = W
        arrays[f"b{l}"] = b
    arrays.update(
        activations=np.array(parts.activations, dtype=np.str_),
        loss=np.array(parts.loss, dtype=np.str_),
        n_inputs=np.array(parts.n_inputs, dtype=np.int64),
        normalisation=np.array(parts.normalisation, dtype=np.str_),
        norm_shift=parts.shift.astype(np.float64),
        norm_scale=parts.scale.astype(np.float64),
        format=np.array(WEIGHTS_FORMAT, dtype=np.str_),
        version=np.array(WEIGHTS_VERSION, dtype=np.int64),
    )
    if parts.features is not None:
        arrays["features"] = np.array(parts.features, dtype=np.str_)
    for key in NAME_FIELDS:
        if getattr(parts, key) is not None:
            arrays[key] = np.array(getattr(parts, key), dtype=np.str_)
    if parts.encoding is not None:
        arrays["encoding"] = np.array(json.dumps(parts.encoding.to_dict(), ensure_ascii=False),
                                      dtype=np.str_)
    if parts.target is not None:
        arrays["target_name"] = np.array(parts.target.name, dtype=np.str_)
        arrays["target_divisor"] = np.array(parts.target.divisor, dtype=np.float64)
    return arrays


def write_npz(parts: NetworkParts, handle: IO[bytes]) -> None:
    np.savez(handle, **npz_arrays(parts))


def json_document(parts: NetworkParts) -> dict[str, Any]:
    """The ``.json`` export as a JSON-ready dict (see the module doc)."""
    document = {
        "format": WEIGHTS_FORMAT,
        "version": WEIGHTS_VERSION,
        "architecture": parts.architecture(),
        "n_inputs": parts.n_inputs,
        "loss": parts.loss,
        "dtype": parts.dtype,
        "normalisation": {"method": parts.normalisation, "shift": parts.shift.tolist(),
                          "scale": parts.scale.tolist()},
        "layers": [
            {"units": int(W.shape[0]), "activation": activation, "W": W.tolist(), "b": b.tolist()}
            for W, b, activation in zip(parts.weights, parts.biases, parts.activations,
                                        strict=True)
        ],
    }
    if parts.features is not None:
        document["features"] = list(parts.features)
    for key in NAME_FIELDS:
        if getattr(parts, key) is not None:
            document[key] = list(getattr(parts, key))
    if parts.encoding is not None:
        document["encoding"] = parts.encoding.to_dict()
    if parts.target is not None:
        document["target"] = parts.target.to_dict()
    return document


def write_json(parts: NetworkParts, handle: IO[str]) -> None:
    """The document with one matrix row per line: short enough to read, exact to parse."""
    document = json_document(parts)
    layers = document.pop("layers")
    after = {key: document.pop(key)
             for key in ("features", *NAME_FIELDS, "encoding", "target") if key in document}
    fields = [f"  {_dump(key)}: {_dump(value)}" for key, value in document.items()]
    fields.append('  "layers": [\n' + ",\n".join(_layer_text(layer) for layer in layers)
                  + "\n  ]")
    fields += [f"  {_dump(key)}: {_dump(value)}" for key, value in after.items()]
    handle.write("{\n" + ",\n".join(fields) + "\n}\n")


def _layer_text(layer: dict[str, Any]) -> str:
    rows = ",\n".join(f"      {_dump(row)}" for row in layer["W"])
    return (f'    {{"units": {layer["units"]}, "activation": {_dump(layer["activation"])},\n'
            f'     "W": [\n{rows}\n     ],\n'
            f'     "b": {_dump(layer["b"])}}}')


def _dump(value: Any) -> str:
    return json.dumps(value, allow_nan=False)
