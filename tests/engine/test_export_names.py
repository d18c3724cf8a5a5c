"""Exports name what they hold: the classes and the raw features, in every format, read back by
the import, in the ONNX model's metadata, the .py predictor's CLASS_NAMES and ``--classes``, and
``info``; and the command line's ``export --format torch``."""

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from engine import datasets
from engine.datasets.features import network_inputs
from engine.errors import ProjectError
from engine.export import data_names, export_network, import_weights
from engine.project import save_project
from engine.project.starting import new_project

REPO = Path(__file__).parents[2]
IRIS_CLASSES = ["setosa", "versicolor", "virginica"]
IRIS_FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                 "petal width (cm)"]


@pytest.fixture(scope="module")
def iris():
    ds = datasets.load("iris")
    return ds, new_project(ds, [5], seed=1)


def export(project, ds, path, fmt):
    export_network(project.network, path, fmt, project.normaliser, project.features,
                   class_names=ds.class_names, feature_names=ds.feature_names)
    return path


@pytest.mark.parametrize("fmt", ["npz", "json"])
def test_weight_files_hold_the_names_and_the_import_reads_them(tmp_path, iris, fmt):
    ds, project = iris
    path = export(project, ds, tmp_path / f"w.{fmt}", fmt)
    if fmt == "npz":
        with np.load(path, allow_pickle=False) as data:
            assert list(data["class_names"]) == IRIS_CLASSES
            assert list(data["feature_names"]) == IRIS_FEATURES
    else:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["class_names"] == IRIS_CLASSES
        assert document["feature_names"] == IRIS_FEATURES
    parts = import_weights(path)
    assert parts.class_names == tuple(IRIS_CLASSES)
    assert parts.feature_names == tuple(IRIS_FEATURES)


@pytest.mark.parametrize("fmt", ["npz", "json"])
def test_files_without_names_still_import(tmp_path, iris, fmt):
    _ds, project = iris
    path = tmp_path / f"w.{fmt}"
    export_network(project.network, path, fmt, project.normaliser)
    parts = import_weights(path)
    assert parts.class_names is None and parts.feature_names is None


def test_names_that_do_not_fit_are_refused_before_writing(tmp_path, iris):
    _ds, project = iris
    with pytest.raises(ProjectError, match="2 class names do not fit 3 output"):
        export_network(project.network, tmp_path / "w.npz", "npz", project.normaliser,
                       class_names=["a", "b"])
    with pytest.raises(ProjectError, match="1 feature names do not fit the 4 raw"):
        export_network(project.network, tmp_path / "w.npz", "npz", project.normaliser,
                       feature_names=["a"])
    assert list(tmp_path.iterdir()) == []


