"""What a drag over the canvas would do, and doing it on the drop.

While a drag moves, the target under it (a layer's column, or the gap between two layers) is
highlighted: green with what the drop will do, red with the engine's reason when it cannot.
The drop itself is one document edit:

* a new Neuron on a hidden layer joins it at the height it was dropped; in a gap it makes a
  new hidden layer there;
* a new Layer in a gap makes a hidden layer of a few neurons there;
* a neuron of the canvas on another hidden layer moves there; on its own layer it reorders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from engine import architecture as arch
from gui.canvas import layout, mime
from gui.canvas.layer_items import DropHighlightItem


@dataclass(frozen=True)
class DropPlan:
    """What dropping here does: ``action`` (None when refused) and the words to show."""

    rect: QRectF
    text: str
    action: Callable[[], bool] | None = None

    @property
    def accepting(self) -> bool:
        return self.action is not None


class DropController:
    """Turns drag events on the scene into highlights and, on the drop, a document edit."""

    def __init__(self, document, highlight: Callable[[], DropHighlightItem | None]):
        self.document = document
        self.highlight = highlight

    def plan(self, data, pos: QPointF) -> DropPlan | None:
        payload = mime.read(data)
        if payload is None:
            return None
        sizes = self.document.spec.sizes
        target = layout.target_at(pos.x(), pos.y(), sizes)
        if target is None:
            return None
        if target.kind == "gap":
            return self._plan_gap(payload, target.layer)
        return self._plan_layer(payload, target)

    def hover(self, data, pos: QPointF) -> bool:
        """Show where a drop at ``pos`` lands (or why it cannot); True over a layer or a gap,
        where a drop is taken or refused with its reason, False over empty canvas."""
        plan = self.plan(data, pos)
        item = self.highlight()
        if item is not None:
            if plan is None:
                item.setVisible(False)
            else:
                item.show_at(plan.rect, plan.accepting, plan.text)
        return plan is not None

    def drop(self, data, pos: QPointF) -> tuple[bool, str]:
        """Do the edit a drop at ``pos`` means: (done, why not)."""
        self.clear()
        plan = self.plan(data, pos)
        if plan is None:
            return False, ""
        if not plan.accepting:
            return False, plan.text
        plan.action()
        return True, ""

    def clear(self) -> None:
        item = self.highlight()
        if item is not None:
            item.setVisible(False)

    # -- plans ----------------------------------------------------------------------------
    def _plan_gap(self, payload: mime.Payload, position: int) -> DropPlan:
        rect = self._gap_rect(position)
        doc = self.document
        if payload.kind == "move":
            return DropPlan(rect, QCoreApplication.translate(
                "CanvasDrops", "Drop the neuron on a hidden layer to move it there"))
        reason = arch.refusal(lambda: arch.check_add_layer(doc.spec, position))
        if reason:
            return DropPlan(rect, reason)
        units = 1 if payload.kind == "neuron" else payload.units
        text = QCoreApplication.translate("CanvasDrops", "New hidden layer {l}").format(
            l=position)
        if units > 1:
            text = QCoreApplication.translate(
                "CanvasDrops", "New hidden layer {l} of {n} neurons").format(l=position, n=units)
        return DropPlan(rect, text, lambda: doc.add_hidden_layer(position, units=units))

    def _plan_layer(self, payload: mime.Payload, target: layout.DropTarget) -> DropPlan:
        doc, layer = self.document, target.layer
        rect = self._column_rect(layer)
        if payload.kind == "layer":
            return DropPlan(rect, QCoreApplication.translate(
                "CanvasDrops", "Drop a layer between two layers"))
        if payload.kind == "neuron":
            reason = arch.refusal(lambda: arch.check_add_neuron(doc.spec, layer))
            if reason:
                return DropPlan(rect, reason)
            text = QCoreApplication.translate(
                "CanvasDrops", "Add a neuron to layer {l}").format(l=layer)
            return DropPlan(rect, text, lambda: doc.add_neuron(layer, target.index))
        source, index = payload.layer, payload.index
        reason = arch.refusal(lambda: arch.check_move_neuron(doc.spec, source, layer))
        if reason:
            return DropPlan(rect, reason)
        if layer == source:
            to_index = target.index if target.index <= index else target.index - 1
            if to_index == index:
                return DropPlan(rect, QCoreApplication.translate(
                    "CanvasDrops", "Drag to another hidden layer to move the neuron"))
            text = QCoreApplication.translate("CanvasDrops", "Reorder layer {l}").format(l=layer)
            return DropPlan(rect, text, lambda: doc.move_neuron(source, index, layer, to_index))
        text = QCoreApplication.translate(
            "CanvasDrops", "Move the neuron to layer {l}").format(l=layer)
        return DropPlan(rect, text, lambda: doc.move_neuron(source, index, layer, target.index))

    # -- geometry ---------------------------------------------------------------------------
    def _tallest(self) -> float:
        sizes = self.document.spec.sizes
        return max(layout.column_height(l, n) for l, n in enumerate(sizes))

    def _column_rect(self, layer: int) -> QRectF:
        units = self.document.spec.sizes[layer]
        height = max(layout.column_height(layer, units), 90.0) + 80
        width = 2 * layout.COLUMN_HALF_WIDTH
        return QRectF(layout.column_x(layer) - width / 2, -height / 2, width, height)

    def _gap_rect(self, position: int) -> QRectF:
        height = self._tallest() + 80
        width = layout.LAYER_SPACING - 2 * layout.COLUMN_HALF_WIDTH - 8
        centre = layout.column_x(position) - layout.LAYER_SPACING / 2
        return QRectF(centre - width / 2, -height / 2, width, height)
