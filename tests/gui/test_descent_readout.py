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


def test_the_readout_keeps_its_width_while_the_numbers_change(qtbot):
    """Sized to the numbers of the moment, the table widened as they lengthened and its
    floating window grew off the screen (classroom mode, tester): its width is that of the
    widest numbers from the start."""
    view = DescentSurface()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    before = view.table.minimumWidth()
    for _ in range(60):
        view.step()
    assert view.table.minimumWidth() == before


def test_a_floating_explorer_that_grows_stays_on_its_screen(window, qtbot):
    from gui.explorers.placement import keep_on_screen

    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    qtbot.waitExposed(window)
    window.show_explorer("descentSurfaceDock")
    dock = window.docks["descentSurfaceDock"]
    qtbot.waitUntil(dock.isVisible)
    screen = dock.screen().availableGeometry().united(window.frameGeometry())
    dock.move(screen.right() - 100, screen.top() + 50)  # grown past the right edge
    keep_on_screen(dock)
    assert dock.frameGeometry().right() <= screen.right()
    assert dock.frameGeometry().left() >= screen.left()
    dock.resize(dock.width() + 50, dock.height())  # growing: moved back by itself
    dock.move(screen.right() - dock.frameGeometry().width() + 20, dock.y())
    dock.resize(dock.width() + 10, dock.height())
    qtbot.waitUntil(lambda: dock.frameGeometry().right() <= screen.right(), timeout=2000)
