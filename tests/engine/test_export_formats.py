"""Every export format computes what ``net.predict`` computes on normalised inputs."""

import json
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from engine.datasets.normalise import Normaliser
from engine.errors import ProjectError
from engine.export import (
    FORMATS,
    export_csv,
    export_json,
    export_network,
    export_npz,
    export_onnx,
    export_python,
    import_weights,
)
from engine.network import Network
from engine.spec import LayerSpec, NetworkSpec

ARCHITECTURES = {
    "tanh-sigmoid-bce": ([("tanh", 4)], ("sigmoid", 1), "bce"),
    "relu-softmax-cce": ([("relu", 5), ("leaky_relu", 3)], ("softmax", 3), "cce"),
    "sigmoid-linear-mse": ([("sigmoid", 4)], ("linear", 2), "mse"),
    "step-tanh-mse": ([("step", 3)], ("tanh", 1), "mse"),
    "linear-relu-mse": ([("linear", 2)], ("relu", 2), "mse"),
}


def make_network(name, dtype="float64", n_inputs=3, seed=1):
    hidden, (out_activation, out_units), loss = ARCHITECTURES[name]
    layers = [LayerSpec(units=n, activation=a) for a, n in hidden]
    layers.append(LayerSpec(units=out_units, activation=out_activation))
    net = Network(NetworkSpec(n_inputs=n_inputs, layers=layers, loss=loss), seed=seed,
                  dtype=dtype)
    rng = np.random.default_rng(seed)
    net.biases = [(b + rng.normal(size=b.shape)).astype(dtype) for b in net.biases]
    return net


def raw_inputs(n_inputs=3, n=40, seed=2):
    rng = np.random.default_rng(seed)
    return rng.normal(loc=[5.0, -3.0, 100.0][:n_inputs], scale=[2.0, 0.5, 30.0][:n_inputs],
                      size=(n, n_inputs))


@pytest.fixture
def normaliser():
    return Normaliser.fit(raw_inputs(n=200, seed=9), "standardise")


def expected(net, normaliser, X):
    return net.predict(normaliser.apply(X))


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_npz_round_trip_is_bitwise(tmp_path, name, normaliser):
    net = make_network(name)
    path = tmp_path / "weights.npz"
    export_npz(net, path, normaliser)
    with np.load(path, allow_pickle=False) as data:
        assert list(data["activations"]) == [layer.activation for layer in net.spec.layers]
        assert str(data["loss"]) == net.spec.loss
        for l, (W, b) in enumerate(zip(net.weights, net.biases, strict=True), start=1):
            assert data[f"W{l}"].shape == W.shape == (net.spec.sizes[l], net.spec.sizes[l - 1])
            assert data[f"W{l}"].tobytes() == W.tobytes()
            assert data[f"b{l}"].tobytes() == b.tobytes()
    parts = import_weights(path)
    back = parts.network()
    X = raw_inputs()
    assert np.array_equal(back.predict(parts.normaliser().apply(X)), expected(net, normaliser, X))


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_json_round_trip_is_bitwise(tmp_path, dtype, normaliser):
    net = make_network("relu-softmax-cce", dtype=dtype)
    path = tmp_path / "weights.json"
    export_json(net, path, normaliser)
    document = json.loads(path.read_text())
    assert document["architecture"] == "3-5-3-3"
    assert document["layers"][0]["activation"] == "relu"
    assert len(document["layers"][0]["W"]) == 5 and len(document["layers"][0]["W"][0]) == 3
    parts = import_weights(path)
    assert parts.dtype == dtype
    for W, W_back in zip(net.weights, parts.weights, strict=True):
        assert W_back.dtype == W.dtype and W_back.tobytes() == W.tobytes()
    assert parts.normaliser().shift.tobytes() == normaliser.shift.tobytes()
    assert parts.normaliser().method == "standardise"


@pytest.mark.parametrize("suffix", [".zip", ""])
def test_csv_holds_every_matrix_exactly(tmp_path, suffix):
    net = make_network("relu-softmax-cce")
    target = tmp_path / f"weights{suffix}"
    export_csv(net, target)
    if suffix == ".zip":
        with zipfile.ZipFile(target) as archive:
            files = {name: archive.read(name).decode() for name in archive.namelist()}
    else:
        files = {p.name: p.read_text() for p in target.iterdir()}
    assert {"W1.csv", "b1.csv", "W3.csv", "b3.csv", "layers.csv", "README.txt"} <= set(files)
    for l, (W, b) in enumerate(zip(net.weights, net.biases, strict=True), start=1):
        W_back = np.array([[float(v) for v in line.split(",")]
                           for line in files[f"W{l}.csv"].splitlines()])
        b_back = np.array([float(line) for line in files[f"b{l}.csv"].splitlines()])
        assert W_back.tobytes() == W.tobytes() and b_back.tobytes() == b.tobytes()
    assert files["layers.csv"].splitlines()[2] == "2,5,3,leaky_relu"


