"""File menu: save, open, export and import through the dialogs, and nothing lost on errors."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import create_main_window


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append((title, text)))
    return shown


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_save_as_then_open_round_trips_the_weights(window, tmp_path, monkeypatch):
    target = tmp_path / "xor.bps.json"
    choose_file(monkeypatch, target)
    window.action_save_as.trigger()
    assert target.exists()
    assert window.document.path == target
    assert "xor.bps.json" in window.windowTitle()
    saved = [W.copy() for W in window.document.network.weights]
    window.document.set_parameters([np.zeros_like(W) for W in saved],
                                   window.document.network.biases)
    window.action_open.trigger()
    for W, expected in zip(window.document.network.weights, saved, strict=True):
        np.testing.assert_array_equal(W, expected)


def test_save_without_a_path_asks_for_one(window, tmp_path, monkeypatch):
    target = tmp_path / "first"
    choose_file(monkeypatch, target)
    window.action_save.trigger()
    assert (tmp_path / "first.bps.json").exists()


def test_opening_a_damaged_file_changes_nothing(window, tmp_path, monkeypatch, warnings):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    before = [W.copy() for W in window.document.network.weights]
    choose_file(monkeypatch, bad)
    window.action_open.trigger()
    assert len(warnings) == 1 and "bad.json" in warnings[0][1]
    assert window.document.path is None
    for W, expected in zip(window.document.network.weights, before, strict=True):
        np.testing.assert_array_equal(W, expected)


def test_a_failed_save_leaves_the_old_file(window, tmp_path, monkeypatch, warnings):
    target = tmp_path / "keep.bps.json"
    choose_file(monkeypatch, target)
    window.action_save_as.trigger()
    original = target.read_bytes()
    import engine.project.files as files

    monkeypatch.setattr(files, "_write", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    window.action_save.trigger()
    assert warnings and "disk full" in warnings[0][1]
    assert target.read_bytes() == original


@pytest.mark.parametrize("fmt,suffix", [("npz", ".npz"), ("json", ".json"), ("py", ".py"),
                                        ("onnx", ".onnx"), ("csv", ".zip"),
                                        ("torch", ".py")])
def test_every_export_format_writes_its_file(window, tmp_path, monkeypatch, fmt, suffix):
    target = tmp_path / f"weights{suffix}"
    choose_file(monkeypatch, target)
    action = next(a for a in window.export_actions if a.objectName() == f"actionExport_{fmt}")
    action.trigger()
    assert target.exists() and target.stat().st_size > 0


@pytest.mark.parametrize("fmt,suffix", [("onnx", ".onnx"), ("py", ".py"), ("torch", ".py")])
def test_an_exports_usage_note_is_shown_whole_in_a_box(window, tmp_path, monkeypatch, fmt,
                                                       suffix):
    target = tmp_path / f"model{suffix}"
    choose_file(monkeypatch, target)
    next(a for a in window.export_actions if a.objectName() == f"actionExport_{fmt}").trigger()
    box = window.findChild(QMessageBox, "exportUsageNote")
    assert box is not None and box.isVisible()
    assert f"model{suffix}" in box.text()
    if fmt == "torch":  # its weights are a second file, to be kept beside the script
        assert "model.py and model.safetensors" in box.text()
    note = box.informativeText()
    assert note.startswith({"onnx": "ONNX inputs: x: float32", "py": "predict(X) takes",
                            "torch": "model(x) takes"}[fmt])
    assert note.endswith("not a trained model.")  # the example has no epochs trained
    # the status bar keeps only the short line, which fits
    assert window.statusBar().currentMessage() == f"Exported the weights to {target}"
    box.close()


def test_the_windows_exports_name_the_classes_and_features(window, tmp_path, monkeypatch):
    import json

    target = tmp_path / "weights.json"
    choose_file(monkeypatch, target)
    next(a for a in window.export_actions if a.objectName() == "actionExport_json").trigger()
    written = json.loads(target.read_text())
    text = json.dumps(written)
    assert all(name in text for name in window.document.dataset.feature_names)
    assert all(str(name) in text for name in window.document.dataset.class_names)


def test_import_weights_is_undoable(window, tmp_path, monkeypatch):
    target = tmp_path / "w.json"
    choose_file(monkeypatch, target)
    original = [W.copy() for W in window.document.network.weights]
    next(a for a in window.export_actions if a.objectName() == "actionExport_json").trigger()
    window.document.set_parameters([W * 0 for W in original], window.document.network.biases)
    window.action_import_weights.trigger()
    np.testing.assert_array_equal(window.document.network.weights[0], original[0])
    assert window.document.is_modified
    window.action_undo.trigger()
    assert np.all(window.document.network.weights[0] == 0)


def test_import_of_the_wrong_shape_is_refused(window, tmp_path, monkeypatch, warnings):
    from engine import LayerSpec, Network, NetworkSpec
    from engine.export import export_network

    other = Network(NetworkSpec(2, [LayerSpec(3, "tanh"), LayerSpec(1, "sigmoid")], "bce"))
    target = tmp_path / "other.npz"
    export_network(other, target, "npz")
    before = [W.copy() for W in window.document.network.weights]
    choose_file(monkeypatch, target)
    window.action_import_weights.trigger()
    assert warnings and "other.npz" in warnings[0][1]
    np.testing.assert_array_equal(window.document.network.weights[0], before[0])


def test_command_line_project_opens(qtbot, tmp_path):
    from engine import datasets
    from engine.project import save_project
    from engine.project.starting import new_project

    path = tmp_path / "moons.bps.json"
    save_project(new_project(datasets.load("moons", n_samples=60), hidden=[3]), path)
    window = create_main_window(path)
    qtbot.addWidget(window)
    assert window.document.dataset.name == "moons"
    assert [layer.units for layer in window.document.spec.layers] == [3, 1]


def test_save_and_export_are_offered_beside_the_data_then_beside_the_project(window,
                                                                            tmp_path,
                                                                            monkeypatch):
    from engine import datasets

    (tmp_path / "data").mkdir()
    csv = tmp_path / "data" / "pets.csv"
    csv.write_text("a,b,kind\n" + "".join(f"{i % 3},{i % 5},{'xy'[i % 2]}\n"
                                          for i in range(12)), encoding="utf-8")
    window.document.set_data(datasets.read_csv(csv, target="kind"), "standardise")
    offered = []

    def save_name(parent, title, suggestion, *rest, **kw):
        offered.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.files.export("onnx")
    window.files.save_as()
    assert offered[0] == str(tmp_path / "data" / "pets.onnx")
    assert offered[1].startswith(str(tmp_path / "data" / "pets"))
    (tmp_path / "projects").mkdir()
    window.document.save(tmp_path / "projects" / "p.bps.json")
    window.files.export("py")
    assert offered[2] == str(tmp_path / "projects" / "p.py")


def test_opening_a_csv_imports_it_into_the_project_through_the_csv_dialog(
        window, tmp_path, monkeypatch, warnings):
    from gui.data.csv_dialog import CsvImportDialog

    path = tmp_path / "points.csv"
    path.write_text("a,b,kind\n" + "".join(f"{i % 5},{i % 3},{'pq'[i % 2]}\n"
                                           for i in range(20)), encoding="utf-8")
    choose_file(monkeypatch, path)
    window.action_open.trigger()
    assert not warnings  # no "not valid JSON … damaged"
    dialog = window.findChild(CsvImportDialog)
    assert dialog is not None and dialog.isVisible() and dialog.dataset is not None
    assert not window.docks["dataDock"].isHidden()
    assert window.document.dataset.name == "xor"  # nothing changes before "Use this data"
    dialog.accept()
    assert window.document.dataset.name == "points.csv"
    assert window.document.path is None
    window.document.undo_stack.setClean()


def test_a_csv_file_open_cannot_read_is_said_in_a_message_box(window, tmp_path, monkeypatch,
                                                               warnings):
    """An empty or one-column file after File ▸ Open said why only in red at the foot of
    the Data panel, cut by the dock: a user who chose Open saw nothing happen (tester)."""
    path = tmp_path / "empty.csv"
    path.write_text("just one column\n1\n2\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    window.action_open.trigger()
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Cannot open the data" and "single column" in text
    assert window.document.dataset.name == "xor"  # nothing changed
    # and not left in red in the Data panel, where it outlived the box by hours (tester)
    panel = window.docks["dataDock"].widget().widget()
    assert panel.message.text() == ""


def test_opening_a_csv_starts_an_untitled_project_and_leaves_the_open_file_alone(
        window, tmp_path, monkeypatch):
    """File ▸ Open of a CSV reads as opening a file: its data become a new, untitled
    project's, so Save asks where and never writes them over the project that was open."""
    from PySide6.QtWidgets import QMessageBox

    from engine.project import load_project
    from gui.data.csv_dialog import CsvImportDialog

    project = tmp_path / "first.bps.json"
    window.document.save(project)
    saved = project.read_bytes()
    path = tmp_path / "points.csv"
    path.write_text("a,b,kind\n" + "".join(f"{i % 5},{i % 3},{'pq'[i % 2]}\n"
                                           for i in range(20)), encoding="utf-8")
    choose_file(monkeypatch, path)
    window.action_open.trigger()
    dialog = window.findChild(CsvImportDialog)
    dialog.reject()  # Cancel: still the project of its file
    assert window.document.path == project and not window.document.is_modified
    window.action_open.trigger()
    window.findChild(CsvImportDialog).accept()
    assert window.document.dataset.name == "points.csv"
    assert window.document.path is None and window.document.is_modified
    assert "Untitled" in window.windowTitle()
    assert "first.bps.json is as it was" in window.statusBar().currentMessage()
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggestion, *a, **k: (offered.append(title),
                                                                    ("", ""))[1])
    window.action_save.trigger()
    assert offered == ["Save Project As"] and project.read_bytes() == saved
    window.document.undo()  # the old data back, still untitled
    assert window.document.dataset.name == "xor" and window.document.path is None
    assert load_project(project).data["kind"] != "csv"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, *a, **k: (
        asked.append(title), QMessageBox.StandardButton.Cancel)[1])
    choose_file(monkeypatch, path)
    window.action_open.trigger()  # unsaved changes: asked first, and Cancel keeps them
    assert asked == ["Unsaved Changes"] and window.document.path is None
    window.document.undo_stack.setClean()


