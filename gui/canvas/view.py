"""The canvas widget: the network scene in a view that zooms with the wheel and pans by dragging."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from gui.canvas.scene import NetworkScene

ZOOM_STEP = 1.15
MIN_ZOOM, MAX_ZOOM = 0.1, 6.0


class NetworkCanvas(QGraphicsView):
    """A QGraphicsView (objectName ``networkCanvas``) showing the document's network."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.setObjectName("networkCanvas")
        self.setScene(NetworkScene(document, self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setAccessibleName(self.tr("Network canvas"))
        self._user_zoomed = False
        document.specChanged.connect(self.fit_to_view)

    def fit_to_view(self) -> None:
        """Show the whole network, never magnified past its natural size."""
        self._user_zoomed = False
        self.resetTransform()
        rect = self.scene().sceneRect()
        if rect.width() > self.viewport().width() or rect.height() > self.viewport().height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.centerOn(rect.center())

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
