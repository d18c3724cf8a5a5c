"""激活函数一览 at the sizes an explorer gets at 1280×800, in Chinese: the third column (tanh)
is not cut by the explanation beside it, and its plot is as tall as its neighbours'."""

import pytest
from PySide6.QtWidgets import QSplitter

from gui.explorers.activation_gallery import ActivationGallery


@pytest.mark.parametrize("size", [(1180, 720), (880, 720)])
def test_every_plot_is_whole_and_as_tall_as_the_others(chinese_interface, qtbot, size):
    gallery = ActivationGallery()
    qtbot.addWidget(gallery)
    gallery.resize(*size)
    gallery.show()
    qtbot.waitExposed(gallery)
    left = gallery.findChild(QSplitter).widget(0)
    tanh = gallery.cells["tanh"]
    heights = lambda: [c.plot.height() for c in gallery.cells.values()]  # noqa: E731
    # the rows may differ by a pixel of rounding; a taller tanh plot was 20 px and more
    qtbot.waitUntil(lambda: max(heights()) - min(heights()) <= 2)
    # the tanh cell ends inside the plots' side of the splitter, not under the explanation
    assert tanh.mapTo(left, tanh.rect().topRight()).x() <= left.width()
    assert left.width() >= left.minimumSizeHint().width()
    # each caption has the room its wrapped text needs
    for cell in gallery.cells.values():
        assert cell.caption.height() >= cell.caption.heightForWidth(cell.caption.width())
