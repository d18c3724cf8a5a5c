"""Autosave and recovery: unsaved work is written every minute to the data folder, without
touching the document, and offered back after a crash; a clean exit leaves nothing."""

import json
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from engine.project import load_project
from gui import autosave
from gui.autosave import AUTOSAVE_INTERVAL_MS, leftovers, offer_recovery

Yes = QMessageBox.StandardButton.Yes


def units(document):
    return [layer.units for layer in document.spec.layers]


def new_window(qtbot):
    from gui import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    return window


def crash(window):
    """What a kill leaves: the autosave on disk, its lock no longer held by a live process."""
    saver = window.files.autosaver
    saver._lock.unlock()
    saver._stem, saver._lock = None, None
    window.document.undo_stack.setClean()  # the window may now close without asking


def test_the_data_folder_is_the_tests_own(tmp_path):
    assert autosave.data_folder() == tmp_path / "data"


def test_autosave_writes_when_the_timer_fires_and_leaves_the_document_alone(window):
    saver = window.files.autosaver
    assert saver.timer.isActive() and saver.timer.interval() == AUTOSAVE_INTERVAL_MS == 60_000
    assert saver.autosave() is False  # nothing changed: nothing written
    assert saver.path is None
    window.document.add_neuron(1)
    stack_index = window.document.undo_stack.index()
    saver.timer.timeout.emit()  # what a minute later does
    assert saver.path is not None and saver.path.is_file()
    assert saver.path.parent == autosave.data_folder() / "autosave"
    assert units(load_project(saver.path).network) == units(window.document)
    # the document is as it was: no path, still unsaved, same undo history
    assert window.document.path is None
    assert window.document.is_modified and window.isWindowModified()
    assert window.document.undo_stack.index() == stack_index
    assert window.windowTitle().startswith("Untitled")
    # only when modified since the last autosave
    mtime = saver.path.stat().st_mtime_ns
    assert saver.autosave() is False
    assert saver.path.stat().st_mtime_ns == mtime
    window.document.add_neuron(1)
    assert saver.autosave() is True


def test_an_edit_is_autosaved_seconds_later_not_a_minute(window, qtbot):
    """New data, a fit, a finished run: each saved once the changes rest a few seconds."""
    from engine import datasets

    saver = window.files.autosaver
    assert saver._soon.interval() == autosave.AUTOSAVE_SOON_MS <= 5_000
    window.document.set_data(datasets.load("moons", n_samples=40), fit_network=True)
    assert saver._soon.isActive()
    saver._soon.timeout.emit()  # what a few seconds later does
    assert saver.path is not None and load_project(saver.path).data["name"] == "moons"
    window.document.set_live_training(True)  # a run's frames wait for the minute's tick
    window.document.add_neuron(1)
    saver._soon.stop()
    from engine import History

    window.document.session.show_progress(window.document.network.weights,
                                          window.document.network.biases, History())
    assert not saver._soon.isActive()
    window.document.set_live_training(False)


def units_of(network):
    return [layer.units for layer in network.spec.layers]


def load_units(path):
    return units_of(load_project(path).network)


def test_autosave_keeps_a_saved_projects_path_and_saving_removes_it(window, tmp_path):
    target = tmp_path / "xor.bps.json"
    window.document.save(target)
    before = target.read_bytes()
    window.document.add_neuron(1)
    saver = window.files.autosaver
    assert saver.autosave()
    meta = json.loads(saver.path.with_name(saver.path.name.replace(".bps.json", ".meta.json"))
                      .read_text())
    assert meta["path"] == str(target)
    assert window.document.path == target and window.document.is_modified
    assert target.read_bytes() == before  # the project's own file is not touched
    autosaved = saver.path
    window.files.save()
    assert not autosaved.exists() and saver.path is None
    assert not list((tmp_path / "data" / "autosave").glob("*.bps.json"))


def test_undoing_to_the_saved_state_removes_the_autosave(window):
    window.document.add_neuron(1)
    saver = window.files.autosaver
    saver.autosave()
    autosaved = saver.path
    window.document.undo()
    assert not window.document.is_modified
    assert not autosaved.exists()


def test_a_clean_close_removes_the_autosave(qtbot):
    window = new_window(qtbot)
    window.document.add_neuron(1)
    window.files.autosaver.autosave()
    autosaved = window.files.autosaver.path
    assert autosaved.is_file()
    assert window.close()  # the question answers Discard
    assert not autosaved.exists()
    assert not window.files.autosaver.timer.isActive()
    assert not any((autosave.data_folder() / "autosave").iterdir())


def test_a_live_processs_autosave_is_never_offered(window):
    window.document.add_neuron(1)
    window.files.autosaver.autosave()
    assert leftovers() == []


def test_a_leftover_autosave_is_offered_at_start_and_restored(qtbot, tmp_path, monkeypatch):
    first = new_window(qtbot)
    target = tmp_path / "xor.bps.json"
    first.document.save(target)
    first.document.add_neuron(1)
    first.document.add_neuron(1)
    wanted = units(first.document)
    first.files.autosaver.autosave()
    old = first.files.autosaver.path
    crash(first)

    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    second = new_window(qtbot)
    restored = offer_recovery(second)
    assert restored == [second]
    assert len(asked) == 1
    assert asked[0].startswith("Backprop Studio closed unexpectedly. Restore the unsaved "
                               "project 'xor' from ")
    assert asked[0].endswith("?") and ":" in asked[0]  # from 14:02
    document = second.document
    assert units(document) == wanted
    assert document.path == target  # the path it had, and unsaved
    assert document.is_modified and second.isWindowModified()
    assert not old.exists()  # the old autosave went, once this process had its own copy
    assert second.files.autosaver.path.is_file()
    assert load_units(second.files.autosaver.path) == wanted
    assert leftovers() == []
    document.undo_stack.setClean()


