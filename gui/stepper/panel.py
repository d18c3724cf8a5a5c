"""``backpropStepper``: one step of gradient descent on a chosen sample (or a small
mini-batch), stage by stage as the notes write the backpropagation algorithm.

Each stage (``engine.walkthrough``, through the session's derived numbers) shows its formula
as mathematics, the same formula worked out with the numbers of the selected neuron (and, for
the gradient and the update, of one of its weights), what the stage is about in words, and on
the canvas its numbers: z and a on the neurons going forward, δ going back, ∂C/∂w on the
connections (colour the sign, width the size), the layer highlighted. For a weight, the
gradient backpropagation gives stands beside the central difference of the cost. ◂ and ▸ (or
the arrow keys, Home and End) step; nothing here changes the network.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import notation
from engine.perceptron import rule_applies
from gui.stepper import worked
from gui.stepper.formulas import formula_image
from gui.stepper.overlays import stage_overlay

#: the narrowest the list of stages gets (it widens to its longest title)
LIST_MIN_WIDTH = 210
#: pixels a list row takes besides its title's text (the item's margins and the scroll bar)
LIST_PADDING = 30
#: the largest mini-batch the stepper walks through (its sums stay readable)
MAX_BATCH = 8
#: the sizes of the stage's formula and of its lines worked out, in points
FORMULA_POINTS, WORKED_POINTS = 14.0, 12.0
#: a formula wider than the panel is drawn smaller to fit, down to this share of its size
#: (then the panel scrolls): a forward sum's result was cut off at the panel's edge
LEAST_FORMULA_SHARE = 0.6
#: pixels the worked-out box and the page keep around a formula
FORMULA_MARGINS = 40
#: how long a resize settles before the formulas are fitted again, in ms
REFIT_MS = 120


def stage_title(stage) -> str:
    """The stage's title in the stepper's list, as the notes name the algorithm's steps."""
    titles = {
        "input": QCoreApplication.translate("BackpropStepper", "Input: a⁰ = x"),
        "forward": QCoreApplication.translate("BackpropStepper",
                                              "Forward, layer {l}: z{s} and a{s}"),
        "output_error": QCoreApplication.translate("BackpropStepper", "Output error δ{s}"),
        "backward": QCoreApplication.translate("BackpropStepper", "Backward, layer {l}: δ{s}"),
        "gradient": QCoreApplication.translate("BackpropStepper",
                                               "Gradient, layer {l}: ∂C/∂W{s}"),
        "update": QCoreApplication.translate("BackpropStepper",
                                             "Update, layer {l}: W{s} ← W{s} − η ∂C/∂W{s}"),
        "perceptron_error": QCoreApplication.translate("BackpropStepper",
                                                       "Error y − a{s}"),
        "perceptron_update": QCoreApplication.translate(
            "BackpropStepper", "Perceptron rule: W{s} ← W{s} + η(y − a{s})xᵀ"),
    }
    return titles[stage.kind].format(l=stage.layer, s=notation.sup(stage.layer))


