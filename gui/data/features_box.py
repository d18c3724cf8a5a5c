"""``inputFeatures``: TensorFlow Playground's input features as switchable input neurons.

For data with two raw features x₁, x₂ the network can take any of x₁, x₂, x₁², x₂², x₁x₂,
sin x₁, sin x₂ (``engine.datasets.features``). Each is a checkable button; a toggle is one
undoable edit through the document (the first layer's input width follows, the normaliser is
refitted on the features, a new run begins). A refusal (the last feature switched off) puts
the buttons back and says why. On data of another shape the box is disabled and says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QToolButton, QVBoxLayout

from engine import notation
from engine.datasets import features as input_features

COLUMNS = 3  # fits the Data panel at its narrowest (a 1280 × 800 window)
MUTED_STYLE = "color: #555;"
#: an input feature switched on reads at a glance
TOGGLE_STYLE = ("QToolButton { padding: 3px 6px; }"
                "QToolButton:checked { background: #d6e6ff; border: 1px solid #3b7ddd;"
                " border-radius: 3px; font-weight: bold; }")
ERROR_STYLE = "color: #b00020;"


class InputFeaturesBox(QGroupBox):
    def __init__(self, document, parent=None):
        super().__init__(self.tr("Input features"), parent)
        self.setObjectName("inputFeatures")
        self.document = document
        self.hint = QLabel(objectName="inputFeaturesHint", wordWrap=True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.message = QLabel(objectName="inputFeaturesMessage", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.setStyleSheet(TOGGLE_STYLE)
        grid = QGridLayout()
        grid.setSpacing(4)
        #: feature name → its toggle
        self.buttons: dict[str, QToolButton] = {}
        for k, feature in enumerate(input_features.CATALOGUE):
            button = QToolButton(objectName=f"feature_{feature.name}")
            button.setText(feature.display)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(52)
            button.setToolTip(self.tr("Feed the network {f}, computed from the raw x₁ and x₂ "
                                      "(normalised like the other inputs)")
                              .format(f=feature.display))
            button.clicked.connect(self._toggled)
            grid.addWidget(button, k // COLUMNS, k % COLUMNS)
            self.buttons[feature.name] = button
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        document.dataChanged.connect(self.refresh)
        document.specChanged.connect(self.refresh)
        self.refresh()

    def chosen(self) -> list[str]:
        """The names of the features whose toggles are on."""
        return [name for name, button in self.buttons.items() if button.isChecked()]

    def refresh(self) -> None:
        ds = self.document.dataset
        two_d = ds.n_features == input_features.RAW_FEATURES
        names = set(input_features.names_of(self.document.features)) if two_d else set()
        for name, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(name in names)
            button.blockSignals(False)
            button.setEnabled(two_d)
        if two_d:
            self.hint.setText(self.tr("Each switched-on feature is one input neuron; x₁² "
                                      "and x₂² separate circles with no hidden layer."))
        else:
            self.hint.setText(self.tr("Input features are for data with 2 raw features "
                                      "(x₁, x₂); these data have {d}.").format(
                                          d=input_features.raw_feature_count(ds)))

    def _toggled(self) -> None:
        self.message.hide()
        refusals: list[str] = []

        def keep(reason: str) -> None:
            refusals.append(reason)

        self.document.editRefused.connect(keep)
        try:
            done = self.document.set_input_features(self.chosen())
        finally:
            self.document.editRefused.disconnect(keep)
        if not done:
            self._refused(refusals[0] if refusals else "")

    def _refused(self, reason: str) -> None:
        self.refresh()
        if reason:
            self.message.setText(notation.sentence(reason))
            self.message.show()
