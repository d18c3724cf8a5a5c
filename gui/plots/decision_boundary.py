"""``decisionBoundary``: for 2-D data, the network's output over the plane behind the points.

As in TensorFlow Playground: the background is the first output neuron's value on a grid
covering the data (the session's derived numbers: the same grid the canvas's neuron maps are
made of), the points are the samples coloured by class: training points filled, validation
points hollow (the "test data" box shows or hides them). For one output of two classes the
boundary itself is drawn as a line, where the output crosses the middle of its range (0.5
for sigmoid and step, 0 for tanh): sharp, even where the step's regions meet in steps of the
grid. For softmax over several classes the plane is coloured by the winning class instead
(paler where the network is less sure), with lines where the winner changes: the regions the
network carves, which one output's value cannot show. ``set_plane`` fixes the plane's extent
while points are painted, so the view does not jump with every point.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSettings, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QLabel

from engine.session.plane import MARGIN as PLANE_MARGIN
from engine.session.plane import by_winning_class
from gui import style
from gui.live_refresh import LiveRefresh
from gui.plots.export_menu import ExportMenu
from gui.plots.plane_pictures import PlanePictures

SETTINGS_TEST_DATA = "decisionBoundary/showTestData"
#: how long the view must rest after a zoom, a pan or a resize before its background follows
FOLLOW_VIEW_MS = 200


#: pixels right of the plot for half a tick label ("1.5") at the plane's right edge
RIGHT_MARGIN = 14


class DecisionBoundary(pg.PlotWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent, background="w", enableMenu=False,
                         viewBox=pg.ViewBox(enableMenu=False))
        self.setObjectName("decisionBoundary")
        self.export_menu = ExportMenu(self, self.getPlotItem, "decisionBoundary")
        self.document = document
        plot = self.getPlotItem()
        plot.setAspectLocked(True)
        # room right of the plane for the last tick's label (it was cut at the dock's edge)
        plot.layout.setContentsMargins(1, 4, RIGHT_MARGIN, 1)
        # the points with the plane's own margin around them, as before the view set it
        plot.getViewBox().setDefaultPadding(PLANE_MARGIN)
        style.cache_axes(plot)
        plot.setLabel("bottom", "x₁")
        plot.setLabel("left", "x₂")
        for axis in ("bottom", "left"):
            plot.getAxis(axis).enableAutoSIPrefix(False)  # x₁ in the data's own units
            # an axis that grows for longer tick labels but never shrinks back: with the
            # aspect locked, a narrower axis gave a wider view, other ticks, a wider axis…
            # round and round, the view never at rest
            plot.getAxis(axis).setStyle(autoReduceTextSpace=False)
        #: the background's bytes, made by the training worker while it trains
        self.pictures = PlanePictures()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setOpacity(0.8)
        # The background covers the view (``_follow_view``): the view fits the points alone.
        plot.addItem(self.image, ignoreBounds=True)
        # several classes (softmax): each point of the plane in its winning class's colour
        self.class_image = pg.ImageItem(axisOrder="row-major")
        self.class_image.hide()
        plot.addItem(self.class_image, ignoreBounds=True)
        # A dark edge: a point stays visible on a region of its own colour.
        self.points = pg.ScatterPlotItem(size=13, pen=pg.mkPen("#1f2328", width=1.5))
        plot.addItem(self.points)
        # hollow, not white: white is the middle of the colour scale on regression data
        self.validation_points = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(None))
        plot.addItem(self.validation_points)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#1f2328", width=2), connect="pairs")
        self.boundary.setZValue(self.image.zValue() + 1)
        # inside the plane, which the image spans: its segments, new every frame, must not
        # move the auto-range (that regenerates both axes, 2 ms a frame)
        plot.addItem(self.boundary, ignoreBounds=True)
        self.test_data = QCheckBox(self.tr("test data"), self)
        self.test_data.setObjectName("showTestData")
        self.test_data.setToolTip(self.tr(
            "Show the validation (test) points, drawn hollow: the network is not trained on "
            "them, so they show how it does on data it has not seen"))
        self.test_data.setStyleSheet("QCheckBox { background: rgba(255, 255, 255, 200); "
                                     "padding: 1px 4px; border-radius: 3px; }")
        self.test_data.setChecked(QSettings().value(SETTINGS_TEST_DATA, True, type=bool))
        self.test_data.toggled.connect(self._show_test_data)

        # The sample the inspector and the stepper follow, ringed; click a point to choose it.
        self.selected = pg.ScatterPlotItem(size=24, brush=None,
                                           pen=pg.mkPen("#f0a30a", width=3))
        plot.addItem(self.selected)
        # The points stay put while the network trains: each is painted once into a pixmap
        # that later frames copy (repainted when the points, the zoom or the size change).
        for item in (self.points, self.validation_points, self.selected):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rows = (np.empty(0, dtype=int), np.empty(0, dtype=int))
        self.points.sigClicked.connect(lambda _, spots: self._clicked(0, spots))
        self.validation_points.sigClicked.connect(lambda _, spots: self._clicked(1, spots))
        document.sampleChanged.connect(lambda _index: self._show_selected())
        # a label over the widget, centred whatever the locked aspect makes of the view's range
        self.message = QLabel(self)
        self.message.setObjectName("decisionBoundaryMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {style.MUTED_LABEL.name()};")
        self.message.hide()
        self._drawn = False
        self.live = LiveRefresh(self, document, self.refresh_output,
                                (document.weightsChanged,))
        #: the plane this view set to what it shows (None: it set none)
        self._view_plane = None
        document.dataChanged.connect(self._forget_view_plane)  # first: new data, new extent
        for signal in (document.specChanged, document.dataChanged, document.planeChanged):
            signal.connect(self.refresh)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_VIEW_MS)
        self._follow_timer.timeout.connect(self._follow_view)
        plot.getViewBox().sigRangeChanged.connect(lambda *_: self._follow_timer.start())
        document.pathChanged.connect(lambda: self.getPlotItem().enableAutoRange())
        document.liveTrainingChanged.connect(self._hold_range)
        self._auto_range_held = False
        self.refresh()

    def _follow_view(self) -> None:
        """The plane the network's output is drawn over is what the view shows: zoomed in,
        the output is computed anew over the smaller part, as sharp as before; zoomed out
        (or wider than the data, as a locked aspect makes one side), the network's output
        beyond the data fills the view instead of white. The plane is the document's, so
        the canvas's neuron maps show the same part. Painting points holds its own plane."""
        item = self.getPlotItem()
        if item is None or not self._drawn or self.document.dataset.X.shape[1] != 2:
            return  # (None: the plot is closed)
        if self.document.live_training:
            return  # the worker computes the numbers: the plane follows when the run ends
        if self.document.plane is not None and self.document.plane != self._view_plane:
            return  # someone else's (the paint tool's)
        (x_from, x_to), (y_from, y_to) = item.getViewBox().viewRange()
        plane = (float(x_from), float(x_to), float(y_from), float(y_to))
        if not all(np.isfinite(plane)) or x_to <= x_from or y_to <= y_from:
            return
        self._view_plane = plane
        self.document.set_plane(plane)

    def _forget_view_plane(self) -> None:
        """Other data: their own extent again (the view fits them)."""
        self._follow_timer.stop()
        if self._view_plane is not None and self.document.plane == self._view_plane:
            self.document.set_plane(None)
        self._view_plane = None

    def _hold_range(self, live: bool) -> None:
        """While training the points and the plane stay put, so the view's range does too:
        fitting it again each frame (the boundary's new segments ask for that, though they
        do not count) cost a third of the view's paint. The fit comes back afterwards."""
        item = self.getPlotItem()
        if item is None:
            return  # closed
        box = item.getViewBox()
        if live and any(box.autoRangeEnabled()):
            box.updateAutoRange()
            box.disableAutoRange()
            self._auto_range_held = True
        elif not live and self._auto_range_held:
            self._auto_range_held = False
            box.enableAutoRange()
        if not live:
            self._follow_timer.start()  # a zoom while training: the background follows now

    def refresh(self) -> None:
        """Points, plane and output: when the data or the architecture change."""
        data = self.document.dataset
        plane = self.document.derived.plane
        if plane is None:
            self.image.clear()
            self.class_image.clear()
            self.points.setData([])
            self.validation_points.setData([])
            self.selected.setData([])
            self.boundary.setData([], [])
            self.test_data.hide()
            self.message.setText(self.tr("The decision boundary is drawn for data with 2 "
                                         "inputs."))
            self.message.show()
            self._show_axes(False)
            self.getPlotItem().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self._drawn = False
            return
        self.message.setText("")
        self.message.hide()
        self._show_axes(True)
        if self.document.plane is None:  # fit the view to the data again (another data set
            self.getPlotItem().enableAutoRange()  # may have left it on 0…1)
        self._drawn = True
        self.refresh_output()  # the image first: its rectangle scales the pixels it has
        xs, ys = plane.xs, plane.ys
        for image in (self.image, self.class_image):
            image.setRect(QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        train, validation = data.split()
        self._rows = data.split_rows()
        size = _point_size(data.n_samples)
        self.points.setSize(size)
        self.validation_points.setSize(size - 2)
        self.points.setData(x=train.X[:, 0], y=train.X[:, 1], brush=[
            pg.mkBrush(colour) for colour in self._colours(train)])
        self.validation_points.setData(x=validation.X[:, 0], y=validation.X[:, 1], pen=[
            pg.mkPen(colour, width=2.5) for colour in self._colours(validation)])
        self.validation_points.setVisible(self.test_data.isChecked())
        self.test_data.setVisible(validation.n_samples > 0)
        self._show_selected()
        if self.document.plane is None:
            # the data's own extent again (File ▸ New, a lesson, other data): the view may
            # keep its range, and then no move of it would make the plane follow, leaving
            # white bands where the locked aspect shows more than the data
            self._follow_timer.start()

    def _show_test_data(self, shown: bool) -> None:
        QSettings().setValue(SETTINGS_TEST_DATA, bool(shown))
        self.validation_points.setVisible(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        message = getattr(self, "message", None)  # pyqtgraph resizes before __init__ is done
        if message is not None:
            message.setGeometry(12, 0, max(self.width() - 24, 10), self.height())
        box = getattr(self, "test_data", None)
        if box is not None:
            box.adjustSize()
            box.move(self.width() - box.width() - 6, 4)

    def _clicked(self, part: int, spots) -> None:
        """A click on a point (training part 0, validation 1) selects its sample."""
        if len(spots):
            self.document.select_sample(int(self._rows[part][spots[0].index()]))

    def _show_selected(self) -> None:
        X = self.document.dataset.X
        if not self._drawn or X.shape[1] != 2:
            self.selected.setData([])
            return
        x1, x2 = X[self.document.selected_sample]
        self.selected.setData([x1], [x2])

    def refresh_output(self) -> None:
        """Only the network's output over the plane: what changes while training."""
        plane = self.document.derived.plane
        if not self._drawn or plane is None:
            return
        classes = by_winning_class(self.document.dataset.task, self.document.spec)
        shown, hidden = ((self.class_image, self.image) if classes
                         else (self.image, self.class_image))
        shown.setImage(self.pictures.picture(plane, classes), levels=(0, 255))
        shown.setVisible(True)
        hidden.setVisible(False)
        self._draw_boundary(plane)

    def _draw_boundary(self, plane) -> None:
        """The boundary's segments, computed with the plane's other derived numbers (on the
        worker's thread while training): here only drawn, as pairs of points."""
        segments = plane.boundary
        self.boundary.setData(segments[:, :, 0].ravel(), segments[:, :, 1].ravel())

    @property
    def plane(self) -> QRectF | None:
        """The plane drawn (data units) whatever the points, or None: fitted to them."""
        plane = self.document.plane
        if plane is None:
            return None
        x_from, x_to, y_from, y_to = plane
        return QRectF(x_from, y_from, x_to - x_from, y_to - y_from)

    def set_plane(self, plane: QRectF | None) -> None:
        """Draw the output over ``plane`` whatever the points (the canvas's neuron maps
        follow: the plane is the document's); None: fit them."""
        self.document.set_plane(None if plane is None else (
            plane.left(), plane.right(), plane.top(), plane.bottom()))

    @staticmethod
    def _colours(data) -> list:
        """Class colours; for regression, the target's sign on the diverging map."""
        if data.task == "classification":
            return [style.class_colour(int(k)).darker(125) for k in data.labels()]
        scale = float(np.max(np.abs(data.Y[:, 0]), initial=0.0)) or 1.0
        return [style.signed_colour(float(v), scale).darker(140) for v in data.Y[:, 0]]

    def _show_axes(self, shown: bool) -> None:
        for axis in ("left", "bottom"):
            self.getPlotItem().showAxis(axis, shown)


def _point_size(n_samples: int) -> float:
    """Points small enough that a few hundred stay points, not blobs; XOR's four stay big."""
    return 13.0 if n_samples <= 60 else 10.0 if n_samples <= 300 else 7.0