class BackpropStepper(QWidget):
    #: the canvas should show this overlay (None: none)
    overlayChanged = Signal(object)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("backpropStepper")
        self.document = document
        self.stages: list = []
        self.index = 0
        self.running = False
        #: the stepper's dock is raised: it computes, and the canvas shows its stage
        self.on_screen = False
        self._key = None
        #: the derived numbers the stages were taken from (``refresh``)
        self._derived = None
        self._build()
        self._refit = QTimer(self, singleShot=True)
        self._refit.timeout.connect(self.show_stage)
        self.scroll.viewport().installEventFilter(self)
        # the sample the document has chosen, not the box's own first value: shown for the
        # first time, the box would otherwise choose sample 1 for every view (a window built
        # again in another language lost the teacher's sample)
        self._fit_ranges()
        self.sample.blockSignals(True)
        self.sample.setValue(document.selected_sample + 1)
        self.sample.blockSignals(False)
        for signal in (document.weightsChanged, document.specChanged, document.dataChanged,
                       document.configChanged):
            signal.connect(self.refresh)
        document.selectionChanged.connect(self.show_stage)
        document.sampleChanged.connect(self._sample_chosen_elsewhere)
        self.refresh()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.sample = QSpinBox(self, objectName="stepperSample")
        self.sample.setToolTip(self.tr("The sample x whose forward and backward pass is shown"))
        self.batch = QSpinBox(self, objectName="stepperBatch")
        self.batch.setRange(1, MAX_BATCH)
        self.sample.valueChanged.connect(self._samples_changed)
        self.batch.valueChanged.connect(self._samples_changed)
        self.previous = QPushButton("◂", self, objectName="stepperPrevious")
        self.previous.setToolTip(self.tr("The stage before (←)"))
        self.next = QPushButton("▸", self, objectName="stepperNext")
        self.next.setToolTip(self.tr("The next stage (→)"))
        self.previous.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.position = QLabel(self, objectName="stepperPosition")
        self.position.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self, objectName="stepperStages")
        self.list.currentRowChanged.connect(self.go)
        self.formula = QLabel(self, objectName="stepperFormula")
        self.formula.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.worked_box = QGroupBox(self)
        self.worked_lines = QVBoxLayout(self.worked_box)
        self.weight = QSpinBox(self, objectName="stepperWeight")
        self.weight.setToolTip(self.tr("Which weight wᵢⱼ of the neuron the gradient and update "
                                       "stages work out: from neuron j of the layer before"))
        self.weight.valueChanged.connect(self.show_stage)
        self.note = QLabel(self, objectName="stepperNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #57606a;")
        self.check = QLabel(self, objectName="stepperCheck")
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.RichText)
        choose = QFormLayout()
        samples = QHBoxLayout()
        samples.addWidget(self.sample, 2)
        samples.addWidget(QLabel(self.tr("m ="), self))
        samples.addWidget(self.batch, 1)
        choose.addRow(self.tr("Sample x"), samples)
        steps = QHBoxLayout()
        steps.addWidget(self.previous)
        steps.addWidget(self.next)
        self.position.setWordWrap(True)
        weight = QFormLayout()
        weight.addRow(self.tr("Weight from neuron j ="), self.weight)
        self.weight_row = weight
        # Left: what to step through; right: the stage as mathematics (the panel is wide and
        # short, as the bottom of the window is).
        controls = QVBoxLayout()
        controls.addLayout(choose)
        controls.addLayout(steps)
        controls.addWidget(self.list, 1)
        page = QWidget(self)
        details = QVBoxLayout(page)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.position)
        details.addWidget(self.formula)
        details.addWidget(self.worked_box)
        details.addLayout(weight)
        details.addWidget(self.note)
        details.addWidget(self.check)
        details.addStretch(1)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls, 0)
        layout.addWidget(scroll, 1)
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        for keys, step in ((QKeySequence.StandardKey.MoveToNextChar, 1),
                           (QKeySequence.StandardKey.MoveToPreviousChar, -1)):
            QShortcut(keys, self, lambda step=step: self.go(self.index + step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key, target in ((Qt.Key.Key_Home, lambda: 0),
                            (Qt.Key.Key_End, lambda: len(self.stages) - 1)):
            QShortcut(QKeySequence(key), self, lambda target=target: self.go(target()),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ---- the stages --------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        """A run is training (not paused): the stepper waits for it, so the screen's thread
        computes nothing while it trains."""
        self.running = running
        if not running:
            self.refresh()
        else:
            self.note.setText(self.tr("Training runs: the stepper shows the weights of the "
                                      "moment training pauses or ends."))

    def samples(self) -> list[int]:
        n = len(self.document.dataset.X)
        start = self.sample.value() - 1
        m = 1 if self._perceptron() else self.batch.value()
        return list(range(start, min(start + m, n)))

    def _perceptron(self) -> bool:
        """Whether training uses the perceptron rule, which the walk then shows: on one
        sample, as the rule learns from one at a time."""
        return rule_applies(self.document.config.mode, self.document.spec)

    def refresh(self) -> None:
        """The walkthrough at the current weights (a new one after any change); while the
        stepper is not on screen, when it is shown next."""
        self._fit_ranges()
        if not self.on_screen:
            return  # set_on_screen refreshes
        if self.running:
            return
        # the derived numbers themselves, held, not their id(): a new version's object can
        # take a freed one's address, and the walkthrough of a network since changed was
        # kept (a neuron removed: an IndexError in the worked-out formula)
        derived = self.document.derived
        config = self.document.config
        key = (tuple(self.samples()), config.learning_rate, self._perceptron())
        if derived is not self._derived or key != self._key:
            self._derived, self._key = derived, key
            was = self._standing()
            self.stages = self.document.derived.walkthrough(self.samples(),
                                                            config.learning_rate, config.mode)
            self.list.blockSignals(True)
            self.list.clear()
            self.list.addItems([stage_title(stage) for stage in self.stages])
            self.list.blockSignals(False)
            self.index = self._same_stage(was)
        self.show_stage()

    def _standing(self):
        """The stage the walk stands on, as (kind, layer), or None."""
        if not self.stages or not 0 <= self.index < len(self.stages):
            return None
        stage = self.stages[self.index]
        return stage.kind, stage.layer

    def _same_stage(self, was) -> int:
        """Where a new walk stands: on the stage of the same kind and layer (a weight edited,
        an epoch trained, m changed: the teacher stays where the class is), else at the first
        stage. A network with another layer count had kept the stage's number, which then
        named another step ("Backward, layer 2" became "Gradients, layer 3")."""
        if was is None:  # no walk yet (or one handed over by ``take_walk``): its number
            return max(0, min(self.index, len(self.stages) - 1))
        for k, stage in enumerate(self.stages):
            if (stage.kind, stage.layer) == was:
                return k
        return 0

    def _fit_ranges(self) -> None:
        """x within the data's samples, m within the samples from x on."""
        n = len(self.document.dataset.X)
        for box, top in ((self.sample, n), (self.batch, None)):
            if top is None:
                # m counts the samples from x on: from sample 2 of 4 there are 3 (the box
                # said 4 while the stage spoke of "the m = 3 samples")
                top = min(MAX_BATCH, n - self.sample.value() + 1)
            box.blockSignals(True)
            box.setRange(1, max(top, 1))
            box.blockSignals(False)
        self.sample.setSuffix(self.tr(" of {n}").format(n=n))
        perceptron = self._perceptron()
        self.batch.setEnabled(not perceptron)
        self.batch.setToolTip(
            self.tr("The perceptron rule learns from one sample at a time: m is 1")
            if perceptron else
            self.tr("m: walk through a mini-batch of m samples from x on; the gradient is "
                    "then their mean"))

    def walk(self) -> tuple[int, int, int]:
        """Where the walk stands (m, the stage, the weight's j); x is the document's."""
        return self.batch.value(), self.index, self.weight.value()

    def take_walk(self, walk: tuple[int, int, int]) -> None:
        """Stand where another stepper's ``walk`` stood (a window built again)."""
        m, self.index, weight = walk
        self.stages = []  # the walk stands at that number, not at this stepper's stage
        self.batch.blockSignals(True)
        self.batch.setValue(m)
        self.batch.blockSignals(False)
        self.weight.setValue(weight)
        self._key = None  # the stages again, with this m
        self.refresh()

    def _fit_list(self) -> None:
        """The list wide enough for its longest title ("Update, layer 2: W² ← W² − η ∂C/∂W²")
        in the type of the moment, measured from the font (the view's own item sizes lag a
        change of type): classroom mode's larger one had left it half the panel after."""
        metrics = QFontMetrics(self.list.font())
        widest = max((metrics.horizontalAdvance(self.list.item(k).text())
                      for k in range(self.list.count())), default=0)
        self.list.setMinimumWidth(max(LIST_MIN_WIDTH, widest + LIST_PADDING
                                      + 2 * self.list.frameWidth()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()

    def go(self, index: int) -> None:
        if not self.stages or not 0 <= index < len(self.stages):
            return
        self.index = index
        self.show_stage()

    def show_stage(self) -> None:
        if not self.stages or self.running or not self.on_screen:
            return
        if self.document.derived is not self._derived:
            self.refresh()  # the network changed (a selection can come first): new stages
            return
        stage = self.stages[self.index]
        self._fit_list()
        self.list.blockSignals(True)
        self.list.setCurrentRow(self.index)
        self.list.blockSignals(False)
        self.position.setText(self.tr("{k} of {n}: {title}").format(
            k=self.index + 1, n=len(self.stages), title=stage_title(stage)))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.stages) - 1)
        self.formula.setPixmap(QPixmap.fromImage(self._headline(stage.formula)))
        i, j = self._neuron(stage)
        self._show_worked(stage, i, j)
        self.note.setText(self._note(stage))
        self.note.setVisible(bool(self.note.text()))
        self._show_check(stage, i, j)
        self.overlayChanged.emit(stage_overlay(stage, self.stages, self.index, i,
                                               normalised=self.document.normaliser is not None))

    def _neuron(self, stage) -> tuple[int, int]:
        """The neuron the worked formula is about: the selected one when it is in the stage's
        layer, else the layer's first; and the weight from neuron j of the layer before."""
        sizes = self.document.spec.sizes
        selected = self.document.selected_neuron
        i = selected[1] if selected is not None and selected[0] == stage.layer else 0
        i = min(i, sizes[stage.layer] - 1)
        with_weight = stage.kind in ("gradient", "update", "perceptron_update")
        self.weight_row.setRowVisible(self.weight, with_weight)
        if with_weight:
            self.weight.blockSignals(True)
            self.weight.setRange(1, sizes[stage.layer - 1])
            self.weight.blockSignals(False)
        return i, self.weight.value() - 1

    def _show_worked(self, stage, i: int, j: int) -> None:
        while self.worked_lines.count():
            widget = self.worked_lines.takeAt(0).widget()
            # Hidden first, explicitly: a label added to the layout of a box on screen is
            # shown at the next turn of the event loop (Qt queues it), and one taken out of
            # the box before then would be shown as a window of its own (tester 21, #15).
            widget.hide()
            widget.setParent(None)  # out of the box at once, not at the next turn
            widget.deleteLater()
        neuron = self.tr("neuron {i} of layer {l}").format(i=i + 1, l=stage.layer)
        if len(self.samples()) > 1 and stage.kind not in ("gradient", "update"):  # (m = 1)
            neuron += self.tr(", the batch's first sample")
        self.worked_box.setTitle(self.tr("Worked out for {what}").format(what=neuron))
        lines = worked.worked(stage, i, j, self.document.normaliser)
        for image in self._fitted_together(lines, WORKED_POINTS):
            label = QLabel(self.worked_box)
            label.setPixmap(QPixmap.fromImage(image))
            self.worked_lines.addWidget(label)

    def _note(self, stage) -> str:
        notes = [stage.note] if stage.note else []
        if stage.kind == "update" and "cost_before" in stage.values:
            # the numbers say what the engine's note says ("the cost … before and after")
            notes = [self.tr("The cost on these samples goes from {a} to {b}.").format(
                a=notation.format_number(float(stage.values["cost_before"])),
                b=notation.format_number(float(stage.values["cost_after"])))]
        if stage.kind in ("update", "perceptron_update"):
            # the walk shows the step and leaves the network as it is: "did it happen?"
            # (tester)
            notes.append(self.tr("The stepper shows this step without taking it: the network "
                                 "keeps its weights (Train ▸ Step Iteration takes a step)"))
        if stage.kind == "input":
            # the notes' algorithm: "输入 x：为输入层设置对应的激活值 a¹", then l = 2, …, L
            notes.append(self.tr(
                "The notes' algorithm numbers the input layer 1 (a¹ = x, then l = 2, …, L); "
                "here it is layer 0, a⁰ = x, so layer l here is the notes' layer l + 1"))
        if stage.kind in ("gradient", "update", "perceptron_update"):
            held_out = self._validation_samples()
            if held_out:
                # the box counts every sample; training learns from the training ones only
                listed = ", ".join(str(k + 1) for k in held_out)
                notes.append((self.tr(
                    "Sample {k} is a validation sample: training never takes its gradient, "
                    "it only measures the network on it") if len(held_out) == 1 else self.tr(
                    "Samples {k} are validation samples: training never takes their "
                    "gradients, it only measures the network on them")).format(k=listed))
        if stage.kind == "update" and self.document.config.optimizer != "sgd":
            from engine.optimizers import TITLES

            notes.append(self.tr(
                "This is the notes' update, plain gradient descent; training uses {optimizer}, "
                "which steps by its own rule from the same ∂C/∂W").format(
                    optimizer=TITLES[self.document.config.optimizer]))
        # each a sentence of its own, in its language's full stop ("。." was doubled)
        sentences = [notation.sentence(note) for note in notes]
        return "".join(f"{text} " if not text.endswith("。") else text for text in sentences
                       ).strip()

    def _validation_samples(self) -> list[int]:
        """The samples walked through that training holds out (its validation rows)."""
        dataset = self.document.dataset
        if not dataset.validation_share:
            return []
        _train, validation = dataset.split_rows()
        held = set(int(k) for k in validation)
        return [k for k in self.samples() if k in held]

    def _show_check(self, stage, i: int, j: int) -> None:
        """For a weight: backpropagation's ∂C/∂wᵢⱼˡ beside the central difference."""
        if stage.kind != "gradient":
            self.check.hide()
            return
        result = self.document.derived.check_parameter(self.samples(), stage.layer, i, j)
        symbol = notation.weight_symbol(stage.layer, i, j)
        self.check.setText(self.tr(
            "<b>Check ∂C/∂{w}</b>: backpropagation {a}; central difference "
            "(C({w} + ε) − C({w} − ε)) / 2ε with ε = {e:g}: {n}; relative difference "
            "{r}").format(w=symbol, a=_digits(result.backprop), n=_digits(result.numeric),
                          e=result.epsilon, r=f"{result.relative_difference:.1e}"))
        self.check.show()

    def _sample_chosen_elsewhere(self, index: int) -> None:
        if self.sample.value() != index + 1:
            self.sample.setValue(index + 1)

    def _samples_changed(self) -> None:
        self.document.select_sample(self.sample.value() - 1)
        self.refresh()

    def _scale(self) -> float:
        return max(1.0, self.devicePixelRatioF())

    def _fitted(self, latex: str, points: float):
        """``latex`` drawn at ``points``, or smaller (to ``LEAST_FORMULA_SHARE``) so that it
        fits the panel's width."""
        return self._fitted_share(latex, points)[0]

    def _fitted_share(self, latex: str, points: float):
        """(the picture, the share of ``points`` it was drawn at) for ``_fitted``."""
        image = formula_image(latex, points, scale=self._scale())
        room = self.scroll.viewport().width() - FORMULA_MARGINS
        share = 1.0
        for _ in range(3):  # the picture's width is not quite in proportion to its type
            width = image.width() / image.devicePixelRatio()
            if room <= 0 or width <= room or share <= LEAST_FORMULA_SHARE:
                break
            share = max(LEAST_FORMULA_SHARE, share * room / width * 0.99)
            image = formula_image(latex, points * share, scale=self._scale())
        return image, share

    def _fitted_together(self, lines: list[str], points: float) -> list:
        """Every line fitted, all drawn at the size the longest one needs: one line shrunk
        beside the other drawn whole read as if the first mattered less (the perceptron
        rule's weight line was smaller than its bias line, tester). A line wider than the
        panel is first written one equality under the other, and only what is still too
        wide shrinks: shrunk whole, classroom mode's larger formulas came out smaller than
        the normal ones at 1280 × 800 (tester)."""
        room = self.scroll.viewport().width() - FORMULA_MARGINS
        scale = self._scale()
        written = []
        def fits(latex: str) -> bool:
            image = formula_image(latex, points, scale=scale)
            return image.width() / image.devicePixelRatio() <= room

        for line in lines:
            pieces = split_at_equals(line)
            if room > 0 and len(pieces) > 1 and not fits(line):
                # an equality still too wide: its sum over lines, a few terms each ("= a + b"
                # then "+ c + d"), not shrunk until it is cut (tester)
                for piece in pieces:
                    written.extend(packed(split_at_plus(piece), fits))
                continue
            written.append(line)
        fitted = [self._fitted_share(line, points) for line in written]
        least = min((share for _image, share in fitted), default=1.0)
        return [image if share == least else formula_image(line, points * least, scale=scale)
                for line, (image, share) in zip(written, fitted, strict=True)]

    def _headline(self, latex: str):
        """The stage's formula fitted to the panel; two formulas side by side
        ("W ← …,\\quad b ← …") one under the other when they do not fit together (the
        perceptron rule's was cut at the panel's edge in classroom mode, tester)."""
        parts = [part.strip() for part in latex.split(r",\quad")]
        image = formula_image(latex, FORMULA_POINTS, scale=self._scale())
        room = self.scroll.viewport().width() - FORMULA_MARGINS
        if len(parts) < 2 or room <= 0 or image.width() / image.devicePixelRatio() <= room:
            return self._fitted(latex, FORMULA_POINTS)
        return stacked(self._fitted_together(parts, FORMULA_POINTS))

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.Resize and watched is self.scroll.viewport()
                and event.size().width() != event.oldSize().width()):
            self._refit.start(REFIT_MS)  # the formulas again, fitted to the new width
        return super().eventFilter(watched, event)

    # ---- the canvas follows while the stepper is on screen ---------------------------------------
    def set_on_screen(self, shown: bool) -> None:
        """The stepper's dock was raised (True) or hidden behind another tab or closed."""
        self.on_screen = shown
        if shown:
            self.refresh()
        else:
            self.overlayChanged.emit(None)


def stacked(images: list) -> QImage:
    """The pictures one under the other, left-aligned, in one transparent picture."""
    ratio = images[0].devicePixelRatio()
    gap = round(4 * ratio)
    width = max(image.width() for image in images)
    height = sum(image.height() for image in images) + gap * (len(images) - 1)
    out = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    y = 0
    for image in images:
        image.setDevicePixelRatio(1.0)  # placed in device pixels
        painter.drawImage(0, y, image)
        y += image.height() + gap
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def split_at_equals(latex: str) -> list[str]:
    """A worked line "a = b = c = d" as its equalities, one line each: "a = b", "= c",
    "= d" (only the = outside braces; one piece when there is nothing to split)."""
    depth, cuts = 0, []
    for k, char in enumerate(latex):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "=" and depth == 0:
            cuts.append(k)
    if len(cuts) < 2:
        return [latex]
    parts = [latex[a:b] for a, b in zip([0, *cuts], [*cuts, len(latex)], strict=True)]
    return [parts[0] + parts[1], *parts[2:]]


def split_at_plus(latex: str) -> list[str]:
    """A sum "= a + b + c" as its terms: "= a", "+ b", "+ c" (only the + outside braces and
    parentheses; one piece when there is nothing to split)."""
    depth, cuts = 0, []
    for k, char in enumerate(latex):
        if char in "{(":
            depth += 1
        elif char in "})":
            depth -= 1
        elif char == "+" and depth == 0 and k > 0:
            cuts.append(k)
    bounds = [0, *cuts, len(latex)]
    return [latex[a:b].strip() for a, b in itertools.pairwise(bounds) if latex[a:b].strip()]


def packed(terms: list[str], fits) -> list[str]:
    """The terms of a sum joined into as few lines as ``fits`` allows, in their order."""
    lines: list[str] = []
    for term in terms:
        if lines and fits(f"{lines[-1]} {term}"):
            lines[-1] = f"{lines[-1]} {term}"
        else:
            lines.append(term)
    return lines


def _digits(value: float) -> str:
    return f"{value:.8g}"
