"""The network drawn as the notes draw it: layer columns, neurons, every connection between
neighbouring layers and none within a layer or skipping one, and the controls to change it.

The scene is a view of the document. It rebuilds its items when the architecture changes and
only recolours them when the weights change (training sends weights up to 30 times a second,
so that path is a few numpy operations and a repaint of the edges whose colour moved). What
the user does on it (drops, double-clicks, menus, the +/− buttons) becomes a document edit;
the scene never changes the network itself. Tooltips use the notes' notation.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QDrag, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsScene

from engine import notation
from engine.datasets.sources import shown_names
from gui.canvas import decorations, edge_pictures, layout, menus, mime, neuron_maps
from gui.canvas.drops import DropController
from gui.canvas.editor import InlineEditor
from gui.canvas.items import (
    COLOUR_STEPS,
    WIDTH_STEPS,
    EdgeItem,
    EdgeLayerItem,
    NeuronItem,
    edge_colours,
)
from gui.canvas.layer_items import DropHighlightItem
from gui.canvas.overlay import OverlayLayer

#: the stepper's stages whose matrix is the weights themselves (after the update): drawn on
#: the weights' scale
WEIGHTS_KINDS = ("update", "perceptron_update")


class NetworkScene(QGraphicsScene):
    """Layer columns of neurons joined by weight-coloured edges, kept in step with a document."""

    #: A short message for the user (why a drop or a typed value was not taken).
    message = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.neurons: list[list[NeuronItem]] = []
        self.edges: list[dict[tuple[int, int], EdgeItem]] = []
        self.decor = decorations.Decorations()
        #: (button key, screen position) of the − or + just clicked, for the view
        self.pointer_anchor = None
        self.highlight: DropHighlightItem | None = None
        self.editor: InlineEditor | None = None
        self.open_menu = None
        self.drops = DropController(document, lambda: self.highlight)
        #: numbers written on the picture (the stepper's stage, live a/z/δ)
        self.overlay = OverlayLayer(self)
        self._edge_layers: list[EdgeLayerItem | None] = []
        self._bias_steps: list[np.ndarray] = []
        self._drag_source: tuple[int, int] | None = None
        #: fill each neuron with its output over the input plane (data with two inputs)
        self.maps_shown = True
        #: those maps' pictures, made by the training worker while a run is live
        self.map_pictures = neuron_maps.MapPictures()
        #: and the connections' pictures, drawn by the worker too (edge_pictures)
        self.edge_pictures = edge_pictures.EdgePictures(COLOUR_STEPS, WIDTH_STEPS,
                                                        EdgeItem.width_of)
        self.edge_pictures.set_colours(edge_colours())
        self._rebuild_pending = False
        self._built_sizes: tuple = ()
        self._syncing = False
        document.specChanged.connect(self.rebuild)
        document.dataChanged.connect(self.rebuild)
        document.weightsChanged.connect(self.refresh_weights)
        document.planeChanged.connect(self._refresh_output_maps)
        document.selectionChanged.connect(self.show_selection)
        document.liveTrainingChanged.connect(self._live_changed)
        self.selectionChanged.connect(self._selection_from_items)
        self.rebuild()

    # -- building ---------------------------------------------------------------------------
    def fit_rect(self) -> None:
        """The scene's rect: every item with a margin (the view fits it to the canvas), made
        again when the numbers on the neurons come or go, which reach beyond the net."""
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -30, 40, 30))

    def rebuild(self) -> None:
        """Redraw everything for the document's architecture (deferred while a neuron of this
        scene is being dragged: its item must outlive the drag)."""
        if self._drag_source is not None:
            self._rebuild_pending = True
            return
        self._rebuild_pending = False
        if self.editor is not None:
            self.editor.close_editor()
        self._syncing = True
        try:
            self.overlay.items, self.overlay.tags, self.overlay.label_homes = [], {}, {}  # with all
            self.clear()
            self.decor.forget_items()
        finally:
            self._syncing = False
        sizes = self.document.spec.sizes
        #: the architecture the items were built for (a view that repaints between a new
        #: architecture and its rebuild must not recolour the old items with new weights)
        self._built_sizes = tuple(sizes)
        layout.space_columns_for(len(sizes))
        self.neurons = [self._add_column(layer, units) for layer, units in enumerate(sizes)]
        self.edges = [self._connect(layer) for layer in range(1, len(sizes))]
        # Each layer's edges in Wˡ's order (row i, then column j), as the weights ravel.
        self.edge_pictures.forget()
        self._edge_layers = [self._paint_together([edges[key] for key in sorted(edges)], layer)
                             for layer, edges in enumerate(self.edges, start=1)]
        self._bias_steps = [np.full(len(column), -1) for column in self.neurons[1:]]
        self.decor.build(self, self.document)
        self.fit_rect()
        self.highlight = DropHighlightItem()
        self.addItem(self.highlight)
        self.refresh_weights()
        self.show_selection()
        self.overlay.show(self.overlay.overlay)

    def show_overlay(self, overlay) -> None:
        """Write ``overlay``'s numbers on the picture (None: take them away)."""
        before = self.overlay.overlay
        self.overlay.show(overlay)
        if any(o is not None and o.edges is not None for o in (before, overlay)):
            self.refresh_weights()  # connections drawn by another matrix, or back to Wˡ

    def _add_column(self, layer: int, units: int) -> list[NeuronItem]:
        x = layout.column_x(layer)
        if layout.is_folded(layer, units):
            self.decor.add_folded(self, self.document, layer, units)
            return []
        fill, symbol = decorations.look_of(self.document.spec, layer)
        hidden = 0 < layer < self.document.spec.n_layers
        column = []
        for index in range(units):
            text = decorations.input_symbol(self.document, index) if layer == 0 else symbol
            neuron = NeuronItem(layer, index, text, fill, layout.radius(units), movable=hidden)
            neuron.setPos(x, layout.neuron_y(index, units))
            self.addItem(neuron)
            column.append(neuron)
        return column

    def _connect(self, layer: int) -> dict[tuple[int, int], EdgeItem]:
        sources, dests = self.neurons[layer - 1], self.neurons[layer]
        if not sources or not dests:
            self.decor.add_bundle(self, self.document, layer, sources, dests)
            return {}
        edges = {}
        W = self.document.network.weights[layer - 1]
        for dest in dests:
            for source in sources:
                edge = EdgeItem(source, dest)
                edge.setToolTip(self.weight_tooltip(layer, dest.index, source.index,
                                                    float(W[dest.index, source.index])))
                self.addItem(edge)
                edges[(dest.index, source.index)] = edge
        return edges

    def _paint_together(self, row: list[EdgeItem], layer: int) -> EdgeLayerItem | None:
        if not row:
            return None
        item = EdgeLayerItem(row, layer, self.edge_pictures)
        item.set_live(self.document.live_training)
        self.addItem(item)
        return item

    def _live_changed(self, live: bool) -> None:
        self.edge_pictures.wanted = live
        for item in self._edge_layers:
            if item is not None:
                item.set_live(live)

    # -- the cheap path: new weights ----------------------------------------------------------
    def refresh_weights(self) -> None:
        """Recolour edges and bias rings; repaint only what changed colour or width."""
        if self._rebuild_pending or tuple(self.document.spec.sizes) != self._built_sizes:
            return  # the items are of another architecture: its rebuild recolours them
        network = self.document.network
        scale = edge_pictures.net_scale(network.weights)
        live = self.document.live_training
        redrawn = (None, None, 0.0)
        for l, (W, painter) in enumerate(zip(network.weights, self._edge_layers, strict=True),
                                         start=1):
            if painter is None:
                continue
            shown = self.overlay.edge_matrix(l)
            if shown is not None:  # another matrix: ∂C/∂Wˡ on its own scale, ...
                kind = self.overlay.edges_kind()
                layer_scale = float(np.max(np.abs(shown), initial=0.0))
                if kind in WEIGHTS_KINDS:
                    # ... the updated Wˡ on the weights' (the key's): on its own, an update
                    # of 0.0025 drew the layer's lines twice as thick (tester)
                    layer_scale = max(scale, layer_scale)
                W = shown
                redrawn = (l, kind, layer_scale)
            else:
                layer_scale = scale
            # While training, the worker drew these weights' picture (edge_pictures).
            painter.source = self.document.derived.network if live and shown is None else None
            new_colours, new_widths = edge_pictures.edge_steps(W, layer_scale, COLOUR_STEPS,
                                                               WIDTH_STEPS)
            if not (np.array_equal(new_colours, painter.colours)
                    and np.array_equal(new_widths, painter.widths)):
                painter.set_steps(new_colours, new_widths)
        bias_scale = edge_pictures.net_scale(network.biases)  # (the same floor)
        for b, column, steps in zip(network.biases, self.neurons[1:], self._bias_steps,
                                    strict=True):
            if not column:
                continue
            share = np.clip(b / bias_scale, -1.0, 1.0) if bias_scale > 0 else np.zeros(b.size)
            new_steps = np.rint((share + 1.0) * COLOUR_STEPS).astype(np.int64)
            for k in np.flatnonzero(new_steps != steps):
                column[k].set_bias_step(int(new_steps[k]))
            steps[:] = new_steps
        self.decor.set_scale(scale)
        self.decor.set_redrawn_layer(*redrawn)  # the key says which layer shows what
        self._refresh_output_maps()

    # -- the neurons' output maps -----------------------------------------------------------------
    def set_maps_shown(self, shown: bool) -> None:
        """Draw (or stop drawing) every neuron's output over the input plane inside it."""
        self.maps_shown = bool(shown)
        self._refresh_output_maps()

    def has_output_maps(self) -> bool:
        """Whether the neurons show their output maps now (shown, and the data is 2-D)."""
        return any(item.output_map is not None for column in self.neurons for item in column)

    def _refresh_output_maps(self) -> None:
        """Fill the neurons big enough to show a picture (a column of 32 has 8-pixel ones)."""
        if tuple(self.document.spec.sizes) != self._built_sizes:
            return  # items of another architecture: its rebuild fills them
        shown = self.maps_shown and any(item.radius >= neuron_maps.MIN_RADIUS
                                        for column in self.neurons for item in column)
        self.map_pictures.wanted = shown
        images = self.map_pictures.images(self.document.derived.plane) if shown else None
        for layer, column in enumerate(self.neurons):
            for item in column:
                big_enough = images is not None and item.radius >= neuron_maps.MIN_RADIUS
                item.set_output_map(images[layer][item.index] if big_enough else None)
        self.decor.set_maps_explained(images is not None)

    # -- tooltips -----------------------------------------------------------------------------
    def refresh_tooltip(self, item) -> None:
        """Called when the pointer enters an item, so its tooltip shows the current value."""
        net = self.document.network
        if isinstance(item, EdgeItem):
            layer, i, j = item.dest.layer, item.dest.index, item.source.index
            item.setToolTip(self.weight_tooltip(layer, i, j, float(net.weights[layer - 1][i, j])))
        elif isinstance(item, NeuronItem):
            item.setToolTip(self.neuron_tooltip(item.layer, item.index))

    @staticmethod
    def weight_tooltip(layer: int, i: int, j: int, value: float) -> str:
        return QCoreApplication.translate(
            "NetworkScene", "{w} = {v}\nfrom neuron {j} of layer {lp} to neuron {i} of layer {l}\n"
                            "double-click to type a new weight").format(
            w=notation.weight_symbol(layer, i, j), v=notation.format_number(value),
            j=j + 1, lp=layer - 1, i=i + 1, l=layer)

    def neuron_tooltip(self, layer: int, i: int) -> str:
        if layer == 0 and self.document.features is not None:
            return self.tr("input {f}: an input feature computed from the raw x₁ and x₂, then "
                           "normalised").format(f=decorations.input_symbol(self.document, i))
        if layer == 0:
            data = self.document.dataset
            names = shown_names(data, data.feature_names)
            name = notation.feature_label(names[i]) if i < len(names) else ""
            return self.tr("input x{j}: feature “{name}” of the data").format(
                j=notation.sub(i + 1), name=name)
        value = float(self.document.network.biases[layer - 1][i])
        activation = self.document.spec.layers[layer - 1].activation
        return self.tr("neuron {i} of layer {l} · σ = {act}\n{b} = {v}   threshold θ = −b = {t}\n"
                       "double-click to type a new bias").format(
            i=i + 1, l=layer, act=activation, b=notation.bias_symbol(layer, i),
            v=notation.format_number(value), t=notation.format_number(-value))

    # -- selection ----------------------------------------------------------------------------
    def neuron_item(self, layer: int, index: int) -> NeuronItem | None:
        if 0 <= layer < len(self.neurons) and 0 <= index < len(self.neurons[layer]):
            return self.neurons[layer][index]
        return None

    def show_selection(self) -> None:
        if self._rebuild_pending:
            return
        selected = self.document.selected_neuron
        target = self.neuron_item(*selected) if selected else None
        self._syncing = True
        try:
            for item in self.selectedItems():
                if item is not target:
                    item.setSelected(False)
            if target is not None:
                target.setSelected(True)
        finally:
            self._syncing = False

    def _selection_from_items(self) -> None:
        if self._syncing:
            return
        chosen = next((item for item in self.selectedItems()
                       if isinstance(item, NeuronItem)), None)
        if chosen is None:
            self.document.select_neuron(None)
        else:
            self.document.select_neuron(chosen.layer, chosen.index)

    # -- editing numbers in place ---------------------------------------------------------------
    def edit_weight(self, layer: int, i: int, j: int) -> None:
        edge = self.edges[layer - 1].get((i, j)) if layer - 1 < len(self.edges) else None
        where = edge.line.center() if edge is not None else QPointF(
            layout.column_x(layer) - layout.LAYER_SPACING / 2, 0)
        value = float(self.document.network.weights[layer - 1][i, j])
        self._open_editor(notation.weight_symbol(layer, i, j), value, where,
                          lambda v: self.document.set_weight(layer, i, j, v))

    def edit_bias(self, layer: int, i: int) -> None:
        if layer == 0:
            self.message.emit(self.tr("Inputs have no bias: x{j} is a feature of the data.").format(
                j=notation.sub(i + 1)))
            return
        item = self.neuron_item(layer, i)
        where = item.pos() - QPointF(0, item.radius) if item else QPointF(
            layout.column_x(layer), 0)
        value = float(self.document.network.biases[layer - 1][i])
        self._open_editor(notation.bias_symbol(layer, i), value, where,
                          lambda v: self.document.set_bias(layer, i, v))

    def _open_editor(self, label: str, value: float, where: QPointF, commit) -> None:
        if self.editor is not None:
            self.editor.close_editor()
        self.editor = InlineEditor(label, value, commit, self._editor_closed)
        self.editor.open_at(self, where)

    def _editor_closed(self) -> None:
        self.editor = None

    # -- menus --------------------------------------------------------------------------------
    def show_layer_menu(self, layer: int, screen_pos) -> None:
        self._popup(menus.layer_menu(self.document, layer, self._view()), screen_pos)

    def show_neuron_menu(self, layer: int, index: int, screen_pos) -> None:
        self.document.select_neuron(layer, index)
        self._popup(menus.neuron_menu(self.document, self, layer, index, self._view()),
                    screen_pos)

    def show_edge_menu(self, layer: int, i: int, j: int, screen_pos) -> None:
        self._popup(menus.edge_menu(self.document, self, layer, i, j, self._view()), screen_pos)

    def show_cost_menu(self, screen_pos) -> None:
        self._popup(menus.canvas_menu(self.document, self._view()), screen_pos)

    def contextMenuEvent(self, event) -> None:
        super().contextMenuEvent(event)
        if not event.isAccepted():
            self._popup(menus.canvas_menu(self.document, self._view()), event.screenPos())
            event.accept()

    def _popup(self, menu, screen_pos) -> None:
        """Non-blocking, so nothing waits on a menu (and tests can find it open)."""
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_menu = menu
        menu.popup(screen_pos if isinstance(screen_pos, QPoint) else screen_pos.toPoint())

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if mime.read(event.mimeData()) is None:
            event.ignore()
            return
        self.drops.hover(event.mimeData(), event.scenePos())
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        # A refused place takes the drop too, so that dropping there says why (a neuron on
        # the input layer: "the input layer's size follows the data").
        if self.drops.hover(event.mimeData(), event.scenePos()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self.drops.clear()

    def dropEvent(self, event) -> None:
        done, why = self.drops.drop(event.mimeData(), event.scenePos())
        if done:
            event.acceptProposedAction()
        else:
            event.ignore()
            if why:
                self.message.emit(why)

    def start_neuron_drag(self, neuron: NeuronItem) -> None:
        """A hidden neuron dragged with the mouse: a real QDrag. Dropped on a layer it moves;
        dropped outside the canvas (not cancelled with Esc) it is removed."""
        layer, index = neuron.layer, neuron.index
        drag = QDrag(self)
        drag.setMimeData(mime.moved_neuron_data(layer, index))
        drag.setPixmap(_picture_of(neuron))
        drag.setHotSpot(QPoint(round(neuron.radius) + 3, round(neuron.radius) + 3))
        self._drag_source = (layer, index)
        result = drag.exec(Qt.DropAction.MoveAction)
        self.finish_neuron_drag(layer, index, result, self.cursor_outside_view())

    def finish_neuron_drag(self, layer: int, index: int, result, outside: bool) -> None:
        try:
            if result == Qt.DropAction.IgnoreAction and outside:
                self.document.remove_neuron(layer, index)
        finally:
            self._drag_source = None
            self.drops.clear()
            if self._rebuild_pending:
                # Later, not now: the dragged item's mouse handler is still running.
                QTimer.singleShot(0, self, self.rebuild)

    def cursor_outside_view(self) -> bool:
        view = self._view()
        if view is None:
            return False
        viewport = view.viewport()
        return not viewport.rect().contains(viewport.mapFromGlobal(QCursor.pos()))

    def _view(self):
        views = self.views()
        return views[0] if views else None


def _picture_of(neuron: NeuronItem) -> QPixmap:
    size = round(2 * neuron.radius + 6)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.translate(size / 2, size / 2)
    neuron.paint(painter, None)
    painter.end()
    return pixmap
