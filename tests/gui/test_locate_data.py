"""Opening a project whose data file has moved: the program offers to find it, opens the
project with the place found (unsaved until saved), and Cancel leaves everything as it was."""

import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import datasets
from engine.project import load_project, save_project
from engine.project.starting import new_project

CSV = ("island,bill,species\nBiscoe,39.1,Adelie\nDream,50.3,Chinstrap\nBiscoe,47.5,Gentoo\n"
       "Dream,38.2,Adelie\nBiscoe,46.1,Gentoo\nDream,49.0,Chinstrap\n")


def moved_project(tmp_path):
    """A project saved with its CSV in ``first/``, the CSV then moved to ``second/``."""
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    csv = tmp_path / "first" / "pen.csv"
    csv.write_text(CSV, encoding="utf-8")
    project = new_project(datasets.read_csv(csv, target="species"), [3], seed=2)
    save_project(project, tmp_path / "pen.bps.json")
    moved = tmp_path / "second" / "pen.csv"
    shutil.move(csv, moved)
    return tmp_path / "pen.bps.json", moved, project


def answer_locate(monkeypatch, choose, asked: list):
    """Each question answered from ``choose`` (True: Locate…, False: Cancel), its text kept;
    a bool answers every question alike."""
    answers = iter(choose) if not isinstance(choose, bool) else None

    def exec_(box):
        asked.append(box.text())
        if (next(answers) if answers is not None else choose):
            next(b for b in box.buttons() if b.text() == "Locate…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def start_program_on(qtbot, monkeypatch, path, found):
    """``python main.py PATH`` with every Locate… answered by ``found``: (its window, the
    questions asked)."""
    from tests.gui.program_fixtures import run_program_on

    asked = []
    answer_locate(monkeypatch, True, asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(found), ""))
    return run_program_on(qtbot, monkeypatch, path), asked


