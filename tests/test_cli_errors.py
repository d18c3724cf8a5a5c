"""Every mistake a user can make on the command line: one line on stderr, exit 2, no traceback.

A few cases run as a real subprocess (what a shell sees); the many option checks run
``cli.main`` in-process, which is the same code without the interpreter's start-up time.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cli
from engine.network import Network
from engine.project import Project, save_project
from engine.spec import LayerSpec, NetworkSpec

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.json"
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    save_project(Project(net, data={"kind": "builtin", "name": "xor", "params": {}}), path)
    return path


def one_line_error(code, stderr, *fragments):
    assert code == 2
    assert "Traceback" not in stderr
    lines = stderr.strip().split("\n")
    assert len(lines) == 1, stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def run_main(capsys, *args):
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "the file is empty"),
    (b"\x00\xffPK\x03\x04", "not a text"),
    (b'{"format": "backprop-studio-project", "version": 1, "network": {"spe', "truncated"),
    (b'{"format": "backprop-studio-project", "version": 9, "network": {}}',
     "format version 9"),
    (b"[1, 2, 3]", "holds a list"),
])
@pytest.mark.parametrize("command", ["info", "train", "export"])
def test_damaged_projects_in_a_subprocess(tmp_path, content, fragment, command):
    path = tmp_path / "damaged.json"
    path.write_bytes(content)
    extra = ["--out", str(tmp_path / "w.npz")] if command == "export" else []
    result = subprocess.run([sys.executable, "main.py", command, str(path), *extra],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    one_line_error(result.returncode, result.stderr, fragment, str(path))
    assert path.read_bytes() == content
    assert not (tmp_path / "w.npz").exists()


def test_a_bad_option_in_a_subprocess():
    result = subprocess.run([sys.executable, "main.py", "train", "x.json", "--epochs", "zero"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    one_line_error(result.returncode, result.stderr, "--epochs",
                   "epochs must be a whole number from 1 to 10,000,000, not 'zero'")


def test_help_exits_0(capsys):
    code, out, _ = run_main(capsys, "train", "--help")
    assert code == 0 and "--optimizer" in out


@pytest.mark.parametrize(("args", "fragments"), [
    (["new", "--out", "x.json"], ["one of the arguments --dataset --csv --images --idx"]),
    (["new", "--dataset", "xor", "--csv", "a.csv", "--out", "x.json"], ["not allowed with"]),
    (["new", "--dataset", "no_such_set", "--out", "{tmp}/x.json"],
     ["unknown built-in data set 'no_such_set'"]),
    (["new", "--dataset", "xor", "--hidden", "4,x", "--out", "x.json"], ["layer sizes"]),
    (["new", "--dataset", "xor", "--hidden", "4,0", "--out", "x.json"], ["at least 1 neuron"]),
    (["new", "--dataset", "xor", "--activation", "swish", "--out", "x.json"],
     ["invalid choice: 'swish'"]),
    (["new", "--dataset", "xor", "--loss", "hinge", "--out", "x.json"], ["invalid choice"]),
    (["new", "--dataset", "xor", "--loss", "cce", "--out", "{tmp}/x.json"],
     ["cce needs one softmax output per class"]),
    (["new", "--dataset", "sine", "--loss", "bce", "--out", "{tmp}/x.json"],
     ["regression set", "choose mse"]),
    (["new", "--csv", "{tmp}/missing.csv", "--out", "{tmp}/x.json"], ["--csv needs --target"]),
    (["new", "--csv", "{tmp}/missing.csv", "--target", "y", "--out", "{tmp}/x.json"],
     ["missing.csv"]),
    (["new", "--dataset", "xor", "--target", "y", "--out", "{tmp}/x.json"],
     ["--target belongs with --csv"]),
    (["new", "--dataset", "spirals", "--param", "n_samples", "--out", "x.json"],
     ["KEY=VALUE"]),
    (["new", "--dataset", "spirals", "--param", "colour=red", "--out", "{tmp}/x.json"],
     ["colour"]),
    (["new", "--images", "{tmp}/no_folder", "--out", "{tmp}/x.json"], ["no_folder"]),
    (["new", "--dataset", "xor", "--out", "{tmp}/missing/x.json"], ["does not exist"]),
    (["new", "--dataset", "xor", "--out", "{project}"], ["already exists", "--force"]),
    (["train", "{project}", "--lr", "-1"], ["the learning rate η must be a finite number"]),
    (["train", "{project}", "--lr", "nan"], ["the learning rate η must be a finite number"]),
    (["train", "{project}", "--mode", "online"], ["invalid choice: 'online'"]),
    (["train", "{project}", "--optimizer", "lbfgs"], ["invalid choice: 'lbfgs'"]),
    (["train", "{project}", "--epochs", "0"], ["from 1 to 10,000,000"]),
    (["train", "{project}", "--epochs", "1000000000000"], ["from 1 to 10,000,000"]),
    (["train", "{project}", "--seed", "5000000000"], ["seed must be a whole number from 0"]),
    (["train", "{project}", "--mode", "perceptron"], ["perceptron"]),
    (["train", "{tmp}/missing.json"], ["no such file", "missing.json"]),
    (["train", "{tmp}"], ["is a folder"]),
    (["train", "{project}", "--out", "{tmp}"], ["is a folder"]),
    (["export", "{project}", "--out", "{tmp}/w.h5"], ["cannot tell the export format"]),
    (["export", "{project}", "--format", "h5", "--out", "w.h5"], ["invalid choice: 'h5'"]),
    (["export", "{project}", "--format", "json", "--out", "{project}"], ["the project itself"]),
    (["export", "{project}", "--format", "npz"], ["--out"]),
    (["info"], ["PROJECT"]),
    (["info", "{project}", "extra"], ["unrecognized arguments: extra"]),
])
def test_user_mistakes_are_one_line_and_exit_2(capsys, tmp_path, project, args, fragments):
    before = project.read_bytes()
    args = [a.format(tmp=tmp_path, project=project) for a in args]
    code, out, err = run_main(capsys, *args)
    one_line_error(code, err, *fragments)
    assert out == ""
    assert project.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json"]


def test_a_project_without_data_cannot_be_trained(capsys, tmp_path):
    path = tmp_path / "nodata.json"
    net = Network(NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce"))
    save_project(Project(net), path)
    code, _, err = run_main(capsys, "train", path)
    one_line_error(code, err, "has no data to train on")


def test_data_that_no_longer_fit_the_network_are_refused(capsys, tmp_path):
    path = tmp_path / "mismatch.json"
    net = Network(NetworkSpec(3, [LayerSpec(1, "sigmoid")], "bce"))
    save_project(Project(net, data={"kind": "builtin", "name": "xor", "params": {}}), path)
    code, _, err = run_main(capsys, "train", path)
    one_line_error(code, err,
                   "XOR truth table has 2 input features, but the network takes 3 inputs")


def test_a_csv_that_has_gone_is_named(capsys, tmp_path):
    data = tmp_path / "d.csv"
    data.write_text("a,b\n" + "\n".join(f"{i},{i % 2}" for i in range(20)) + "\n")
    path = tmp_path / "p.json"
    code, _, err = run_main(capsys, "new", "--csv", data, "--target", "b", "--out", path)
    assert code == 0, err
    data.unlink()
    before = path.read_bytes()
    code, _, err = run_main(capsys, "train", path)
    one_line_error(code, err, "d.csv")
    assert path.read_bytes() == before


def test_a_hostile_project_with_a_huge_declared_layer(capsys, tmp_path, project):
    document = json.loads(project.read_text())
    document["network"]["spec"]["layers"][0]["units"] = 10**10
    project.write_text(json.dumps(document))
    code, _, err = run_main(capsys, "info", project)
    one_line_error(code, err, "declares 10000000000 neurons", str(project))
