"""``activationGallery``: every activation σ(z) with its derivative σ′(z), and why a
non-linearity is needed.

Each small plot shows σ (solid) and σ′ (dashed) from ``engine.activations``, says its range,
marks where it has no derivative (step and the ReLUs at 0) and shades where it saturates
(σ′ < 0.02, found from the engine's derivative) or is dead (σ′ = 0). Beside them, two linear
layers W²(W¹x + b¹) + b² are shown to be one layer Wx + b, W = W²W¹, b = W²b¹ + b²: both
run by the engine's ``Network`` on the same inputs, and they agree.
"""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine import activations, explorers
from gui import style
from gui.explorers.common import (
    CURVE_COLOUR,
    DERIVATIVE_COLOUR,
    make_plot,
    number,
    title_label,
)
from gui.explorers.neuron_explorer import activation_names

GRID = np.linspace(-6.0, 6.0, 1201)
SATURATED_BRUSH = (120, 120, 120, 45)
#: the smallest a plot and the explanation column get: three plots and the column fit in
#: an explorer of about 800 px, so narrower windows do not cut the third column (tanh)
PLOT_MINIMUM_WIDTH = 170
RIGHT_MINIMUM_WIDTH = 240
DEAD_BRUSH = (201, 42, 42, 35)


class ActivationGallery(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("activationGallery")
        self.cells: dict[str, ActivationCell] = {}
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        names = activation_names()
        for k, name in enumerate(explorers.EXPLORED):
            cell = ActivationCell(name, names[name], grid_widget)
            self.cells[name] = cell
            grid.addWidget(cell, k // 3, k % 3)
        legend = QLabel(self.tr(
            '<span style="color:%s">━━</span> σ(z) &nbsp; '
            '<span style="color:%s">╍╍</span> σ′(z) &nbsp; '
            '<span style="background:#dcdcdc">&nbsp;grey&nbsp;</span>: saturated, σ′ &lt; %s '
            '&nbsp; <span style="background:#f6d5d5">&nbsp;red&nbsp;</span>: dead, σ′ = 0 '
            '&nbsp; ○: no derivative') % (CURVE_COLOUR, DERIVATIVE_COLOUR,
                                          number(explorers.SATURATION)))
        legend.setStyleSheet("font-size: 12pt;")
        legend.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(title_label(self.tr("Activation functions σ(z) and their "
                                                  "derivatives σ′(z)")))
        left_layout.addWidget(legend)
        left_layout.addWidget(grid_widget, 1)
        self.collapse = LinearCollapsePanel(self)
        right = QScrollArea(self)
        right.setWidget(self.collapse)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setMinimumWidth(RIGHT_MINIMUM_WIDTH)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # the plots take what the window gains; the explanation keeps a readable column
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([760, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._evening = False
        grid_widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and not self._evening:
            self._evening = True
            QTimer.singleShot(0, self, self.even_captions)
        return super().eventFilter(watched, event)

    def even_captions(self) -> None:
        """Every caption as tall as the tallest at the cells' width (they wrap to 2–5 lines),
        so that the plots are all the same height, not one taller than its neighbours."""
        self._evening = False
        cells = list(self.cells.values())
        if not cells:
            return
        for cell in cells:  # measured without the height the last evening gave them
            cell.caption.setMinimumHeight(0)
        tallest = max(cell.caption.heightForWidth(cell.caption.width()) for cell in cells)
        for cell in cells:
            cell.caption.setMinimumHeight(tallest)


class ActivationCell(QWidget):
    """One activation: σ and σ′ on z ∈ [−6, 6], its range, kinks and saturation."""

    def __init__(self, name: str, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"gallery_{name}")
        self.name = name
        facts = explorers.FACTS[name]
        activation = activations.get(name)
        self.plot = make_plot(f"galleryPlot_{name}", self.tr("z"), self.tr("a, σ′(z)"), self)
        self.plot.setMinimumSize(PLOT_MINIMUM_WIDTH, 150)
        item = self.plot.getPlotItem()
        item.setTitle(title, size="13pt", color=style.LABEL.name())
        a, derivative = explorers.curve(name, GRID)
        self.saturated = explorers.saturated_regions(name, GRID)
        self.dead = explorers.dead_regions(name, GRID)
        for regions, brush in ((self.saturated, SATURATED_BRUSH), (self.dead, DEAD_BRUSH)):
            for low, high in regions:
                region = pg.LinearRegionItem((low, high), movable=False, brush=brush,
                                             pen=pg.mkPen(None))
                item.addItem(region)
        item.addItem(pg.InfiniteLine(0, angle=0, pen=pg.mkPen("#9a9a9a", width=1)))
        self.curve = item.plot(GRID, a, pen=pg.mkPen(CURVE_COLOUR, width=3))
        self.derivative = item.plot(GRID, derivative,
                                    pen=pg.mkPen(DERIVATIVE_COLOUR, width=2.5,
                                                 style=Qt.PenStyle.DashLine))
        kinks = np.array(facts.kinks, dtype=np.float64)
        if kinks.size:
            at = activation.fn(kinks)
            item.addItem(pg.ScatterPlotItem(kinks, at, size=12, brush=pg.mkBrush("w"),
                                            pen=pg.mkPen("#1f2328", width=2)))
        low, high = (-0.35, 1.25) if name in ("step", "sigmoid") else (
            (-1.25, 1.25) if name == "tanh" else (-2.0, 4.0))
        item.getViewBox().setRange(xRange=(-6, 6), yRange=(low, high), padding=0)
        self.caption = QLabel(self._caption(facts), self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 10.5pt;")
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)

    def _caption(self, facts) -> str:
        parts = [self.tr("range {0}").format(facts.range)]
        if facts.kinks:
            points = ", ".join(f"z = {number(k)}" for k in facts.kinks)
            parts.append(self.tr("no σ′ at {0}").format(points))
        if self.saturated:
            edge = self.saturated[-1][0]
            parts.append(self.tr("saturates for |z| > {0}").format(number(round(edge, 1))))
        if self.dead:
            parts.append(self.tr("dead for z < 0"))
        # each fact on one line, breaking only between them ("saturates for |" / "z| > 2.7")
        facts_html = " · ".join(f"<span style='white-space:nowrap'>{escape(part)}</span>"
                                for part in parts)
        return facts_html + "<br><i>" + escape(self._gradient()) + "</i>"

    def _gradient(self) -> str:
        return {
            "step": self.tr("σ′ = 0 wherever it exists: no gradient to descend"),
            "sigmoid": self.tr("σ′ ≤ 0.25 (at z = 0), tiny for large |z|: gradients vanish"),
            "tanh": self.tr("σ′ ≤ 1 (at z = 0), tiny for large |z|"),
            "relu": self.tr("σ′ = 1 for z > 0, 0 for z < 0: a dead neuron learns nothing"),
            "leaky_relu": self.tr("σ′ = 1 for z > 0, 0.01 for z < 0: never quite 0"),
            "linear": self.tr("σ′ = 1 everywhere, but layers of it collapse into one"),
        }[self.name]


class LinearCollapsePanel(QWidget):
    """Two linear layers, the one layer they equal, and both networks' outputs side by side."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("linearCollapse")
        self.seed = 0
        self.text = QLabel(self)
        self.text.setObjectName("linearCollapseNumbers")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 12pt;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_numbers = QPushButton(self.tr("New numbers"), self)
        self.new_numbers.setObjectName("linearCollapseNew")
        self.new_numbers.setToolTip(self.tr("Draw other small weights and biases"))
        self.new_numbers.clicked.connect(self.draw_new_numbers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(title_label(self.tr("Why a non-linearity?")))
        layout.addWidget(self.text)
        layout.addWidget(self.new_numbers, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.show_collapse(explorers.linear_collapse())

    def draw_new_numbers(self) -> None:
        """Small weights in halves, from a seed that moves on each press."""
        self.seed += 1
        rng = np.random.default_rng(self.seed)

        def halves(*shape):
            return rng.integers(-6, 7, size=shape) / 2

        self.show_collapse(explorers.linear_collapse(halves(3, 2), halves(3), halves(1, 3),
                                                     halves(1)))

    def show_collapse(self, collapse) -> None:
        self.result = collapse
        rows = []
        for x, two, one, bent in zip(collapse.X, collapse.stacked, collapse.single,
                                     collapse.with_tanh, strict=True):
            rows.append("<tr>" + "".join(f'<td align="right">&nbsp;{c}&nbsp;</td>' for c in (
                f"({number(x[0])},&nbsp;{number(x[1])})", number(two[0]), number(one[0]),
                number(bent[0]))) + "</tr>")
        head = "".join(f"<th>&nbsp;{h}&nbsp;</th>" for h in (
            self.tr("x"), self.tr("two layers"), self.tr("one layer"), self.tr("tanh between")))
        difference = collapse.largest_difference
        self.text.setText(
            self.tr("Two layers with the linear σ(z) = z:") + "<br>"
            "<b>a² = W²(W¹x + b¹) + b²</b><br>"
            + _equations(("W¹", collapse.W1), ("b¹", collapse.b1[:, None]))
            + _equations(("W²", collapse.W2), ("b²", collapse.b2[:, None]))
            + self.tr("are one linear layer <b>a = Wx + b</b> with") + "<br>"
            + _equations(("W = W²W¹", collapse.W))
            + _equations(("b = W²b¹ + b²", collapse.b[:, None]))
            + self.tr("Both networks run on the same inputs:") + "<br>"
            + f'<table cellspacing="0" cellpadding="2" border="1"><tr>{head}</tr>'
            + "".join(rows) + "</table><br>"
            + self.tr("Largest difference between the two: {0}. However many linear layers are "
                      "stacked, they compute one Wx + b: depth adds nothing without a non-linear "
                      "σ. With tanh between the layers (last column) no single W, b gives those "
                      "outputs.").format(number(difference) if difference else "0"))


def _equations(*named: tuple[str, np.ndarray]) -> str:
    """``symbol = matrix`` for each pair, side by side in one row."""
    parts = []
    for symbol, matrix in named:
        cells = "".join("<tr>" + "".join(f'<td align="right">&nbsp;{number(v)}&nbsp;</td>'
                                         for v in row) + "</tr>" for row in matrix)
        parts.append(f'<td valign="middle">&nbsp;{symbol} =&nbsp;</td><td valign="middle">'
                     f'<table cellspacing="0" cellpadding="1" border="1">{cells}</table></td>')
    return f'<table cellspacing="4"><tr>{"".join(parts)}</tr></table>'
