"""File ▸ Open Recent, and closing, New or Open while training: asked first, and Cancel goes
on training."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import recent_files
from gui.recent_files import MAX_RECENT, recent_paths
from gui.training.controller import State

B = QMessageBox.StandardButton


def saved_copies(window, tmp_path, n):
    paths = []
    for k in range(n):
        path = tmp_path / f"p{k}.bps.json"
        window.document.save(path)
        paths.append(path)
    return paths


def test_open_recent_lists_the_projects_opened_and_saved_latest_first(window, tmp_path,
                                                                      monkeypatch):
    menu = window.recent_menu
    assert menu.objectName() == "menuRecent" and menu.title() == "Open &Recent"
    from PySide6.QtWidgets import QMenu

    assert menu.menuAction() in window.findChild(QMenu, "menuFile").actions()
    assert not menu.project_actions() and not menu.clear_action.isEnabled()
    first = tmp_path / "first.bps.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(first), ""))
    assert window.files.save_as()
    second = tmp_path / "second.bps.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(second), ""))
    assert window.files.save_as()
    assert window.files.open_path(first)
    menu.refill()
    actions = menu.project_actions()
    assert [a.data() for a in actions] == [str(first), str(second)]
    assert actions[0].text() == "&1 first.bps.json"
    assert actions[0].statusTip() == str(first)
    # choosing one opens it
    window.document.add_neuron(1)
    actions[1].trigger()  # the question answers Discard
    assert window.document.path == second and not window.document.is_modified
    assert recent_paths()[0] == str(second)


def test_the_list_keeps_the_last_eight(window, tmp_path):
    for path in saved_copies(window, tmp_path, MAX_RECENT + 3):
        recent_files.remember(path)
    paths = recent_paths()
    assert len(paths) == MAX_RECENT == 8
    assert paths[0].endswith(f"p{MAX_RECENT + 2}.bps.json")
    window.recent_menu.refill()
    assert len(window.recent_menu.project_actions()) == 8


def test_a_missing_file_is_dropped_with_a_message(window, tmp_path, monkeypatch):
    gone, kept = saved_copies(window, tmp_path, 2)
    recent_files.remember(kept)
    recent_files.remember(gone)
    gone.unlink()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    window.recent_menu.refill()
    window.recent_menu.project_actions()[0].trigger()
    assert len(said) == 1 and str(gone) in said[0] and "no longer there" in said[0]
    assert recent_paths() == [str(kept)]
    window.recent_menu.refill()
    assert [a.data() for a in window.recent_menu.project_actions()] == [str(kept)]


def test_clear_menu_forgets_them_all(window, tmp_path):
    for path in saved_copies(window, tmp_path, 3):
        recent_files.remember(path)
    window.recent_menu.refill()
    assert window.recent_menu.clear_action.isEnabled()
    window.recent_menu.clear_action.trigger()
    assert recent_paths() == []
    assert window.recent_menu.project_actions() == []


def test_a_project_opened_from_the_command_line_is_remembered(qtbot, tmp_path, monkeypatch):
    from engine.session import Session
    from tests.gui.program_fixtures import run_program_on

    path = tmp_path / "cli.bps.json"
    Session().save(path)
    run_program_on(qtbot, monkeypatch, path)
    assert recent_paths() == [str(path)]


# ---- closing, New and Open while training ---------------------------------------------------
def start_training(window, qtbot):
    window.document.set_config(epochs=10_000_000)
    window.training.train()
    qtbot.waitUntil(lambda: window.document.history.last_epoch() > 0, timeout=20000)
    assert window.training.state is State.RUNNING


def answering(monkeypatch, button, asked):
    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)


def test_cancel_on_close_while_training_goes_on_training(window, qtbot, monkeypatch):
    start_training(window, qtbot)
    asked = []
    answering(monkeypatch, B.Cancel, asked)
    assert not window.close()
    assert len(asked) == 1 and "training" in asked[0]
    assert window.training.state is State.RUNNING and window.training.thread.isRunning()
    epoch = window.document.history.last_epoch()
    qtbot.waitUntil(lambda: window.document.history.last_epoch() > epoch, timeout=20000)
    # New and Open: the same
    window.files.new()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no dialog")))
    window.files.open()
    assert window.training.state is State.RUNNING and len(asked) == 3
    # agreeing stops it (Discard) and the window closes
    answering(monkeypatch, B.Discard, asked)
    assert window.close()
    assert window.training.state is State.IDLE and window.training.thread is None


def test_pause_counts_as_training(window, qtbot, monkeypatch):
    start_training(window, qtbot)
    window.training.pause()
    qtbot.waitUntil(lambda: window.training.state is State.PAUSED, timeout=20000)
    asked = []
    answering(monkeypatch, B.Cancel, asked)
    window.files.new()
    assert asked and window.training.state is State.PAUSED
    window.training.stop()


def test_save_while_training_asks_where_before_it_stops(window, qtbot, monkeypatch, tmp_path):
    start_training(window, qtbot)
    answering(monkeypatch, B.Save, [])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.files.new()  # the file dialog cancelled: nothing stops
    assert window.training.state is State.RUNNING
    target = tmp_path / "trained.bps.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.new()
    assert window.training.state is State.IDLE
    from engine.project import load_project

    assert load_project(target).history.last_epoch() > 0  # the run was recorded, then saved
    assert window.document.path is None  # and New went on
    assert recent_paths() == [str(target)]


def test_new_while_training_with_discard_stops_and_starts_over(window, qtbot, monkeypatch):
    start_training(window, qtbot)
    answering(monkeypatch, B.Discard, [])
    window.files.new()
    assert window.training.state is State.IDLE
    assert window.document.history.last_epoch() == 0 and not window.document.is_modified


def test_a_damaged_project_given_to_the_program_opens_the_window_saying_why(
        qtbot, monkeypatch, tmp_path):
    """``python main.py broken.bps.json`` (a double-click) printed one line on stderr and
    showed no window at all (tester): the window opens on the example, and says why."""
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.program_fixtures import run_program_on

    broken = tmp_path / "broken.bps.json"
    broken.write_text('{"format": "backprop-studio", "network": {', encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: said.append((title, text)))
    window = run_program_on(qtbot, monkeypatch, broken)
    assert said and said[0][0] == "Cannot open the project"
    assert "not valid JSON" in said[0][1] and "broken.bps.json" in said[0][1]
    assert window.document.dataset.name == "xor" and window.document.path is None
