"""The ``.csv`` export: one file per matrix, for spreadsheets and languages without npz.

``W1.csv`` has Nₗ rows of Nₗ₋₁ numbers (row i is neuron i's incoming weights, wᵢⱼˡ); ``b1.csv``
has one bias per line. ``layers.csv`` lists the architecture, ``normalisation.csv`` the per-
input shift and scale, ``features.csv`` (only with input features such as x1^2) how each input
is computed from the raw x1, x2, ``class_names.csv`` what each output stands for and
``feature_names.csv`` the raw features in the order the inputs take them (each only when
known), ``encoding.csv`` (only with text columns) which raw column, and for a text column which
of its values, each feature comes from, ``target.csv`` (only for a regression target read
divided) its name and divisor, and ``README.txt`` says how to use them. Numbers are written
with Python's shortest round-trip repr, so reading them back gives the exact values.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import numpy as np

from engine.export.parts import NetworkParts

_README = """Weights exported by Backprop Studio: a {architecture} network, loss {loss}.

Layer l computes z = W @ a_prev + b and a = activation(z), with W from Wl.csv (one row per
neuron of layer l, one column per neuron of layer l-1) and b from bl.csv (one value per
neuron). layers.csv names each layer's activation. Inputs are normalised first, per
feature: x' = (x - shift) / scale, with shift and scale from normalisation.csv ({method}).
{features}{names}"""


def csv_files(parts: NetworkParts) -> dict[str, str]:
    """File name → text of every file the export holds."""
    features = "" if parts.features is None else (
        "The network's inputs are the input features of features.csv, computed from the raw\n"
        "x1, x2 before the normalisation.\n")
    names = ""
    if parts.encoding is not None:
        names += ("encoding.csv says how the rows of the raw table become the features: a\n"
                  "column without a category is taken as it is; a text column becomes one\n"
                  "feature per category, 1 where the row holds that category and 0 elsewhere.\n")
    if parts.feature_names is not None:
        names += ("feature_names.csv names the features the network takes, in order"
                  + (" (a text column's as column=category)" if parts.encoding is not None
                     else "") + ".\n")
    if parts.class_names is not None:
        single = len(parts.class_names) == 2 and parts.units[-1] == 1
        step = parts.activations[-1] == "step"
        names += ("class_names.csv names the classes: "
                  + ("the single step output is 1 for class 1, 0 for class 0.\n"
                     if single and step else
                     "the single output is the probability of class 1 (class 0 below 0.5).\n"
                     if single else "output k stands for class k; the largest output wins.\n"))
    if parts.target is not None and not parts.target.divided:
        names += f"target.csv: the output is {parts.target.name}.\n"
    elif parts.target is not None:
        names += (f"target.csv: the output is {parts.target.name} divided by "
                  f"{parts.target.divisor:g} (multiply it by that for {parts.target.name}).\n")
    files = {"README.txt": _README.format(architecture=parts.architecture(), loss=parts.loss,
                                          method=parts.normalisation, features=features,
                                          names=names)}
    layer_rows = [["layer", "inputs", "units", "activation"]]
    previous = parts.n_inputs
    for l, (W, b, activation) in enumerate(
            zip(parts.weights, parts.biases, parts.activations, strict=True), start=1):
        files[f"W{l}.csv"] = _table(W)
        files[f"b{l}.csv"] = _table(b.reshape(-1, 1))
        layer_rows.append([str(l), str(previous), str(W.shape[0]), activation])
        previous = W.shape[0]
    files["layers.csv"] = _lines(",".join(row) for row in layer_rows)
    files["normalisation.csv"] = _lines(
        ["input,shift,scale"]
        + [f"{j + 1},{float(s)!r},{float(c)!r}" for j, (s, c) in
           enumerate(zip(parts.shift, parts.scale, strict=True))])
    feature_map = parts.feature_map()
    if feature_map is not None:
        files["features.csv"] = _lines(
            ["input,name,formula"] + [f"{j + 1},{feature.name},{feature.python()}"
                                      for j, feature in enumerate(feature_map.features)])
    if parts.feature_names is not None:
        files["feature_names.csv"] = _lines(
            ["input,name"] + [f"{j + 1},{_cell(name)}" for j, name in
                              enumerate(parts.feature_names)])
    if parts.encoding is not None:
        files["encoding.csv"] = _lines(
            ["feature,column,category"]
            + [f"{j},{_cell(column.name)},{_cell(category)}" for j, (column, category) in
               enumerate(_encoded_features(parts.encoding), start=1)])
    if parts.class_names is not None:
        files["class_names.csv"] = _lines(
            ["class,name"] + [f"{k},{_cell(name)}" for k, name in enumerate(parts.class_names)])
    if parts.target is not None:
        files["target.csv"] = _lines(["name,divisor", f"{_cell(parts.target.name)},"
                                                      f"{parts.target.divisor!r}"])
    return files


def _encoded_features(encoding) -> list:
    """(raw column, category or "") of each feature the encoding makes, in their order."""
    return [(column, category) for column in encoding.columns
            for category in (column.categories or ("",))]


def _cell(text: str) -> str:
    """A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break."""
    if any(c in text for c in ',"\n\r') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv_zip(parts: NetworkParts, handle: IO[bytes]) -> None:
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in csv_files(parts).items():
            archive.writestr(name, text)


def write_csv_folder(parts: NetworkParts, folder: Path) -> None:
    for name, text in csv_files(parts).items():
        with open(folder / name, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)


def _table(matrix: np.ndarray) -> str:
    rows = np.asarray(matrix, dtype=np.float64)
    return _lines(",".join(repr(float(v)) for v in row) for row in rows)


def _lines(lines: Iterable[str]) -> str:
    buffer = io.StringIO()
    for line in lines:
        buffer.write(line + "\n")
    return buffer.getvalue()
