"""Damaged and hostile project files: each is a ProjectError naming the file, nothing built."""

import base64
import copy
import json

import numpy as np
import pytest

from engine.errors import ProjectError
from engine.network import Network
from engine.project import Project, load_project, save_project
from engine.spec import LayerSpec, NetworkSpec


@pytest.fixture(scope="module")
def good_document(tmp_path_factory):
    spec = NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(1, "sigmoid")], "bce")
    path = tmp_path_factory.mktemp("good") / "good.json"
    save_project(Project(Network(spec, seed=0), data={"kind": "builtin", "name": "xor",
                                                        "params": {}}), path)
    return json.loads(path.read_text())


def edited(document, *keys, value=None, delete=False):
    document = copy.deepcopy(document)
    target = document
    for key in keys[:-1]:
        target = target[key]
    if delete:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return document


def encoded(values, shape, dtype="<f8"):
    data = np.array(values, dtype=dtype).tobytes()
    return {"dtype": np.dtype(dtype).name, "shape": list(shape),
            "base64": base64.b64encode(data).decode()}


HOSTILE = {
    "wrong root type": (lambda d: [d], "holds a list, not a project object"),
    "a string root": (lambda d: "project", "holds a string"),
    "another format": (lambda d: edited(d, "format", value="keras"),
                       "not a Backprop Studio project"),
    "future version": (lambda d: edited(d, "version", value=2),
                       "format version 2, written by a newer Backprop Studio; this program "
                       "reads version 1"),
    "version as text": (lambda d: edited(d, "version", value="1"), "whole number"),
    "unknown key": (lambda d: edited(d, "extra", value=1), "unknown top-level keys 'extra'"),
    "no network": (lambda d: edited(d, "network", delete=True), "has no \"network\""),
    "units as text": (lambda d: edited(d, "network", "spec", "layers", 0, "units", value="4"),
                      "must be whole numbers"),
    "huge layer": (lambda d: edited(d, "network", "spec", "layers", 0, "units", value=10**12),
                   "declares 1000000000000 neurons"),
    "huge input": (lambda d: edited(d, "network", "spec", "n_inputs", value=10**9),
                   "declares 1000000000 inputs"),
    "too many parameters": (lambda d: edited(d, "network", "spec", "layers",
                                             value=[{"units": 90_000, "activation": "tanh"}] * 5),
                            "parameters; at most"),
    "unknown activation": (lambda d: edited(d, "network", "spec", "layers", 0, "activation",
                                            value="swish"), "unknown activation 'swish'"),
    "unknown cost": (lambda d: edited(d, "network", "spec", "loss", value="hinge"),
                     "unknown"),
    "bad combination": (lambda d: edited(d, "network", "spec", "loss", value="cce"),
                        "cce needs softmax"),
    "shape mismatch": (lambda d: edited(d, "network", "weights", 0,
                                        value=encoded(np.ones((3, 2)), (3, 2))),
                       r"W1 has shape \(3, 2\) but the architecture needs \(4, 2\)"),
    "huge declared array": (lambda d: edited(d, "network", "weights", 0, "shape",
                                             value=[10**9, 10**9]), "architecture needs"),
    "truncated data": (lambda d: edited(d, "network", "biases", 0, "base64", value="AAAA"),
                       "base64 characters"),
    "NaN weight": (lambda d: edited(d, "network", "weights", 1,
                                    value=encoded([[0.0, np.nan, 0.0, 0.0]], (1, 4))),
                   "W2 contains NaN"),
    "infinite bias": (lambda d: edited(d, "network", "biases", 1,
                                       value=encoded([np.inf], (1,))), "b2 contains NaN or inf"),
    "one array missing": (lambda d: edited(d, "network", "weights",
                                           value=d["network"]["weights"][:1]),
                          "needs 2 weights arrays"),
    "mixed dtypes": (lambda d: edited(d, "network", "biases", 1,
                                      value=encoded([0.5], (1,), "<f4")), "not all float64"),
    "weights as a list": (lambda d: edited(d, "network", "weights", 0, value=[[1.0, 2.0]] * 4),
                          "must be an object"),
    "bad training": (lambda d: edited(d, "training", "optimizer", value="lbfgs"),
                     "training settings are damaged: unknown optimizer 'lbfgs'"),
    "negative learning rate": (lambda d: edited(d, "training", "learning_rate", value=-1),
                               "learning_rate"),
    "bad data kind": (lambda d: edited(d, "data", value={"kind": "sql"}), "kind is one of"),
    "normalisation width": (lambda d: edited(d, "normalisation", value={
        "method": "standardise", "shift": [0.0], "scale": [1.0]}), "must be 2 numbers"),
    "normalisation zero scale": (lambda d: edited(d, "normalisation", value={
        "method": "minmax", "shift": [0.0, 0.0], "scale": [1.0, 0.0]}), "positive scales"),
    "normalisation text": (lambda d: edited(d, "normalisation", value={
        "method": "minmax", "shift": ["0", 0.0], "scale": [1.0, 1.0]}), "must be 2 numbers"),
    "ragged history": (lambda d: edited(d, "history", value={
        "epoch": [1, 2], "train_loss": [0.5]}), "train_loss must be a list of 2"),
    "history text": (lambda d: edited(d, "history", value={
        "epoch": [1], "train_loss": ["low"], "val_loss": [None], "learning_rate": [0.1],
        "elapsed": [0.1]}), "train_loss must be a list of 1 numbers"),
    "layout list": (lambda d: edited(d, "layout", value=[1, 2]), "\"layout\" must be an object"),
    "name number": (lambda d: edited(d, "name", value=3), "\"name\" must be a string"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_documents_are_refused_naming_the_file(tmp_path, good_document, case):
    make, message = HOSTILE[case]
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(make(good_document)))
    with pytest.raises(ProjectError, match=message) as caught:
        load_project(path)
    assert str(path) in str(caught.value)
    assert len(str(caught.value).splitlines()) == 1


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02\xff\xfe binary", "not a text"),
    (b"\x89PNG\r\n\x1a\n", "not a text"),
    (b'{"format": "backprop-studio-project", "version": 1, "netw', "truncated or damaged"),
    (b'{"format": "backprop-studio-project", "version": NaN}', "NaN"),
    (b"[" * 50_000, "not valid JSON|nested too deeply"),
])
def test_damaged_bytes_are_refused_naming_the_file(tmp_path, content, message):
    path = tmp_path / "damaged.json"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message) as caught:
        load_project(path)
    assert str(path) in str(caught.value)


def test_a_truncated_real_project_is_refused(tmp_path, good_document):
    path = tmp_path / "cut.json"
    text = json.dumps(good_document)
    path.write_text(text[: len(text) // 2])
    with pytest.raises(ProjectError, match="truncated") as caught:
        load_project(path)
    assert str(path) in str(caught.value)


def test_a_folder_and_a_missing_file_are_refused(tmp_path):
    with pytest.raises(ProjectError, match="is a folder") as caught:
        load_project(tmp_path)
    assert str(tmp_path) in str(caught.value)
    with pytest.raises(ProjectError, match="no such file"):
        load_project(tmp_path / "nothing.json")


def test_the_untouched_document_loads(tmp_path, good_document):
    path = tmp_path / "fine.json"
    path.write_text(json.dumps(good_document))
    assert load_project(path).network.spec.sizes == (2, 4, 1)
