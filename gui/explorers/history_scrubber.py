"""``historyScrubber``: a slider over the epochs of the current run; the canvas, heatmaps,
decision boundary and inspector show the network as it was then.

The weights of earlier epochs are the session's snapshots (``engine.snapshots``, kept at a
bounded number of epochs, saved with the project); the slider shows the nearest one at or
before the epoch it points at. Looking back is a view, not an edit (``Document.show_epoch``):
the project keeps its weights, saving saves them, and any edit, undo or training returns to
now first. "Restore These Weights" makes the weights shown the network's, as one undoable
edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from gui.explorers.common import title_label

#: the hint is measured for its room once the strip is at least this wide (before it is
#: placed, a hidden dock's sliver would make it absurdly tall)
MEASURED_WIDTH = 300


class HistoryScrubber(QWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("historyScrubber")
        self.document = document
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("historyScrubberSlider")
        self.slider.setToolTip(self.tr("Drag to see the network as it was at an earlier epoch"))
        self.slider.setTracking(True)
        self.epoch_label = QLabel(self)
        self.epoch_label.setObjectName("historyScrubberEpoch")
        self.epoch_label.setStyleSheet("font-size: 13pt;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Return to Now"), self)
        self.now_button.setObjectName("historyScrubberNow")
        self.now_button.setToolTip(self.tr("Show the current weights again"))
        self.restore_button = QPushButton(self.tr("Restore These Weights"), self)
        self.restore_button.setObjectName("historyScrubberRestore")
        self.restore_button.setToolTip(self.tr("Make the weights shown the network's (undoable)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.epoch_label, 1)
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("The network as it was, epoch by epoch")))
        layout.addWidget(self.slider)
        layout.addLayout(buttons)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.hint, 1)  # the rest of the height: a wrapped hint is never cut

        self.slider.valueChanged.connect(self._slid)
        self.now_button.clicked.connect(self.return_to_now)
        self.restore_button.clicked.connect(document.restore_shown_weights)
        document.historyChanged.connect(self.refresh)
        document.weightsChanged.connect(self.refresh)
        document.liveTrainingChanged.connect(lambda _live: self.refresh())
        self.refresh()

    # ---- what the user does ------------------------------------------------------------------
    def _slid(self, value: int) -> None:
        last = self.document.history.last_epoch()
        self.document.show_epoch(None if value >= last else value)
        self.refresh()

    def return_to_now(self) -> None:
        self.document.show_epoch(None)
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_hint_whole()

    def _keep_hint_whole(self) -> None:
        """The hint at least as tall as its lines at its width now: a floating strip placed
        for the text before it (or for its Latin type's lines where a Chinese one's are
        taller) cut its second line in half (tester); the strip then grows to hold it."""
        margins = self.layout().contentsMargins()
        # the width the layout gives it (its own is the last one's during a resize)
        width = self.width() - margins.left() - margins.right()
        if self.isVisible() and width > MEASURED_WIDTH:  # (not a dock's first sliver)
            needed = self.hint.heightForWidth(width)
            if needed > 0 and needed != self.hint.minimumHeight():
                self.hint.setMinimumHeight(needed)

    def hideEvent(self, event) -> None:
        """Closed, hidden or tabbed away: the views show now again. With the scrubber off
        screen nothing would say they show the past (tester 21, #13). The window minimised
        (a spontaneous hide) keeps the look back for when it comes back."""
        if not event.spontaneous() and self.document.shown_epoch is not None:
            self.return_to_now()
        super().hideEvent(event)

    # ---- following the document --------------------------------------------------------------
    def refresh(self) -> None:
        document = self.document
        last = document.history.last_epoch()
        shown = document.shown_epoch
        live = document.live_training
        kept = len(document.session.snapshots.epochs(document.history.current_run))
        self.slider.blockSignals(True)
        self.slider.setRange(0, last)
        self.slider.setPageStep(max(1, last // 10))
        if shown is None and not self.slider.isSliderDown():
            self.slider.setValue(last)
        self.slider.blockSignals(False)
        self.slider.setEnabled(last > 0 and not live)
        self.now_button.setEnabled(shown is not None)
        self.restore_button.setEnabled(shown is not None and not live)
        if shown is None:
            self.epoch_label.setText(self.tr("Now: epoch %1").replace("%1", str(last)))
        else:
            self.epoch_label.setText(self.tr("Showing epoch %1 of %2").replace(
                "%1", str(shown)).replace("%2", str(last)))
        if live:
            self.hint.setText(self.tr("Training: the scrubber waits until the run ends."))
        elif last == 0:
            self.hint.setText(self.tr("Train the network to record its weights epoch by epoch."))
        else:
            self.hint.setText(self.tr("%1 epochs of this run have their weights kept (every early "
                                      "one, then fewer); the slider shows the nearest at or before "
                                      "it. Looking back changes nothing: editing, undoing or "
                                      "training returns to now.").replace("%1", str(kept)))
        self._keep_hint_whole()  # (a longer text: its lines at the width it has)
