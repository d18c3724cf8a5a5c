"""The paint tool on the decision-boundary plot: click or drag to add points, right-drag
to erase.

It watches the plot's viewport for mouse events while it is active (blocking pyqtgraph's
panning then) and turns them into painting changes that the document records as undoable
data changes. A left click adds a point of the chosen class (or target value) and a left
drag a point every ``PAINT_PIXELS`` along its path, as a brush does; a right drag, or any
press with the eraser on, erases the points under the pointer (a left drag erased, and
with a class chosen a student expected it to paint). All the events of one
press-to-release are one stroke, so one Undo takes back the whole stroke. The plane is held
still while painting, so points stay where they were put.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal

from engine.errors import BackpropStudioError
from engine.session import painting
from engine.session.plane import painting_plane

ERASER_PIXELS = 14
#: a left drag adds a point each time the pointer has gone this far from the last one
PAINT_PIXELS = 12


class PaintTool(QObject):
    #: Why a change was refused (the last point, data the network cannot take), in words.
    message = Signal(str)
    activeChanged = Signal(bool)

    _strokes = itertools.count(1)

    def __init__(self, document, plot, parent: QObject | None = None):
        super().__init__(parent)
        self.document, self.plot = document, plot
        self.active = False
        self.eraser = False
        self.value = 0.0
        self.n_classes = 2
        self._press: QPointF | None = None
        self._erasing = False
        self._stroke: int | None = None
        plot.viewport().installEventFilter(self)

    # ---- what the panel sets -------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Start or stop painting; the plane is held at its current extent while painting."""
        if active == self.active:
            return
        self.active = active
        box = self.plot.getPlotItem().getViewBox()
        if active:
            plane = self._plane()
            box.disableAutoRange()
            self.plot.set_plane(plane)
            box.setRange(plane, padding=0)
        else:
            self.plot.set_plane(None)
            box.enableAutoRange()
        self.activeChanged.emit(active)

    def _plane(self) -> QRectF:
        """The plane to paint on: the session's painting plane for the current points."""
        data = self.document.dataset
        x_from, x_to, y_from, y_to = painting_plane(data.X if data.n_features == 2 else None)
        return QRectF(QPointF(x_from, y_from), QPointF(x_to, y_to))

    def current(self) -> painting.Painting:
        """The painting the next change starts from: the document's 2-D data if it has any
        (so a teacher can add an outlier to the moons), else a fresh start."""
        return painting.from_dataset(self.document.dataset) or painting.started_over(
            self.n_classes)

    # ---- changes, in the plane's units (the tests call these directly) --------------------
    def add_point(self, x: float, y: float, stroke: int | None = None) -> bool:
        return self._commit(self.current().added(x, y, self.value), stroke)

    def erase_at(self, x: float, y: float, radius_x: float, radius_y: float,
                 stroke: int | None = None) -> bool:
        """Erase the points within the radii of (x, y); False when none were there."""
        now = self.current()
        hit = painting.near(now.X, x, y, radius_x, radius_y)
        if not hit.any():
            return False
        try:
            return self._commit(now.erased(~hit), stroke)
        except painting.LastPointError as error:
            self.message.emit(str(error))
            return False

    def start_over(self, n_classes: int | None = None) -> bool:
        """Remove every point, leaving one seed per class (0 classes: regression)."""
        if n_classes is not None:
            self.n_classes = n_classes
        now = painting.from_dataset(self.document.dataset)
        return self._commit(painting.started_over(
            self.n_classes, None if now is None else now.class_names), None)

    def set_classes(self, n_classes: int) -> bool:
        """Paint ``n_classes`` classes (0 for target values); points of dropped classes go."""
        self.n_classes = n_classes
        now = painting.from_dataset(self.document.dataset)
        if now is None:
            return False
        if now.n_classes == n_classes:
            return True
        try:
            return self._commit(now.with_classes(n_classes), None)
        except painting.LastPointError as error:
            self.message.emit(str(error))
            return False

    def _commit(self, new: painting.Painting, stroke: int | None) -> bool:
        try:
            self.document.set_painted_points(new.X, new.y, task=new.task,
                                             class_names=new.class_names, stroke=stroke)
        except BackpropStudioError as error:
            self.message.emit(str(error))
            return False
        if self._press is None:  # a stroke's plane grows once it ends (see ``_released``)
            self._grow_plane()
        return True

    def _grow_plane(self) -> None:
        """The plane held while painting grows to hold a point painted beyond it (the view
        shows more than the plane: a point there sat outside the map, tester)."""
        held = self.document.plane
        if not self.active or held is None:
            return
        grown = self._plane()
        x_from, x_to, y_from, y_to = held
        if (grown.left() < x_from or grown.right() > x_to or grown.top() < y_from
                or grown.bottom() > y_to):
            self.plot.set_plane(grown.united(QRectF(QPointF(x_from, y_from),
                                                    QPointF(x_to, y_to))))

    # ---- mouse -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed(event)
            return True
        if kind == QEvent.Type.MouseMove and self._press is not None:
            self._moved(event)
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            self._released(event)
            return True
        return kind == QEvent.Type.MouseButtonDblClick

    def _pressed(self, event) -> None:
        self._press = event.position()
        self._stroke = next(self._strokes)
        self._erasing = self.eraser or event.button() == Qt.MouseButton.RightButton
        if self._erasing:
            self._erase_under(event.position())
        else:
            self._paint_at(event.position())

    def _moved(self, event) -> None:
        if self._erasing:
            self._erase_under(event.position())
        elif (event.position() - self._press).manhattanLength() >= PAINT_PIXELS:
            self._paint_at(event.position())

    def _released(self, event) -> None:
        """The stroke ends; the plane grows now to hold its points: grown under a drag, it
        moved the plane under the pointer, and each new point landed farther out."""
        self._press, self._stroke, self._erasing = None, None, False
        self._grow_plane()

    def _paint_at(self, position: QPointF) -> None:
        """A point of the chosen class at ``position``, the brush's last point (``_press``)."""
        self._press = position
        point = self._to_plane(position)
        self.add_point(point.x(), point.y(), self._stroke)

    def _erase_under(self, position: QPointF) -> None:
        point = self._to_plane(position)
        width, height = self.plot.getPlotItem().getViewBox().viewPixelSize()
        self.erase_at(point.x(), point.y(), ERASER_PIXELS * width, ERASER_PIXELS * height,
                      self._stroke)

    def _to_plane(self, position: QPointF) -> QPointF:
        scene = self.plot.mapToScene(position.toPoint())
        return self.plot.getPlotItem().getViewBox().mapSceneToView(scene)