@pytest.mark.parametrize("name", ARCHITECTURES)
def test_onnx_in_onnxruntime_equals_predict(tmp_path, name, normaliser):
    ort = pytest.importorskip("onnxruntime")
    net = make_network(name)
    path = tmp_path / "net.onnx"
    export_onnx(net, path, normaliser)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    X = raw_inputs()
    outputs = session.run(None, {"x": X.astype(np.float32)})[0]
    reference = expected(net, normaliser, X)
    assert outputs.dtype == np.float32
    if name.startswith("step"):
        # A step flips where z crosses 0; float32 may put a borderline sample on the other side.
        assert np.mean(np.abs(outputs - reference) < 1e-5) > 0.95
    else:
        np.testing.assert_allclose(outputs, reference, atol=1e-5, rtol=1e-5)


def test_onnx_graph_uses_gemm_and_the_normalisation_first(tmp_path, normaliser):
    import onnx

    path = tmp_path / "net.onnx"
    export_onnx(make_network("relu-softmax-cce"), path, normaliser)
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)
    ops = [node.op_type for node in model.graph.node]
    assert ops == ["Sub", "Div", "Gemm", "Relu", "Gemm", "LeakyRelu", "Gemm", "Softmax"]
    assert model.opset_import[0].version >= 17
    leaky = next(n for n in model.graph.node if n.op_type == "LeakyRelu")
    assert onnx.helper.get_attribute_value(leaky.attribute[0]) == pytest.approx(0.01)


PREDICTOR_CHECK = """
import json, sys
import numpy as np
sys.path.insert(0, sys.argv[1])
assert "engine" not in sys.modules
from predictor import predict
X = np.array(json.loads(sys.argv[2]))
print(json.dumps([float.hex(float(v)) for v in predict(X).ravel()]))
"""


@pytest.mark.parametrize(("name", "dtype"), [(n, "float64") for n in ARCHITECTURES]
                         + [("tanh-sigmoid-bce", "float32")])
def test_python_predictor_equals_predict_with_only_numpy(tmp_path, name, dtype, normaliser):
    net = make_network(name, dtype=dtype)
    export_python(net, tmp_path / "predictor.py", normaliser)
    X = raw_inputs()
    result = subprocess.run(
        [sys.executable, "-I", "-c", PREDICTOR_CHECK, str(tmp_path), json.dumps(X.tolist())],
        capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    outputs = np.array([float.fromhex(v) for v in json.loads(result.stdout)])
    assert np.array_equal(outputs, expected(net, normaliser, X).ravel().astype(np.float64))


def test_python_predictor_runs_as_a_script_on_a_csv(tmp_path, normaliser):
    net = make_network("tanh-sigmoid-bce")
    script = tmp_path / "predict_flowers.py"
    export_python(net, script, normaliser)
    X = raw_inputs(n=5)
    data = tmp_path / "features.csv"
    rows = (",".join(repr(float(v)) for v in row) for row in X)
    data.write_text("a,b,c\n" + "\n".join(rows) + "\n")
    result = subprocess.run([sys.executable, "-I", str(script), str(data)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    printed = np.array([[float(v) for v in line.split(",")] for line in result.stdout.split()])
    assert np.array_equal(printed, expected(net, normaliser, X))


def test_export_network_dispatches_and_refuses_unknown_formats(tmp_path):
    net = make_network("tanh-sigmoid-bce")
    for fmt in FORMATS:
        out = export_network(net, tmp_path / f"out.{fmt}", fmt)
        assert out.exists()
    with pytest.raises(ProjectError, match="unknown export format 'h5'"):
        export_network(net, tmp_path / "out.h5", "h5")
    assert not (tmp_path / "out.h5").exists()


def test_a_normaliser_of_the_wrong_width_is_refused_before_writing(tmp_path):
    net = make_network("tanh-sigmoid-bce")
    wrong = Normaliser.fit(np.ones((3, 5)), "standardise")
    with pytest.raises(ProjectError, match="5 features but the network takes 3"):
        export_npz(net, tmp_path / "w.npz", wrong)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["npz", "json", "csv", "onnx", "py"])
def test_a_failing_export_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, fmt):
    import os

    target = tmp_path / f"weights.{'zip' if fmt == 'csv' else fmt}"
    target.write_bytes(b"previous export")

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(ProjectError, match="No space left") as caught:
        export_network(make_network("tanh-sigmoid-bce"), target, fmt)
    monkeypatch.undo()
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
