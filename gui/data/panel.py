"""``dataPanel``: what the network learns from, and every way to change it.

A summary of the current data (samples, features, classes with their counts, the split), the
normalisation, the input features of two-feature data (``inputFeatures``: x₁², sin x₁, … as
input neurons), a built-in set with its parameters, the user's CSV / image folder / IDX files
through preview dialogs, and painting points on the plane. Every change goes through the
document as one undoable edit. When new data do not fit the network, nothing changes: the
panel says why and offers the one-click fix that resizes the input and output layers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine import notation
from engine.datasets.normalise import scaling_problem, target_scale_problem
from engine.datasets.sources import display_name
from engine.errors import BackpropStudioError, DataError
from engine.output_range import output_range_problem
from engine.project.limits import LARGE_PARAMETERS
from engine.session import DataDoesNotFit
from engine.session.fitting import fitted_spec
from gui.data import start_folder
from gui.data.builtin_form import BuiltinForm
from gui.data.class_counts import counts_html
from gui.data.features_box import InputFeaturesBox

#: the normalisations offered; the texts are marked for lupdate here and translated where the
#: combo box is filled, in the DataPanel's context
NORMALISATIONS = (("none", QT_TRANSLATE_NOOP("DataPanel", "None (raw values)")),
                  ("standardise", QT_TRANSLATE_NOOP("DataPanel", "Standardise (mean 0, sd 1)")),
                  ("minmax", QT_TRANSLATE_NOOP("DataPanel", "Min–max (to [0, 1])")))
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #7d4e00; background: #fff8c5; padding: 4px; border-radius: 4px;"
BANNER_STYLE = ("QFrame#fitBanner { background: #fff4d6; border: 1px solid #e0b000;"
                " border-radius: 6px; }")


class DataPanel(QWidget):
    def __init__(self, document, plot=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.document = document
        self.pending: DataDoesNotFit | None = None
        #: what to say once the pending data are in use (``_normalisation_for``)
        self.pending_note: str | None = None
        #: what to do once the pending data are in use (``import_csv``'s ``on_used``)
        self.pending_on_used = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary_box())
        layout.addWidget(self._fit_banner())
        self.features_box = InputFeaturesBox(document)
        layout.addWidget(self.features_box)
        layout.addWidget(self._builtin_box())
        layout.addWidget(self._import_box())
        self.paint_box = None
        if plot is not None:
            from gui.data.paint_panel import PaintBox
            from gui.data.paint_tool import PaintTool

            self.paint_tool = PaintTool(document, plot, self)
            self.paint_tool.message.connect(self.show_error)
            self.paint_box = PaintBox(self.paint_tool)
            layout.addWidget(self.paint_box)
        self.message = QLabel(objectName="dataMessage", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        layout.addStretch(1)
        document.dataChanged.connect(self.refresh)
        # an error said of earlier data (a file that would not read) is not of these
        document.dataChanged.connect(lambda: self.show_error(""))
        document.specChanged.connect(self.refresh)
        document.dataChanged.connect(self._show_builtin_in_use)
        self.refresh()
        self._show_builtin_in_use()

    # ---- building ----------------------------------------------------------------------------
    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Current data"))
        self.title = QLabel(objectName="dataTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.shape = QLabel(objectName="dataShape", wordWrap=True)
        self.counts = QLabel(objectName="dataCounts", wordWrap=True)
        self.normalisation = QComboBox(objectName="normalisationCombo")
        self.normalisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.normalisation.setMinimumContentsLength(12)
        for method, text in NORMALISATIONS:
            self.normalisation.addItem(self.tr(text), method)
        self.normalisation.activated.connect(lambda _index: self._normalisation_chosen())
        form = QFormLayout()
        # the label above the box: beside it, the dock's width cut "Standardise (mean 0, sd 1)"
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Normalisation:"), self.normalisation)
        self.scaling_hint = QLabel(objectName="scalingHint", wordWrap=True)
        self.scaling_hint.setStyleSheet(HINT_STYLE)
        self.standardise_button = QPushButton(self.tr("Standardise the features"),
                                              objectName="standardiseButton")
        self.standardise_button.clicked.connect(
            lambda: self._normalisation_chosen("standardise"))
        layout = QVBoxLayout(box)
        for widget in (self.title, self.shape, self.counts):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.scaling_hint)
        layout.addWidget(self.standardise_button)
        self.target_hint = QLabel(objectName="targetScaleHint", wordWrap=True)
        self.target_hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.target_hint)
        return box

    def _encoding_note(self, ds) -> str:
        """The CSV's one-hot text columns and dropped rows, as lines to add to the shape."""
        import html

        lines = []
        encoding = getattr(ds, "encoding", None)
        if encoding is not None and encoding.has_text:
            lines.append(self.tr("one-hot: {columns}").format(columns=html.escape(", ".join(
                self.tr("{name} ({k} values)").format(name=c.name, k=c.width)
                for c in encoding.columns if c.is_text))))
        if ds.dropped_rows == 1:
            lines.append(self.tr("1 row with a missing value dropped"))
        elif ds.dropped_rows:
            lines.append(self.tr("{k} rows with missing values dropped").format(
                k=ds.dropped_rows))
        return "".join("<br>" + line for line in lines)

    def _fit_banner(self) -> QFrame:
        self.banner = QFrame(objectName="fitBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(objectName="fitMessage", wordWrap=True)
        self.fit_button = QPushButton(self.tr("Fit the network to the data"),
                                      objectName="fitButton")
        self.fit_button.setToolTip(self.tr(
            "Resize the input and output layers for these data, keeping the hidden layers "
            "and the weights of the connections that remain"))
        self.fit_button.clicked.connect(self.fit_network)
        dismiss = QPushButton(self.tr("Keep the current data"), objectName="dismissFitButton")
        dismiss.clicked.connect(self._dismiss)
        buttons = QVBoxLayout()  # one above the other: the panel may be narrow
        buttons.addWidget(self.fit_button)
        buttons.addWidget(dismiss)
        layout = QVBoxLayout(self.banner)
        layout.addWidget(self.banner_text)
        layout.addLayout(buttons)
        self.banner.hide()
        return self.banner

    def _builtin_box(self) -> QGroupBox:
        box = self.builtin_box = QGroupBox(self.tr("Built-in data"))
        self.builtin = BuiltinForm()
        self.apply_button = QPushButton(self.tr("Use this data"), objectName="applyBuiltin")
        self.apply_button.clicked.connect(self.apply_builtin)
        layout = QVBoxLayout(box)
        layout.addWidget(self.builtin)
        layout.addWidget(self.apply_button)
        return box

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your own data"))
        layout = QGridLayout(box)
        for k, (name, text, slot) in enumerate((
                ("importCsv", self.tr("CSV file…"), self.choose_csv),
                ("importImages", self.tr("Image folder…"), self.choose_folder),
                ("importIdx", self.tr("IDX / MNIST…"), self.choose_idx))):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            layout.addWidget(button, k // 2, k % 2)
        return box

    # ---- showing the document ------------------------------------------------------------------
    def refresh(self) -> None:
        ds, spec = self.document.dataset, self.document.spec
        self.title.setText(display_name(ds) or self.tr("(unnamed)"))
        train = len(self.document.training.X)
        validation = 0 if self.document.training.X_val is None else len(
            self.document.training.X_val)
        what = (self.tr("{k} classes").format(k=ds.n_classes) if ds.task == "classification"
                else self.tr("regression"))
        self.shape.setText(self.tr(
            "{samples} × {features} · {what}<br>training {t} · validation {v}"
            "<br>network: {i} → {o}").format(
                samples=self.tr("1 sample") if ds.n_samples == 1 else
                self.tr("{n} samples").format(n=ds.n_samples),
                features=self.tr("1 feature") if ds.n_features == 1 else
                self.tr("{n} features").format(n=ds.n_features),
                what=what, t=train, v=validation,
                i=self.tr("1 input") if spec.n_inputs == 1 else
                self.tr("{n} inputs").format(n=spec.n_inputs),
                o=self.tr("1 output") if spec.n_outputs == 1 else
                self.tr("{n} outputs").format(n=spec.n_outputs)) + self._encoding_note(ds))
        self.counts.setText(counts_html(ds))
        self.normalisation.setCurrentIndex(
            self.normalisation.findData(self.document.normalisation))
        problem = (scaling_problem(ds.X, ds.feature_names)
                   if self.document.normalisation == "none" and ds.image_shape is None else None)
        self.scaling_hint.setText("" if problem is None else self.tr(
            "Unnormalised, {why}: tanh and sigmoid units saturate and learn slowly. "
            "Standardising the features (zero mean, unit variance) helps.").format(why=problem))
        self.scaling_hint.setVisible(problem is not None)
        self.standardise_button.setVisible(problem is not None)
        target = (target_scale_problem(ds.Y, ds.target_names)
                  if ds.task == "regression" else None)
        if target is not None and (ds.source or {}).get("kind") == "csv":
            target = self.tr("{problem}: the CSV dialog's “Target scale” box does it when the "
                             "file is imported again").format(problem=target)
        if target is None and ds.task == "regression" and spec.layers:
            target = output_range_problem(spec.layers[-1].activation, ds.Y, ds.target_names)
        self.target_hint.setText("" if target is None else notation.sentence(target))
        self.target_hint.setVisible(target is not None)

    def _show_builtin_in_use(self) -> None:
        """The Built-in box shows the set in use (after Open or New too), ready to be made
        again; only when the data change, so a choice not yet applied is not lost."""
        source = self.document.dataset.source or {}
        if source.get("kind") == "builtin" and source.get("name") != self.builtin.name():
            self.builtin.select(source["name"], source.get("params"))
        # other data in use: the box offers a set, it does not describe the one in use (its
        # last choice read as the data of the example just opened, testers)
        self.builtin_box.setTitle(self.tr("Built-in data") if source.get("kind") == "builtin"
                                  else self.tr("Built-in data (not in use)"))

    def show_error(self, text: str) -> None:
        self.message.setText(notation.sentence(text) if text else "")
        if text:
            self._bring_into_view(self.message)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the panel to ``widget`` (the refusal of a click further down must not go
        unseen above the fold), once the layout has placed it."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return

        def reveal() -> None:
            # the layout first: a widget just shown has no place yet, and on a real screen
            # the scroll came before the layout gave it one (the notice stayed above the view)
            for holder in (widget.parentWidget(), area.widget()):
                if holder is not None and holder.layout() is not None:
                    holder.layout().activate()
            area.ensureWidgetVisible(widget, 0, 12)

        QTimer.singleShot(0, area, reveal)

    # ---- changing the data -------------------------------------------------------------------
    def use(self, dataset) -> bool:
        """Make ``dataset`` the document's data; if the network does not fit, say so and offer
        the fix. Returns True when the data changed."""
        self._dismiss()
        self.show_error("")
        method, note = self._normalisation_for(dataset)
        trained = len(self.document.history) > 0
        try:
            # other data, a fresh start when the weights were trained on the old data (they
            # start far off); weights set by hand, or as first drawn, stay: lesson 1 keeps
            # AND's weights, lowers the threshold by hand and has OR (tester)
            self.document.set_data(dataset, method, fresh_weights=trained)
        except DataDoesNotFit as refusal:
            self.pending, self.pending_note = refusal, note
            self.banner_text.setText(self.tr(
                "<b>The network does not fit these data.</b> {why}. Nothing was changed.")
                .format(why=notation.sentence(refusal.reason).rstrip(".。")))
            self.banner.show()
            self._bring_into_view(self.banner)
            return False
        except BackpropStudioError as error:
            self.show_error(str(error))
            return False
        self._say(self._with_fresh_weights(note, trained))
        return True

    def _with_fresh_weights(self, note: str | None, trained: bool) -> str | None:
        """The note about the data, and, when the network had been trained, that its
        weights start afresh with them (and how to get the trained ones back)."""
        if not trained:
            return note
        fresh = self.tr("The weights start afresh for these data (Undo brings back the "
                        "trained ones).")
        return fresh if not note else f"{note} {fresh}"

    def _say(self, note: str | None) -> None:
        """A word in the window's status bar about data just put in use."""
        window = self.window()
        if note and hasattr(window, "statusBar"):
            window.statusBar().showMessage(note, 15000)

    def _normalisation_for(self, dataset) -> tuple[str, str | None]:
        """The normalisation chosen, except that a file's features whose raw values would
        stall the network (``scaling_problem``) are standardised, as the command line's
        ``new`` does, when the choice is still "none" (chosen again after, it stays); and the
        word to say once the data are in use (None: nothing to say)."""
        method = self.normalisation.currentData()
        source = dataset.source or {}
        if method != "none" or source.get("kind") != "csv":
            return method, None
        problem = scaling_problem(dataset.X, dataset.feature_names)
        if problem is None:
            return method, None
        return "standardise", self.tr(
            "The features are standardised (zero mean, unit variance): unnormalised, "
            "{why}.").format(why=problem)

    def fit_network(self) -> None:
        """The one-click fix for the data that did not fit."""
        if self.pending is None:
            return
        pending, self.pending = self.pending, None
        self.banner.hide()
        if not self._large_network_agreed(pending):
            return
        trained = len(self.document.history) > 0
        try:
            # the one-click fix keeps the hidden layers the user built (only the input and
            # output layers change), their weights drawn afresh as for any other data
            self.document.fit_network_to_data(pending.dataset, pending.normalisation,
                                              fresh_weights=True)
        except BackpropStudioError as error:
            self.show_error(str(error))
            return
        self._say(self._with_fresh_weights(self.pending_note, trained))
        on_used, self.pending_on_used = self.pending_on_used, None
        if on_used is not None:
            on_used()
        self._show_current_data()

    def _show_current_data(self) -> None:
        """Scroll back to the summary of the data just taken in: the Fit button went with its
        banner, and the focus, and the panel's scroll with it, had moved on to the built-in
        data further down."""
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            QTimer.singleShot(0, self, lambda: scroll.ensureWidgetVisible(self.title, 0, 0))

    def _large_network_agreed(self, pending) -> bool:
        """A network past LARGE_PARAMETERS is built only if the user agrees (it is slow to
        train and large to keep); the engine refuses one past MAX_PARAMETERS itself."""
        spec = fitted_spec(self.document.spec, pending.dataset, self.document.features)
        if spec.n_parameters <= LARGE_PARAMETERS:
            return True
        answer = QMessageBox.question(
            self, self.tr("A large network"),
            self.tr("Fitted to these data the network has {n} parameters (about {mb} MB of "
                    "weights); training it will be slow. Build it?").format(
                n=f"{spec.n_parameters:,}", mb=f"{spec.n_parameters * 8 / 1e6:,.0f}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def apply_builtin(self) -> bool:
        try:
            dataset = self.builtin.load()
        except DataError as error:
            self.show_error(str(error))
            return False
        return self.use(dataset)

    def _normalisation_chosen(self, method: str | None = None) -> None:
        try:
            self.document.set_normalisation(method or self.normalisation.currentData())
        except BackpropStudioError as error:
            self.show_error(str(error))
            self.refresh()

    def _dismiss(self) -> None:
        self.pending = self.pending_note = self.pending_on_used = None
        self.banner.hide()

    # ---- imports -------------------------------------------------------------------------
    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV"), start_folder.import_folder(self.document),
            self.tr("CSV files (*.csv *.tsv *.txt);;All (*)"))
        if path:
            start_folder.remember(path)
            self.import_csv(path)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder with one folder per class"),
                                                start_folder.import_folder(self.document))
        if path:
            start_folder.remember(path)
            self.import_folder(path)

    def choose_idx(self) -> None:
        images, _ = QFileDialog.getOpenFileName(self, self.tr("IDX images (e.g. "
                                                              "train-images-idx3-ubyte.gz)"),
                                                start_folder.import_folder(self.document))
        if not images:
            return
        labels, _ = QFileDialog.getOpenFileName(self, self.tr("IDX labels (e.g. "
                                                              "train-labels-idx1-ubyte.gz)"),
                                                str(Path(images).parent))
        if labels:
            start_folder.remember(images)
            self.import_idx(images, labels)

    def import_csv(self, path, on_used=None, on_refused=None, fit: bool = False):
        """The CSV dialog for ``path``; ``on_used()`` is called once its data are in use,
        ``on_refused(message)`` when the file cannot even be previewed. ``fit``: a network
        that does not fit the data is fitted to them at once (File ▸ Open makes a new
        project of the file, and a banner asking to fit it was one more step, tester)."""
        from gui.data.csv_dialog import CsvImportDialog

        targets = self.document.dataset.target_names
        source = self.document.dataset.source
        # the file in use again (read anew, or with one choice changed): as it was chosen
        again = (source.get("kind") == "csv" and isinstance(source.get("path"), str)
                 and _same_file(source["path"], path))
        return self._preview(lambda: CsvImportDialog(
            path, self, target=targets[0] if len(targets) == 1 else None,
            earlier=source.get("options") if again else None), on_used, on_refused, fit)

    def import_folder(self, path):
        from gui.data.image_dialog import ImageFolderDialog

        return self._preview(lambda: ImageFolderDialog(path, self))

    def import_idx(self, images, labels):
        from gui.data.image_dialog import IdxDialog

        return self._preview(lambda: IdxDialog(images, labels, self))

    def _preview(self, make, on_used=None, on_refused=None, fit: bool = False):
        """Open a preview dialog (window-modal, not blocking); its accepted data are used
        (and then ``on_used()`` called). A file that cannot even be previewed is reported
        to ``on_refused`` if given, else here, and no dialog opens."""
        self.show_error("")
        try:
            dialog = make()
        except DataError as error:
            if on_refused is None:
                self.show_error(str(error))
            else:  # said there (File ▸ Open's box) only: red here, it outlived the box
                on_refused(str(error))
            return None
        def accepted() -> None:
            if self.use(dialog.dataset):
                if on_used is not None:
                    on_used()
            elif self.pending is not None:  # once the network is fitted to them
                self.pending_on_used = on_used
                if fit:
                    self.fit_network()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


def _same_file(a, b) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
