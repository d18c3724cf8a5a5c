"""Importing the user's files through the preview dialogs: CSV, an image folder, IDX files.
Good files become the data on accept; bad ones are reported in words and change nothing."""

import gzip
import struct

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from gui.data.panel import DataPanel


@pytest.fixture
def panel(qtbot, document):
    panel = DataPanel(document)
    qtbot.addWidget(panel)
    return panel


def write_csv(path, rows=30):
    rng = np.random.default_rng(0)
    lines = ["width,label,height"]
    for i in range(rows):
        lines.append(f"{rng.normal():.3f},{'cat' if i % 3 else 'dog'},{rng.normal():.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_csv_preview_shows_rows_target_choice_and_counts(panel, document, tmp_path):
    dialog = panel.import_csv(write_csv(tmp_path / "pets.csv"))
    assert dialog.table.columnCount() == 3 and dialog.table.rowCount() == 8
    assert dialog.table.item(0, 1).text() in ("cat", "dog")
    # height as the target leaves the text labels as a feature, one-hot encoded
    assert dialog.dataset.feature_names == ("width", "label=cat", "label=dog")
    # the features the network takes, then (bold) the target each row is to give
    assert dialog.encoded.columnCount() == 4
    assert dialog.encoded.horizontalHeaderItem(1).text() == "label=cat"
    target = dialog.encoded.horizontalHeaderItem(3)
    assert target.text() == "height (target)" and target.font().bold()
    assert float(dialog.encoded.item(0, 3).text()) == pytest.approx(dialog.dataset.Y[0, 0])
    dialog.target.setCurrentText("label")
    assert dialog.dataset.task == "classification"
    assert dialog.encoded.horizontalHeaderItem(2).text() == "label (target)"
    assert dialog.encoded.item(0, 2).text() == dialog.table.item(0, 1).text()  # its class
    assert "cat" in dialog.summary.text() and "<b>20</b>" in dialog.summary.text()
    dialog.accept()
    assert document.dataset.name == "pets.csv"
    assert document.dataset.feature_names == ("width", "height")
    document.undo()
    assert document.dataset.name == "xor"


def test_csv_target_that_does_not_fit_offers_the_fix(panel, document, tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("a,b,c,k\n" + "\n".join(f"{i},{i * 2},{i % 5},{'xyz'[i % 3]}"
                                             for i in range(30)), encoding="utf-8")
    dialog = panel.import_csv(path)
    dialog.accept()
    assert panel.banner.isVisibleTo(panel) and document.dataset.name == "xor"
    panel.fit_network()
    assert document.spec.n_inputs == 3 and document.spec.n_outputs == 3


def test_malformed_csv_keeps_ok_disabled_and_changes_nothing(panel, document, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y,label\n1,2,a\n3,oops,b\n5,6,a\n", encoding="utf-8")
    dialog = panel.import_csv(path)
    assert dialog.dataset is None
    assert "bad.csv" in dialog.summary.text() and "oops" in dialog.summary.text()
    dialog.accept()
    assert document.dataset.name == "xor" and document.undo_stack.count() == 0


def test_missing_values_can_be_dropped(panel, document, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("x,y,label\n1,2,a\n3,,b\n5,6,a\n7,8,b\n9,1,a\n2,2,b\n", encoding="utf-8")
    dialog = panel.import_csv(path)
    assert dialog.dataset is None and "missing" in dialog.summary.text()
    # the way out named is this dialog's box, not the Python keyword or the command-line flag
    assert "Tick “Drop rows with missing values”" in dialog.summary.text()
    assert "drop_missing" not in dialog.summary.text()
    assert "--drop-missing" not in dialog.summary.text()
    dialog.drop_missing.setChecked(True)
    assert dialog.dataset.n_samples == 5 and "1 row with a missing" in dialog.summary.text()
    # the encoded rows numbered by the file's lines, as the file's table is (line 3 is gone)
    encoded = dialog.encoded
    assert [encoded.verticalHeaderItem(r).text() for r in range(encoded.rowCount())] == [
        "2", "4", "5", "6", "7"]


def test_an_empty_csv_is_reported_without_a_dialog(panel, document, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    assert panel.import_csv(path) is None
    assert "empty.csv" in panel.message.text()
    assert document.undo_stack.count() == 0


def write_images(root, broken=False):
    from PIL import Image

    for k, name in enumerate(("circle", "square")):
        folder = root / name
        folder.mkdir(parents=True)
        for i in range(3):
            pixels = np.full((12, 12), 40 * i + 100 * k, dtype=np.uint8)
            Image.fromarray(pixels).save(folder / f"{i}.png")
    if broken:
        (root / "circle" / "broken.png").write_bytes(b"not a picture")
    return root


def test_image_folder_preview_and_import(panel, document, tmp_path):
    dialog = panel.import_folder(write_images(tmp_path / "shapes"))
    assert dialog.dataset.n_samples == 6 and dialog.grid.count() == 6
    dialog.size_box.setValue(8)
    assert dialog.dataset.image_shape == (8, 8)
    dialog.accept()
    assert panel.banner.isVisibleTo(panel)
    panel.fit_network()
    assert document.dataset.image_shape == (8, 8) and document.spec.n_inputs == 64


def test_an_unreadable_image_is_named(panel, document, tmp_path):
    dialog = panel.import_folder(write_images(tmp_path / "shapes", broken=True))
    assert dialog.dataset is None and "broken.png" in dialog.summary.text()
    dialog.accept()
    assert document.undo_stack.count() == 0


def write_idx(tmp_path, n=6, labels_n=None, magic=2051):
    images = tmp_path / "images.idx3.gz"
    labels = tmp_path / "labels.idx1"
    pixels = np.arange(n * 4 * 4, dtype=np.uint8).reshape(n, 4, 4)
    with gzip.open(images, "wb") as f:
        f.write(struct.pack(">IIII", magic, n, 4, 4) + pixels.tobytes())
    labels_n = n if labels_n is None else labels_n
    labels.write_bytes(struct.pack(">II", 2049, labels_n)
                       + (np.arange(labels_n) % 2).astype(np.uint8).tobytes())
    return images, labels


def test_idx_preview_and_import(panel, document, tmp_path):
    dialog = panel.import_idx(*write_idx(tmp_path))
    assert dialog.dataset.n_samples == 6 and dialog.grid.count() == 6
    dialog.accept()
    panel.fit_network()
    assert document.spec.n_inputs == 16 and document.dataset.image_shape == (4, 4)


@pytest.mark.parametrize("kwargs, words", [({"labels_n": 5}, "same count"),
                                            ({"magic": 1234}, "magic")])
def test_bad_idx_files_are_reported(panel, document, tmp_path, kwargs, words):
    dialog = panel.import_idx(*write_idx(tmp_path, **kwargs))
    assert dialog.dataset is None and words in dialog.summary.text()
    dialog.accept()
    assert document.undo_stack.count() == 0


def test_the_file_buttons_ask_for_files(panel, document, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = write_csv(tmp_path / "pets.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    panel.findChild(type(panel.apply_button), "importCsv").click()
    assert panel.dialog is not None and panel.dialog.path == path
    panel.dialog.reject()


def test_csv_feature_columns_are_ticked_and_text_is_one_hot(panel, document, tmp_path):
    from engine.session import Session

    path = tmp_path / "penguins.csv"
    path.write_text("id,island,bill,species\n" + "".join(
        f"p{i},{'BDT'[i % 3]}x,{'' if i == 4 else 30 + i / 7},{'AG'[i % 2]}\n"
        for i in range(60)), encoding="utf-8")
    dialog = panel.import_csv(path)
    assert dialog.dataset is None and "row 6, column 'bill'" in dialog.summary.text()
    dialog.drop_missing.setChecked(True)
    assert dialog.dataset is None and "column 'id' has 59 distinct" in dialog.summary.text()
    dialog.set_feature("id", False)
    ds = dialog.dataset
    assert ds.feature_names == ("island=Bx", "island=Dx", "island=Tx", "bill")
    assert ds.dropped_rows == 1 and "1 row with a missing value dropped" in dialog.summary.text()
    # the rows are numbered as the file's lines, as the messages name them (header: line 1)
    assert dialog.table.verticalHeaderItem(0).text() == "2"
    # the target is no feature: no tick box, named so; another target makes it one again
    species = dialog.features.item(3)
    assert species.text() == "species (target)" and species.data(
        Qt.ItemDataRole.CheckStateRole) is None
    dialog.target.setCurrentIndex(1)
    assert species.text() == "species" and species.checkState() == Qt.CheckState.Checked
    dialog.target.setCurrentIndex(3)
    assert "One-hot: island (3 values)" in dialog.summary.text()
    assert [dialog.encoded.horizontalHeaderItem(c).text() for c in range(4)] == list(
        ds.feature_names)
    dialog.accept()
    panel.fit_network()
    assert document.spec.n_inputs == 4 and document.dataset.encoding == ds.encoding
    assert "one-hot: island (3 values)" in panel.shape.text()
    assert "1 row with a missing value dropped" in panel.shape.text()
    document.session.save(tmp_path / "p.bps.json")
    reopened = Session.open(tmp_path / "p.bps.json")
    assert reopened.dataset.feature_names == ds.feature_names
    np.testing.assert_array_equal(reopened.dataset.X, ds.X)


def test_the_csv_dialog_parses_its_file_once_and_lets_go_of_it(panel, tmp_path, monkeypatch):
    """Every tick reads the file with the new choices; pandas parses it only the first time
    (a second for an MNIST-sized file), and the parsed file goes when the dialog closes."""
    from engine.datasets import csv_reader

    parses = []
    real = csv_reader.read_table
    monkeypatch.setattr(csv_reader, "read_table", lambda *a, **k: parses.append(1) or real(
        *a, **k))
    dialog = panel.import_csv(write_csv(tmp_path / "pets.csv"))
    assert dialog.dataset.feature_names == ("width", "label=cat", "label=dog")
    dialog.set_feature("label", False)
    assert dialog.dataset.feature_names == ("width",)
    dialog.target.setCurrentIndex(1)
    assert dialog.dataset.class_names == ("cat", "dog")
    dialog.drop_missing.setChecked(True)
    assert len(parses) == 1
    dialog.reject()
    assert dialog._csv is None


def test_the_target_offered_is_the_data_in_use_s_when_the_file_has_it(panel, document,
                                                                     tmp_path):
    first = tmp_path / "first.csv"
    first.write_text("species,a,b\n" + "".join(f"{'xy'[i % 2]},{i},{i % 3}\n"
                                               for i in range(12)), encoding="utf-8")
    dialog = panel.import_csv(first)
    assert dialog.target.currentText() == "b"  # nothing to go by: the last column
    dialog.target.setCurrentText("species")
    dialog.accept()
    panel.fit_network()
    assert document.dataset.target_names == ("species",)
    second = tmp_path / "second.csv"
    second.write_text("species,a,b,c\n" + "".join(f"{'xy'[i % 2]},{i},{i % 3},{i % 4}\n"
                                                  for i in range(12)), encoding="utf-8")
    assert panel.import_csv(second).target.currentText() == "species"


def test_raw_features_that_would_stall_the_network_are_standardised(panel, document,
                                                                    tmp_path, monkeypatch):
    """The example's normalisation is "none"; a CSV of grams and millimetres comes in
    standardised, as the command line's ``new`` makes it; "none" chosen again stays."""
    document.set_normalisation("none")
    path = tmp_path / "mass.csv"
    path.write_text("mass_g,length_mm,kind\n" + "".join(
        f"{3000 + 37 * i},{(i * 7) % 11 / 10},{'ab'[i % 2]}\n" for i in range(20)),
        encoding="utf-8")
    said = []
    monkeypatch.setattr(panel, "_say", lambda note: said.append(note))
    dialog = panel.import_csv(path)
    dialog.accept()
    assert document.dataset.name == "mass.csv" and document.normalisation == "standardise"
    assert len(said) == 1 and said[0].startswith("The features are standardised")
    # data that do not fit: said only once they are in, with the fitted network
    said.clear()
    wide = tmp_path / "wide.csv"
    wide.write_text("mass_g,length_mm,depth_mm,kind\n" + "".join(
        f"{3000 + 37 * i},{(i * 7) % 11 / 10},{i % 3},{'abc'[i % 3]}\n" for i in range(20)),
        encoding="utf-8")
    document.set_normalisation("none")
    panel.import_csv(wide).accept()
    assert panel.banner.isVisibleTo(panel) and not said
    panel.fit_network()
    assert document.dataset.name == "wide.csv" and len(said) == 1
    document.set_normalisation("none")
    assert document.normalisation == "none" and panel.scaling_hint.isVisibleTo(panel)


def test_an_error_of_earlier_data_goes_once_other_data_are_in(panel, document, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    panel.import_csv(empty)
    assert "empty.csv" in panel.message.text()
    dialog = panel.import_csv(write_csv(tmp_path / "pets.csv"))
    dialog.target.setCurrentText("label")
    dialog.accept()
    assert document.dataset.name == "pets.csv" and panel.message.text() == ""
    panel.import_csv(empty)
    assert "empty.csv" in panel.message.text()
    document.undo()  # the data change back: the error is not of them either
    assert panel.message.text() == ""


def test_a_regression_target_in_the_thousands_is_pointed_out(panel, document, tmp_path):
    path = tmp_path / "mass.csv"
    path.write_text("a,b,mass_g\n" + "".join(f"{i % 5},{i % 3},{3000.5 + 41 * i}\n"
                                             for i in range(20)), encoding="utf-8")
    dialog = panel.import_csv(path)
    dialog.accept()
    panel.fit_network()
    assert document.dataset.task == "regression"
    assert panel.target_hint.isVisibleTo(panel)
    assert "mass_g reaches 3780" in panel.target_hint.text()
    assert "divided by 1,000" in panel.target_hint.text()
    document.undo()
    assert not panel.target_hint.isVisibleTo(panel)


def test_an_identifier_column_is_refused_with_the_tick_box_as_the_way_out(panel, tmp_path):
    from engine.datasets import MAX_CATEGORIES

    path = tmp_path / "ids.csv"
    path.write_text("id,x,kind\n" + "".join(f"P{i:04d},{i % 7},{'ab'[i % 2]}\n"
                                            for i in range(MAX_CATEGORIES + 5)),
                    encoding="utf-8")
    dialog = panel.import_csv(path)
    assert dialog.dataset is None
    said = dialog.summary.text()
    assert "column 'id' has 55 distinct text values" in said
    assert "Untick “id” among the feature columns" in said and "--ignore" not in said
    dialog.features.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.dataset is not None and dialog.dataset.feature_names == ("x",)


def test_the_tick_boxes_stay_under_the_mouse_and_useless_columns_are_pointed_out(panel,
                                                                                 tmp_path):
    """Ticking columns changes the summary's lines (one-hot, missing values, notes): the
    list of tick boxes never moves, or a second click would land on the neighbouring box."""
    path = tmp_path / "penguins.csv"
    path.write_text("id,island,bill,year,species\n" + "".join(
        f"{i + 1},{'BDT'[i % 3]},{'NA' if i == 2 else 30 + i / 7},2008,{'AG'[i % 2]}\n"
        for i in range(12)), encoding="utf-8")
    dialog = panel.import_csv(path)
    dialog.show()
    places = []

    def place():
        QApplication.processEvents()
        return dialog.features.mapTo(dialog, dialog.features.rect().topLeft()).y()

    places.append(place())  # a missing value: an error
    dialog.drop_missing.setChecked(True)
    places.append(place())
    said = dialog.summary.text()
    assert "'year': the same value in every row" in said
    assert "'id': counts the rows" in said
    for name in ("id", "island", "year"):
        dialog.set_feature(name, False)
        places.append(place())
    assert "counts the rows" not in dialog.summary.text()
    dialog.set_feature("island", True)
    places.append(place())
    assert len(set(places)) == 1, places


def test_a_large_regression_target_can_be_divided_in_the_dialog(panel, document, tmp_path):
    path = tmp_path / "houses.csv"
    path.write_text("area,rooms,price\n" + "".join(
        f"{50 + 7 * i},{1 + i % 5},{100000 + 9000 * i}\n" for i in range(30)), encoding="utf-8")
    dialog = panel.import_csv(path)
    box = dialog.divide_target
    assert not box.isChecked() and not box.isHidden()
    assert box.text() == "Divide the target by 100,000 (it reaches 3.61e+05)"
    assert dialog.dataset.Y.max() == 361000
    box.setChecked(True)
    assert dialog.dataset.target_names == ("price ÷ 100,000",)
    assert dialog.dataset.Y.max() == 3.61
    dialog.accept()
    panel.fit_network()
    assert document.dataset.target_names == ("price ÷ 100,000",)
    assert not panel.target_hint.isVisibleTo(panel)  # nothing left to point out
    # another target (a class column) is not offered the division
    dialog = panel.import_csv(path)
    dialog.target.setCurrentIndex(1)
    assert box.isChecked() and dialog.divide_target.isHidden()


def test_a_last_column_that_says_nothing_is_not_offered_as_the_target(panel, tmp_path):
    """The last column is offered, unless it holds one value (a year all 2008) or counts the
    rows; then the first column (MNIST's label), else the last that tells something."""
    constant_last = tmp_path / "year.csv"
    constant_last.write_text("a,b,kind,year\n" + "".join(
        f"{i},{i % 3},{'xy'[i % 2]},2008\n" for i in range(12)), encoding="utf-8")
    dialog = panel.import_csv(constant_last)
    assert dialog.target.currentText() == "kind"
    assert dialog.dataset.target_names == ("kind",)
    assert dialog.dataset.class_names == ("x", "y")
    pixels = tmp_path / "pixels.csv"
    pixels.write_text("label,p1,p2\n" + "".join(f"{i % 10},{i % 3},0\n" for i in range(12)),
                      encoding="utf-8")
    assert panel.import_csv(pixels).target.currentText() == "label"
    numbered = tmp_path / "numbered.csv"
    numbered.write_text("id,a,b,row\n" + "".join(f"{i},{i % 4},{'xy'[i % 2]},{i + 1}\n"
                                                 for i in range(12)), encoding="utf-8")
    assert panel.import_csv(numbered).target.currentText() == "b"


def test_the_csv_dialog_fits_the_screen_and_keeps_its_buttons_in_reach(panel, tmp_path):
    """Its content scrolls; the buttons stay below it, inside a dialog no taller than the
    screen (at 1280 × 800 "Use this data" had gone off the bottom)."""
    from gui.data.csv_dialog import TITLE_BAR_ROOM

    path = tmp_path / "wide.csv"
    path.write_text("id,island,bill,kind\n" + "".join(
        f"{i + 1},{'ABC'[i % 3]},{'NA' if i % 7 == 0 else 30 + i % 5},{'xy'[i % 2]}\n"
        for i in range(40)), encoding="utf-8")
    dialog = panel.import_csv(path)
    dialog.show()
    dialog.drop_missing.setChecked(True)
    screen = dialog.screen().availableGeometry().height()
    assert dialog.height() <= screen - TITLE_BAR_ROOM
    assert dialog.buttons.geometry().bottom() <= dialog.rect().bottom()
    assert dialog.scroll.widget().isAncestorOf(dialog.summary)
    assert not dialog.scroll.widget().isAncestorOf(dialog.buttons)
    dialog.reject()


def test_the_file_in_use_opened_again_keeps_its_choices(panel, document, tmp_path):
    """Reading the same CSV again (to change one choice) starts from the choices made: the
    columns left out, dropped missing values and the target's scale."""
    path = tmp_path / "houses.csv"
    path.write_text("id,area,price\n" + "".join(
        f"{i + 1},{'NA' if i == 3 else 40 + 3 * i},{200000 + 9000 * i}\n" for i in range(40)),
        encoding="utf-8")
    dialog = panel.import_csv(path)
    dialog.set_feature("id", False)
    dialog.drop_missing.setChecked(True)
    assert not dialog.divide_target.isHidden()
    dialog.divide_target.setChecked(True)
    assert dialog.dataset.target_names == ("price ÷ 100,000",)
    # the summary names the target with its units, not bare numbers 2 to 5.5
    assert "numeric target <b>price ÷ 100,000</b> from 2 to" in dialog.summary.text()
    dialog.accept()
    panel.fit_network()
    again = panel.import_csv(path)
    assert again.ignored() == ["id"]
    assert again.drop_missing.isChecked() and again.divide_target.isChecked()
    assert again.dataset.target_names == ("price ÷ 100,000",)
    assert again.dataset.feature_names == ("area",)
    again.reject()
    other = tmp_path / "other.csv"
    other.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    fresh = panel.import_csv(other)  # another file: nothing carried over
    assert fresh.ignored() == [] and not fresh.drop_missing.isChecked()
    fresh.reject()


def test_the_dialog_says_what_the_target_is_when_the_guess_is_wrong(panel, document,
                                                                    tmp_path):
    """Ratings 0–10 are inferred to be 11 classes; "Numbers (regression)" makes them a value
    to predict, and the file read again keeps that choice."""
    path = tmp_path / "ratings.csv"
    path.write_text("hours,rating\n" + "".join(f"{i / 4},{i % 11}\n" for i in range(44)),
                    encoding="utf-8")
    dialog = panel.import_csv(path)
    assert dialog.task.currentData() is None and dialog.dataset.task == "classification"
    assert dialog.dataset.n_classes == 11
    dialog.task.setCurrentIndex(dialog.task.findData("regression"))
    assert dialog.dataset.task == "regression" and "regression" in dialog.summary.text()
    dialog.accept()
    panel.fit_network()
    assert document.dataset.task == "regression" and document.spec.loss == "mse"
    again = panel.import_csv(path)
    assert again.task.currentData() == "regression" and again.dataset.task == "regression"
    again.target.setCurrentIndex(0)  # another target: inferred from its own values again
    assert again.task.currentData() is None
    again.reject()


def test_fitting_the_network_shows_the_data_taken_in(window, qtbot, tmp_path):
    """The Fit button goes with its banner; the panel scrolls back to the summary instead of
    on to the built-in data (where the focus had moved)."""
    scroll = window.docks["dataDock"].widget()
    panel = scroll.widget()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    dialog = panel.import_csv(write_csv(tmp_path / "pets.csv"))
    dialog.accept()
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    panel.fit_network()
    qtbot.waitUntil(lambda: bar.value() <= panel.title.mapTo(panel, panel.title.rect().topLeft())
                    .y(), timeout=3000)


def test_the_built_in_box_says_when_its_choice_is_not_the_data_in_use(panel, document):
    """After opening the 2-2-2 example the box still read "Clusters, 300 samples" as if
    those were the data (testers)."""
    from engine.datasets.sources import from_arrays

    assert panel.builtin_box.title() == "Built-in data"
    document.set_data(from_arrays([[0.05, 0.1]], [[0.01, 0.99]], task="regression",
                                  name="one sample by hand"), fit_network=True)
    assert panel.builtin_box.title() == "Built-in data (not in use)"


def test_a_file_not_in_utf_8_is_shown_in_the_likeliest_encoding_for_the_user_to_check(
        panel, document, tmp_path):
    """German Excel's CSV (Windows-1252) opens, read as Windows-1252 and said so; UTF-8
    chosen instead says why it cannot be read and keeps "Use this data" off; the choice is
    the project's, and reading the file again starts from it."""
    path = tmp_path / "städte.csv"
    path.write_bytes("Stadt;Fläche;Klasse\nKöln;94,9;a\nMünchen;80,5;b\nKöln;70,1;a\n"
                     "Zürich;60,0;b\n".encode("cp1252"))
    dialog = panel.import_csv(path)
    assert dialog.text_encoding.currentData() == "cp1252"
    assert "Not UTF-8 text: read as Windows-1252" in dialog.summary.text()
    assert dialog.table.horizontalHeaderItem(1).text() == "Fläche"
    assert dialog.table.item(0, 0).text() == "Köln"
    assert dialog.dataset.feature_names == ("Stadt=Köln", "Stadt=München", "Stadt=Zürich",
                                            "Fläche")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.text_encoding.setCurrentIndex(dialog.text_encoding.findData("utf-8"))
    assert not ok.isEnabled() and dialog.dataset is None
    assert "row 1 is not UTF-8 text" in dialog.summary.text()
    dialog.text_encoding.setCurrentIndex(dialog.text_encoding.findData("cp1252"))
    assert ok.isEnabled() and "Not UTF-8" not in dialog.summary.text()  # chosen, not guessed
    dialog.accept()
    panel.fit_network()
    assert document.dataset.source["options"]["text_encoding"] == "cp1252"
    again = panel.import_csv(path)
    assert again.text_encoding.currentData() == "cp1252" and "Not UTF-8" not in \
        again.summary.text()
    again.reject()


def test_a_chinese_interface_offers_gbk_for_a_file_not_in_utf_8(panel, tmp_path,
                                                                 monkeypatch):
    from gui import i18n

    monkeypatch.setattr(i18n, "current_language", lambda: "zh_CN")
    path = tmp_path / "房价.csv"
    path.write_bytes("城市,面积,价格\n北京,50,3.5\n上海,60,4.2\n北京,70,5.1\n".encode("gbk"))
    dialog = panel.import_csv(path)
    assert dialog.text_encoding.currentData() == "gb18030"
    assert dialog.preview.names == ("城市", "面积", "价格")
    assert [dialog.features.item(i).text() for i in range(2)] == ["城市", "面积"]
    dialog.reject()


def test_a_header_of_numbers_is_told_by_its_box(panel, tmp_path):
    """Years as the columns' names ("2019,2020,label") read as a first row of values; the
    box "The first row names the columns" makes them the names, and the file is read so."""
    path = tmp_path / "years.csv"
    path.write_text("2019,2020,label\n" + "".join(
        f"{i * 0.1:.1f},{i % 3},{'u' if i % 2 else 'v'}\n" for i in range(20)), encoding="utf-8")
    dialog = panel.import_csv(path)
    assert not dialog.header.isChecked() and dialog.dataset.n_samples == 21
    dialog.header.setChecked(True)
    assert dialog.preview.names == ("2019", "2020", "label")
    assert dialog.table.horizontalHeaderItem(0).text() == "2019"
    assert dialog.table.verticalHeaderItem(0).text() == "2"  # the file's line 2
    assert dialog.target.currentText() == "label (target)" or dialog.target.itemText(2) \
        == "label"
    assert dialog.dataset.n_samples == 20 and dialog.dataset.class_names == ("u", "v")
    assert dialog.dataset.source["options"]["header"] is True
    dialog.header.setChecked(False)
    assert dialog.preview.names == ("column 1", "column 2", "column 3")
    dialog.reject()


def test_every_feature_column_can_be_ticked_or_unticked_at_once(panel, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"p{k}" for k in range(30)) + ",label\n" + "".join(
        ",".join(str((i * k) % 7) for k in range(30)) + f",{'ab'[i % 2]}\n" for i in range(12)),
        encoding="utf-8")
    dialog = panel.import_csv(path)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.findChild(QPushButton, "untickAllFeatures").click()
    assert dialog.dataset is None and not ok.isEnabled()  # no feature: nothing to learn from
    dialog.set_feature("p3", True)
    dialog.set_feature("p5", True)
    assert dialog.dataset.feature_names == ("p3", "p5")
    dialog.findChild(QPushButton, "tickAllFeatures").click()
    assert dialog.dataset.n_features == 30 and dialog.target.currentText() == "label"
    dialog.reject()


def test_a_header_read_as_values_is_pointed_at_its_box(panel, tmp_path):
    """Names of numbers read as a first row of values: its target makes a class of one
    sample, or a name where a number belongs fails at row 1; both say to tick the box."""
    path = tmp_path / "years.csv"
    path.write_text("2019,2020,label\n" + "".join(
        f"{i * 0.1:.1f},{i % 3},{'u' if i % 2 else 'v'}\n" for i in range(20)), encoding="utf-8")
    dialog = panel.import_csv(path)
    assert not dialog.header.isChecked()
    assert "the class “label” is the first row's alone" in dialog.summary.text()
    dialog.header.setChecked(True)
    assert "first row's alone" not in dialog.summary.text()
    dialog.reject()
    path.write_text("f0,f1,label\n" + "".join(f"{i},{i % 3},{'uv'[i % 2]}\n" for i in range(9)),
                    encoding="utf-8")
    dialog = panel.import_csv(path)
    if not dialog.header.isChecked():  # (found by itself here; told otherwise, it says why)
        assert "tick “The first row names the columns”" in dialog.summary.text()
    dialog.header.setChecked(False)
    assert "row 1" in dialog.summary.text() and "tick “The first row names the columns”" \
        in dialog.summary.text()
    dialog.reject()
