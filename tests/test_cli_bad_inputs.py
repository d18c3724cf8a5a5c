"""Issue 15's table of a careless user's inputs: each is one line on stderr, exit code 2, no
traceback, and every file in the folder unchanged (sha256 before and after, no file added).

The commands run in-process through ``main.main`` (the same code a shell runs, without the
interpreter's start-up); the exported predictor runs as the subprocess it is.
"""

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import main
from engine.network import Network
from engine.project import Project, save_project
from engine.spec import LayerSpec, NetworkSpec

XOR = {"kind": "builtin", "name": "xor", "params": {}}


def _project(path, **training):
    net = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    save_project(Project(net, data=XOR), path)
    if training:
        document = json.loads(path.read_text())
        document["training"].update(training)
        path.write_text(json.dumps(document))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder of everything the cases touch; the cases must leave all of it as it is."""
    root = tmp_path_factory.mktemp("careless")
    _project(root / "a.bps.json")
    _project(root / "b.bps.json")
    (root / "old.npz").write_bytes(b"an earlier export")
    (root / "old.bps.json").write_bytes(b"an earlier json export")
    (root / "csv_export").mkdir()
    (root / "csv_export" / "W1.csv").write_text("1,2\n")
    _project(root / "locked.bps.json")
    (root / "locked.bps.json").chmod(0o444)
    (root / "shut").mkdir()
    _project(root / "shut" / "inside.bps.json")
    (root / "shut").chmod(0o555)
    _project(root / "nesterov0.bps.json", optimizer="nesterov", momentum=0.0)
    _project(root / "epochs.bps.json", epochs=10**12)
    _project(root / "seed.bps.json", seed=5 * 10**9)
    deep = json.loads((root / "a.bps.json").read_text())
    deep["network"]["spec"]["layers"] = [{"units": 1, "activation": "tanh"}] * 1001
    (root / "deep.bps.json").write_text(json.dumps(deep))
    assert main.main(["export", str(root / "a.bps.json"), "--out",
                      str(root / "predict.py")]) == 0
    # house prices in units of 100,000 (about 1 to 9): Adam at η = 1000 wanders far above
    # where it started without ever exploding
    rng = np.random.default_rng(0)
    area, rooms = rng.uniform(40, 250, 400), rng.integers(1, 7, 400)
    town = rng.choice(["north", "south", "east"], 400)
    price = area * 3000 + rooms * 20000 + (town == "north") * 50000 + rng.normal(0, 2e4, 400)
    (root / "houses.csv").write_text("area,rooms,town,price\n" + "".join(
        f"{a:.1f},{r},{t},{p:.0f}\n" for a, r, t, p in zip(area, rooms, town, price,
                                                          strict=True)))
    assert main.main(["new", "--csv", str(root / "houses.csv"), "--target", "price",
                      "--divide-target", "100000", "--out", str(root / "houses.bps.json")]) == 0
    for name, text in {"wide.csv": "1,2,3\n", "ragged.csv": "1,2\n3\n", "empty.csv": "",
                       "words.csv": "a,b\nc,d\n"}.items():
        (root / name).write_text(text)
    yield root
    (root / "shut").chmod(0o755)
    (root / "locked.bps.json").chmod(0o644)


def _fingerprint(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            if p.is_file() else "folder" for p in sorted(root.rglob("*"))}


def _one_line(code: int, err: str, fragments) -> str:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().split("\n")
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


HIDDEN_1000 = ",".join(["2"] * 1000)
NO_DISPLAY = "no display"

#: (arguments, fragments of the one line); {d} is the folder
CASES = [
    # another project or export is never overwritten without --force
    (["train", "{d}/a.bps.json", "--epochs", "2", "--out", "{d}/b.bps.json"],
     ["b.bps.json already exists", "--force"]),
    (["export", "{d}/a.bps.json", "--format", "json", "--out", "{d}/old.bps.json"],
     ["old.bps.json already exists", "--force"]),
    (["export", "{d}/a.bps.json", "--out", "{d}/old.npz"], ["old.npz already exists"]),
    (["export", "{d}/a.bps.json", "--format", "csv", "--out", "{d}/csv_export"],
     ["csv_export already exists"]),
    (["new", "--dataset", "xor", "--out", "{d}/b.bps.json"], ["already exists", "--force"]),
    (["export", "{d}/a.bps.json", "--format", "json", "--out", "{d}/a.bps.json", "--force"],
     ["the project itself"]),
    # one set of limits, checked before any work
    (["new", "--dataset", "xor", "--hidden", "1000000000000", "--out", "{d}/n.json"],
     ["--hidden", "between 1 and 100,000"]),
    (["new", "--dataset", "xor", "--hidden", "4,1000000", "--out", "{d}/n.json"],
     ["layer 2 declares 1000000 neurons"]),
    (["new", "--dataset", "xor", "--hidden", HIDDEN_1000, "--out", "{d}/n.json"],
     ["1,001 layers", "at most 1,000"]),
    (["new", "--dataset", "digits", "--hidden", "100000,300", "--out", "{d}/n.json"],
     ["36,503,310 parameters", "at most 20,000,000"]),
    (["new", "--dataset", "xor", "--hidden", "4,0", "--out", "{d}/n.json"],
     ["at least 1 neuron"]),
    (["new", "--dataset", "xor", "--seed", "5e9", "--out", "{d}/n.json"],
     ["seed must be a whole number from 0 to 2,147,483,647"]),
    (["new", "--dataset", "spirals", "--param", "n_samples=1000000000000", "--out",
      "{d}/n.json"], ["n_samples"]),
    (["train", "{d}/a.bps.json", "--epochs", "1000000000000"], ["from 1 to 10,000,000"]),
    (["train", "{d}/a.bps.json", "--epochs", str(10**12)], ["from 1 to 10,000,000"]),
    (["train", "{d}/a.bps.json", "--seed", "5e9"], ["seed must be a whole number"]),
    (["train", "{d}/a.bps.json", "--seed", "5000000000"], ["seed must be a whole number"]),
    (["train", "{d}/a.bps.json", "--batch", "0"], ["the batch size m must be"]),
    (["train", "{d}/a.bps.json", "--lr", "inf"], ["the learning rate η must be"]),
    (["info", "{d}/epochs.bps.json"], ["epochs must be a whole number from 1 to 10,000,000"]),
    (["train", "{d}/seed.bps.json"], ["seed must be a whole number"]),
    (["info", "{d}/deep.bps.json"], ["must list 1 to 1000 layers"]),
    (["info", "{d}/nesterov0.bps.json"], ["Nesterov momentum needs a momentum greater than 0"]),
    # the output is checked before training
    (["train", "{d}/locked.bps.json", "--epochs", "2"], ["locked.bps.json", "read-only"]),
    (["train", "{d}/a.bps.json", "--out", "{d}/locked.bps.json", "--force"], ["read-only"]),
    (["train", "{d}/a.bps.json", "--out", "{d}/shut/x.bps.json"], ["folder", "read-only"]),
    (["train", "{d}/shut/inside.bps.json"], ["read-only"]),
    (["export", "{d}/a.bps.json", "--out", "{d}/shut/w.npz"], ["read-only"]),
    (["new", "--dataset", "xor", "--out", "{d}/shut/n.json"], ["read-only"]),
    (["train", "{d}/a.bps.json", "--out", "{d}/missing/x.bps.json"], ["does not exist"]),
    (["train", "{d}/a.bps.json", "--out", "{d}/csv_export"], ["is a folder"]),
    # divergence: reported, nothing written
    (["train", "{d}/a.bps.json", "--lr", "1e12", "--epochs", "50"],
     ["training diverged", "lower the learning rate"]),
    (["train", "{d}/a.bps.json", "--lr", "1e12", "--optimizer", "adam", "--out",
      "{d}/new.bps.json"], ["training diverged"]),
    # a run that ends worse than a network that knows nothing: reported, nothing written
    (["train", "{d}/houses.bps.json", "--optimizer", "adam", "--lr", "1000", "--epochs",
      "100"], ["training made the network worse", "times its start", "try 0.1",
              "Nothing was saved"]),
    # misleading messages
    (["trian", "x"], ["unknown command 'trian' (did you mean 'train'?)"]),
    (["trian", "{d}/a.bps.json"], ["did you mean 'train'?"]),
    (["infp", "{d}/a.bps.json"], ["did you mean 'info'?"]),
    (["exprot"], ["did you mean 'export'?"]),
    (["foo", "bar"], ["unknown command 'foo'", "new, train, export, info"]),
    (["help", "foo"], ["there is no command 'foo'"]),
    # no display: one line, before Qt is touched
    ([NO_DISPLAY], ["QT_QPA_PLATFORM=offscreen", "command line"]),
    ([NO_DISPLAY, "{d}/a.bps.json"], ["QT_QPA_PLATFORM=offscreen"]),
]


@pytest.mark.parametrize(("args", "fragments"), CASES,
                         ids=[" ".join(a)[:60] for a, _ in CASES])
def test_a_bad_input_is_one_line_exit_2_and_changes_no_file(folder, capsys, monkeypatch, args,
                                                            fragments):
    if os.name != "posix":
        pytest.skip("the cases use POSIX permissions")
    args = [a.format(d=folder) for a in args]
    if args[0] == NO_DISPLAY:
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setattr(sys, "platform", "linux")
        args = args[1:]
    before = _fingerprint(folder)
    code = main.main(args)
    captured = capsys.readouterr()
    _one_line(code, captured.err, fragments)
    assert _fingerprint(folder) == before


PREDICTOR_CASES = [
    ("missing.csv", "No such file or directory"),
    ("wide.csv", "line 1 has 3 values; expected 2 (x1, x2); read as comma-separated"),
    ("ragged.csv", "line 2 has 1 values; expected 2 (x1, x2)"),
    ("empty.csv", "the file holds no rows of values"),
    ("words.csv", "line 2, column 'x1': 'c' is not a number"),
    ("csv_export", "Is a directory"),
]


@pytest.mark.parametrize(("name", "fragment"), PREDICTOR_CASES)
def test_the_exported_predictor_says_what_is_wrong_in_one_line(folder, name, fragment):
    before = _fingerprint(folder)
    result = subprocess.run([sys.executable, str(folder / "predict.py"), str(folder / name)],
                            capture_output=True, text=True, timeout=60, cwd=folder)
    line = _one_line(result.returncode, result.stderr, [fragment])
    assert line.startswith(f"predict.py: {folder / name}: ")
    assert result.stdout == ""
    assert _fingerprint(folder) == before


def test_the_table_covers_the_issue():
    assert len(CASES) + len(PREDICTOR_CASES) >= 45


def test_help_shows_help(capsys):
    assert main.main(["help"]) == 0
    out = capsys.readouterr().out
    assert "usage: backprop-studio" in out and "new, train, export, info" in out
    assert main.main(["help", "train"]) == 0
    assert "--optimizer" in capsys.readouterr().out


def test_force_and_in_place_are_still_allowed(tmp_path, capsys):
    _project(tmp_path / "a.bps.json")
    _project(tmp_path / "b.bps.json")
    a, b = str(tmp_path / "a.bps.json"), str(tmp_path / "b.bps.json")
    assert main.main(["train", a, "--epochs", "2", "--out", b, "--force"]) == 0
    assert main.main(["train", a, "--epochs", "2", "--out", a]) == 0  # itself: in place
    assert main.main(["train", a, "--epochs", "2"]) == 0
    out = str(tmp_path / "w.bps.json")
    assert main.main(["export", a, "--format", "json", "--out", out]) == 0
    assert main.main(["export", a, "--format", "json", "--out", out, "--force"]) == 0
    capsys.readouterr()


def test_saving_over_a_read_only_file_is_refused_everywhere(tmp_path):
    from engine import ProjectError

    path = tmp_path / "kept.bps.json"
    _project(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    content = path.read_bytes()
    net = Network(NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce"))
    with pytest.raises(ProjectError, match="read-only"):
        save_project(Project(net), path)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["kept.bps.json"]


def test_no_display_in_a_real_process(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux is known to have no display without DISPLAY")
    result = subprocess.run([sys.executable, str(Path(main.__file__))], capture_output=True,
                            text=True, timeout=60, env=env, cwd=tmp_path)
    _one_line(result.returncode, result.stderr, ["QT_QPA_PLATFORM=offscreen"])