def test_a_moved_csv_is_found_and_the_project_opens_with_its_new_place(window, tmp_path,
                                                                      monkeypatch):
    path, moved, project = moved_project(tmp_path)
    asked = []
    answer_locate(monkeypatch, True, asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    assert window.files.open_path(path)
    assert "no longer at" in asked[0] and "pen.csv" in asked[0]
    session = window.document.session
    assert session.path == path and session.dataset.class_names == ("Adelie", "Chinstrap",
                                                                    "Gentoo")
    for mine, theirs in zip(session.network.weights, project.network.weights, strict=True):
        assert (mine == theirs).all()
    assert window.document.is_modified and window.isWindowModified()
    window.document.save()
    assert not window.document.is_modified
    assert load_project(path).data["path"] == str(moved)
    asked.clear()
    assert window.files.open_path(path) and not asked  # found where it now is


def test_cancel_leaves_the_open_project_as_it_was(window, tmp_path, monkeypatch):
    before = window.document.session.network
    path, _moved, _project = moved_project(tmp_path)
    asked, warned = [], []
    answer_locate(monkeypatch, False, asked)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not window.files.open_path(path)
    assert asked and "pen.csv" in asked[0]
    assert not warned  # the question said what was wrong: no second box after Cancel
    assert window.document.session.network is before and window.document.path is None
    assert "first" in load_project(path).data["path"]  # the file on disk is untouched


def test_a_file_chosen_that_does_not_fit_is_said_and_asked_again(window, tmp_path,
                                                                 monkeypatch):
    before = window.document.session.network
    path, moved, _project = moved_project(tmp_path)
    other = tmp_path / "second" / "other.csv"
    other.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    asked = []
    answer_locate(monkeypatch, [True, False], asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    assert not window.files.open_path(path)
    assert len(asked) == 2 and "The file chosen does not fit" in asked[1]
    assert "other.csv: has no column named 'species'" in asked[1]
    assert window.document.session.network is before
    # the second time, the right file
    chosen = iter([str(other), str(moved)])
    asked.clear()
    answer_locate(monkeypatch, True, asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(chosen), ""))
    assert window.files.open_path(path) and len(asked) == 2
    assert window.document.dataset.name == "pen.csv"


def test_a_project_given_on_the_command_line_whose_csv_moved_asks_for_it(qtbot, tmp_path,
                                                                         monkeypatch):
    """``python main.py project.json``: the window opens and asks where the data went,
    rather than the program stopping at "cannot be read"."""
    path, moved, _project = moved_project(tmp_path)
    window, asked = start_program_on(qtbot, monkeypatch, path, moved)
    assert asked and window.document.path == path
    assert window.document.dataset.name == "pen.csv" and window.document.is_modified
    window.document.save()  # closing the test's window asks nothing


def test_a_csv_that_changed_under_its_project_offers_another_file(window, tmp_path,
                                                                   monkeypatch):
    """The file is there but holds a category the project never saw: the message names the
    row and offers Locate… (there was only OK, and no way to open the project at all)."""
    path, moved, project = moved_project(tmp_path)
    changed = tmp_path / "first" / "pen.csv"
    changed.write_text(CSV + "Atlantis,41.0,Adelie\n", encoding="utf-8")
    asked = []
    answer_locate(monkeypatch, True, asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    assert window.files.open_path(path)
    assert "are no longer the ones it was made from" in asked[0]
    assert "'Atlantis'" in asked[0] and "row 8" in asked[0]
    assert window.document.session.dataset.n_samples == 6
    for mine, theirs in zip(window.document.network.weights, project.network.weights,
                            strict=True):
        assert (mine == theirs).all()
    assert window.document.is_modified  # the new place is saved only when the user saves


def test_a_project_on_the_command_line_whose_csv_changed_opens_and_offers_another_file(
        qtbot, tmp_path, monkeypatch):
    path, moved, _project = moved_project(tmp_path)
    (tmp_path / "first" / "pen.csv").write_text(CSV + "Atlantis,41.0,Adelie\n",
                                                encoding="utf-8")
    window, asked = start_program_on(qtbot, monkeypatch, path, moved)
    assert "no longer the ones it was made from" in asked[0]
    assert window.document.path == path and window.document.dataset.n_samples == 6
    window.document.save()  # closing the test's window asks nothing


def project_whose_csv_gained_a_row(tmp_path):
    """A project saved from a CSV of 6 rows, the CSV since given a 7th."""
    csv = tmp_path / "pen.csv"
    csv.write_text(CSV, encoding="utf-8")
    path = tmp_path / "pen.bps.json"
    save_project(new_project(datasets.read_csv(csv, target="species"), [3], seed=2), path)
    csv.write_text(CSV + "Biscoe,45.0,Gentoo\n", encoding="utf-8")
    return path


def test_a_csv_with_rows_added_since_opens_saying_so(window, tmp_path, monkeypatch):
    """The data as they are now, said in a box (they were used without a word); the
    project unsaved until saved, which accepts them."""
    path = project_whose_csv_gained_a_row(tmp_path)
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: said.append((title, text)))
    assert window.files.open_path(path)
    assert said == [("Data Changed", said[0][1])]
    assert "6 rows then, 7 now" in said[0][1]
    assert window.document.dataset.n_samples == 7 and window.document.is_modified
    window.document.save()
    said.clear()
    assert window.files.open_path(path) and said == []


def test_a_project_on_the_command_line_whose_csv_gained_rows_says_so(qtbot, tmp_path,
                                                                     monkeypatch):
    """``python main.py PROJECT`` opens it as File ▸ Open does, saying what changed."""
    from tests.gui.program_fixtures import run_program_on

    path = project_whose_csv_gained_a_row(tmp_path)
    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: said.append(text))
    window = run_program_on(qtbot, monkeypatch, path)
    assert window.document.path == path and "6 rows then, 7 now" in said[0]
    window.document.save()  # closing the test's window asks nothing
