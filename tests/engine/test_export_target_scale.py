"""A regression target read divided (price ÷ 100,000) is recorded by every export, so a file
alone says what its outputs are; the .py predictor's ``predict_target`` and command line give
the target in its own units. Found missing by a new user: only the export dialog said so."""

import importlib.util
import json
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.export import export_network, import_weights
from engine.export.parts import TargetScale

ROWS = "".join(f"{40 + 7 * i},{1 + i % 5},{(40 + 7 * i) * 3000 + (1 + i % 5) * 20000}\n"
               for i in range(30))


@pytest.fixture
def houses(tmp_path):
    (tmp_path / "houses.csv").write_text("area,rooms,price\n" + ROWS, encoding="utf-8")
    ds = datasets.read_csv(tmp_path / "houses.csv", target="price", divide_target=100000)
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "linear")], "mse"),
                  seed=0)
    return tmp_path, ds, net, TargetScale.of_source(ds.source)


def export(tmp_path, fmt, name, ds, net, target):
    path = tmp_path / name
    export_network(net, path, fmt, None, None, feature_names=ds.feature_names, target=target)
    return path


def load_module(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scale_comes_from_the_data_and_only_when_divided(houses):
    tmp_path, _ds, _net, target = houses
    assert target == TargetScale("price", 100000.0)
    assert target.divided_name() == "price ÷ 100,000"
    plain = datasets.read_csv(tmp_path / "houses.csv", target="price")
    assert TargetScale.of_source(plain.source) is None
    with pytest.raises(ValueError, match="divisor must be a positive number"):
        TargetScale.of({"name": "price", "divisor": 0})


def test_the_weights_files_record_it_and_read_it_back(houses):
    tmp_path, ds, net, target = houses
    npz = export(tmp_path, "npz", "w.npz", ds, net, target)
    with np.load(npz) as arrays:
        assert str(arrays["target_name"]) == "price"
        assert float(arrays["target_divisor"]) == 100000.0
    json_path = export(tmp_path, "json", "w.json", ds, net, target)
    assert json.loads(json_path.read_text())["target"] == {"name": "price", "divisor": 100000.0}
    for path in (npz, json_path):
        assert import_weights(path).target == target
    csv = export(tmp_path, "csv", "w.zip", ds, net, target)
    with zipfile.ZipFile(csv) as archive:
        assert archive.read("target.csv").decode() == "name,divisor\nprice,100000.0\n"
        assert "divided by 100000" in archive.read("README.txt").decode()
    # undivided data: no such field
    plain = export(tmp_path, "json", "plain.json", ds, net, None)
    assert "target" not in json.loads(plain.read_text())
    assert import_weights(plain).target is None


def test_the_predictor_gives_the_target_in_its_own_units(houses):
    tmp_path, ds, net, target = houses
    path = export(tmp_path, "py", "houses_model.py", ds, net, target)
    predictor = load_module(path)
    assert (predictor.TARGET_NAME, predictor.TARGET_DIVISOR) == ("price", 100000.0)
    np.testing.assert_allclose(predictor.predict(ds.X), net.predict(ds.X), rtol=0, atol=1e-12)
    np.testing.assert_allclose(predictor.predict_target(ds.X), net.predict(ds.X) * 100000,
                               rtol=1e-12)
    assert "predict_target(X)" in predictor.__doc__ and "price ÷ 100,000" in predictor.__doc__
    (tmp_path / "rows.csv").write_text("area,rooms\n47,2\n", encoding="utf-8")
    printed = subprocess.run([sys.executable, str(path), str(tmp_path / "rows.csv")],
                             capture_output=True, text=True, check=True).stdout
    assert float(printed) == pytest.approx(float(net.predict([[47, 2]])[0, 0]) * 100000,
                                           rel=1e-12)


def test_an_undivided_predictor_prints_its_outputs_as_they_are(houses):
    tmp_path, ds, net, _target = houses
    predictor = load_module(export(tmp_path, "py", "plain_model.py", ds, net, None))
    assert (predictor.TARGET_NAME, predictor.TARGET_DIVISOR) == (None, 1.0)
    np.testing.assert_array_equal(predictor.predict_target(ds.X), predictor.predict(ds.X))


def test_the_onnx_model_and_the_torch_module_say_so(houses):
    tmp_path, ds, net, target = houses
    import onnx

    model = onnx.load(export(tmp_path, "onnx", "w.onnx", ds, net, target))
    metadata = {prop.key: prop.value for prop in model.metadata_props}
    assert json.loads(metadata["target"]) == {"name": "price", "divisor": 100000.0}
    assert "price ÷ 100,000" in metadata["outputs"]
    pytest.importorskip("torch")
    module = load_module(export(tmp_path, "torch", "torch_houses.py", ds, net, target))
    assert (module.TARGET_NAME, module.TARGET_DIVISOR) == ("price", 100000.0)
    assert "price ÷ 100,000" in module.__doc__
    # the price itself, as the .py predictor's predict_target gives it (it was missing)
    np.testing.assert_allclose(module.predict_target(ds.X).numpy(),
                               net.predict(ds.X) * 100000, rtol=1e-12)
    assert "predict_target(X) gives them" in module.__doc__


def test_an_undivided_regression_target_is_named_by_every_export(houses):
    """A regression learnt as it is still names its target (the predictor's command line
    said "each line is output1" where ``info`` said price), with divisor 1 and no "÷"."""
    tmp_path, _ds, net, _target = houses
    plain = datasets.read_csv(tmp_path / "houses.csv", target="price")
    target = TargetScale.of_outputs(plain.source, None)
    assert target == TargetScale("price", 1.0) and not target.divided
    assert target.divided_name() == "price"
    assert TargetScale.of_outputs(plain.source, ("cheap", "dear")) is None  # classes
    assert TargetScale.of_outputs(None, None) is None
    assert TargetScale.of_outputs(plain.source, None) == TargetScale.of_outputs(
        plain.source, None)
    divided = datasets.read_csv(tmp_path / "houses.csv", target="price",
                                divide_target=100000)
    assert TargetScale.of_outputs(divided.source, None) == TargetScale("price", 100000.0)
    path = export(tmp_path, "py", "named_model.py", plain, net, target)
    predictor = load_module(path)
    assert (predictor.TARGET_NAME, predictor.TARGET_DIVISOR) == ("price", 1.0)
    assert predictor.output_names(1) == ["price"]
    assert "÷" not in predictor.__doc__ and "TARGET_NAME ('price')" in predictor.__doc__
    (tmp_path / "rows.csv").write_text("area,rooms\n47,2\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(path), str(tmp_path / "rows.csv")],
                         capture_output=True, text=True, check=True)
    assert "each line is price" in run.stderr
    assert float(run.stdout) == pytest.approx(float(net.predict([[47, 2]])[0, 0]), rel=1e-12)
    json_path = export(tmp_path, "json", "named.json", plain, net, target)
    assert json.loads(json_path.read_text())["target"] == {"name": "price", "divisor": 1.0}
    assert import_weights(json_path).target == target
    csv = export(tmp_path, "csv", "named.zip", plain, net, target)
    with zipfile.ZipFile(csv) as archive:
        assert "the output is price.\n" in archive.read("README.txt").decode()
    import onnx

    model = onnx.load(export(tmp_path, "onnx", "named.onnx", plain, net, target))
    metadata = {prop.key: prop.value for prop in model.metadata_props}
    assert json.loads(metadata["target"]) == {"name": "price", "divisor": 1.0}
    assert "price" in metadata["outputs"] and "÷" not in metadata["outputs"]


def test_the_usage_note_names_an_undivided_target_plainly(houses):
    from engine.export.parts import parts_of
    from engine.export.usage import usage_note

    _tmp_path, _ds, net, _target = houses
    parts = parts_of(net, target=TargetScale("price", 1.0))
    for fmt in ("onnx", "py", "torch", "npz"):
        note = usage_note(fmt, parts)
        assert note.endswith("The output is price.") and "÷" not in note
