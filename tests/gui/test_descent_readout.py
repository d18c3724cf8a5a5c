"""The descent explorer's table: every path's name and number whole (at 1920 × 1080 the
mini-batch row read "Mini-…", tester)."""

from PySide6.QtGui import QFontMetrics

from engine import descent_surface as ds
from gui.explorers.descent_surface import DescentSurface


def test_the_readout_is_as_wide_as_its_names_and_numbers(qtbot):
    view = DescentSurface()
    qtbot.addWidget(view)
    view.resize(view.minimumSizeHint().width(), 600)  # as narrow as the dock lets it be
    view.show()
    qtbot.waitExposed(view)
    for _ in range(60):  # near the minimum: ‖∇C‖ as "1.123 × 10⁻⁵", the widest numbers
        view.step()
    qtbot.wait(10)
    table = view.table
    # no layout can squeeze it below what its names and numbers need
    needs = 0
    for column in range(table.columnCount()):
        needs += max(QFontMetrics(table.item(row, column).font()).horizontalAdvance(
            table.item(row, column).text()) for row in range(table.rowCount())
            if not table.isRowHidden(row))
    assert table.minimumWidth() >= needs
    for row, method in enumerate(ds.METHODS):
        if table.isRowHidden(row):
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            needed = QFontMetrics(item.font()).horizontalAdvance(item.text())
            assert table.columnWidth(column) >= needed, (method, column, item.text())
