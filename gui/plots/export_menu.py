"""Every plot's right-click menu offers "Export as PNG/SVG" (and CSV for line plots).

pyqtgraph's own "Export…" entry opens its export dialog, whose SVG exporter fails on
Qt 6.11; and the plots whose view menu is switched off (the heatmaps, the decision
boundary) would offer no menu at all. So each plot's scene gets these actions instead of
pyqtgraph's: they are appended to the view's menu where there is one, and shown as the
menu itself where there is none. Each asks for a file and writes it with ``export_plot``.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from engine import BackpropStudioError


def ask_and_export(parent: QWidget, item: pg.GraphicsItem, name: str, suffix: str) -> None:
    """Ask where to save ``item`` as a ``suffix`` file, then write it; a failure is shown in
    a message box and leaves any existing file as it was."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PlotExport", "Export"), name + suffix, f"*{suffix}")
    if not path:
        return
    if not path.lower().endswith(suffix):
        path += suffix
    from gui.plots.export import export_plot  # pyqtgraph's exporters and QtSvg: when used

    try:
        export_plot(item, path)
    except BackpropStudioError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("PlotExport", "Cannot export"),
                            str(error))


class ExportMenu(QObject):
    """The export actions of one plot view, put on its scene's right-click menu."""

    def __init__(self, view: pg.GraphicsView, item: Callable[[], pg.GraphicsItem], name: str,
                 with_csv: bool = False):
        super().__init__(view)
        self._view, self._item, self._name = view, item, name
        formats = [(self.tr("Export as PNG…"), ".png"), (self.tr("Export as SVG…"), ".svg")]
        if with_csv:
            formats.append((self.tr("Export data as CSV…"), ".csv"))
        show_all = QAction(self.tr("Show All"), view)
        show_all.setToolTip(self.tr("Zoom back out to the whole plot, and follow it again"))
        show_all.triggered.connect(self.show_all)
        self.actions: list[QAction] = [show_all]
        for text, suffix in formats:
            action = QAction(text, view)
            action.triggered.connect(lambda _=False, suffix=suffix: self.export(suffix))
            self.actions.append(action)
        self.menu = QMenu(view)
        self.menu.addActions(self.actions)
        scene = view.scene()
        scene.contextMenu = list(self.actions)  # instead of pyqtgraph's "Export…" dialog
        scene.sigMouseClicked.connect(self._clicked)

    def show_all(self) -> None:
        """Undo the user's zoom and pan: the view fits its data again, and follows it (each
        plot of a layout of plots)."""
        item = self._item()
        plots = [item] if hasattr(item, "getViewBox") else [
            child for child in getattr(item, "items", {}) if hasattr(child, "getViewBox")]
        for plot in plots:
            plot.getViewBox().enableAutoRange()

    def export(self, suffix: str) -> None:
        ask_and_export(self._view, self._item(), self._name, suffix)

    def _clicked(self, event) -> None:
        """A right click no item took (the view's own menu is off): show these actions."""
        if event.button() == Qt.MouseButton.RightButton and not event.isAccepted():
            event.accept()
            self.menu.popup(event.screenPos().toPoint())
