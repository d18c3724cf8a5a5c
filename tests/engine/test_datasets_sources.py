"""Source descriptions rebuild their data set; data sets from arrays; the package imports light."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import DataError, datasets

ROOT = Path(__file__).resolve().parents[2]


def assert_same(a, b):
    np.testing.assert_array_equal(a.X, b.X)
    np.testing.assert_array_equal(a.Y, b.Y)
    assert (a.task, a.class_names, a.feature_names) == (b.task, b.class_names, b.feature_names)
    assert (a.validation_share, a.seed, a.source) == (b.validation_share, b.seed, b.source)


@pytest.mark.parametrize("name", ["xor", "spirals", "clusters", "iris"])
def test_builtin_source_round_trips_through_json(name):
    ds = datasets.load(name)
    assert_same(ds, datasets.from_source(json.loads(json.dumps(ds.source))))


def test_file_sources_round_trip(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("a;b;c\n1;2;x\n3;4;y\n5;6;x\n")
    ds = datasets.read_csv(path, target="c", drop_missing=True, validation_share=0.5, seed=2)
    assert_same(ds, datasets.from_source(json.loads(json.dumps(ds.source))))


def test_arrays_source_round_trips():
    ds = datasets.from_arrays(
        [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], [1, 0, 1], class_names=["red", "blue"], name="painted"
    )
    assert ds.class_names == ("red", "blue") and ds.labels().tolist() == [1, 0, 1]
    assert_same(ds, datasets.from_source(json.loads(json.dumps(ds.source))))


def test_from_arrays_variants():
    regression = datasets.from_arrays([[1], [2]], [[0.5, 1], [2, 3]], task="regression")
    assert regression.Y.shape == (2, 2) and regression.feature_names == ("x1",)
    named = datasets.from_arrays([[1], [2], [3]], ["b", "a", "b"])
    assert named.class_names == ("a", "b") and named.labels().tolist() == [1, 0, 1]


@pytest.mark.parametrize(
    ("X", "y", "kwargs", "fragment"),
    [
        ([[1], [2]], [0, 1, 1], {}, "must be"),
        ([1, 2], [0, 1], {}, "must be"),
        ([["a"], [2]], [0, 1], {}, "not a table of numbers"),
        ([[np.inf], [2]], [0, 1], {}, "finite"),
        ([[1], [2]], [0, 2], {"class_names": ["a", "b"]}, "from 0 to 1"),
        ([[1], [2]], [0, 0], {"class_names": ["a"]}, "two class names"),
        ([[1], [2]], [0, 1], {"task": "ranking"}, "task must be"),
        ([[1], [2]], [0, 1], {"feature_names": ["a", "b"]}, "feature names"),
    ],
)
def test_from_arrays_refuses_bad_input(X, y, kwargs, fragment):
    with pytest.raises(DataError, match=fragment):
        datasets.from_arrays(X, y, **kwargs)


@pytest.mark.parametrize(
    "source",
    [
        None,
        {},
        {"kind": "web"},
        {"kind": "builtin"},
        {"kind": "builtin", "name": "xor", "params": []},
        {"kind": "builtin", "name": "moons", "params": {"n_samples": -1}},
        {"kind": "csv", "options": {}},
        {"kind": "csv", "path": "/no/such/file.csv", "options": {}},
        {"kind": "csv", "path": "x.csv", "options": {"colour": "red"}},
        {"kind": "idx", "images": "a", "options": {}},
        {"kind": "arrays", "X": [[1]], "y": "ab", "options": {}},
    ],
)
def test_damaged_sources_raise_data_error(source):
    with pytest.raises(DataError):
        datasets.from_source(source)


def test_importing_the_package_loads_neither_sklearn_nor_pillow():
    code = (
        "import sys; from engine import datasets; datasets.names(); datasets.info('digits');"
        "heavy = [m for m in ('sklearn', 'PIL', 'scipy') if m in sys.modules];"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_csv_given_through_dot_dot_is_recorded_tidy(tmp_path):
    from engine import datasets

    (tmp_path / "cli").mkdir()
    (tmp_path / "pts.csv").write_text("a,b,y\n1,2,p\n3,4,q\n5,6,p\n7,8,q\n", encoding="utf-8")
    ds = datasets.read_csv(tmp_path / "cli" / ".." / "pts.csv", target="y")
    assert ds.source["path"] == str(tmp_path / "pts.csv")
