"""The command line end to end, as a user runs it: ``python main.py new|train|export|info``."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from engine.project import load_project

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, timeout=120):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


def ok(*args):
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """An XOR project made and trained through the command line, shared by the tests."""
    folder = tmp_path_factory.mktemp("cli")
    project = folder / "xor.bps.json"
    made = ok("new", "--dataset", "xor", "--hidden", "4", "--activation", "tanh", "--seed", "3",
              "--out", project)
    assert "2-4-1, shallow (1 hidden layer), L = 2 layers, 17 parameters" in made.stdout
    untrained = load_project(project)
    assert len(untrained.history) == 0
    run = ok("train", project, "--epochs", "400", "--mode", "batch", "--optimizer", "adam",
             "--lr", "0.05", "--seed", "1")
    return project, untrained, run


def test_new_chooses_the_output_layer_and_loss_from_the_data(trained):
    _, untrained, _ = trained
    spec = untrained.network.spec
    assert spec.sizes == (2, 4, 1)
    assert [layer.activation for layer in spec.layers] == ["tanh", "sigmoid"]
    assert spec.loss == "bce"
    assert untrained.data == {"kind": "builtin", "name": "xor", "params": {}}


def test_train_learns_saves_in_place_and_shows_a_progress_bar(trained):
    project, untrained, run = trained
    after = load_project(project)
    assert len(after.history) == 400
    assert after.history.train_loss[-1] < 0.05
    assert after.config.optimizer == "adam" and after.config.learning_rate == 0.05
    assert not np.array_equal(after.network.weights[0], untrained.network.weights[0])
    assert "saved" in run.stdout and "400 epochs trained" in run.stdout
    bar = run.stderr
    assert "400/400" in bar and "epoch" in bar and "loss" in bar
    assert "<" in bar, "tqdm shows the time left as elapsed<remaining"


def test_info_describes_the_project_in_the_notes_terms(trained):
    project, _, _ = trained
    text = ok("info", project).stdout
    assert "network: 2-4-1, shallow (1 hidden layer), L = 2 layers, 17 parameters" in text
    assert "layer 1 (hidden): 4 neurons, tanh" in text
    assert "built-in 'xor'" in text
    assert "adam, learning rate 0.05" in text
    assert "400 epochs trained; last loss" in text


@pytest.mark.parametrize(("fmt", "name"), [("npz", "w.npz"), ("json", "w.json"),
                                           ("csv", "w.zip"), ("onnx", "w.onnx"),
                                           ("py", "w.py")])
def test_export_writes_each_format(trained, tmp_path, fmt, name):
    project, _, _ = trained
    out = tmp_path / name
    result = ok("export", project, "--format", fmt, "--out", out)
    assert out.exists() and str(out) in result.stdout
    if fmt == "npz":
        loaded = load_project(project)
        with np.load(out, allow_pickle=False) as data:
            assert data["W1"].tobytes() == loaded.network.weights[0].tobytes()
            assert data["norm_shift"].tobytes() == loaded.normaliser.shift.tobytes()


def test_export_takes_the_format_from_the_extension(trained, tmp_path):
    project, _, _ = trained
    ok("export", project, "--out", tmp_path / "w.json")
    assert json.loads((tmp_path / "w.json").read_text())["architecture"] == "2-4-1"


def test_train_to_another_file_leaves_the_source(trained, tmp_path):
    project, _, _ = trained
    before = project.read_bytes()
    copy = tmp_path / "more.json"
    ok("train", project, "--epochs", "5", "--out", copy)
    assert project.read_bytes() == before
    assert len(load_project(copy).history) == 405
    assert load_project(copy).history.epoch[-1] == 405


def test_new_for_many_classes_and_regression(tmp_path):
    ok("new", "--dataset", "iris", "--hidden", "5,4", "--out", tmp_path / "iris.json")
    spec = load_project(tmp_path / "iris.json").network.spec
    assert spec.sizes == (4, 5, 4, 3) and spec.layers[-1].activation == "softmax"
    assert spec.loss == "cce"
    ok("new", "--dataset", "sine", "--hidden", "none", "--out", tmp_path / "sine.json")
    spec = load_project(tmp_path / "sine.json").network.spec
    assert spec.sizes == (1, 1) and spec.layers[-1].activation == "linear" and spec.loss == "mse"
    ok("new", "--dataset", "xor", "--loss", "mse", "--out", tmp_path / "mse.json")
    spec = load_project(tmp_path / "mse.json").network.spec
    assert spec.layers[-1].activation == "sigmoid" and spec.loss == "mse"


def test_new_from_a_csv_file(tmp_path):
    data = tmp_path / "points.csv"
    rows = ["x,y,label"] + [f"{i % 7},{i % 5},{'yes' if i % 2 else 'no'}" for i in range(30)]
    data.write_text("\n".join(rows) + "\n")
    ok("new", "--csv", data, "--target", "label", "--out", tmp_path / "p.json")
    project = load_project(tmp_path / "p.json")
    assert project.data["kind"] == "csv" and project.network.spec.sizes == (2, 4, 1)
    ok("train", tmp_path / "p.json", "--epochs", "3")


def test_a_diverging_run_leaves_the_project_untouched_and_exits_2(tmp_path):
    project = tmp_path / "sine.json"
    ok("new", "--dataset", "sine", "--hidden", "8", "--out", project)
    before = project.read_bytes()
    out = tmp_path / "never.json"
    result = cli("train", project, "--optimizer", "sgd", "--lr", "1e6", "--epochs", "200",
                 "--out", out)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr
    last_line = result.stderr.replace("\r", "\n").strip().split("\n")[-1]
    assert last_line.startswith("backprop-studio: error: training diverged")
    assert "learning rate" in last_line
    assert f"Nothing was saved: {project} is as it was" in last_line
    assert "keeps its last good weights" not in last_line  # no network is kept here
    # text mode turns the bar's carriage returns into newlines; apart from the (cleared) bar,
    # the error is the only line
    lines = [line for line in result.stderr.split("\n")
             if line.strip() and not line.startswith("training:")]
    assert lines == [last_line]
    assert project.read_bytes() == before
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["sine.json"]


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_ctrl_c_stops_cleanly_and_saves_what_was_trained(tmp_path):
    project = tmp_path / "spirals.json"
    ok("new", "--dataset", "spirals", "--param", "n_samples=2000", "--hidden", "32,32",
       "--out", project)
    before = load_project(project)
    process = subprocess.Popen(
        [sys.executable, "main.py", "train", str(project), "--epochs", "100000", "--mode",
         "stochastic"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.monotonic() + 60
    while b"training" not in seen and time.monotonic() < deadline:
        seen += os.read(process.stderr.fileno(), 4096)
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert b"Traceback" not in stderr
    assert b"interrupted" in stdout and b"saved" in stdout
    after = load_project(project)
    assert not np.array_equal(after.network.weights[0], before.network.weights[0])
    assert after.config.epochs == 100000
    assert len(after.history) < 100000


def write_idx(path, values, magic):
    values = np.asarray(values, dtype=np.uint8)
    header = magic.to_bytes(4, "big") + b"".join(n.to_bytes(4, "big") for n in values.shape)
    path.write_bytes(header + values.tobytes())


def test_new_from_idx_files_and_an_image_folder(tmp_path):
    rng = np.random.default_rng(0)
    labels = np.arange(30) % 3
    images = rng.integers(0, 256, size=(30, 4, 4))
    write_idx(tmp_path / "images.idx", images, 0x00000803)
    write_idx(tmp_path / "labels.idx", labels, 0x00000801)
    ok("new", "--idx", tmp_path / "images.idx", tmp_path / "labels.idx", "--hidden", "6",
       "--out", tmp_path / "idx.json")
    project = load_project(tmp_path / "idx.json")
    assert project.network.spec.sizes == (16, 6, 3) and project.network.spec.loss == "cce"
    assert project.normaliser is None, "pixels are already in [0, 1]"

    from PIL import Image

    for name in ("cat", "dog"):
        (tmp_path / "pictures" / name).mkdir(parents=True)
        for i in range(5):
            pixels = rng.integers(0, 256, size=(10, 10), dtype=np.uint8)
            Image.fromarray(pixels).save(tmp_path / "pictures" / name / f"{i}.png")
    ok("new", "--images", tmp_path / "pictures", "--size", "8", "--out", tmp_path / "img.json")
    spec = load_project(tmp_path / "img.json").network.spec
    assert spec.sizes == (64, 4, 1) and spec.loss == "bce"


def test_exporting_an_untrained_project_says_so(trained, tmp_path):
    """Exported straight after `new`, a model of random weights said nothing (tester)."""
    project, _, _ = trained
    fresh = tmp_path / "fresh.bps.json"
    ok("new", "--dataset", "xor", "--out", fresh)
    said = ok("export", fresh, "--out", tmp_path / "w.onnx").stdout
    assert "No epoch has been trained" in said
    assert "No epoch has been trained" not in ok("export", project, "--out",
                                                 tmp_path / "t.onnx").stdout
