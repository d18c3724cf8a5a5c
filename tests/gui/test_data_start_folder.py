"""The data panel's file dialogs start beside the data in use (they started in the
program's working folder, tester)."""

from pathlib import Path

from engine import datasets
from gui.data.start_folder import import_folder


def test_dialogs_start_beside_the_csv_in_use_else_the_project(document, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    path = folder / "birds.csv"
    path.write_text("a,b,k\n" + "".join(f"{i},{i % 3},{'xy'[i % 2]}\n" for i in range(12)),
                    encoding="utf-8")
    document.set_data(datasets.read_csv(path, target="k"), fit_network=True)
    assert Path(import_folder(document)) == folder
    document.set_data(datasets.load("moons"), fit_network=True)
    project = tmp_path / "p" / "moons.bps.json"
    project.parent.mkdir()
    document.session.save(project)
    assert Path(import_folder(document)) == project.parent
