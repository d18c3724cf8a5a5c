"""Kill the real program (SIGKILL, a subprocess) in the middle of saving and of autosaving:
the file on disk is the old one or a whole new one, never broken, and the next start offers
the autosave back."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from engine.project import load_project
from gui.autosave import leftovers, offer_recovery

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX's")

ROOT = Path(__file__).resolve().parents[2]

#: the program, offscreen, editing a saved project and writing it again and again; the
#: weight W¹[0, 0] holds the number of the write, so a file tells which one it is
CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from gui.app import ensure_application
    from gui import create_main_window
    app = ensure_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])
    window = create_main_window(sys.argv[1], restore_layout=False)
    document, saver = window.document, window.files.autosaver
    k = 0
    while True:
        k += 1
        document.set_weight(1, 0, 0, float(k))
        if sys.argv[2] == "autosave":
            saver.timer.timeout.emit()
        else:
            document.save()
        if k == 2:
            print("writing", flush=True)
""")


@pytest.fixture
def project(tmp_path):
    """A saved project of about a megabyte, so a write takes long enough to be cut."""
    import cli

    path = tmp_path / "big.bps.json"
    assert cli.main(["new", "--dataset", "xor", "--hidden", "300,300", "--out", str(path)]) == 0
    return path


def run_and_kill(project, mode, settings, delay, folder) -> bool:
    """Start the program writing, wait ``delay`` seconds and then until a write is under way
    (its temporary file is in ``folder``), and kill it; True if a temporary file was left."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen([sys.executable, "-c", CHILD, str(project), mode, str(settings)],
                          cwd=ROOT, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        try:
            line = child.stdout.readline()
            assert line.strip() == "writing", child.stderr.read()
            time.sleep(delay)
            deadline = time.monotonic() + 10
            while not temporary_files(folder) and time.monotonic() < deadline:
                time.sleep(0.0005)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(30)  # reaped: its pid is no longer a live process
        assert child.returncode == -signal.SIGKILL
    return bool(temporary_files(folder))


def temporary_files(folder):
    return list(folder.glob(".*.bps.json.*.tmp")) if folder.is_dir() else []


def write_number(path) -> int:
    """Which write the file holds (0: the file as it was first saved); it must load whole."""
    value = float(load_project(path).network.weights[0][0, 0])
    return int(value) if value.is_integer() else 0


def test_killed_while_autosaving_leaves_a_whole_autosave_that_is_offered(
        qtbot, project, tmp_path, monkeypatch):
    rng = random.Random(15)
    before = project.read_bytes()
    folder = tmp_path / "data" / "autosave"
    cut = 0
    for round_ in range(3):
        cut += run_and_kill(project, "autosave", tmp_path / "settings",
                            rng.uniform(0.05, 0.4), folder)
        found = leftovers()
        assert len(found) == 1, found
        number = write_number(found[0].project_file)
        assert number >= 1
        found[0].release()
        if round_ < 2:
            leftovers()[0].remove()  # a later start, answered Discard
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    from gui import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    assert offer_recovery(window) == [window]
    assert asked and "'big'" in asked[0]
    assert window.document.path == project and window.document.is_modified
    assert window.document.network.weights[0][0, 0] == float(number)
    window.document.undo_stack.setClean()
    assert project.read_bytes() == before  # autosaving never touches the project's file
    assert leftovers() == []
    assert not temporary_files(folder)  # what the cut writes left was cleared with them
    assert cut >= 1  # at least one kill came in the middle of writing the file


def test_killed_while_saving_leaves_the_old_file_or_the_new_one(project, tmp_path):
    rng = random.Random(16)
    numbers, cut = [], 0
    for _ in range(3):
        cut += run_and_kill(project, "save", tmp_path / "settings", rng.uniform(0.05, 0.4),
                            project.parent)
        numbers.append(write_number(project))
    assert numbers[-1] >= 1 and cut >= 1
    # nothing but temporary files of the writes that were cut is left beside it
    others = {p.name for p in project.parent.iterdir() if p.is_file()} - {project.name}
    assert all(name.startswith(".big.bps.json.") and name.endswith(".tmp") for name in others)
