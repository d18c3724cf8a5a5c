"""Importing a CSV file: the first rows, the target column, the feature columns ticked, what
to do with missing values, the encoded inputs and the class counts, then accept.

The dialog reads the whole file again with ``read_csv`` whenever the choices change, so what
it shows (the encoded features the network will take, counts, dropped rows, or the engine's
error naming row and column) is exactly what accepting gives; OK stays disabled while the
file cannot be read with those choices. Text feature columns are one-hot encoded by the
engine (``engine.datasets.encoding``); the second table shows the features that makes.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import text_encodings
from engine.datasets.column_hints import uninformative_columns
from engine.datasets.csv_preview import peek
from engine.datasets.csv_reader import divisor_text
from engine.datasets.labels import is_missing
from engine.datasets.normalise import suggested_divisor
from engine.errors import DataError, MissingValues, NotInTextEncoding, TooManyCategories
from engine.tasks import MAX_INFERRED_CLASSES
from gui.data.class_counts import counts_html
from gui.data.csv_tables import fill_table, fix_height, target_cells

ERROR_STYLE = "color: #b00020;"
#: how many rows of encoded features the second table shows
ENCODED_ROWS = 5
#: how many feature columns the tick list shows before it scrolls
FEATURE_ROWS_SHOWN = 12
#: the summary's lines kept free below the tables, so that no box above moves as it changes
SUMMARY_LINES = 7
#: rows of the file's preview in view (``csv_preview.PREVIEW_ROWS`` are read)
PREVIEW_ROWS_SHOWN = 6
#: the height a window manager's title bar and frame may take above and below the dialog
TITLE_BAR_ROOM = 48
#: on a screen shorter than this, both tables show a row fewer: at 1280 × 800 the summary's
#: last line (the classes' colours) was below the fold (tester)
SHORT_SCREEN = 900


class CsvImportDialog(QDialog):
    """Preview and options for one CSV file; ``dataset`` is the result once it reads."""

    def __init__(self, path, parent: QWidget | None = None, target: str | None = None,
                 earlier: dict | None = None):
        """``target``: the column to offer as the target when the file has one of that name
        (the data in use's), else the one ``CsvFile.likely_target`` finds (the last column,
        unless it holds one value or row numbers). ``earlier``: the reading options of this
        same file in use now (``read_csv``'s, from the data's source): its unticked columns,
        missing values, target scale and text encoding are chosen again. A file that is not
        UTF-8 is shown in the likeliest other encoding, said so, for the user to check."""
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.preview, self._guessed = _peek(path, (earlier or {}).get("text_encoding"),
                                            (earlier or {}).get("header"))
        self.path = self.preview.path
        self.dataset = None
        self._csv = None  # the parsed file, once read (``reload``); let go once closed
        self.finished.connect(self._let_go_of_file)
        names = list(self.preview.names)
        self.setWindowTitle(self.tr("Import CSV — {name}").format(name=self.path.name))
        self.table = self._table()
        self.target = QComboBox(objectName="targetCombo")
        self.target.addItems(names)
        self.target.setCurrentIndex(names.index(target) if target in names else len(names) - 1)
        # what the target is: inferred from its values unless the user says (a column of
        # ratings 0–10 reads as 11 classes, and may be numbers to predict)
        self.task = QComboBox(objectName="taskCombo")
        self.task.addItem(self.tr("Inferred from its values"), None)
        self.task.addItem(self.tr("Classes (classification)"), "classification")
        self.task.addItem(self.tr("Numbers (regression)"), "regression")
        self.task.setToolTip(self.tr(
            "Inferred: a target with a value that is not a number, or of whole numbers with "
            "at most {k} distinct values, is classes; any other is numbers to predict. "
            "Choose when that guess is wrong (ratings, counts).").format(
                k=MAX_INFERRED_CLASSES))
        self.features = QListWidget(objectName="featureColumns")
        self.features.setToolTip(self.tr(
            "The columns the network takes as features. Text columns are one-hot encoded: one "
            "input per value, named column=value. Untick identifiers and free text."))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.features.addItem(item)
        # every column in view up to a dozen (a longer list scrolls)
        rows = min(len(names), FEATURE_ROWS_SHOWN)
        self.features.setFixedHeight(self.features.sizeHintForRow(0) * rows
                                     + 2 * self.features.frameWidth() + 4)
        self.drop_missing = QCheckBox(self.tr("Drop rows with missing values"),
                                      objectName="dropMissing")
        self.drop_missing.setToolTip(self.tr(
            "Empty cells, NA, NaN, null and ? are missing values. Ticked: the rows holding one "
            "are left out (and counted); unticked: the file is refused at the first, naming "
            "its row and column."))
        # a numeric target far beyond where a network's outputs start: offered divided
        self.divide_target = QCheckBox(objectName="divideTarget")
        self.divide_target.setToolTip(self.tr(
            "A network's outputs start near 0: a target in the thousands (a price in dollars) "
            "makes its weights grow until its hidden neurons saturate, and it hardly learns. "
            "Divided by a power of ten, the target is within reach; the target's name says "
            "so, and every prediction is in those units."))
        self._divisor = None  # the power of ten offered for the target in use
        # whether the first row names the columns: found by itself, which names of numbers
        # ("2019,2020,label") or a first row of values alone in its class can fool
        self.header = QCheckBox(self.tr("The first row names the columns"), objectName="csvHeader")
        self.header.setChecked(self.preview.header)
        self.header.setToolTip(self.tr(
            "Found by the file's first rows. Tick it when the columns' names are numbers "
            "(years); untick it when the first row holds values, not names."))
        # the file's text encoding: UTF-8 unless it is not (then the likeliest other, said so)
        self.text_encoding = QComboBox(objectName="textEncoding")
        for code in text_encodings.OFFERED:
            self.text_encoding.addItem(text_encodings.label(code), code)
        if self.text_encoding.findData(self.preview.text_encoding) < 0:  # given by name
            self.text_encoding.addItem(self.preview.text_encoding, self.preview.text_encoding)
        self.text_encoding.setCurrentIndex(
            self.text_encoding.findData(self.preview.text_encoding))
        self.text_encoding.setToolTip(self.tr(
            "The encoding the file's text was saved in. Spreadsheets save CSV in the "
            "system's: Excel in Western Europe in Windows-1252, in China in GBK. Wrong, names "
            "such as “Köln” or “Zürich” come out garbled in the first rows above."))
        self.encoded = QTableWidget(0, 0, objectName="encodedTable")
        self.encoded.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Fixed heights, and the room left over below the summary: the summary's lines come
        # and go as columns are ticked (one-hot, a message), and the boxes above must stay
        # where the mouse is (a list that moved under it ticked the neighbouring box).
        fewer = int(self.screen().availableGeometry().height() < SHORT_SCREEN)
        fix_height(self.table, min(len(self.preview.rows), PREVIEW_ROWS_SHOWN - fewer))
        fix_height(self.encoded, ENCODED_ROWS - fewer)
        self.summary = QLabel(objectName="csvSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # room for a summary's usual lines (samples, one-hot, notes, counts, or a message)
        self.summary.setMinimumHeight(SUMMARY_LINES * self.summary.fontMetrics().lineSpacing())
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this data"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Header:"), self.header)
        form.addRow(self.tr("Target column:"), self.target)
        form.addRow(self.tr("The target is:"), self.task)
        form.addRow(self.tr("Feature columns:"), self._with_tick_buttons(self.features))
        form.addRow(self.tr("Missing values:"), self.drop_missing)
        form.addRow(self.tr("Target scale:"), self.divide_target)
        form.addRow(self.tr("Text encoding:"), self.text_encoding)
        self._form = form
        form.setRowVisible(self.divide_target, False)
        # Everything but the buttons scrolls: on a small screen (1280 × 800) the dialog is
        # never taller than the screen, and "Use this data" stays in reach.
        content = QWidget(objectName="csvDialogContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        # a longer summary makes the content taller, never the boxes above it closer together
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(QLabel(self.tr("First rows of <b>{name}</b>:").format(
            name=html.escape(self.path.name))))
        layout.addWidget(self.table)
        layout.addLayout(form)
        self.encoded_label = QLabel(self.tr(
            "What the network takes (text columns one-hot), and in bold the target it learns "
            "to give:"))
        self.encoded_label.setWordWrap(True)
        layout.addWidget(self.encoded_label)
        layout.addWidget(self.encoded)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.scroll = QScrollArea(objectName="csvDialogScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.buttons)
        self._mark_target()
        self.target.currentIndexChanged.connect(self._target_changed)
        self.features.itemChanged.connect(lambda _item: self.reload())
        self.drop_missing.toggled.connect(self.reload)
        self.divide_target.toggled.connect(self.reload)
        self.task.currentIndexChanged.connect(self._task_changed)
        self.text_encoding.currentIndexChanged.connect(self._layout_changed)
        self.header.toggled.connect(self._layout_changed)
        self._choose_as_before(earlier or {})
        self.reload()
        if target not in names and self._csv is not None:
            self._offer_likely_target()
        if (earlier or {}).get("divide_target", 1) != 1 and self._divisor is not None:
            self.divide_target.setChecked(True)  # reads it again, divided
        self.resize(max(680, content.sizeHint().width() + 2 * outer.spacing()), 620)
        self._fit_to_content()

    def _choose_as_before(self, options: dict) -> None:
        """Untick the columns left out before and tick "Drop rows…" if it was (before the
        first reading, so the file is read once with them)."""
        ignored = options.get("ignore") or []
        names = self.preview.names
        self.features.blockSignals(True)
        for key in ignored if isinstance(ignored, list) else [ignored]:
            index = key if isinstance(key, int) else (names.index(key) if key in names else -1)
            if 0 <= index < self.features.count() and index != self.target.currentIndex():
                self.features.item(index).setCheckState(Qt.CheckState.Unchecked)
        self.features.blockSignals(False)
        self.drop_missing.blockSignals(True)
        self.drop_missing.setChecked(bool(options.get("drop_missing")))
        self.drop_missing.blockSignals(False)
        index = self.task.findData(options.get("task"))
        if options.get("task") is not None and index >= 0:
            self.task.blockSignals(True)
            self.task.setCurrentIndex(index)
            self.task.blockSignals(False)

    def _with_tick_buttons(self, features: QListWidget) -> QWidget:
        """The feature list with "Tick all" and "Untick all" beside it: choosing three of
        two hundred columns was two hundred clicks (tester)."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(features, 1)
        buttons = QVBoxLayout()
        for name, text, ticked in (("tickAllFeatures", self.tr("Tick all"), True),
                                   ("untickAllFeatures", self.tr("Untick all"), False)):
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, ticked=ticked: self.tick_all(ticked))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def tick_all(self, ticked: bool) -> None:
        """Every feature column ticked or unticked (the target stays the target), read once."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.features.blockSignals(True)
        for i in range(self.features.count()):
            if i != self.target.currentIndex():
                self.features.item(i).setCheckState(state)
        self.features.blockSignals(False)
        self.reload()

    def _offer_likely_target(self) -> None:
        """The last column is offered first; once the file is parsed, one that cannot be a
        target (a constant, an id) gives way to the likeliest that can."""
        try:
            likely = self._csv.likely_target()
        except DataError:
            return  # the summary already says why the file cannot be read
        if likely != self.target.currentIndex():
            self.target.setCurrentIndex(likely)  # reads it again, with this target

    # ---- choices -----------------------------------------------------------------------------
    def _key(self, index: int):
        """A column as ``read_csv`` is told it: by name, by index when the name repeats."""
        names = self.preview.names
        return names[index] if names.count(names[index]) == 1 else index

    def ignored(self) -> list:
        """The unticked columns other than the target, as ``read_csv``'s ``ignore``."""
        target = self.target.currentIndex()
        return [self._key(i) for i in range(self.features.count())
                if i != target and self.features.item(i).checkState() != Qt.CheckState.Checked]

    def set_feature(self, name: str, ticked: bool) -> None:
        """Tick or untick a column (as a click would)."""
        for i in range(self.features.count()):
            if self.preview.names[i] == name and i != self.target.currentIndex():
                self.features.item(i).setCheckState(
                    Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _target_changed(self) -> None:
        self._mark_target()
        self._divisor = None  # another target: its own scale, and not divided until asked
        self.divide_target.blockSignals(True)
        self.divide_target.setChecked(False)
        self.divide_target.blockSignals(False)
        self.task.blockSignals(True)  # and what it is, inferred again from its own values
        self.task.setCurrentIndex(0)
        self.task.blockSignals(False)
        self.reload()

    def _task_changed(self) -> None:
        self._divisor = None  # numbers now, or no longer: their scale is offered anew
        self.divide_target.blockSignals(True)
        self.divide_target.setChecked(False)
        self.divide_target.blockSignals(False)
        self.reload()

    def _mark_target(self) -> None:
        """The target's row in the feature list is greyed out, without a tick box and named
        the target: it cannot be a feature too. A column that stops being the target is a
        feature again, ticked."""
        target = self.target.currentIndex()
        self.features.blockSignals(True)
        for i in range(self.features.count()):
            item = self.features.item(i)
            enabled = i != target
            flags = item.flags()
            was_target = not flags & Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled
                          else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip("" if enabled else self.tr("the target column"))
            name = self.preview.names[i]
            if enabled:
                item.setText(name)
                if was_target:
                    item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setText(self.tr("{name} (target)").format(name=name))
                item.setData(Qt.ItemDataRole.CheckStateRole, None)
        self.features.blockSignals(False)

    # ---- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the file with the current choices; show the counts or the reason it fails.
        The file is parsed once (``CsvFile``): a tick then costs the choosing, not the parse
        (a second on an MNIST-sized file)."""
        from engine import datasets

        try:
            if self._csv is None:
                self._csv = datasets.CsvFile(self.path, header=self.header.isChecked(),
                                             text_encoding=self.text_encoding.currentData())
            divided = self.divide_target.isChecked() and self._divisor is not None
            self.dataset = self._csv.read(
                target=self._key(self.target.currentIndex()), ignore=self.ignored(),
                task=self.task.currentData(), drop_missing=self.drop_missing.isChecked(),
                divide_target=self._divisor if divided else 1)
        except DataError as error:
            self.dataset = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(html.escape(self._with_way_out(error), quote=False))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self._encoding_note() + self._describe(self.dataset))
        self._offer_division(self.dataset)
        self._show_encoded(self.dataset)
        self._fit_to_content()
        self._highlight_target()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.dataset is not None)

    def _offer_division(self, ds) -> None:
        """Show "Divide the target by 100,000" when a regression target reaches far beyond
        where the network's outputs start (``normalise.suggested_divisor``), ticked or not
        as the user left it; hide it for any other target."""
        if ds is not None and self._divisor is None and ds.task == "regression":
            self._divisor = suggested_divisor(ds.Y)
            if self._divisor is not None:
                largest = float(np.abs(ds.Y).max())
                self.divide_target.setText(self.tr(
                    "Divide the target by {factor} (it reaches {largest})").format(
                        factor=divisor_text(self._divisor), largest=f"{largest:.4g}"))
        show = self._divisor is not None and (ds is None or ds.task == "regression")
        self._form.setRowVisible(self.divide_target, show)

    def _let_go_of_file(self) -> None:
        self._csv = None

    def _layout_changed(self) -> None:
        """The file shown and read again in the text encoding chosen, with a header or not;
        an encoding that cannot read it says why (the first rows stay as they were, and
        "Use this data" is off)."""
        self._guessed = False
        self._csv = None
        try:
            preview = peek(self.path, text_encoding=self.text_encoding.currentData(),
                           header=self.header.isChecked())
        except DataError as error:
            self._refuse(str(error))
            return
        if len(preview.names) != len(self.preview.names):
            # (a delimiter read otherwise: not a choice to guess at)
            self._refuse(self.tr(
                "Read as {encoding}, the file has {k} columns instead of {n}: choose "
                "another text encoding").format(
                    encoding=self.text_encoding.currentText(), k=len(preview.names),
                    n=len(self.preview.names)))
            return
        self.preview = preview
        self._show_preview()
        self.reload()

    def _refuse(self, message: str) -> None:
        self.dataset = None
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(html.escape(message, quote=False))
        self._show_encoded(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_preview(self) -> None:
        """The first rows and the columns' names as the file now reads, in the first rows'
        table, the target's list and the feature list (their ticks kept)."""
        names = self.preview.names
        fill_table(self.table, self.preview)
        for c, name in enumerate(names):
            self.target.setItemText(c, name)
        self._mark_target()
        self.features.blockSignals(True)
        for i in range(self.features.count()):
            if i != self.target.currentIndex():
                self.features.item(i).setText(names[i])
        self.features.blockSignals(False)

    def _encoding_note(self) -> str:
        """While the encoding is the dialog's guess: that the file is not UTF-8, and how it
        is read."""
        if not self._guessed:
            return ""
        return self.tr(
            "Not UTF-8 text: read as {encoding}. If the names above look garbled, choose "
            "the text encoding it was saved in.").format(
                encoding=html.escape(self.text_encoding.currentText(), quote=False)) + "<br>"

    def _with_way_out(self, error: DataError) -> str:
        """The engine's message, and for missing values the way out in this dialog (its box,
        not the Python keyword or the command-line flag)."""
        if isinstance(error, MissingValues) and not self.drop_missing.isChecked():
            return self.tr("{message}. Tick “Drop rows with missing values” to leave these "
                           "rows out.").format(message=error)
        if isinstance(error, TooManyCategories):
            return self.tr("{message}. Untick “{column}” among the feature columns to leave "
                           "it out.").format(message=error, column=error.column)
        if not self.header.isChecked() and ": row 1," in str(error):
            # the first row read as values fails where it names the columns ("f0")
            return self.tr("{message}. If the first row names the columns, tick “The first "
                           "row names the columns”.").format(message=error)
        return str(error)

    def _fit_to_content(self) -> None:
        """As tall as the content and the buttons need, at least 620 px, at most the
        screen's height (the rest scrolls)."""
        margins = self.layout().contentsMargins()
        needed = (self.scroll.widget().minimumSizeHint().height()
                  + self.buttons.sizeHint().height() + self.layout().spacing()
                  + margins.top() + margins.bottom() + 4)
        # the window manager's title bar, unknown until it is shown: room for a tall one
        frame = max(self.frameGeometry().height() - self.geometry().height(), TITLE_BAR_ROOM)
        limit = (self.screen().availableGeometry().height() - frame if self.screen()
                 else needed)
        height = min(max(620, needed), limit)
        if height > self.height() or self.height() > limit:  # grown, or above the screen
            self.resize(self.width(), height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """A dialog that grew (a longer summary) moves up rather than push its buttons off
        the bottom of the screen (1280 × 800: "Use this data" went out of reach)."""
        if not self.isVisible() or self.screen() is None:
            return
        screen, frame = self.screen().availableGeometry(), self.frameGeometry()
        if frame.bottom() > screen.bottom():
            self.move(frame.x(), max(screen.top(), frame.y() - (frame.bottom() - screen.bottom())))

    def accept(self) -> None:
        if self.dataset is not None:
            super().accept()

    def _describe(self, ds) -> str:
        task = {"classification": self.tr("classification"),
                "regression": self.tr("regression")}.get(ds.task, ds.task)
        text = (self.tr("{n} samples · 1 feature · {task}") if ds.n_features == 1 else
                self.tr("{n} samples · {d} features · {task}")).format(
            n=ds.n_samples, d=ds.n_features, task=task)
        if ds.dropped_rows == 1:
            text += self.tr(" · 1 row with a missing value dropped")
        elif ds.dropped_rows:
            text += self.tr(" · {k} rows with missing values dropped").format(k=ds.dropped_rows)
        encoding = ds.encoding
        if encoding is not None and encoding.has_text:
            text += "<br>" + self.tr("One-hot: {columns}").format(columns=html.escape(", ".join(
                self.tr("{name} ({k} values)").format(name=c.name, k=c.width)
                for c in encoding.columns if c.is_text), quote=False))
        for hint in uninformative_columns(ds):
            text += "<br>" + self.tr("Note: {hint}; untick it?").format(
                hint=html.escape(hint, quote=False))
        lonely = self._first_row_alone(ds)
        if lonely is not None:
            text += "<br>" + self.tr(
                "Note: the class “{name}” is the first row's alone: if that row names the "
                "columns, tick “The first row names the columns”.").format(
                    name=html.escape(lonely, quote=False))
        return f"{text}<br>{counts_html(ds)}"

    def _first_row_alone(self, ds) -> str | None:
        """The class of the first row when no other row has it and the first row is read as
        values: a header of numbers ("2019,2020,label") read as a sample of class "label"."""
        if self.header.isChecked() or ds.task != "classification" or ds.dropped_rows:
            return None
        counts = ds.class_counts()
        first = int(ds.labels()[0]) if ds.n_samples else -1
        return ds.class_names[first] if first >= 0 and counts[first] == 1 else None

    # ---- tables ------------------------------------------------------------------------------
    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 0, objectName="csvTable")
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fill_table(table, self.preview)
        return table

    def _show_encoded(self, ds) -> None:
        """The first rows of the features the network takes, one column per feature, and
        after them the target each row is to give (bold, as in the file's table): a class's
        name, or the number (divided, when it is)."""
        table = self.encoded
        if ds is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        rows = min(ENCODED_ROWS, ds.n_samples)
        targets = target_cells(ds, rows)
        table.setColumnCount(ds.n_features + len(targets))
        table.setRowCount(rows)
        table.setHorizontalHeaderLabels([*ds.feature_names, *(
            self.tr("{name} (target)").format(name=name) for name in targets)])
        lines = self._encoded_lines(ds, rows)
        if lines is not None:  # numbered as the file's table is, so a row is one row
            table.setVerticalHeaderLabels([str(line) for line in lines])
        for r in range(rows):
            for c in range(ds.n_features):
                table.setItem(r, c, QTableWidgetItem(f"{ds.X[r, c]:.6g}"))
        for c, cells in enumerate(targets.values(), start=ds.n_features):
            header = table.horizontalHeaderItem(c)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for r, cell in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(cell))
        table.resizeColumnsToContents()

    def _encoded_lines(self, ds, rows: int) -> list[int] | None:
        """The file's line numbers of the first ``rows`` samples: the preview's rows, less
        those with a missing value in a column used, when rows were dropped for that (the
        two tables numbered the same row 2 and 1, tester); None when they are not known."""
        lines, raw = list(self.preview.lines), self.preview.rows
        if not lines:
            return None
        if ds.dropped_rows:
            target = self.target.currentIndex()
            used = [i for i in range(len(self.preview.names)) if i == target
                    or self.features.item(i).checkState() == Qt.CheckState.Checked]
            lines = [line for line, row in zip(lines, raw, strict=False)
                     if not any(i < len(row) and is_missing(row[i]) for i in used)]
        return lines[:rows] if len(lines) >= rows else None

    def _highlight_target(self) -> None:
        target = self.target.currentIndex()
        for c in range(self.table.columnCount()):
            item = self.table.horizontalHeaderItem(c)
            font = item.font()
            font.setBold(c == target)
            item.setFont(font)


def _peek(path, text_encoding: str | None, header: bool | None = None):
    """The file's first rows in ``text_encoding`` (UTF-8 if None), with a header or not
    (None: as found), and whether that encoding is a guess: a file that is not UTF-8 is
    shown in the likeliest other (``text_encodings.likely_encoding``, by the interface's
    language)."""
    from gui import i18n

    try:
        return peek(path, text_encoding=text_encoding or text_encodings.DEFAULT,
                    header=header), False
    except NotInTextEncoding as error:
        if error.encoding != text_encodings.DEFAULT:
            raise
    likely = text_encodings.likely_encoding_of_file(path, i18n.current_language())
    return peek(path, text_encoding=likely, header=header), True
