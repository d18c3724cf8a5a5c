"""Side by side, the weight matrices' axes are named by their letters i and j in every
language: in Chinese the full "第 0 层的神经元 j" stayed under each matrix and ran into its
neighbours (tester)."""

import pytest

from engine import datasets
from gui.plots.weight_heatmaps import WeightHeatmaps


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_many_matrices_are_labelled_by_their_letters(qtbot, document, language):
    from gui import i18n
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE if language == "zh_CN" else ENGLISH)
    try:
        document.fit_network_to_data(datasets.load("moons", n_samples=40))
        for position in (1, 1, 1):
            assert document.add_hidden_layer(position, units=2, activation="tanh")
        view = WeightHeatmaps(document)
        qtbot.addWidget(view)
        view.refresh()
        assert len(view.plots) == document.spec.n_layers >= 4
        for plot in view.plots:
            assert plot.getAxis("left").labelText == "i"
            assert plot.getAxis("bottom").labelText == "j"
    finally:
        i18n.install(ENGLISH)


def test_one_or_two_matrices_keep_their_full_names(qtbot, document):
    view = WeightHeatmaps(document)
    qtbot.addWidget(view)
    view.refresh()
    assert view.plots[0].getAxis("bottom").labelText == "neuron j of layer 0"


def test_row_numbers_fit_a_short_plot(qtbot, document):
    """Ten rows in the 1280 × 800 bottom dock wrote "1 3 5 7 9" over each other."""
    from PySide6.QtGui import QFontMetricsF

    document.fit_network_to_data(datasets.load("digits"))
    view = WeightHeatmaps(document)
    qtbot.addWidget(view)
    view.resize(600, 140)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    plot = view.plots[-1]  # W² of 10 rows
    axis = plot.getAxis("left")
    ticks = axis._tickLevels[0]
    line = QFontMetricsF(axis.font()).height()
    spacing = plot.getViewBox().height() / 10 * (ticks[1][0] - ticks[0][0]) if len(ticks) > 1 \
        else plot.getViewBox().height()
    assert spacing >= line
