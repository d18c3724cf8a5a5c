"""Arrays in JSON, bit-exact: base64 of the little-endian bytes, with dtype and shape.

Why not lists of decimal numbers: they round-trip exactly only if every reader parses
floats correctly, they are three times larger, and a damaged list (ragged rows, strings,
``NaN``) needs a slow element-by-element check. Raw bytes are exact by construction, a
length check proves the shape before anything is allocated, and ``np.isfinite`` refuses
NaN and infinities in one call. A stored array looks like::

    {"dtype": "float64", "shape": [4, 2], "base64": "AAAAAAAA8D8..."}

The bytes are always little-endian (``<f8`` / ``<f4``), whatever the machine, so a file
written on one computer reads the same on any other.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from engine.text import translate

DTYPES = {"float64": np.dtype("<f8"), "float32": np.dtype("<f4")}
ARRAY_KEYS = frozenset({"dtype", "shape", "base64"})


class FormatProblem(ValueError):
    """What is wrong inside a file, without the file's name; the loader adds it."""


def encode_array(array: np.ndarray) -> dict[str, Any]:
    """A float32/float64 array as a JSON-ready dict that :func:`decode_array` reverses bitwise."""
    array = np.asarray(array)
    name = array.dtype.name
    if name not in DTYPES:
        raise FormatProblem(translate(
            "Project", "only float32 and float64 arrays can be stored, not {name}").format(
                name=name))
    data = np.ascontiguousarray(array, dtype=DTYPES[name]).tobytes()
    return {"dtype": name, "shape": list(array.shape), "base64": base64.b64encode(data).decode()}


def decode_array(stored: Any, where: str, expected_shape: Sequence[int]) -> np.ndarray:
    """The array described by ``stored``, after checking it fits ``expected_shape`` exactly.

    ``where`` names the array in messages (``"W2"``, ``"normalisation.mean"``). The shape is
    checked against what the architecture needs *before* the data is decoded, so a file
    cannot make the program allocate more than its own size.
    """
    if not isinstance(stored, dict):
        raise FormatProblem(translate(
            "Project", "{where} must be an object with dtype, shape and base64, not {kind}").format(
                where=where, kind=type_name(stored)))
    if set(stored) != ARRAY_KEYS:
        raise FormatProblem(translate(
            "Project", "{where} must have exactly the keys dtype, shape and base64; it has "
            "{names}").format(where=where, names=', '.join(sorted(map(str, stored))) or 'none'))
    dtype_name = stored["dtype"]
    if not isinstance(dtype_name, str) or dtype_name not in DTYPES:
        raise FormatProblem(translate(
            "Project", "{where} has dtype {dtype_name}; only float64 and float32 are read").format(
                where=where, dtype_name=repr(dtype_name)))
    shape = stored["shape"]
    if not (isinstance(shape, list) and all(is_int(n) for n in shape)):
        raise FormatProblem(translate(
            "Project", "{where} has shape {shape}; a shape is a list of whole numbers").format(
                where=where, shape=repr(shape)))
    if tuple(shape) != tuple(expected_shape):
        raise FormatProblem(translate(
            "Project", "{where} has shape {value} but the architecture needs {value2}").format(
                where=where, value=tuple(shape), value2=tuple(expected_shape)))
    dtype = DTYPES[dtype_name]
    return _decode_bytes(stored["base64"], where, tuple(shape), dtype)


def _decode_bytes(text: Any, where: str, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    if not isinstance(text, str):
        raise FormatProblem(translate(
            "Project", "{where}: base64 must be a string, not {kind}").format(
                where=where, kind=type_name(text)))
    n_bytes = math.prod(shape) * dtype.itemsize
    if len(text) != 4 * math.ceil(n_bytes / 3):
        raise FormatProblem(translate(
            "Project", "{where}: the data is {n_text} base64 characters, but shape {shape} in "
            "{name} needs {value}").format(
                where=where, n_text=len(text), shape=shape, name=dtype.name,
                value=4 * math.ceil(n_bytes / 3)))
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise FormatProblem(translate(
            "Project", "{where}: the data is not valid base64").format(where=where)) from error
    if len(raw) != n_bytes:
        raise FormatProblem(translate(
            "Project", "{where}: the data holds {n_raw} bytes, not {n_bytes}").format(
                where=where, n_raw=len(raw), n_bytes=n_bytes))
    array = np.frombuffer(raw, dtype=dtype).reshape(shape).astype(dtype.newbyteorder("="))
    if not np.all(np.isfinite(array)):
        raise FormatProblem(translate(
            "Project", "{where} contains NaN or infinite numbers").format(where=where))
    return array


def is_int(value: Any) -> bool:
    """True for a JSON whole number (``True`` and ``False`` are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """True for a finite JSON number (JSON's parser already refused NaN and infinities)."""
    return (is_int(value) or isinstance(value, float)) and math.isfinite(value)


def type_name(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages a user understands."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
