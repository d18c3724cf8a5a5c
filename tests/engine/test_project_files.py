"""Project files: save → load gives the same project, bit for bit; saves are atomic."""

import json
import os

import numpy as np
import pytest

from engine import datasets
from engine.config import TrainConfig
from engine.errors import ProjectError
from engine.network import Network
from engine.project import FORMAT_NAME, FORMAT_VERSION, Project, load_project, save_project
from engine.project import files as project_files
from engine.reports import History
from engine.spec import LayerSpec, NetworkSpec


def spirals_project(dtype="float64"):
    ds = datasets.load("spirals", n_samples=60, noise=0.1, seed=0)
    spec = NetworkSpec(n_inputs=2, layers=[LayerSpec(5, "tanh"), LayerSpec(3, "leaky_relu"),
                                           LayerSpec(ds.n_outputs, "sigmoid")], loss="bce")
    net = Network(spec, seed=4, dtype=dtype)
    rng = np.random.default_rng(1)
    net.weights = [(W * np.pi + rng.normal(size=W.shape) * 1e-300).astype(dtype)
                   for W in net.weights]
    net.biases = [rng.normal(size=b.shape).astype(dtype) / 3 for b in net.biases]
    history = History(epoch=[1, 2], train_loss=[0.7, 0.1 + 0.2], val_loss=[None, 0.4],
                      learning_rate=[0.01, 0.01], elapsed=[0.5, 1.0],
                      metrics={"accuracy": [0.5, 2 / 3], "val_accuracy": [None, 0.75]},
                      stop_reason="epochs")
    return Project(
        network=net,
        config=TrainConfig(mode="minibatch", batch_size=8, optimizer="adam",
                           learning_rate=1 / 3, epochs=7, seed=5, patience=3),
        data=ds.source,
        normaliser=datasets.Normaliser.fit(ds.X, "standardise"),
        history=history,
        layout={"positions": [[0.5, 1.25], [2, 3]], "zoom": 1.1, "names": ["x₁", "x₂"]},
        name="spirals ∘ demo",
    )


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_round_trip_is_bitwise(tmp_path, dtype):
    project = spirals_project(dtype)
    path = tmp_path / "demo.bps.json"
    save_project(project, path)
    back = load_project(path)
    assert back.network.spec == project.network.spec
    assert back.network.dtype == project.network.dtype
    for a, b in zip(project.network.weights + project.network.biases,
                    back.network.weights + back.network.biases, strict=True):
        assert a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
    assert back.config == project.config
    assert back.data == project.data
    assert back.normaliser.method == "standardise"
    assert back.normaliser.shift.tobytes() == project.normaliser.shift.tobytes()
    assert back.normaliser.scale.tobytes() == project.normaliser.scale.tobytes()
    assert back.history.to_dict() == project.history.to_dict()
    assert back.layout == project.layout
    assert back.name == project.name


def test_saved_file_names_its_format_and_rebuilds_its_data(tmp_path):
    project = spirals_project()
    path = tmp_path / "p.json"
    save_project(project, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME == "backprop-studio-project"
    assert document["version"] == FORMAT_VERSION == 1
    assert document["network"]["weights"][0]["shape"] == [5, 2]
    rebuilt = datasets.from_source(load_project(path).data)
    assert np.array_equal(rebuilt.X, datasets.from_source(project.data).X)


def test_a_fresh_project_with_defaults_round_trips(tmp_path):
    net = Network(NetworkSpec(3, [LayerSpec(1, "linear")], "mse"), seed=0)
    save_project(Project(net), tmp_path / "p.json")
    back = load_project(tmp_path / "p.json")
    assert back.data is None and back.normaliser is None and len(back.history) == 0
    assert back.config == TrainConfig()


def the_old_file(tmp_path):
    path = tmp_path / "project.json"
    save_project(spirals_project(), path)
    return path, path.read_bytes()


class Crash(RuntimeError):
    pass


def dump_half_then_crash(document, handle, **kwargs):
    handle.write(json.dumps(document)[:100])
    raise Crash("killed while writing")


def crash(*args, **kwargs):
    raise Crash("killed")


@pytest.mark.parametrize("step", ["json.dump", "fsync", "replace"])
def test_a_save_interrupted_at_each_step_leaves_the_old_file(tmp_path, monkeypatch, step):
    path, before = the_old_file(tmp_path)
    changed = spirals_project()
    changed.name = "changed"
    if step == "json.dump":
        monkeypatch.setattr(project_files.json, "dump", dump_half_then_crash)
    else:
        monkeypatch.setattr(os, step, crash)
    with pytest.raises(Crash):
        save_project(changed, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["project.json"]
    assert load_project(path).name == "spirals ∘ demo"


def test_a_full_disk_is_a_project_error_naming_the_file(tmp_path, monkeypatch):
    path, before = the_old_file(tmp_path)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ProjectError, match="No space left on device") as caught:
        save_project(spirals_project(), path)
    monkeypatch.undo()
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(("change", "message"), [
    (lambda p: p.layout.update(bad=float("nan")), "layout.bad holds nan"),
    (lambda p: p.layout.update(bad=np.float32(1)), "JSON cannot store"),
    (lambda p: p.layout.update({1: "x"}), "keys must be strings"),
    (lambda p: p.network.weights[1].__setitem__((0, 0), np.inf), "W2 or b2 holds NaN"),
])
def test_what_cannot_be_stored_is_refused_before_the_disk_is_touched(tmp_path, change, message):
    path, before = the_old_file(tmp_path)
    project = spirals_project()
    change(project)
    with pytest.raises(ProjectError, match=message) as caught:
        save_project(project, path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["project.json"]


def test_saving_into_a_missing_folder_or_onto_a_folder_is_refused(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        save_project(spirals_project(), tmp_path / "missing" / "p.json")
    with pytest.raises(ProjectError, match="is a folder"):
        save_project(spirals_project(), tmp_path)
