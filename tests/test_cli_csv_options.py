"""``new --csv FILE --target COL [--ignore COL[,COL]] [--drop-missing]``, ``info`` and
``export`` on a CSV with text columns and gaps, as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import cli
from engine.datasets.encoding import encoding_of
from engine.project import load_project

ROOT = Path(__file__).resolve().parents[1]
CSV = ("id,island,bill,species\n"
       "p1,Torgersen,39.1,Adelie\np2,Biscoe,NA,Adelie\np3,Dream,46.5,Chinstrap\n"
       "p4,Dream,49.0,Chinstrap\np5,Biscoe,47.0,Gentoo\np6,Biscoe,48.1,Gentoo\n")


@pytest.fixture
def penguins(tmp_path):
    path = tmp_path / "penguins.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def run_main(capsys, *args):
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_missing_values_are_refused_naming_the_flag(capsys, penguins, tmp_path):
    code, _, err = run_main(capsys, "new", "--csv", penguins, "--target", "species",
                            "--ignore", "id", "--out", tmp_path / "p.json")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "row 3, column 'bill': the value is missing" in err and "--drop-missing" in err
    assert "drop_missing=True" not in err and "CSV dialog" not in err
    assert not (tmp_path / "p.json").exists()


def test_drop_missing_and_ignore_make_an_encoded_project(capsys, penguins, tmp_path):
    out = tmp_path / "p.json"
    code, stdout, err = run_main(capsys, "new", "--csv", penguins, "--target", "species",
                                 "--ignore", "id", "--drop-missing", "--out", out)
    assert code == 0, err
    assert "5 samples × 4 features" in stdout and "one-hot island (3 features)" in stdout
    assert "1 row with a missing value dropped" in stdout
    project = load_project(out)
    options = project.data["options"]
    assert options["ignore"] == ["id"] and options["drop_missing"] is True
    assert encoding_of(project.data).feature_names == (
        "island=Biscoe", "island=Dream", "island=Torgersen", "bill")
    code, stdout, _ = run_main(capsys, "info", out)
    assert code == 0
    assert "encoding: text one-hot: island → island=Biscoe, island=Dream, island=Torgersen; " \
           "ignored: id; rows with a missing value dropped" in stdout
    assert "feature names: island=Biscoe, island=Dream, island=Torgersen, bill" in stdout


def test_an_id_column_left_in_is_refused_with_the_way_out(capsys, tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text("id,x,label\n" + "".join(f"row{i},{i},{i % 2}\n" for i in range(60)),
                    encoding="utf-8")
    code, _, err = run_main(capsys, "new", "--csv", path, "--target", "label",
                            "--out", tmp_path / "p.json")
    assert code == 2 and "column 'id' has 60 distinct text values" in err
    assert "--ignore id" in err
    code, _, err = run_main(capsys, "new", "--csv", path, "--target", "label", "--ignore",
                            "id", "--out", tmp_path / "p.json")
    assert code == 0, err


@pytest.mark.parametrize(("args", "fragment"), [
    (["--dataset", "xor", "--ignore", "a"], "--ignore belongs with --csv"),
    (["--dataset", "xor", "--drop-missing"], "--drop-missing belongs with --csv"),
    (["--dataset", "xor", "--task", "regression"], "--task belongs with --csv"),
    (["--csv", "{csv}", "--target", "species", "--ignore", "nope"], "no column named 'nope'"),
    (["--csv", "{csv}", "--target", "species", "--ignore", "species"],
     "column 'species' is the target and cannot also be ignored"),
])
def test_bad_csv_options(capsys, penguins, tmp_path, args, fragment):
    args = [a.replace("{csv}", str(penguins)) for a in args]
    code, _, err = run_main(capsys, "new", *args, "--out", tmp_path / "p.json")
    assert code == 2 and fragment in err and "Traceback" not in err


def test_the_exported_onnx_model_takes_the_raw_columns(penguins, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    project_path, model = tmp_path / "p.json", tmp_path / "p.onnx"
    for args in (["new", "--csv", penguins, "--target", "species", "--ignore", "id",
                  "--drop-missing", "--out", project_path],
                 ["export", project_path, "--out", model]):
        result = subprocess.run([sys.executable, "main.py", *map(str, args)],
                                capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert result.returncode == 0, result.stderr
    penguins.unlink()  # the encoding travels in the project, not in the file
    (tmp_path / "p2.onnx").write_bytes(b"")
    result = subprocess.run([sys.executable, "main.py", "export", str(project_path), "--out",
                             str(tmp_path / "p2.onnx"), "--force"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    project = load_project(project_path)
    encoding = encoding_of(project.data)
    rows = [["Dream", 47.5], ["Torgersen", 38.0]]
    expected = project.network.predict(project.normaliser.apply(encoding.encode_rows(rows)))
    for path in (model, tmp_path / "p2.onnx"):
        session = ort.InferenceSession(str(path))
        y = session.run(["y"], {"x": np.array([[r[1]] for r in rows], dtype=np.float32),
                                "x_text": np.array([[r[0]] for r in rows], dtype=object)})[0]
        np.testing.assert_allclose(y, expected, atol=1e-5)
    import onnx

    metadata = {p.key: p.value for p in onnx.load(str(model)).metadata_props}
    assert json.loads(metadata["class_names"]) == ["Adelie", "Chinstrap", "Gentoo"]


def test_divide_target_reads_a_large_regression_target_in_larger_units(capsys, tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text("area,price\n" + "".join(f"{50 + 3 * i},{150000.5 + 3000 * i}\n"
                                             for i in range(20)), encoding="utf-8")
    code, out, _ = run_main(capsys, "new", "--csv", path, "--target", "price",
                            "--out", tmp_path / "raw.json")
    assert code == 0 and "add --divide-target 100000 to read it so" in out
    code, out, _ = run_main(capsys, "new", "--csv", path, "--target", "price",
                            "--divide-target", "100000", "--out", tmp_path / "p.json")
    assert code == 0 and "note:" not in out
    project = load_project(tmp_path / "p.json")
    assert project.data["options"]["divide_target"] == 100000
    code, out, _ = run_main(capsys, "info", tmp_path / "p.json")
    assert "target price ÷ 100,000" in out
    # what the output is, in its units, and no classes to look for
    assert "outputs: 1 value, price ÷ 100,000 (times 100,000 it is price)" in out
    assert "class names: none (a regression" in out and "(not known)" not in out
    code, out, _ = run_main(capsys, "export", tmp_path / "p.json", "--out", tmp_path / "p.py")
    assert code == 0
    assert ("The outputs are price ÷ 100,000; predict_target(X) and the script's command line "
            "give price itself.") in out
    code, out, _ = run_main(capsys, "export", tmp_path / "p.json", "--out", tmp_path / "p.npz")
    assert "The outputs are price ÷ 100,000: multiply them by 100,000 for price itself." in out


def test_task_makes_a_whole_number_target_numbers_to_predict(capsys, tmp_path):
    """Ratings 0–10 read as 11 classes unless --task says they are numbers."""
    path = tmp_path / "ratings.csv"
    path.write_text("hours,rating\n" + "".join(f"{i / 4},{i % 11}\n" for i in range(44)),
                    encoding="utf-8")
    code, out, err = run_main(capsys, "new", "--csv", path, "--target", "rating",
                              "--out", tmp_path / "classes.json")
    assert code == 0 and "11 classes" in out, err
    code, out, err = run_main(capsys, "new", "--csv", path, "--target", "rating",
                              "--task", "regression", "--out", tmp_path / "numbers.json")
    assert code == 0, err
    project = load_project(tmp_path / "numbers.json")
    assert project.network.spec.n_outputs == 1 and project.network.spec.loss == "mse"
    assert project.data["options"]["task"] == "regression"  # read so again when opened
    code, out, _ = run_main(capsys, "info", tmp_path / "numbers.json")
    assert "regression" in out


def test_a_file_in_another_text_encoding_is_named_with_text_encoding(capsys, tmp_path):
    """German Excel's CSV (Windows-1252): refused naming the flag, read with it, and the
    project and ``info`` say how it is read."""
    path = tmp_path / "städte.csv"
    path.write_bytes("Stadt,Fläche,Klasse\nKöln,94.9,a\nMünchen,80.5,b\nKöln,70.1,a\n"
                     "Zürich,60.0,b\n".encode("cp1252"))
    out = tmp_path / "p.bps.json"
    code, _, err = run_main(capsys, "new", "--csv", path, "--target", "Klasse", "--out", out)
    assert code == 2 and "row 1 is not UTF-8 text" in err and "--text-encoding" in err
    code, said, err = run_main(capsys, "new", "--csv", path, "--target", "Klasse",
                               "--text-encoding", "cp1252", "--out", out)
    assert code == 0, err
    assert "one-hot Stadt" in said
    project = load_project(out)
    assert project.data["options"]["text_encoding"] == "cp1252"
    code, said, _ = run_main(capsys, "info", out)
    assert code == 0 and "text encoding cp1252" in said and "Stadt=Köln" in said
    # its predictor reads such files as it was trained on them, unless told otherwise
    code, _, err = run_main(capsys, "export", out, "--format", "py", "--out",
                            tmp_path / "pred.py")
    assert code == 0, err
    (tmp_path / "new.csv").write_bytes("Stadt,Fläche\nKöln,90\nZürich,61\n".encode("cp1252"))
    result = subprocess.run([sys.executable, "pred.py", "new.csv", "--classes"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 2
    result = subprocess.run([sys.executable, "pred.py", "new.csv", "--text-encoding", "utf-8"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "line 1 is not utf-8 text" in result.stderr
    code, _, err = run_main(capsys, "new", "--dataset", "xor", "--text-encoding", "cp1252",
                            "--out", tmp_path / "x.bps.json")
    assert code == 2 and "--text-encoding belongs with --csv" in err


def test_a_header_of_numbers_is_told_with_header(capsys, tmp_path):
    path = tmp_path / "years.csv"
    path.write_text("2019,2020,label\n" + "".join(
        f"{i * 0.1:.1f},{i % 3},{'u' if i % 2 else 'v'}\n" for i in range(20)), encoding="utf-8")
    out = tmp_path / "p.bps.json"
    code, _, err = run_main(capsys, "new", "--csv", path, "--target", "label", "--out", out)
    assert code == 2 and "has no column named 'label'" in err and "add --header" in err
    code, said, err = run_main(capsys, "new", "--csv", path, "--target", "label", "--header",
                               "--out", out)
    assert code == 0, err
    assert "20 samples" in said and "2 classes" in said
    code, said, err = run_main(capsys, "new", "--csv", path, "--target", "column 3",
                               "--no-header", "--out", out, "--force")
    assert code == 0 and "21 samples" in said and "3 classes" in said


def test_a_moved_csv_saved_again_in_another_encoding_is_read_as_it_now_is(capsys, tmp_path):
    """A project made from German Excel's Windows-1252 file; its copy saved again as UTF-8
    is read as UTF-8 ("Fläche" came out "FlÃ¤che" and the project was refused), and
    ``--text-encoding`` names an encoding outright."""
    text = "Stadt,Fläche,Klasse\nKöln,94.9,a\nMünchen,80.5,b\nKöln,70.1,a\nZürich,60.0,b\n"
    (tmp_path / "alt.csv").write_bytes(text.encode("cp1252"))
    (tmp_path / "neu.csv").write_text(text, encoding="utf-8")
    out = tmp_path / "p.bps.json"
    code, _, err = run_main(capsys, "new", "--csv", tmp_path / "alt.csv", "--target", "Klasse",
                            "--text-encoding", "cp1252", "--out", out)
    assert code == 0, err
    code, _, err = run_main(capsys, "train", out, "--data", tmp_path / "neu.csv",
                            "--epochs", "2")
    assert code == 0, err
    assert "text_encoding" not in load_project(out).data["options"]
    code, _, err = run_main(capsys, "train", out, "--data", tmp_path / "alt.csv",
                            "--text-encoding", "cp1252", "--epochs", "2")
    assert code == 0, err
    assert load_project(out).data["options"]["text_encoding"] == "cp1252"
    code, _, err = run_main(capsys, "train", out, "--text-encoding", "utf-8", "--epochs", "1")
    assert code == 2 and "--text-encoding belongs with --data" in err
