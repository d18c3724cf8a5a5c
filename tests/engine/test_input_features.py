"""Input features (x₁², x₂², x₁x₂, sin x₁, …) of two-feature data: their values, the one way
raw inputs enter the network, the undoable edit, the project file, the exports and the
command line."""

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from engine import TrainConfig, datasets
from engine.datasets.features import (
    CATALOGUE,
    FeatureMap,
    chosen,
    feature_named,
    network_inputs,
)
from engine.errors import DataError, ProjectError
from engine.export import export_network, import_weights
from engine.project import load_project, save_project
from engine.project.starting import new_project, project_training_data
from engine.session import Refused, Session
from engine.session.derived import PLANE_POINTS
from engine.session.plane import plane_axes, plane_points

ROOT = Path(__file__).resolve().parents[2]
X = np.array([[1.0, 2.0], [-0.5, 0.25], [3.0, -1.0]])


def circles_session(features=None, hidden=(4,)):
    ds = datasets.load("circles", n_samples=200, noise=0.05, seed=0)
    session = Session(new_project(ds, list(hidden), features=features, seed=0))
    return session


# -- the catalogue and the map -----------------------------------------------------------------

def test_every_feature_against_hand_numbers():
    values = FeatureMap.of("all").apply(X)
    expected = np.array([
        [1.0, 2.0, 1.0, 4.0, 2.0, np.sin(1.0), np.sin(2.0)],
        [-0.5, 0.25, 0.25, 0.0625, -0.125, np.sin(-0.5), np.sin(0.25)],
        [3.0, -1.0, 9.0, 1.0, -3.0, np.sin(3.0), np.sin(-1.0)],
    ])
    np.testing.assert_array_equal(values, expected)
    assert [f.display for f in CATALOGUE] == ["x₁", "x₂", "x₁²", "x₂²", "x₁x₂", "sin x₁",
                                               "sin x₂"]


def test_names_are_read_in_many_spellings_and_kept_in_the_catalogue_order():
    assert FeatureMap.of(["x2^2", "x₁²"]).names == ("x1^2", "x2^2")
    for spelling in ("sin(x1)", "sin x1", "SIN X₁", "sinx1"):
        assert feature_named(spelling).name == "sin(x1)"
    assert feature_named("x1x2").name == feature_named("x1 * x2").name == "x1*x2"
    assert FeatureMap.of("x1**2, x2^2").names == ("x1^2", "x2^2")
    assert chosen(["x2", "x1"]) is None  # the raw features need no map
    with pytest.raises(DataError, match="no input feature 'x3'"):
        FeatureMap.of("x3")
    with pytest.raises(DataError, match="at least one"):
        FeatureMap.of([])


def test_the_predictor_line_of_each_feature_is_its_numpy_formula():
    x1, x2 = X[:, 0], X[:, 1]
    for feature in CATALOGUE:
        np.testing.assert_array_equal(eval(feature.python(), {"np": np, "x1": x1, "x2": x2}),
                                      feature.values(X))


# -- projects and the session -------------------------------------------------------------------

def test_a_new_project_takes_the_features_and_fits_the_normaliser_on_them():
    session = circles_session(["x1^2", "x2^2"], hidden=())
    assert session.spec.sizes == (2, 1)
    train, _ = session.dataset.split()
    squares = train.X ** 2
    np.testing.assert_allclose(session.normaliser.shift, squares.mean(axis=0))
    np.testing.assert_allclose(session.training.X, (squares - squares.mean(axis=0))
                               / squares.std(axis=0))
    with pytest.raises(DataError, match="2 raw features"):
        new_project(datasets.load("iris"), [4], features=["x1^2"])


def test_circles_with_squares_and_no_hidden_layer_reach_95_percent():
    session = circles_session(["x1^2", "x2^2"], hidden=())
    session.set_config(mode="batch", optimizer="adam", learning_rate=0.1, epochs=200)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    assert session.derived.evaluation.metrics["accuracy"] >= 0.95
    X_val = network_inputs(session.dataset.split()[1].X, session.features, session.normaliser)
    predicted = session.network.predict(X_val)[:, 0] >= 0.5
    truth = session.training.Y_val[:, 0] >= 0.5
    assert np.mean(predicted == truth) >= 0.95


def test_the_raw_features_alone_cannot_do_it_without_a_hidden_layer():
    session = circles_session(None, hidden=())
    session.set_config(mode="batch", optimizer="adam", learning_rate=0.1, epochs=200)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    assert session.derived.evaluation.metrics["accuracy"] < 0.8


