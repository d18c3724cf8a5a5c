"""Saving a plot as PNG or SVG, or its curves as CSV, with pyqtgraph's own exporters.

Every plot also offers pyqtgraph's "Export…" dialog on its right-click menu; this module is
the programmatic path behind the loss panel's Export button and the tests.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters

from engine import ProjectError

EXPORTERS = {".png": exporters.ImageExporter, ".svg": exporters.SVGExporter,
             ".csv": exporters.CSVExporter}


def export_plot(item: pg.GraphicsItem, path: str | Path) -> None:
    """Write ``item`` (a PlotItem, or a layout's scene item) to ``path``; the suffix picks
    the format. ProjectError names the file when it cannot be written."""
    path = Path(path)
    exporter_class = EXPORTERS.get(path.suffix.lower())
    if exporter_class is None:
        raise ProjectError(f"cannot export a plot to {path}: choose a .png, .svg or .csv file")
    if exporter_class is exporters.CSVExporter and not isinstance(item, pg.PlotItem):
        raise ProjectError(f"cannot export {path}: only line plots have data for a CSV file")
    try:
        exporter_class(item).export(str(path))
    except OSError as error:
        raise ProjectError(f"cannot write {path}: {error.strerror or error}") from error
    if not path.exists():
        raise ProjectError(f"cannot write {path}")
