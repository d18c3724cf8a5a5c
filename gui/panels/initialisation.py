"""The training panel's "Initial weights" box: the rule the weights are drawn by.

Choosing a rule (or uniform's a) sets it for every layer and draws every weight and bias
anew from the training seed, as one undoable edit, so its effect shows at once on the canvas
and the heatmaps; Reset Weights and new neurons draw by the same rule later. "Zeros" is there
to show why the weights must start unequal: every hidden neuron then learns the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox

#: (rule, its name, what it draws); the texts are marked for lupdate here and translated
#: where they are shown, in the InitialisationBox's context
RULES = (("auto", QT_TRANSLATE_NOOP("InitialisationBox", "Auto: Glorot or He"),
          QT_TRANSLATE_NOOP("InitialisationBox",
                            "Glorot for σ and tanh layers, He for ReLU layers")),
         ("glorot", QT_TRANSLATE_NOOP("InitialisationBox", "Glorot (Xavier)"),
          QT_TRANSLATE_NOOP("InitialisationBox",
                            "wᵢⱼ uniform in (−r, r), r = √(6 / (fan-in + fan-out)); b = 0")),
         ("he", QT_TRANSLATE_NOOP("InitialisationBox", "He (Kaiming)"),
          QT_TRANSLATE_NOOP("InitialisationBox",
                            "wᵢⱼ normal with standard deviation √(2 / fan-in); b = 0")),
         ("uniform", QT_TRANSLATE_NOOP("InitialisationBox", "Uniform(−a, a)"),
          QT_TRANSLATE_NOOP("InitialisationBox", "every weight and bias uniform in (−a, a)")),
         ("zeros", QT_TRANSLATE_NOOP("InitialisationBox", "Zeros"),
          QT_TRANSLATE_NOOP("InitialisationBox",
                            "all zero: every hidden neuron of a layer stays the same")))
#: uniform's a at its lowest value stands for "none given": a = 1/√(fan-in)
SCALE_FROM_FAN_IN = 0.0


class InitialisationBox(QGroupBox):
    def __init__(self, document, parent=None):
        super().__init__(self.tr("Initial weights"), parent)
        self.setObjectName("initialisationBox")
        self.document = document
        self.rule = QComboBox(self)
        self.rule.setObjectName("initRule")
        for index, (value, text, tip) in enumerate(RULES):
            self.rule.addItem(self.tr(text), value)
            self.rule.setItemData(index, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.rule.setToolTip(self.tr("Choosing a rule draws every weight anew from the seed "
                                     "(undoable); Reset Weights draws them again"))
        self.scale = QDoubleSpinBox(self)
        self.scale.setObjectName("initScale")
        self.scale.setRange(SCALE_FROM_FAN_IN, 10.0)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.1)
        self.scale.setKeyboardTracking(False)
        self.scale.setSpecialValueText(self.tr("1/√fan-in"))
        self.scale.setToolTip(self.tr("Uniform's a: weights and biases drawn from (−a, a)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("a"), self.scale)
        self.rule.currentIndexChanged.connect(self._choose)
        self.scale.valueChanged.connect(self._choose)
        document.specChanged.connect(self.refresh)
        self.refresh()

    def _choose(self) -> None:
        rule = self.rule.currentData()
        scale = self.scale.value() if rule == "uniform" else None
        if scale == SCALE_FROM_FAN_IN:
            scale = None
        if not self.document.set_initialisation(rule, scale):
            self.refresh()  # refused (the document said why): show the rule in force

    def refresh(self) -> None:
        """Show the first layer's rule (a new net has one rule for all its layers)."""
        layer = self.document.spec.layers[0]
        for widget in (self.rule, self.scale):
            widget.blockSignals(True)
        try:
            self.rule.setCurrentIndex(max(0, self.rule.findData(layer.init)))
            self.scale.setValue(layer.init_scale or SCALE_FROM_FAN_IN)
        finally:
            for widget in (self.rule, self.scale):
                widget.blockSignals(False)
        self.scale.setEnabled(layer.init == "uniform")