def test_the_edit_keeps_kept_weights_and_undo_redo_restore_them_exactly():
    session = circles_session()
    W1, rest = session.network.weights[0].copy(), [W.copy() for W in session.network.weights[1:]]
    b = [v.copy() for v in session.network.biases]
    session.set_input_features(["x1", "x1^2", "x2^2", "sin(x2)"])
    assert session.spec.sizes == (4, 4, 1)
    assert session.input_feature_names == ("x1", "x1^2", "x2^2", "sin(x2)")
    new = session.network.weights[0]
    np.testing.assert_array_equal(new[:, 0], W1[:, 0])          # x1 kept
    assert not np.allclose(new[:, 1:], 0)                          # the new ones drawn
    for W, old in zip(session.network.weights[1:], rest, strict=True):
        np.testing.assert_array_equal(W, old)
    for v, old in zip(session.network.biases, b, strict=True):
        np.testing.assert_array_equal(v, old)
    assert session.normaliser.n_features == 4
    drawn = [W.copy() for W in session.network.weights]
    session.undo()
    assert session.features is None and session.spec.sizes == (2, 4, 1)
    np.testing.assert_array_equal(session.network.weights[0], W1)
    assert session.normaliser.n_features == 2
    session.redo()
    assert session.features.names == ("x1", "x1^2", "x2^2", "sin(x2)")
    for W, old in zip(session.network.weights, drawn, strict=True):
        np.testing.assert_array_equal(W, old)


def test_the_edit_is_refused_with_a_reason():
    session = circles_session()
    with pytest.raises(Refused, match="at least one"):
        session.set_input_features([])
    with pytest.raises(Refused, match="no input feature"):
        session.set_input_features(["x1", "cos(x1)"])
    iris = Session(new_project(datasets.load("iris"), [4]))
    with pytest.raises(Refused, match="2 raw features"):
        iris.set_input_features(["x1^2"])
    assert session.features is None and not session.undo_history.can_undo()


def test_new_data_keep_the_features_while_they_have_two_raw_features():
    session = circles_session(["x1^2", "x2^2", "x1*x2"])
    session.set_data(datasets.load("moons", n_samples=100, seed=1))
    assert session.features.names == ("x1^2", "x2^2", "x1*x2")
    assert session.spec.n_inputs == 3 and session.training.X.shape[1] == 3
    session.fit_network_to_data(datasets.load("iris"))
    assert session.features is None and session.spec.n_inputs == 4
    session.undo()
    assert session.features.names == ("x1^2", "x2^2", "x1*x2") and session.spec.n_inputs == 3
    session.set_painted_points(np.array([[0.0, 1.0], [1.0, 0.0], [0.5, 0.5]]),
                               np.array([0, 1, 1]))
    assert session.features is not None and session.training.X.shape[1] == 3


def test_the_plane_and_the_sample_equal_predicting_on_features_then_normalised():
    session = circles_session(["x1^2", "x2^2", "sin(x1)"])
    derived = session.derived
    plane = derived.plane
    assert plane is not None and plane.activations[0].shape == (3, PLANE_POINTS, PLANE_POINTS)
    xs, ys = plane_axes(session.dataset.X, PLANE_POINTS, None)
    np.testing.assert_array_equal(plane.xs, xs)   # raw x₁, x₂ coordinates
    grid = plane_points(xs, ys)
    expected = session.network.predict(session.normaliser.apply(
        FeatureMap.of(["x1^2", "x2^2", "sin(x1)"]).apply(grid)))
    np.testing.assert_allclose(plane.output.reshape(-1), expected[:, 0], rtol=1e-12,
                               atol=1e-15)
    sample = derived.sample(5)
    np.testing.assert_array_equal(sample.x, session.dataset.X[5])
    np.testing.assert_allclose(sample.activations[0], network_inputs(
        session.dataset.X[5:6], session.features, session.normaliser)[0])


def test_the_project_file_keeps_the_features_and_older_files_load_raw(tmp_path):
    session = circles_session()
    session.set_input_features(["x1^2", "x2^2"])
    path = tmp_path / "circles.bps.json"
    session.save(path)
    document = json.loads(path.read_text())
    assert document["features"] == ["x1^2", "x2^2"]
    again = Session.open(path)
    assert again.features.names == ("x1^2", "x2^2")
    np.testing.assert_array_equal(again.training.X, session.training.X)
    for W, old in zip(again.network.weights, session.network.weights, strict=True):
        np.testing.assert_array_equal(W, old)
    # a file without the key (every older file) takes the raw features
    raw = circles_session()
    raw.save(tmp_path / "raw.bps.json")
    assert "features" not in json.loads((tmp_path / "raw.bps.json").read_text())
    assert Session.open(tmp_path / "raw.bps.json").features is None
    # a damaged list is refused naming the file
    document["features"] = ["x1^2"]
    (tmp_path / "bad.bps.json").write_text(json.dumps(document))
    with pytest.raises(ProjectError, match=r"bad\.bps\.json.*1 input feature"):
        load_project(tmp_path / "bad.bps.json")
    document["features"] = ["x1^2", "tan(x2)"]
    (tmp_path / "bad.bps.json").write_text(json.dumps(document))
    with pytest.raises(ProjectError, match="no input feature 'tan"):
        load_project(tmp_path / "bad.bps.json")


