"""The project file's optional lesson preset (``engine.project.lesson``), without Qt: written
and read back exactly, absent in older files, refused when damaged, an undoable edit."""

from __future__ import annotations

import json

import pytest

from engine import ProjectError, Refused
from engine.project import load_project
from engine.project.lesson import LessonPreset, load_preset, save_preset
from engine.session import Session
from resources import example_projects

PRESET = LessonPreset("XOR lesson", panels=("trainingDock", "lossDock"),
                      locked=("learning_rate", "architecture"), lock_style="hide",
                      classroom=True, window_state="AAAA/w==")


def test_a_preset_is_saved_with_the_project_and_read_back(tmp_path):
    session = Session()
    session.set_lesson(PRESET)
    path = tmp_path / "lesson.bps.json"
    session.save(path)
    assert json.loads(path.read_text())["lesson"]["locked"] == ["learning_rate", "architecture"]
    again = Session.open(path)
    assert again.lesson == PRESET
    assert again.to_project().lesson == PRESET


def test_a_project_without_a_preset_writes_no_lesson_and_older_files_open(tmp_path):
    path = tmp_path / "plain.bps.json"
    Session().save(path)
    assert "lesson" not in json.loads(path.read_text())
    assert load_project(path).lesson is None
    for example in example_projects():  # files written before presets existed
        assert "lesson" not in json.loads(example.read_text())
        assert load_project(example).lesson is None


def test_a_newer_format_is_still_refused(tmp_path):
    path = tmp_path / "newer.bps.json"
    Session().save(path)
    document = json.loads(path.read_text())
    document["version"] = 99
    document["lesson"] = PRESET.to_dict()
    path.write_text(json.dumps(document))
    with pytest.raises(ProjectError, match="newer Backprop Studio"):
        load_project(path)


@pytest.mark.parametrize(("change", "words"), [
    ({"name": ""}, "name"),
    ({"panels": ["training dock"]}, "panels"),
    ({"locked": "learning_rate"}, "locked"),
    ({"locked": ["a", "a"]}, "twice"),
    ({"lock_style": "blur"}, "lock_style"),
    ({"classroom": 1}, "classroom"),
    ({"window_state": "not base64!"}, "window_state"),
    ({"colour": "red"}, "unknown keys"),
])
def test_a_damaged_preset_is_refused_naming_the_file_and_the_fault(tmp_path, change, words):
    path = tmp_path / "damaged.bps.json"
    session = Session()
    session.set_lesson(PRESET)
    session.save(path)
    document = json.loads(path.read_text())
    document["lesson"].update(change)
    path.write_text(json.dumps(document))
    with pytest.raises(ProjectError, match=words) as caught:
        load_project(path)
    assert str(path) in str(caught.value)


def test_setting_the_preset_is_one_undoable_edit():
    session = Session()
    assert session.lesson is None and not session.is_modified
    changes = []
    session.changed.connect(changes.append)
    session.set_lesson(PRESET)
    assert session.lesson == PRESET and session.is_modified
    assert any("lesson" in change for change in changes)
    count = len(changes)
    session.set_lesson(PRESET)  # the same again: nothing
    assert len(changes) == count
    session.undo()
    assert session.lesson is None
    session.redo()
    assert session.lesson == PRESET
    session.set_lesson(None)
    assert session.lesson is None
    with pytest.raises(Refused):
        session.set_lesson({"name": "not a preset"})


def test_a_preset_file_of_its_own_round_trips_and_is_checked(tmp_path):
    path = tmp_path / "xor.bps-preset.json"
    save_preset(PRESET, path)
    assert load_preset(path) == PRESET
    document = json.loads(path.read_text())
    document["version"] = 2
    path.write_text(json.dumps(document))
    with pytest.raises(ProjectError, match="newer"):
        load_preset(path)
    path.write_text(json.dumps({"format": "something else"}))
    with pytest.raises(ProjectError, match="not a Backprop Studio lesson preset"):
        load_preset(path)


def test_a_preset_is_checked_when_made():
    with pytest.raises(Exception, match="lock_style"):
        LessonPreset("x", lock_style="invisible")
    assert LessonPreset("x").to_dict()["lock_style"] == "disable"

