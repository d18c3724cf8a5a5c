"""The canvas widget: the network scene in a view that zooms with the wheel, pans by dragging
the background, walks the neurons with the arrow keys and shows refusals in a banner.

Keys on the canvas: arrows select a neighbouring neuron; Enter or F2 types a new bias; Delete
or − removes the selected neuron; + adds one next to it; the menu key opens the neuron's menu
(its layer's activation too); Escape clears the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QCursor, QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel

from engine import notation
from engine.session import events
from gui import style
from gui.canvas import edit_actions
from gui.canvas.scene import NetworkScene

ZOOM_STEP = 1.15
MIN_ZOOM, MAX_ZOOM = 0.1, 6.0
#: Fitting may enlarge a small net this much, so a class at the back of the room can read it.
MAX_FIT_ZOOM = 1.6
#: numbers on the neurons that change the drawing's extent by less than this share of its
#: fitted scale leave it where it is (see ``_scene_grew_or_shrank``)
REFIT_TOLERANCE = 0.15
#: the share of the view a fitted net leaves free at its tightest side, so that a number on
#: a neuron a little wider (the stepper's next stage) still fits where it is drawn
FIT_SLACK = 0.03
BANNER_MS = 7000
COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
ARROWS = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left",
          Qt.Key.Key_Right: "right"}


def _clamped(centre: float, half: float, low: float, high: float) -> float:
    """``centre`` moved as little as needed for [centre − half, centre + half] to hold
    [low, high]; unchanged if it cannot."""
    if high - low > 2 * half:
        return centre
    return min(max(centre, high - half), low + half)


class MessageBanner(QLabel):
    """A message over the top of the canvas that goes away by itself (or when clicked)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("canvasMessage")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("#canvasMessage { background: #fff8c5; color: #3b2e00; border: 1px "
                           "solid #d4a72c; border-radius: 6px; padding: 6px 10px; }")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        parent = self.parentWidget()
        self.setText(notation.sentence(text))
        width = min(620, max(parent.width() - 40, 200))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, 12)
        self.show()
        self.raise_()
        self.timer.start(BANNER_MS)

    def mousePressEvent(self, event) -> None:
        self.hide()