def test_project_training_data_compute_the_features(tmp_path):
    ds = datasets.load("xor")
    project = new_project(ds, [2], features=["x1", "x2", "x1*x2"])
    save_project(project, tmp_path / "xor.bps.json")
    data = project_training_data(load_project(tmp_path / "xor.bps.json"))
    assert data.X.shape[1] == 3


# -- exports ----------------------------------------------------------------------------------

@pytest.fixture
def trained():
    session = circles_session(["x1", "x1^2", "x2^2", "x1*x2", "sin(x2)"], hidden=(3,))
    session.set_config(mode="batch", optimizer="adam", learning_rate=0.05, epochs=30)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)
    raw = np.random.default_rng(4).uniform(-1.5, 1.5, size=(50, 2))
    expected = session.network.predict(network_inputs(raw, session.features,
                                                      session.normaliser))
    return session, raw, expected


def _export(session, path, fmt):
    return export_network(session.network, path, fmt, session.normaliser, session.features)


def test_onnx_takes_raw_x1_x2_and_computes_the_features(trained, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    session, raw, expected = trained
    path = _export(session, tmp_path / "model.onnx", "onnx")
    runtime = ort.InferenceSession(str(path))
    assert runtime.get_inputs()[0].shape[1] == 2
    out = runtime.run(None, {"x": raw.astype(np.float32)})[0]
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-5)
    import onnx

    metadata = {p.key: p.value for p in onnx.load(str(path)).metadata_props}
    assert metadata["features"] == "x1,x1^2,x2^2,x1*x2,sin(x2)"


def test_the_python_predictor_takes_raw_x1_x2(trained, tmp_path):
    session, raw, expected = trained
    path = _export(session, tmp_path / "circles_predictor.py", "py")
    spec = importlib.util.spec_from_file_location("circles_predictor", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    np.testing.assert_array_equal(module.predict(raw), expected)
    assert module.FEATURES == ["x1", "x1^2", "x2^2", "x1*x2", "sin(x2)"]
    with pytest.raises(ValueError, match="2 features"):
        module.predict(np.zeros((1, 5)))


def test_the_weight_files_name_the_features_and_import_them_back(trained, tmp_path):
    session, raw, expected = trained
    names = ("x1", "x1^2", "x2^2", "x1*x2", "sin(x2)")
    for suffix, fmt in ((".npz", "npz"), (".json", "json")):
        path = _export(session, tmp_path / f"weights{suffix}", fmt)
        parts = import_weights(path)
        assert parts.features == names
        np.testing.assert_array_equal(parts.network().predict(parts.normalise(raw)), expected)
    assert json.loads((tmp_path / "weights.json").read_text())["features"] == list(names)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as data:
        assert tuple(str(n) for n in data["features"]) == names
    _export(session, tmp_path / "weights.zip", "csv")
    with zipfile.ZipFile(tmp_path / "weights.zip") as archive:
        lines = archive.read("features.csv").decode().splitlines()
    assert lines[0] == "input,name,formula" and lines[2] == "2,x1^2,x1 * x1"
    # files without features are as before
    plain = circles_session()
    export_network(plain.network, tmp_path / "plain.json", "json", plain.normaliser,
                   plain.features)
    assert "features" not in json.loads((tmp_path / "plain.json").read_text())
    assert import_weights(tmp_path / "plain.json").features is None


# -- the command line ----------------------------------------------------------------------------

def _cli(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_the_command_line_makes_trains_describes_and_exports_features(tmp_path):
    project = tmp_path / "circles.bps.json"
    made = _cli("new", "--dataset", "circles", "--features", "x1^2,x2^2", "--hidden", "",
                "--out", project)
    assert made.returncode == 0, made.stderr
    assert "2-1" in made.stdout and "x1^2, x2^2" in made.stdout
    trained = _cli("train", project, "--epochs", "150", "--mode", "batch", "--optimizer", "adam",
                   "--lr", "0.1")
    assert trained.returncode == 0, trained.stderr
    loaded = load_project(project)
    assert loaded.features.names == ("x1^2", "x2^2")
    assert loaded.history.metrics["accuracy"][-1] >= 0.95
    info = _cli("info", project)
    assert info.returncode == 0 and "input features x1^2, x2^2 (x₁², x₂²)" in info.stdout
    out = tmp_path / "p.py"
    assert _cli("export", project, "--out", out).returncode == 0
    assert "def input_features(X)" in out.read_text()
    wrong = _cli("new", "--dataset", "iris", "--features", "x1^2", "--out", tmp_path / "i.json")
    assert wrong.returncode == 2 and "2 raw features" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    unknown = _cli("new", "--dataset", "circles", "--features", "x3", "--out", tmp_path / "u.json")
    assert unknown.returncode == 2 and "no input feature 'x3'" in unknown.stderr
    assert "--features" in _cli("new", "--help").stdout


def test_train_config_is_untouched_by_features():
    # the features are the project's, not a training setting
    assert "features" not in TrainConfig().to_dict()