def test_discarding_the_offer_removes_the_leftover(qtbot):
    first = new_window(qtbot)
    first.document.add_neuron(1)
    first.files.autosaver.autosave()
    old = first.files.autosaver.path
    crash(first)
    second = new_window(qtbot)  # the fixture's question answers Discard
    assert offer_recovery(second) == []
    assert not old.exists()
    assert not second.document.is_modified
    assert leftovers() == []


def test_an_untitled_leftover_is_restored_untitled(qtbot, monkeypatch):
    first = new_window(qtbot)
    first.document.add_neuron(1)
    first.files.autosaver.autosave()
    crash(first)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    second = new_window(qtbot)
    offer_recovery(second)
    assert second.document.path is None and second.document.is_modified
    assert units(second.document) == units(first.document)
    second.document.undo_stack.setClean()


def test_several_leftovers_open_in_windows_of_their_own(qtbot, monkeypatch):
    sizes = []
    for extra in (1, 2):
        window = new_window(qtbot)
        for _ in range(extra):
            window.document.add_neuron(1)
        sizes.append(units(window.document))
        window.files.autosaver.autosave()
        crash(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    made = []

    def make_window():
        made.append(new_window(qtbot))
        return made[-1]

    target = new_window(qtbot)
    restored = offer_recovery(target, make_window)
    assert restored == [target, *made] and len(made) == 1
    assert sorted(units(w.document) for w in restored) == sorted(sizes)
    for w in restored:
        w.document.undo_stack.setClean()


def test_an_unreadable_leftover_is_kept_aside_and_not_offered_again(qtbot, monkeypatch):
    window = new_window(qtbot)
    window.document.add_neuron(1)
    window.files.autosaver.autosave()
    path = window.files.autosaver.path
    crash(window)
    path.write_text("{ not a project")
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    other = new_window(qtbot)
    assert offer_recovery(other) == []
    assert len(warnings) == 1 and "kept in" in warnings[0]
    assert leftovers() == []
    assert list(path.parent.glob("*.unreadable.json"))
    assert not other.document.is_modified


def test_a_failed_autosave_says_why_and_changes_nothing(window, monkeypatch):
    failures = []
    saver = window.files.autosaver
    saver.failed.connect(failures.append)
    window.document.add_neuron(1)
    blocker = autosave.data_folder()
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be")
    assert saver.autosave() is False
    assert failures and window.document.is_modified and window.document.path is None
    blocker.unlink()
    assert saver.autosave() is True  # the next tick tries again


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_lock_of_a_killed_process_is_stale(tmp_path):
    """A QLockFile left by a process that is gone is taken over (the basis of the offer)."""
    import subprocess
    import sys

    lock = tmp_path / "x.lock"
    code = ("import sys, time; from PySide6.QtCore import QLockFile; "
            f"l = QLockFile({str(lock)!r}); assert l.tryLock(0); print('held', flush=True); "
            "time.sleep(60)")
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                          text=True) as child:
        try:
            assert child.stdout.readline().strip() == "held"
            assert not autosave._lock(lock).tryLock(0)  # alive: not ours to take
        finally:
            child.kill()
            child.wait()
    taken = autosave._lock(lock)
    assert taken.tryLock(0)
    taken.unlock()


def test_a_project_opened_from_the_command_line_is_not_replaced_by_another_ones_autosave(
        qtbot, tmp_path, monkeypatch):
    from engine import datasets
    from engine.project import save_project
    from engine.project.starting import new_project
    from gui import create_main_window

    crashed = new_window(qtbot)
    crashed.document.add_neuron(1)
    crashed.files.autosaver.autosave()
    crash(crashed)
    asked = tmp_path / "moons.bps.json"
    save_project(new_project(datasets.load("moons", n_samples=40), hidden=[3]), asked)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    window = create_main_window(asked)
    qtbot.addWidget(window)
    made = []

    def make_window():
        made.append(new_window(qtbot))
        return made[-1]

    restored = offer_recovery(window, make_window)
    assert restored == made and len(made) == 1
    assert window.document.path == asked and window.document.dataset.name == "moons"
    assert units(made[0].document) == units(crashed.document)
    made[0].document.undo_stack.setClean()


def test_the_opened_projects_own_autosave_goes_into_its_window(qtbot, tmp_path, monkeypatch):
    from gui import create_main_window

    first = new_window(qtbot)
    path = tmp_path / "xor.bps.json"
    first.document.save(path)
    first.document.add_neuron(1)
    wanted = units(first.document)
    first.files.autosaver.autosave()
    crash(first)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Yes)
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert offer_recovery(window, lambda: pytest.fail("no other window")) == [window]
    assert units(window.document) == wanted and window.document.is_modified
    window.document.undo_stack.setClean()
