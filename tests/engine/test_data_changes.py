"""A project whose data file changed since it was saved says so when it opens (it was used
without a word), and says nothing when only the file's form changed."""

import json
import re

import pytest

from engine import datasets
from engine.datasets.sources import moved_to
from engine.project import load_project, save_project
from engine.project.starting import new_project, project_training_data

CSV = "a,b,cls\n" + "".join(f"{i / 10},{(i * 7 % 10) / 10},{'xy'[i % 2]}\n" for i in range(12))


@pytest.fixture
def saved(tmp_path):
    csv = tmp_path / "d.csv"
    csv.write_text(CSV)
    path = tmp_path / "p.bps.json"
    save_project(new_project(datasets.read_csv(csv, target="cls"), [3], seed=1), path)
    return path, csv


def reopened_note(path):
    project = load_project(path)
    return project_training_data(project, str(path)).data_changes


def test_the_project_records_its_rows_and_a_digest_of_their_values(saved):
    path, _csv = saved
    check = json.loads(path.read_text())["data"]["check"]
    assert check["rows"] == 12 and len(check["digest"]) == 32


def test_unchanged_data_say_nothing(saved):
    assert reopened_note(saved[0]) is None


def test_rows_added_are_counted(saved):
    path, csv = saved
    csv.write_text(CSV + "0.5,0.5,x\n0.6,0.1,y\n")
    note = reopened_note(path)
    assert "d.csv has changed since the project was saved" in note
    assert "12 rows then, 14 now" in note


def test_a_value_changed_in_the_same_rows_is_said(saved):
    path, csv = saved
    csv.write_text(CSV.replace("0.3,0.1,y", "0.3,0.9,y"))
    note = reopened_note(path)
    assert "the same 12 rows, other values" in note


def test_the_same_values_in_another_form_say_nothing(saved, tmp_path):
    """A spreadsheet writing the numbers again in its own way changes no value; nor does
    the file moved and saved with semicolons (``train --data``, Locate…)."""
    path, csv = saved
    csv.write_text(re.sub(r"(\d\.\d)", r"\g<1>00", CSV))
    assert csv.read_text() != CSV and reopened_note(path) is None
    moved = tmp_path / "moved.csv"
    moved.write_text(CSV.replace(",", ";"))
    project = load_project(path)
    project.data = moved_to(project.data, str(moved))
    assert project_training_data(project).data_changes is None


def test_a_project_saved_before_the_check_was_recorded_says_nothing(saved):
    path, csv = saved
    document = json.loads(path.read_text())
    del document["data"]["check"]
    path.write_text(json.dumps(document))
    csv.write_text(CSV + "0.5,0.5,x\n")
    assert reopened_note(path) is None


def test_saving_again_accepts_the_new_data(saved):
    from engine.session import Session

    path, csv = saved
    csv.write_text(CSV + "0.5,0.5,x\n")
    Session.open(path).save(path)
    assert reopened_note(path) is None
