"""File ▸ New, Open, Open Recent, Save, Save As, Export and Import Weights: dialogs around
the engine, and the autosave that keeps unsaved work safe.

Reading and writing are the engine's (``engine.project``, ``engine.export``); this module
asks for file names, reports what went wrong in words, and never loses anything: a failed
open leaves the current project as it was, a failed save leaves the file on disk as it was,
and unsaved changes are autosaved every minute (``gui.autosave``). New, Open and closing
the window ask before they stop a training run; Cancel leaves it training.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engine import BackpropStudioError, notation
from engine.project.document import PROJECT_SUFFIX
from gui import recent_files
from gui.autosave import AutoSaver
from gui.message_boxes import fit_title
from gui.undo_stack import IMPORT_WEIGHTS

RECENT_FOLDER = "files/lastFolder"

EXPORT_FORMATS = (
    # (format, menu text, file filter, default suffix); the texts are translated where shown
    # (context FileActions)
    ("npz", QT_TRANSLATE_NOOP("FileActions", "NumPy Arrays (.npz)…"),
     QT_TRANSLATE_NOOP("FileActions", "NumPy arrays (*.npz)"), ".npz"),
    ("json", QT_TRANSLATE_NOOP("FileActions", "JSON (.json)…"),
     QT_TRANSLATE_NOOP("FileActions", "JSON (*.json)"), ".json"),
    ("csv", QT_TRANSLATE_NOOP("FileActions", "CSV Files (.zip)…"),
     QT_TRANSLATE_NOOP("FileActions", "Zipped CSV files (*.zip)"), ".zip"),
    ("onnx", QT_TRANSLATE_NOOP("FileActions", "ONNX Model (.onnx)…"),
     QT_TRANSLATE_NOOP("FileActions", "ONNX model (*.onnx)"), ".onnx"),
    ("py", QT_TRANSLATE_NOOP("FileActions", "Python Predictor (.py)…"),
     QT_TRANSLATE_NOOP("FileActions", "Python script (*.py)"), ".py"),
    ("torch", QT_TRANSLATE_NOOP("FileActions", "PyTorch Module (.py + .safetensors)…"),
     QT_TRANSLATE_NOOP("FileActions", "Python script (*.py)"), ".py"),
)



class FileActions(QObject):
    """The file commands of a main window; ``window`` is the dialogs' parent."""

    def __init__(self, window: QWidget, document):
        super().__init__(window)
        self.window = window
        self.document = document
        #: the last export's usage note, shown in a box (None before the first export)
        self.usage_box: QMessageBox | None = None
        #: writes the unsaved project to the user's data folder every minute
        self.autosaver = AutoSaver(document, self)
        self.autosaver.failed.connect(self._autosave_failed)

    # ---- commands ----------------------------------------------------------------------
    def new(self) -> None:
        if self.may_discard_changes():
            self.document.reset_to_example()

    def open(self) -> None:
        """Ask for a file: a project, or a CSV that becomes a new project's data."""
        if not self.may_discard_changes():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Project"), self._folder(),
            self.tr("Projects and CSV data (*.json *.csv *.tsv *.txt);;Backprop Studio "
                    "projects (*.json);;CSV data, a new project's "
                    "(*.csv *.tsv *.txt);;All files (*)"))
        if not path:
            return
        # the next Open starts here, a CSV's folder too (it had started in the home folder)
        QSettings().setValue(RECENT_FOLDER, str(Path(path).parent))
        self.open_path(path)

    def open_example(self, path: str | Path) -> bool:
        """Open a shipped example as a new, untitled project (Save asks where to keep it)."""
        if not self.may_discard_changes():
            return False

        def load():
            from engine.project import load_project
            from engine.project.starting import project_training_data

            project = load_project(path)
            self.document.replace_project(project, project_training_data(project, str(path)))

        return self._attempt(load, self.tr("Cannot open the example"))

    def open_path(self, path: str | Path) -> bool:
        """Open the project in ``path``; a CSV data file (File ▸ Open, Open Recent, the
        command line) starts a new, untitled project instead: the data of the file, through
        the Data panel's CSV dialog, with the network and settings of the project open (it
        is no project, and saying it is damaged helped no one)."""
        from engine.datasets.files import looks_like_csv

        if looks_like_csv(path) and Path(path).is_file():
            return self._import_csv(path)
        try:
            opened = self._attempt(lambda: self._load(path), self.tr("Cannot open the project"),
                                   remember=True)
        except _LocateCancelled:  # the question said what was wrong; nothing changed
            return False
        if opened:
            self.say_data_changes()
        return opened

    def say_data_changes(self) -> None:
        """A project whose data file has changed since it was saved opens with the data as
        they are now, saying so (they were used without a word, tester); it is unsaved until
        the user saves, which accepts the new data."""
        note = self.document.session.training.data_changes
        if note is None:
            return
        self.document.mark_unsaved()
        QMessageBox.information(self.window, self.tr("Data Changed"), notation.sentence(note))

    def _import_csv(self, path) -> bool:
        """Show the Data panel and its CSV dialog for ``path``; once the user accepts the
        data, they are a new project's, untitled, so that Save cannot write them over the
        project file that was open (the Data panel's own Import CSV… is the way to give a
        project new data). False when the file cannot be previewed: a message box says why
        (the panel's line at its foot went unseen after File ▸ Open)."""
        dock = self.window.docks["dataDock"]
        dock.show()
        dock.raise_()
        panel = dock.widget().widget()  # the panel inside its scroll area

        def refused(message: str) -> None:
            QMessageBox.warning(self.window, self.tr("Cannot open the data"),
                                notation.sentence(message))

        return panel.import_csv(path, on_used=lambda: self._as_new_project(path),
                                on_refused=refused, fit=True) is not None

    def _as_new_project(self, csv_path) -> None:
        """The project with the data of ``csv_path`` is a new one: untitled, its file left as
        it was."""
        old = self.document.path
        if old is None:
            return
        self.document.detach_from_file()
        # the other project's runs are not this one's: its saved history held them (an
        # undoable step of its own, so Undo brings them back before the old data)
        if self.document.history.earlier_runs():
            self.document.clear_earlier_runs()
        bar = self.window.statusBar()
        note = self.tr("The data of {csv} are a new, untitled project (Save asks where to keep "
                       "it); {project} is as it was.").format(csv=Path(csv_path).name,
                                                               project=old.name)
        bar.showMessage(" ".join(filter(None, (note, bar.currentMessage()))), 15000)

    def _load(self, path: str | Path) -> None:
        """Open the project in ``path``; when what stops it is only that its data file (or
        folder) is no longer where it was, offer to find it: the project then opens with
        the place found, unsaved until the user saves it. A file found that does not fit
        is said and asked again; Cancel leaves everything as it was."""
        from engine.datasets.sources import moved_to
        from engine.errors import DataError
        from engine.project.starting import project_training_data

        try:
            self.document.load(path)
            return
        except DataError as error:
            from engine.project import load_project

            project = load_project(path)
            missing, unfit = missing_data_path(project.data), None
            if missing is None:
                # there, but no longer what the project was made from (a category it never
                # saw, a column gone): the same way out, another file
                missing, unfit = data_path(project.data), str(error)
                if missing is None:
                    raise
        source, problem = project.data, None
        while True:
            found = self._locate_data(missing, source["kind"], Path(path).parent, problem,
                                      unfit)
            if found is None:
                raise _LocateCancelled
            project.data = moved_to(source, found)
            try:
                data = project_training_data(project, str(path))
                break
            except DataError as error:
                problem = str(error)
        self.document.replace_project(project, data, Path(path))
        self.document.mark_unsaved()
        self.window.statusBar().showMessage(
            self.tr("The data were found at {path}; save the project to keep that "
                    "place.").format(path=found), 15000)

    def _locate_data(self, missing: Path, kind: str, folder: Path,
                     problem: str | None = None, unfit: str | None = None) -> str | None:
        """Ask whether and where to find a project's missing data (``problem``: why the last
        file found would not do; ``unfit``: why the data still at ``missing`` no longer
        fit the project); the path chosen, or None."""
        if unfit is None:
            text = self.tr("The project's data are no longer at {path}. The network and its "
                           "weights are safe in the project file; find the data to open "
                           "it.").format(path=missing)
        else:
            text = self.tr("The project's data at {path} are no longer the ones it was made "
                           "from: {problem}. The network and its weights are safe in the "
                           "project file; find the data it was made from to open "
                           "it.").format(path=missing,
                                         problem=unfit.rstrip(".。"))
        if problem:
            text += "\n\n" + self.tr("The file chosen does not fit: {problem}").format(
                problem=problem)
        title = self.tr("Data Not Found") if unfit is None else self.tr("Data Changed")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("locateDataBox")
        locate = box.addButton(self.tr("Locate…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is not locate:
            return None
        start = str(folder if folder.is_dir() else Path.home())
        if kind == "image_folder":
            found = QFileDialog.getExistingDirectory(
                self.window, self.tr("Locate the Image Folder {name}").format(name=missing.name),
                start)
        else:
            found, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Locate the Data File {name}").format(name=missing.name),
                str(Path(start) / missing.name),
                self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        return found or None

    def open_recent(self, path: str | Path) -> bool:
        """File ▸ Open Recent: a file that is gone is taken off the list, with a word."""
        if not Path(path).is_file():
            recent_files.forget(path)
            QMessageBox.information(
                self.window, self.tr("Open Recent"),
                self.tr("The project {path} is no longer there; it was taken off the list "
                        "of recent projects.").format(path=path))
            return False
        if not self.may_discard_changes():
            return False
        return self.open_path(path)

    def recent_menu(self, parent: QWidget | None = None):
        """A File ▸ Open Recent submenu for this window."""
        return recent_files.RecentMenu(self.open_recent, parent)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._attempt(lambda: self.document.save(), self.tr("Cannot save the project"),
                             remember=True)

    def save_as(self) -> bool:
        path = self._ask_save_path()
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        return self._attempt(lambda: self.document.save(path), self.tr("Cannot save the project"),
                             remember=True)

    def _ask_save_path(self) -> str | None:
        # a file name, so in the user's language too ("未命名.bps.json")
        stem = _file_stem(self.document.name) or self.tr("untitled")
        suggestion = str(self._work_folder() / stem)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Project As"), suggestion + PROJECT_SUFFIX,
            self.tr("Backprop Studio projects (*.json)"))
        if not path:
            return None
        if not path.endswith(".json"):
            path += PROJECT_SUFFIX
            if not self._may_replace(path):
                return None
        return path

    def _may_replace(self, path: str) -> bool:
        """Whether to write ``path``, a name the program completed with its ending after the
        file dialog had asked about the name as typed: an existing file is replaced only
        when the user says so (the dialog never asked about this one)."""
        if not Path(path).exists():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Replace the File?"),
            self.tr("{name} already exists. Do you want to replace it?").format(
                name=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def export(self, fmt: str) -> bool:
        from engine.export import export_network
        from engine.export.names import dataset_names, training_rows
        from engine.export.parts import TargetScale

        _, _, file_filter, suffix = next(row for row in EXPORT_FORMATS if row[0] == fmt)
        base = export_stem(self.document.path, self.document.name) or self.tr("network")
        if fmt in ("py", "torch"):
            base = module_name(base)
        if fmt == "torch":  # beside the predictor (.py too) without replacing it
            base += TORCH_STEM_ENDING
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Weights"), str(self._work_folder() / (base + suffix)),
            QCoreApplication.translate("FileActions", file_filter))
        if not path:
            return False
        if not path.endswith(suffix):
            path += suffix
            if not self._may_replace(path):
                return False
        from engine.datasets import text_encodings

        document = self.document
        classes, features = dataset_names(document.dataset)
        names = {"class_names": classes, "feature_names": features,
                 "encoding": getattr(document.dataset, "encoding", None),
                 "target": TargetScale.of_outputs(document.dataset.source, classes)}
        from engine.export.usage import untrained_note

        done = self.tr("Exported the weights to {path}").format(path=path)
        note = " ".join(filter(None, (self._usage_note(fmt, names),
                                      untrained_note(document.history))))
        written = self._attempt(
            lambda: export_network(document.network, path, fmt, document.normaliser,
                                   document.features, config=document.config,
                                   training_rows=training_rows(document.dataset),
                                   text_encoding=text_encodings.of_source(
                                       document.dataset.source), **names),
            self.tr("Cannot export the weights"), done=done)
        if written and note:
            name = Path(path).name
            if fmt == "torch":  # two files, to be kept together
                from engine.export import torch_weights_path

                name = self.tr("{script} and {weights}").format(
                    script=name, weights=torch_weights_path(path).name)
            self._show_usage(name, note)
        return written

    def _show_usage(self, name: str, note: str) -> None:
        """The export's usage note where it can be read whole: a message box (window-modal,
        not blocking), since a status-bar line is cut at the window's edge."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Weights Exported"),
                          self.tr("Exported the weights to {name}.").format(name=name),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportUsageNote")
        box.setInformativeText(note)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.usage_box = box
        fit_title(box)  # last: setting a text of its own lays the box out anew
        box.open()

    def _usage_note(self, fmt: str, names: dict) -> str:
        """What the export takes and gives (engine.export.usage), or "" if it cannot tell;
        ``names``: the classes, features, encoding and target scale the export is given."""
        from engine.export.parts import parts_of
        from engine.export.usage import usage_note

        document = self.document
        try:
            return usage_note(fmt, parts_of(document.network, document.normaliser,
                                            document.features, **names))
        except (ValueError, BackpropStudioError):
            return ""

    def import_weights(self) -> bool:
        from engine.export import import_weights

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Weights"), self._folder(),
            self.tr("Backprop Studio weights (*.npz *.json)"))
        if not path:
            return False

        imported = []

        def apply():
            from engine.export.importing import differences
            from engine.export.parts import TargetScale

            document = self.document
            net = import_weights(path, document.spec).network()  # the shapes checked first
            unlike = differences(import_weights(path), document.spec,
                                 document.session.normaliser,
                                 TargetScale.of_outputs(document.dataset.source,
                                                        document.dataset.class_names
                                                        if document.dataset.task ==
                                                        "classification" else None))
            if unlike and not self._import_anyway(path, unlike):
                return
            imported.append(document.replace_parameters(net.weights, net.biases,
                                                        IMPORT_WEIGHTS))

        return self._attempt(apply, self.tr("Cannot import the weights")) and bool(imported)

    def _import_anyway(self, path, unlike: list[str]) -> bool:
        """Whether to import weights trained in a network unlike this one (its activations,
        normalisation or target scale): their numbers alone would compute something else."""
        answer = QMessageBox.question(
            self.window, self.tr("Import Weights"),
            self.tr("{file} was exported from a network unlike this one: {how}. Its weights "
                    "would compute something else here. Import them anyway?").format(
                        file=Path(path).name, how="; ".join(unlike)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def may_discard_changes(self) -> bool:
        """True unless the project has unsaved changes the user wants to keep, or a training
        run the user wants to go on (it is stopped, and recorded, only when the answer is
        Save or Discard; Cancel leaves it training)."""
        if self._training_live():
            return self._may_stop_training()
        if not self.document.is_modified:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved Changes"),
            self.tr("The project has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosaver.discard()
            return True
        return False

    def may_close(self) -> bool:
        """The window may close (the user was asked what needed asking)."""
        return self.may_discard_changes()

    def window_closed(self) -> None:
        """A clean exit: no autosave is left to offer at the next start."""
        self.autosaver.stop()

    def _training(self):
        return getattr(self.window, "training", None)

    def _training_live(self) -> bool:
        from gui.training.controller import State

        training = self._training()
        return training is not None and training.state is not State.IDLE

    def _may_stop_training(self) -> bool:
        from gui.training.controller import State

        buttons = QMessageBox.StandardButton
        if self._training().state is State.PAUSED:
            title = self.tr("Training Is Paused")
            text = self.tr("Training is paused. End the run and save the project first?\n"
                           "(Cancel keeps it paused.)")
        else:
            title = self.tr("Training Is Running")
            text = self.tr("The network is training. Stop training and save the project "
                           "first?\n(Cancel goes on training.)")
        answer = QMessageBox.question(self.window, title, text,
                                      buttons.Save | buttons.Discard | buttons.Cancel,
                                      buttons.Cancel)
        if answer not in (buttons.Save, buttons.Discard):
            return False
        path = None
        if answer == buttons.Save and self.document.path is None:
            path = self._ask_save_path()  # before the run stops: a Cancel here changes nothing
            if path is None:
                return False
        self._training().stop()
        if answer == buttons.Discard:
            self.autosaver.discard()
            return True
        return self._save_to(path) if path is not None else self.save()

    # ---- helpers -----------------------------------------------------------------------
    def _autosave_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Could not autosave the project ({reason}); it is tried again in a "
                    "minute. Save it to be safe.").format(reason=reason), 20000)

    def _attempt(self, action, failure: str, done: str | None = None,
                 remember: bool = False) -> bool:
        try:
            action()
        except (BackpropStudioError, OSError) as error:
            QMessageBox.warning(self.window, failure, notation.sentence(str(error)))
            return False
        if self.document.path is not None:
            QSettings().setValue(RECENT_FOLDER, str(self.document.path.parent))
            if remember:
                recent_files.remember(self.document.path)
        if done:
            self.window.statusBar().showMessage(done, 15000)
        return True

    def _folder(self) -> str:
        return str(QSettings().value(RECENT_FOLDER, str(Path.home())))

    def _work_folder(self) -> Path:
        """Where a save or an export of this project is first offered: beside the project,
        else beside its data file (a CSV just imported), else the last folder used."""
        if self.document.path is not None:
            return self.document.path.parent
        where = (self.document.dataset.source or {}).get("path")
        if isinstance(where, str) and Path(where).exists():
            return Path(where).parent
        return Path(self._folder())


class _LocateCancelled(Exception):
    """The user cancelled finding a project's moved data (``FileActions._load``)."""


def data_path(data) -> Path | None:
    """A project's data file or image folder, there or not (None: data of another kind)."""
    if not isinstance(data, dict) or data.get("kind") not in ("csv", "image_folder"):
        return None
    where = data.get("path")
    return Path(where) if isinstance(where, str) else None


def missing_data_path(data) -> Path | None:
    """Where a project's data file or image folder was, when it is no longer there (None:
    the data are not a single file or folder that has gone)."""
    where = data_path(data)
    return None if where is None or where.exists() else where


#: a data file's suffixes, left off a name a project or an export is saved under
DATA_SUFFIXES = (".csv", ".tsv", ".txt", ".gz", ".idx", ".ubyte")


#: the torch export's default name ends so ("xor_torch.py"): the .py predictor's is "xor.py"
TORCH_STEM_ENDING = "_torch"


def export_stem(path: Path | None, name: str) -> str:
    """The start of an export's default file name: the project file's name without
    ``.bps.json`` or ``.json`` ("mv.json" gives "mv": "mv.json.py" could not be imported as a
    module), else the project's name without a data file's suffix."""
    if path is not None:
        return Path(path).name.removesuffix(PROJECT_SUFFIX).removesuffix(".json")
    return _file_stem(name)


def module_name(stem: str) -> str:
    """``stem`` as a Python module's name, which the exported scripts are imported by: runs
    of what a name cannot hold become "_" ("step gradient.py" could not be imported,
    tester), and a leading digit gets one before it."""
    name = re.sub(r"\W+", "_", stem).strip("_") or "network"
    return f"_{name}" if name[0].isdigit() else name


def _file_stem(name: str) -> str:
    """A project's name as a file name stem: "t2_data.csv" becomes "t2_data" (an exported
    "t2_data.csv.py" could not be imported as a module)."""
    name = name or ""
    while name.lower().endswith(DATA_SUFFIXES):
        name = name[: name.rfind(".")]
    return name