class NetworkCanvas(QGraphicsView):
    """A QGraphicsView (objectName ``networkCanvas``) showing and editing the document's net."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.document = document
        self.setScene(NetworkScene(document, self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Panned by dragging the background, not by scroll bars that come and go as the net
        # grows (each one resizes the viewport, which refits the net under the pointer).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Every item sets the pens and hints it paints with, so the view need not save and
        # restore the painter around each one (a few ms a frame on a net of 16 × 16).
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAccessibleName(self.tr("Network canvas"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys select a neuron, Enter edits its bias, Delete removes it, + adds one, "
            "the menu key opens its menu"))
        self.banner = MessageBanner(self.viewport())
        self._user_zoomed = False
        #: the scene's part on screen after the last fit (None: none yet), which numbers
        #: on the neurons that still fit in it leave as it is
        self._shown: QRectF | None = None
        document.specChanged.connect(self._architecture_changed)
        document.changed.connect(self._project_changed)
        document.editRefused.connect(self.banner.show_message)
        self.scene().message.connect(self.banner.show_message)
        # numbers on the neurons widen the scene: the net is fitted again, tags and all
        self.scene().sceneRectChanged.connect(self._scene_grew_or_shrank)

    def _project_changed(self, change) -> None:
        """Another project (a lesson, File ▸ Open, New): the whole net in view again, however
        the last one was zoomed (the zoom carried into the next lesson, its title cut)."""
        if change.parts >= events.EVERYTHING and self._user_zoomed:
            self.fit_to_view()

    def _scene_grew_or_shrank(self, rect) -> None:
        """Numbers on the neurons came or went: the net is fitted again, unless it still
        fits as it is drawn at nearly its fitted size (stepping through the stepper's stages,
        whose numbers differ in width, moved the drawing sideways at every step)."""
        if self._user_zoomed:
            return
        # what was on screen before the change (the view has centred the new rect already)
        visible = self._shown or self.mapToScene(self.viewport().rect()).boundingRect()
        fitted = self._fit_factor(rect)
        if (visible.contains(rect) and fitted > 0
                and abs(self.transform().m11() - fitted) <= REFIT_TOLERANCE * fitted):
            # the view's own rect held where it is: a scene smaller than the view is centred
            # in it, and a tag a little wider would still move it
            self.setSceneRect(visible)
            self.centerOn(visible.center())
            self._shown = visible
            return
        self.fit_to_view()

    def _fit_factor(self, rect: QRectF) -> float:
        """The scale at which ``rect`` fills the view (0 for an empty one)."""
        viewport = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0:
            return 0.0
        # in classroom mode the whole drawing may grow as much larger as its type did, so a
        # projector's canvas shows the net big, not the normal size in a corner
        return min(viewport.width() / rect.width(), viewport.height() / rect.height(),
                   MAX_FIT_ZOOM * max(1.0, style.CanvasScale.text)) * (1 - FIT_SLACK)

    def fit_to_view(self) -> None:
        """Show the whole network, enlarged at most a little."""
        self._user_zoomed = False
        self.resetTransform()
        self.setSceneRect(QRectF())  # the scene's own rect again (an anchor may have grown it)
        rect = self.scene().sceneRect()
        factor = self._fit_factor(rect)
        if factor > 0:
            self.scale(factor, factor)
        self.centerOn(rect.center())
        self._shown = self.mapToScene(self.viewport().rect()).boundingRect()

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self._user_zoomed = True
        self.scale(factor, factor)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit_to_view()

    def _architecture_changed(self) -> None:
        scene = self.scene()
        anchor, scene.pointer_anchor = scene.pointer_anchor, None
        if anchor is not None and self._keep_under_pointer(*anchor):
            return
        if not self._user_zoomed:
            self.fit_to_view()

    def _keep_under_pointer(self, key, screen_pos) -> bool:
        """After a − or + click, zoom as usual (the net fitted to the view, unless the user
        zoomed), then scroll so that the rebuilt button is under the pointer again: clicking
        + four times in place adds four neurons. False if the button is gone."""
        scene = self.scene()
        layer, sign = key
        buttons = scene.decor.buttons.get(layer)
        if buttons is None:
            return False
        button = buttons[0] if sign == buttons[0].text else buttons[1]
        if not self._user_zoomed:
            self.fit_to_view()
        scale = self.transform().m11()
        viewport = self.viewport().rect()
        needed = scene.sceneRect()
        pointer = QPointF(self.viewport().mapFromGlobal(screen_pos))
        offset = (pointer - QPointF(viewport.center())) / scale
        centre = button.scenePos() - offset
        half = QPointF(viewport.width(), viewport.height()) / (2 * scale)
        # the whole net stays on screen where it fits (its title is not scrolled off the top)
        centre = QPointF(_clamped(centre.x(), half.x(), needed.left(), needed.right()),
                         _clamped(centre.y(), half.y(), needed.top(), needed.bottom()))
        visible = QRectF(centre - half, centre + half)
        self.setSceneRect(needed.united(visible))
        self.centerOn(centre)
        self._shown = visible
        # what scrolling could not keep in place, the pointer follows
        now = self.mapFromScene(button.scenePos())
        if (QPointF(now) - pointer).manhattanLength() > 2:
            QCursor.setPos(self.viewport().mapToGlobal(now))
        return True

    # -- keyboard -------------------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        """The menu key (or Shift+F10) opens the selected neuron's menu at the neuron, so its
        layer's activation can be chosen without a mouse."""
        selected = self.document.selected_neuron
        if event.reason() == QContextMenuEvent.Reason.Keyboard and selected is not None:
            item = self.scene().neuron_item(*selected)
            where = (self.viewport().mapToGlobal(self.mapFromScene(item.pos()))
                     if item is not None else event.globalPos())
            self.scene().show_neuron_menu(*selected, where)
            event.accept()
            return
        super().contextMenuEvent(event)

    def keyPressEvent(self, event) -> None:
        scene = self.scene()
        if scene.editor is not None or event.modifiers() & COMMAND_MODIFIERS:
            super().keyPressEvent(event)
            return
        key = event.key()
        doc = self.document
        text = None
        if key in ARROWS:
            layer, index = edit_actions.neighbour(doc, ARROWS[key])
            doc.select_neuron(layer, index)
            item = scene.neuron_item(layer, index)
            if item is not None:
                self.ensureVisible(item)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            selected = doc.selected_neuron
            if selected is None:
                text = self.tr("Select a neuron first: click it, or press an arrow key.")
            else:
                scene.edit_bias(*selected)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
            text = edit_actions.remove_selected(doc)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            text = edit_actions.add_neuron_near_selection(doc)
        elif key == Qt.Key.Key_Escape:
            doc.select_neuron(None)
        else:
            super().keyPressEvent(event)
            return
        if text:
            self.banner.show_message(text)
        event.accept()
