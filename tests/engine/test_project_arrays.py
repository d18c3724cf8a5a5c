"""Arrays stored bit-exact; JSON files read defensively, every fault named."""

import base64
import json

import numpy as np
import pytest

from engine.errors import ProjectError
from engine.project.arrays import FormatProblem, decode_array, encode_array
from engine.project.reading import read_json


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_round_trip_is_bitwise(dtype):
    rng = np.random.default_rng(0)
    array = rng.normal(size=(5, 3)).astype(dtype)
    array[0, 0] = -0.0
    array[0, 1] = np.finfo(dtype).tiny / 4  # a subnormal
    array[0, 2] = np.finfo(dtype).max
    stored = json.loads(json.dumps(encode_array(array)))
    back = decode_array(stored, "W1", (5, 3))
    assert back.dtype == array.dtype
    assert back.tobytes() == array.tobytes()
    assert back.flags.writeable


def test_bytes_are_little_endian_whatever_the_input_order():
    big = np.array([1.0, 2.0], dtype=">f8")
    stored = encode_array(big.astype("float64"))
    assert base64.b64decode(stored["base64"]) == np.array([1.0, 2.0], dtype="<f8").tobytes()


def stored(array, **changes):
    return {**encode_array(np.asarray(array, dtype=np.float64)), **changes}


@pytest.mark.parametrize(("value", "message"), [
    ([1.0, 2.0], "must be an object"),
    ({"dtype": "float64", "shape": [2]}, "exactly the keys"),
    (stored([1.0, 2.0], dtype="int64"), "dtype 'int64'"),
    (stored([1.0, 2.0], shape="2"), "list of whole numbers"),
    (stored([1.0, 2.0], shape=[True, 2]), "list of whole numbers"),
    (stored([1.0, 2.0, 3.0]), r"shape \(3,\) but the architecture needs \(2,\)"),
    (stored([1.0, 2.0], base64=12), "must be a string"),
    (stored([1.0, 2.0], base64="A" * 21), "base64 characters"),
    (stored([1.0, 2.0], base64="!" * 24), "not valid base64"),
    (stored([1.0, np.nan]), "NaN or infinite"),
    (stored([np.inf, 1.0]), "NaN or infinite"),
])
def test_damaged_arrays_are_refused(value, message):
    with pytest.raises(FormatProblem, match=message):
        decode_array(value, "b1", (2,))


def test_a_huge_declared_shape_is_refused_before_decoding():
    hostile = stored([1.0], shape=[10**9, 10**9])
    with pytest.raises(FormatProblem, match="architecture needs"):
        decode_array(hostile, "W1", (1,))


def test_only_float_arrays_are_encoded():
    with pytest.raises(FormatProblem, match="int64"):
        encode_array(np.arange(3))


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"  \n", "empty"),
    (b'{"format": "backprop', "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a text"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": -Infinity}', "-Infinity"),
    (b'{"a": 1, "a": 2}', "appears twice"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
])
def test_bad_json_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as caught:
        read_json(path)
    assert str(path) in str(caught.value)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ProjectError, match="no such file"):
        read_json(tmp_path / "missing.json")
    with pytest.raises(ProjectError, match="is a folder"):
        read_json(tmp_path)


def test_json_messages_read_as_sentences(tmp_path):
    """No "starting at at line" (Python's message ends in "at"), no Python None."""
    from engine.project import load_project

    path = tmp_path / "cut.json"
    path.write_bytes(b'{"format": "backprop')
    with pytest.raises(ProjectError) as caught:
        read_json(path)
    assert "Unterminated string starting at line 1, column 12" in str(caught.value)
    path.write_text('{"name": "mine"}', encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert "None" not in str(caught.value) and 'has no "format"' in str(caught.value)
