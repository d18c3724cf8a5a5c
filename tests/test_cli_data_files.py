"""No command writes over the files a project's data are read from, ``--force`` or not: a
CSV overwritten by a project is gone, and the project would then read itself as its data."""

import pytest

import cli

CSV = "a,b,y\n1,2,p\n3,4,q\n5,1,p\n2,2,q\n"


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def refused(capsys, *args) -> str:
    assert cli.main([str(a) for a in args]) == 2
    return capsys.readouterr().err


def test_new_refuses_to_write_its_project_over_the_csv_it_reads(data, capsys):
    error = refused(capsys, "new", "--csv", data, "--target", "y", "--out", data, "--force")
    assert "is the project's data file" in error and "d.csv" in error
    assert data.read_text(encoding="utf-8") == CSV


def test_train_and_export_refuse_to_write_over_the_projects_data(data, tmp_path, capsys):
    project = tmp_path / "p.json"
    assert cli.main(["new", "--csv", str(data), "--target", "y", "--out", str(project)]) == 0
    saved = project.read_bytes()
    # the same file by another spelling of its path
    (tmp_path / "sub").mkdir()
    other_spelling = tmp_path / "sub" / ".." / "d.csv"
    for out in (data, other_spelling):
        error = refused(capsys, "train", project, "--epochs", 1, "--out", out, "--force")
        assert "is the project's data file" in error
    error = refused(capsys, "export", project, "--format", "csv", "--out", data, "--force")
    assert "is the project's data file" in error
    assert data.read_text(encoding="utf-8") == CSV
    assert project.read_bytes() == saved


def test_a_csv_given_as_the_project_says_how_to_make_one(data, capsys):
    for command in (["info", data], ["train", data], ["export", data, "--out", "x.npz"]):
        error = refused(capsys, *command)
        assert "it is a CSV data file, not a project" in error
        assert f"new --csv {data} --target COLUMN" in error
    assert data.read_text(encoding="utf-8") == CSV


def test_an_export_named_as_another_format_is_refused(data, tmp_path, capsys):
    project = tmp_path / "p.json"
    assert cli.main(["new", "--csv", str(data), "--target", "y", "--out", str(project)]) == 0
    error = refused(capsys, "export", project, "--format", "onnx", "--out", tmp_path / "y.npz")
    assert "named as an npz file but --format onnx" in error
    assert not (tmp_path / "y.npz").exists()


def test_train_finds_a_moved_csv_through_data_and_the_project_keeps_the_new_place(
        data, tmp_path, capsys):
    from engine.project import load_project

    project = tmp_path / "p.json"
    assert cli.main(["new", "--csv", str(data), "--target", "y", "--out", str(project)]) == 0
    moved = tmp_path / "moved.csv"
    data.rename(moved)
    error = refused(capsys, "train", project, "--epochs", 1)
    assert "d.csv" in error and "give its new place with --data FILE" in error
    assert cli.main(["train", str(project), "--epochs", "1", "--data", str(moved)]) == 0
    assert load_project(project).data["path"] == str(moved.absolute())
    assert cli.main(["train", str(project), "--epochs", "1"]) == 0


def test_moved_idx_files_are_given_with_data_images_labels(tmp_path, capsys):
    """A project on IDX files that moved had no way out: --data took one CSV or folder and
    the error named none (tester)."""
    import struct

    import numpy as np

    rng = np.random.default_rng(0)
    images = (rng.random((30, 4, 4)) * 255).astype(np.uint8)
    labels = (np.arange(30) % 3).astype(np.uint8)

    def write_idx(path, array):
        path.write_bytes(struct.pack(">HBB", 0, 8, array.ndim)
                         + struct.pack(">" + "I" * array.ndim, *array.shape) + array.tobytes())

    write_idx(tmp_path / "i1", images)
    write_idx(tmp_path / "l1", labels)
    project = tmp_path / "idx.bps.json"
    assert cli.main(["new", "--idx", str(tmp_path / "i1"), str(tmp_path / "l1"),
                     "--out", str(project)]) == 0
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("i1", "l1"):
        (tmp_path / name).rename(moved / name)
    capsys.readouterr()
    assert cli.main(["train", str(project), "--epochs", "1"]) == 2
    assert "give their new places with --data IMAGES LABELS" in capsys.readouterr().err
    assert cli.main(["train", str(project), "--epochs", "1", "--data",
                     str(moved / "i1")]) == 2
    assert "the labels file" in capsys.readouterr().err
    assert cli.main(["train", str(project), "--epochs", "1", "--data", str(moved / "i1"),
                     str(moved / "l1")]) == 0


def test_train_says_when_the_csv_changed_since_the_project_was_saved(data, tmp_path, capsys):
    project = tmp_path / "p.json"
    assert cli.main(["new", "--csv", str(data), "--target", "y", "--out", str(project)]) == 0
    data.write_text(CSV + "4,4,p\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["train", str(project), "--epochs", "1"]) == 0
    said = capsys.readouterr().out
    assert "note: d.csv has changed since the project was saved: 4 rows then, 5 now" in said
    assert cli.main(["train", str(project), "--epochs", "1"]) == 0  # saved: accepted
    assert "has changed" not in capsys.readouterr().out
