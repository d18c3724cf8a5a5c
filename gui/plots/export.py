"""Saving a plot as PNG or SVG, or its curves as CSV.

PNG and CSV use pyqtgraph's own exporters. SVG is drawn by Qt's QSvgGenerator from the
plot's part of the scene: pyqtgraph 0.14's SVG exporter cannot parse the paths Qt 6.11
writes (it fails on every plot), while Qt's generator gives the same vector drawing.
Every plot also offers pyqtgraph's "Export…" dialog on its right-click menu; this module is
the path behind the loss panel's Export button and the tests.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from engine import ProjectError


class CurvesExporter(exporters.CSVExporter):
    """pyqtgraph's CSV of a plot's curves, less the items marked ``not_exported`` (the loss
    plot's epoch-0 dot, which its training curve holds already)."""

    def _exportPlotDataItem(self, plotDataItem) -> None:
        if not getattr(plotDataItem, "not_exported", False):
            super()._exportPlotDataItem(plotDataItem)


EXPORTERS = {".png": exporters.ImageExporter, ".svg": None, ".csv": CurvesExporter}


def export_plot(item: pg.GraphicsItem, path: str | Path) -> None:
    """Write ``item`` (a PlotItem, or a layout's scene item) to ``path``; the suffix picks
    the format. ProjectError names the file when it cannot be written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORTERS:
        raise ProjectError(QCoreApplication.translate(
            "PlotExport", "cannot export a plot to {path}: choose a .png, .svg or .csv "
                          "file").format(path=path))
    exporter_class = EXPORTERS[suffix]
    if exporter_class is CurvesExporter and not isinstance(item, pg.PlotItem):
        raise ProjectError(QCoreApplication.translate(
            "PlotExport", "cannot export {path}: only line plots have data for a CSV file").format(
                path=path))
    try:
        if exporter_class is None:
            _export_svg(item, path)
        else:
            exporter_class(item).export(str(path))
    except OSError as error:
        raise ProjectError(QCoreApplication.translate(
            "PlotExport", "cannot write {path}: {why}").format(
                path=path, why=error.strerror or error)) from error
    if not path.exists():
        raise ProjectError(QCoreApplication.translate("PlotExport", "cannot write {path}").format(
            path=path))


def _export_svg(item: pg.GraphicsItem, path: Path) -> None:
    source = item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(path.stem)
    painter = QPainter(generator)
    try:
        item.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
