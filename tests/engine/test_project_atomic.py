"""Atomic writes: a failure at any step leaves the previous file intact and no temporary file."""

import os

import pytest

from engine.errors import ProjectError
from engine.project.atomic import atomic_write, atomic_write_folder


def write_text(text):
    return lambda handle: handle.write(text)


def leftovers(folder, keep):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_writes_a_new_file_with_ordinary_permissions(tmp_path):
    target = tmp_path / "new.json"
    atomic_write(target, write_text("hello"))
    assert target.read_text() == "hello"
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert leftovers(tmp_path, {"new.json"}) == []


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "old.json"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, write_text("new"))
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_binary_mode_writes_bytes(tmp_path):
    target = tmp_path / "data.bin"
    atomic_write(target, lambda handle: handle.write(b"\x00\xff"), binary=True)
    assert target.read_bytes() == b"\x00\xff"


class Boom(RuntimeError):
    pass


def fail(*args, **kwargs):
    raise Boom("simulated crash")


def fail_os(*args, **kwargs):
    raise OSError(28, "No space left on device")


def half_then_crash(handle):
    handle.write("partial")
    raise Boom("simulated crash while writing")


@pytest.mark.parametrize("step", ["write", "fsync", "chmod", "replace"])
@pytest.mark.parametrize("failure", [fail, fail_os])
def test_a_failure_at_each_step_leaves_the_old_file(tmp_path, monkeypatch, step, failure):
    target = tmp_path / "project.json"
    target.write_text("the old, good content")
    writer = write_text("new content")
    if step == "write":
        writer = half_then_crash if failure is fail else lambda handle: fail_os()
    else:
        monkeypatch.setattr(os, step, failure)
    with pytest.raises((Boom, ProjectError)) as caught:
        atomic_write(target, writer)
    monkeypatch.undo()
    if isinstance(caught.value, ProjectError):
        assert str(target) in str(caught.value)
    assert target.read_text() == "the old, good content"
    assert leftovers(tmp_path, {"project.json"}) == []


def test_an_interrupt_while_writing_leaves_the_old_file(tmp_path):
    target = tmp_path / "project.json"
    target.write_text("old")

    def interrupted(handle):
        handle.write("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, interrupted)
    assert target.read_text() == "old"
    assert leftovers(tmp_path, {"project.json"}) == []


def test_a_folder_or_a_missing_folder_is_refused_before_writing(tmp_path):
    with pytest.raises(ProjectError, match="is a folder"):
        atomic_write(tmp_path, write_text("x"))
    missing = tmp_path / "nowhere" / "file.json"
    with pytest.raises(ProjectError, match="does not exist") as caught:
        atomic_write(missing, write_text("x"))
    assert str(missing) in str(caught.value)


def fill_with(names):
    def fill(folder):
        for name in names:
            (folder / name).write_text(name)
    return fill


def test_folder_is_created_and_replaced_whole(tmp_path):
    target = tmp_path / "weights"
    atomic_write_folder(target, fill_with(["a.csv", "b.csv"]))
    assert sorted(p.name for p in target.iterdir()) == ["a.csv", "b.csv"]
    atomic_write_folder(target, fill_with(["c.csv"]))
    assert sorted(p.name for p in target.iterdir()) == ["c.csv"]
    assert leftovers(tmp_path, {"weights"}) == []


def test_a_failing_folder_write_keeps_the_old_folder(tmp_path, monkeypatch):
    target = tmp_path / "weights"
    atomic_write_folder(target, fill_with(["a.csv"]))

    def crash(folder):
        (folder / "half.csv").write_text("1,2")
        raise Boom("simulated")

    with pytest.raises(Boom):
        atomic_write_folder(target, crash)
    assert [p.name for p in target.iterdir()] == ["a.csv"]
    assert leftovers(tmp_path, {"weights"}) == []

    real_replace = os.replace
    calls = []

    def second_replace_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", second_replace_fails)
    with pytest.raises(ProjectError, match="Input/output error"):
        atomic_write_folder(target, fill_with(["new.csv"]))
    monkeypatch.undo()
    assert [p.name for p in target.iterdir()] == ["a.csv"]
    assert leftovers(tmp_path, {"weights"}) == []


def test_folder_target_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "weights"
    target.write_text("I am a file")
    with pytest.raises(ProjectError, match="a file of that name exists"):
        atomic_write_folder(target, fill_with(["a.csv"]))
    assert target.read_text() == "I am a file"
