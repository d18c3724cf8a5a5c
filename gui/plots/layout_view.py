"""The common ground of the views drawn as a pyqtgraph layout: a named, white, exportable
widget that follows the document and draws itself on demand (see ``deferred``)."""

from __future__ import annotations

import pyqtgraph as pg

from gui.live_refresh import SIDE_VIEW_INTERVAL, LiveRefresh
from gui.plots.deferred import DrawnOnDemand
from gui.plots.export_menu import ExportMenu


class LayoutView(DrawnOnDemand, pg.GraphicsLayoutWidget):
    """Subclasses define ``refresh`` (which makes their plot items the first time) and call
    ``follow`` at the end of their ``__init__``."""

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setBackground("w")
        self.export_menu = ExportMenu(self, lambda: self.ci, object_name)

    # Whoever asks for what the view shows gets it drawn (see ``deferred``).
    @property
    def ci(self) -> pg.GraphicsLayout:
        self.draw_now()
        return self.__dict__["_layout"]

    @ci.setter
    def ci(self, layout: pg.GraphicsLayout) -> None:
        self.__dict__["_layout"] = layout

    def scene(self):
        self.draw_now()
        return super().scene()

    def items(self, *args):
        self.draw_now()
        return super().items(*args)

    def follow(self, document, signals, defer: bool = False) -> None:
        """Refresh on each of the document's ``signals`` (while training, as ``LiveRefresh``
        says); the first time now, or later when ``defer`` (the view is behind another
        tab)."""
        self.document = document
        self.live = LiveRefresh(self, document, self.refresh, signals, SIDE_VIEW_INTERVAL)
        self.refresh_now_or_later(defer)