def test_a_csv_opened_that_needs_the_network_fitted_is_fitted_and_a_new_project(
        window, tmp_path, monkeypatch):
    from gui.data.csv_dialog import CsvImportDialog

    project = tmp_path / "first.bps.json"
    window.document.save(project)
    path = tmp_path / "three.csv"
    path.write_text("a,b,c,kind\n" + "".join(f"{i % 5},{i % 3},{i % 7},{'pq'[i % 2]}\n"
                                             for i in range(20)), encoding="utf-8")
    choose_file(monkeypatch, path)
    window.action_open.trigger()
    saved = project.read_bytes()
    window.findChild(CsvImportDialog).accept()
    # fitted at once, its hidden layer kept: no banner asking first (one more step, tester)
    panel = window.docks["dataDock"].widget().widget()
    assert not panel.banner.isVisibleTo(panel)
    assert window.document.spec.sizes == (3, 4, 1) and window.document.path is None
    assert project.read_bytes() == saved
    window.document.undo_stack.setClean()


def test_a_name_completed_with_its_ending_asks_before_replacing_a_file(
        window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    kept = tmp_path / "and.bps.json"
    kept.write_text("{}", encoding="utf-8")
    predictor = tmp_path / "and_py.py"
    predictor.write_text("# mine", encoding="utf-8")
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    choose_file(monkeypatch, tmp_path / "and")  # typed without the ending
    assert not window.files.save_as()
    assert kept.read_text(encoding="utf-8") == "{}" and window.document.path is None
    choose_file(monkeypatch, tmp_path / "and_py")
    assert not window.files.export("py")
    assert predictor.read_text(encoding="utf-8") == "# mine"
    assert asked == ["and.bps.json already exists. Do you want to replace it?",
                     "and_py.py already exists. Do you want to replace it?"]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    choose_file(monkeypatch, tmp_path / "and")
    assert window.files.save_as() and kept.read_text(encoding="utf-8") != "{}"


def test_a_csv_opened_over_a_trained_project_leaves_its_runs_behind(
        window, tmp_path, monkeypatch, qtbot):
    """The new project's file held the old project's run and 'the latest of 2 runs' (tester);
    Undo brings them back."""
    from gui.data.csv_dialog import CsvImportDialog

    window.document.set_config(epochs=3)
    with qtbot.waitSignal(window.training.runEnded, timeout=20000):
        window.action_train.trigger()
    project = tmp_path / "first.bps.json"
    window.document.save(project)
    path = tmp_path / "two.csv"
    path.write_text("a,b,kind\n" + "".join(f"{i % 5},{i % 3},{'pq'[i % 2]}\n"
                                           for i in range(20)), encoding="utf-8")
    choose_file(monkeypatch, path)
    window.action_open.trigger()
    window.findChild(CsvImportDialog).accept()
    document = window.document
    assert document.path is None and not document.history.earlier_runs()
    assert document.history.last_epoch() == 0 and len(document.history) == 0
    document.undo()
    assert document.history.earlier_runs()
    document.undo_stack.setClean()


def test_weights_from_a_network_unlike_this_one_are_imported_only_when_asked(
        window, tmp_path, monkeypatch):
    """A tanh net's weights went into a ReLU net without a word, and computed something else
    (tester): the window says how the two differ and imports only on Yes."""
    from PySide6.QtWidgets import QMessageBox

    from engine import LayerSpec, Network, NetworkSpec
    from engine.datasets.normalise import Normaliser
    from engine.export import export_network

    spec = window.document.spec
    layers = [LayerSpec(layer.units, "relu" if l < len(spec.layers) - 1 else layer.activation)
              for l, layer in enumerate(spec.layers)]
    other = Network(NetworkSpec(spec.n_inputs, layers, spec.loss), seed=3)
    target = tmp_path / "other.npz"
    export_network(other, target, "npz",
                   normaliser=Normaliser("standardise", np.array([0.5, 0.5]),
                                         np.array([0.5, 0.5])))
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    before = [W.copy() for W in window.document.network.weights]
    choose_file(monkeypatch, target)
    assert not window.files.import_weights()
    assert asked and "layer 1 is ReLU in the file, Tanh here" in asked[0]
    assert "normalisation is Standardise (mean 0, sd 1) in the file, None (raw values) here" \
        in asked[0]
    np.testing.assert_array_equal(window.document.network.weights[0], before[0])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    assert window.files.import_weights()
    np.testing.assert_array_equal(window.document.network.weights[0], other.weights[0])
    window.document.undo_stack.setClean()


def test_an_export_after_reset_weights_says_the_weights_are_not_trained(window, tmp_path,
                                                                        monkeypatch):
    """Trained, then Reset Weights: the history still has the earlier run's epochs, and the
    export said nothing of the weights being new ones (tester)."""
    session = window.document.session
    session.set_config(epochs=3)
    run = session.start_run()
    for _ in run.reports():
        pass
    session.finish_run(run)

    def exported_note(name):
        target = tmp_path / name
        choose_file(monkeypatch, target)
        next(a for a in window.export_actions if a.objectName() == "actionExport_onnx").trigger()
        box = window.findChildren(QMessageBox, "exportUsageNote")[-1]
        note = box.informativeText()
        box.close()
        box.setObjectName("read")
        return note

    assert "not a trained model" not in exported_note("trained.onnx")
    window.document.reset_weights()
    assert exported_note("reset.onnx").endswith(
        "since the weights were reset or the network or its data changed: these weights are "
        "not a trained model.")


@pytest.mark.parametrize(("fmt", "offered"), [("py", "step_gradient.py"),
                                              ("torch", "step_gradient_torch.py"),
                                              ("onnx", "step gradient.onnx")])
def test_a_script_export_is_offered_under_a_name_python_can_import(window, tmp_path,
                                                                   monkeypatch, fmt, offered):
    """"step gradient.py" could not be imported as a module (tester)."""
    path = tmp_path / "step gradient.bps.json"
    window.document.save(path)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a, **k: asked.append(start) or ("", ""))
    window.files.export(fmt)
    assert Path(asked[0]).name == offered