def test_damaged_names_in_a_json_file_are_refused(tmp_path, iris):
    ds, project = iris
    path = export(project, ds, tmp_path / "w.json", "json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["class_names"] = ["one", 2, "three"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError, match="class_names"):
        import_weights(path)


def test_csv_export_names_classes_and_features(tmp_path, iris):
    ds, project = iris
    path = export(project, ds, tmp_path / "w.zip", "csv")
    with zipfile.ZipFile(path) as archive:
        classes = archive.read("class_names.csv").decode()
        features = archive.read("feature_names.csv").decode()
        readme = archive.read("README.txt").decode()
    assert classes.splitlines() == ["class,name", "0,setosa", "1,versicolor", "2,virginica"]
    assert features.splitlines()[1] == "1,sepal length (cm)"
    assert "class_names.csv" in readme and "feature_names.csv" in readme


def test_onnx_metadata_names_the_classes(tmp_path, iris):
    onnx = pytest.importorskip("onnx")
    ds, project = iris
    path = export(project, ds, tmp_path / "m.onnx", "onnx")
    props = {p.key: p.value for p in onnx.load(str(path)).metadata_props}
    assert json.loads(props["class_names"]) == IRIS_CLASSES
    assert json.loads(props["feature_names"]) == IRIS_FEATURES
    assert props["input"].startswith("x: float32 (N, 4)")
    assert props["outputs"].startswith("y: float32 (N, 3)")


def test_python_predictor_prints_the_winning_class(tmp_path, iris):
    ds, project = iris
    script = export(project, ds, tmp_path / "iris_predictor.py", "py")
    data = tmp_path / "rows.csv"
    X = ds.X[::10]
    np.savetxt(data, X, delimiter=",", header=",".join(IRIS_FEATURES), comments="")
    result = subprocess.run([sys.executable, "-I", str(script), str(data), "--classes"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    outputs = project.network.predict(network_inputs(X, None, project.normaliser))
    assert result.stdout.split() == [IRIS_CLASSES[k] for k in np.argmax(outputs, axis=1)]
    spec = importlib.util.spec_from_file_location("iris_predictor", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.CLASS_NAMES == IRIS_CLASSES and module.FEATURE_NAMES == IRIS_FEATURES


def test_a_one_output_predictor_names_the_second_class_from_one_half(tmp_path):
    ds = datasets.load("xor")
    project = new_project(ds, [4], seed=0)
    script = export(project, ds, tmp_path / "xor_predictor.py", "py")
    spec = importlib.util.spec_from_file_location("xor_predictor", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    outputs = module.predict(ds.X)[:, 0]
    assert module.predict_class(ds.X) == [ds.class_names[int(v >= 0.5)] for v in outputs]


def test_data_names_of_projects(tmp_path):
    ds = datasets.load("plane", n_samples=50, seed=0)
    assert data_names(new_project(ds, [3])) == (None, ("x1", "x2"))
    circles = datasets.load("circles", n_samples=50, seed=0)
    project = new_project(circles, [3], features=["x1^2", "x2^2"])
    assert data_names(project) == (("outer", "inner"), ("x1", "x2"))
    project.data = {"kind": "csv", "path": str(tmp_path / "gone.csv"), "options": {}}
    assert data_names(project) == (None, None)


def test_a_project_whose_csv_has_gone_still_names_its_classes_and_features(tmp_path):
    """The names are recorded with the data source when the project is made and saved, so
    ``info`` and every export still have them once the file has moved."""
    from engine.project import load_project
    from engine.session import Session

    csv = tmp_path / "pen.csv"
    csv.write_text("island,bill,species\nBiscoe,39.1,Adelie\nDream,50.3,Chinstrap\n"
                   "Biscoe,47.5,Gentoo\nDream,38.2,Adelie\n", encoding="utf-8")
    ds = datasets.read_csv(csv, target="species")
    project = new_project(ds, [3])
    names = (("Adelie", "Chinstrap", "Gentoo"), ("island=Biscoe", "island=Dream", "bill"))
    assert data_names(project) == names
    save_project(project, tmp_path / "pen.bps.json")
    session = Session.open(tmp_path / "pen.bps.json")
    session.save(tmp_path / "again.bps.json")  # a session records them too
    csv.unlink()
    for name in ("pen.bps.json", "again.bps.json"):
        assert data_names(load_project(tmp_path / name)) == names
    info = run_main("info", "again.bps.json", cwd=tmp_path)
    assert "class names: Adelie, Chinstrap, Gentoo" in info.stdout, info.stderr
    done = run_main("export", "again.bps.json", "--out", "w.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    document = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    assert document["class_names"] == list(names[0])
    assert document["feature_names"] == list(names[1])
    # names stored malformed are not believed
    project.data["names"] = {"classes": "Adelie", "features": [1, 2]}
    assert data_names(project) == (None, None)


def run_main(*args, cwd):
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_the_command_line_exports_torch_and_info_names_the_data(tmp_path, iris):
    _ds, project = iris
    save_project(project, tmp_path / "iris.json")
    info = run_main("info", "iris.json", cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "class names: setosa, versicolor, virginica" in info.stdout
    assert "feature names: sepal length (cm), sepal width (cm)" in info.stdout
    done = run_main("export", "iris.json", "--format", "torch", "--out", "iris_model.py",
                    cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "iris_model.py").exists() and (tmp_path / "iris_model.safetensors").exists()
    # what the window's export box says, the command line says too
    assert "model(x) takes a float64 tensor" in done.stdout
    assert "in the order setosa, versicolor, virginica" in done.stdout
    again = run_main("export", "iris.json", "--format", "torch", "--out", "iris_model.py",
                     cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    (tmp_path / "iris_model.py").unlink()
    blocked = run_main("export", "iris.json", "--format", "torch", "--out", "iris_model.py",
                       cwd=tmp_path)
    assert blocked.returncode == 2 and "iris_model.safetensors already exists" in blocked.stderr
    wrong = run_main("export", "iris.json", "--format", "torch", "--out", "model.pt",
                     cwd=tmp_path)
    assert wrong.returncode == 2 and ".py name" in wrong.stderr
    npz = run_main("export", "iris.json", "--out", "w.npz", cwd=tmp_path)
    assert npz.returncode == 0, npz.stderr
    assert import_weights(tmp_path / "w.npz").class_names == tuple(IRIS_CLASSES)
