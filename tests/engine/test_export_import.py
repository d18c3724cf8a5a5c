"""Weights imported back from .npz and .json; damaged and hostile files refused by name."""

import io
import json
import zipfile

import numpy as np
import pytest

from engine.errors import ProjectError
from engine.export import export_json, export_npz, import_weights
from engine.network import Network
from engine.spec import LayerSpec, NetworkSpec


def network(hidden=4, activation="tanh", dtype="float64"):
    spec = NetworkSpec(n_inputs=2, layers=[LayerSpec(hidden, activation),
                                           LayerSpec(1, "sigmoid")], loss="bce")
    return Network(spec, seed=3, dtype=dtype)


@pytest.mark.parametrize("suffix", [".npz", ".json"])
def test_import_into_a_matching_design_keeps_the_designs_activations(tmp_path, suffix):
    path = tmp_path / f"w{suffix}"
    source = network(activation="tanh")
    (export_npz if suffix == ".npz" else export_json)(source, path)
    design = network(activation="relu").spec
    parts = import_weights(path, design)
    assert parts.activations == ("relu", "sigmoid")
    net = parts.network()
    assert net.spec.sizes == (2, 4, 1)
    for W, W_back in zip(source.weights, net.weights, strict=True):
        assert W.tobytes() == W_back.tobytes()


@pytest.mark.parametrize("suffix", [".npz", ".json"])
def test_wrong_shapes_are_refused_with_a_message(tmp_path, suffix):
    path = tmp_path / f"w{suffix}"
    (export_npz if suffix == ".npz" else export_json)(network(hidden=4), path)
    with pytest.raises(ProjectError, match=r"W1 has shape \(4, 2\).*needs \(5, 2\)") as caught:
        import_weights(path, network(hidden=5).spec)
    assert str(path) in str(caught.value)
    deeper = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")],
                         "bce")
    with pytest.raises(ProjectError, match="2-4-1 network with 2 layers; this network is 2-4-4-1"):
        import_weights(path, deeper)


def npz_bytes(**arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def good_arrays():
    rng = np.random.default_rng(0)
    return {"W1": rng.normal(size=(4, 2)), "b1": np.zeros(4), "W2": rng.normal(size=(1, 4)),
            "b2": np.zeros(1), "activations": np.array(["tanh", "sigmoid"]),
            "loss": np.array("bce")}


def with_changes(**changes):
    arrays = good_arrays()
    for key, value in changes.items():
        if value is None:
            del arrays[key]
        else:
            arrays[key] = value
    return npz_bytes(**arrays)


def huge_npy_header_zip():
    header = "{'descr': '<f8', 'fortran_order': False, 'shape': (100000000, 100000), }"
    header = header.ljust(118) + "\n"
    npy = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("W1.npy", npy)
        for name, array in good_arrays().items():
            if name != "W1":
                inner = io.BytesIO()
                np.save(inner, array)
                archive.writestr(f"{name}.npy", inner.getvalue())
    return buffer.getvalue()


def object_array_npz():
    arrays = good_arrays()
    arrays["activations"] = np.array(["tanh", "sigmoid"], dtype=object)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (lambda: b"", "not a readable .npz"),
    (lambda: b"PK\x03\x04garbage", "not a readable .npz"),
    (lambda: npz_bytes(**good_arrays())[:200], "not a readable .npz"),
    (lambda: with_changes(W2=None), "no array 'W2'"),
    (lambda: with_changes(W2=np.zeros((1, 5))), r"W2 has shape \(1, 5\)"),
    (lambda: with_changes(b1=np.array([1.0, np.nan, 0, 0])), "NaN or infinite"),
    (lambda: with_changes(W1=np.zeros((4, 2), dtype=np.int64)), "expected 2-D of kind 'f'"),
    (lambda: with_changes(activations=np.array(["tanh", "swish"])), "unknown activation"),
    (lambda: with_changes(loss=np.array("hinge")), "unknown"),
    (lambda: with_changes(version=np.array(7)), "version 7; this program reads version 1"),
    (lambda: with_changes(W3=np.zeros((1, 1))), "W3 but only 2 activation names"),
    (huge_npy_header_zip, "declares 100000000 neurons"),
    (object_array_npz, "Python objects"),
])
def test_damaged_npz_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.npz"
    path.write_bytes(content())
    with pytest.raises(ProjectError, match=message) as caught:
        import_weights(path)
    assert str(path) in str(caught.value)


def good_json():
    return {"format": "backprop-studio-weights", "version": 1, "n_inputs": 2, "loss": "bce",
            "layers": [{"units": 2, "activation": "tanh", "W": [[1.0, 2.0], [3.0, 4.0]],
                        "b": [0.0, 0.0]},
                       {"units": 1, "activation": "sigmoid", "W": [[1.0, -1.0]], "b": [0.5]}]}


def changed(path_of_keys, value):
    document = good_json()
    target = document
    for key in path_of_keys[:-1]:
        target = target[key]
    target[path_of_keys[-1]] = value
    return json.dumps(document)


@pytest.mark.parametrize(("text", "message"), [
    ("[1, 2]", "holds a list, not a weights object"),
    (changed(["format"], "something-else"), "not a Backprop Studio weights file"),
    (changed(["version"], 2), "version 2; this program reads version 1"),
    (changed(["n_inputs"], "2"), "n_inputs"),
    (changed(["layers", 0, "units"], 10**9), "between 1 and"),
    (changed(["layers", 0, "W"], [[1.0, 2.0], [3.0]]), "W1 row 2 must be a list of 2 numbers"),
    (changed(["layers", 0, "W"], [[1.0, "2"], [3.0, 4.0]]), "not a finite number"),
    (changed(["layers", 0, "W"], [[1.0, True], [3.0, 4.0]]), "not a finite number"),
    (changed(["layers", 1, "b"], []), "b2 must be a list of 1 numbers"),
    (changed(["layers", 1, "activation"], "softmax"), "softmax"),
    (json.dumps(good_json()).replace("4.0", "NaN"), "NaN"),
])
def test_damaged_json_weights_are_refused(tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(ProjectError, match=message) as caught:
        import_weights(path)
    assert str(path) in str(caught.value)


def test_good_hand_written_json_is_read():
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.json"
        path.write_text(json.dumps(good_json()))
        parts = import_weights(path)
    assert parts.architecture() == "2-2-1"
    assert parts.normalisation == "none"


@pytest.mark.parametrize("name", ["weights.h5", "folder.npz", "missing.json"])
def test_other_files_are_refused(tmp_path, name):
    path = tmp_path / name
    if name == "folder.npz":
        path.mkdir()
    elif name == "weights.h5":
        path.write_bytes(b"\x89HDF")
    with pytest.raises(ProjectError) as caught:
        import_weights(path)
    assert str(path) in str(caught.value)


def test_a_weights_export_opened_as_a_project_says_what_it_is(tmp_path):
    """Both are .json: a weights export opened as a project names the mix-up and the way in
    (File ▸ Import Weights), not the two "format" strings."""
    import pytest

    from engine import LayerSpec, Network, NetworkSpec
    from engine.errors import ProjectError
    from engine.export import export_network
    from engine.project import load_project

    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"),
                  seed=0)
    export_network(net, tmp_path / "w.json", "json")
    with pytest.raises(ProjectError, match="exported weights, not a project") as refusal:
        load_project(tmp_path / "w.json")
    assert "File ▸ Import Weights" in str(refusal.value)
