"""The matrix dock's hidden tabs draw themselves when needed, never half made."""

import numpy as np
from PySide6.QtWidgets import QWidget

from gui import create_main_window
from gui.plots.activation_heatmaps import ActivationHeatmaps
from gui.plots.deferred import BACKGROUND_DELAY_MS
from gui.plots.weight_images import WeightImages


def _drawn(view) -> bool:
    return "images" in view.__dict__ or "plot" in view.__dict__


def test_a_hidden_tab_waits_and_is_drawn_when_shown(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    view = window.findChild(QWidget, "activationHeatmaps")
    assert view is not None and not _drawn(view)
    window.show()
    window.matrix_tabs.setCurrentWidget(view)
    assert _drawn(view)
    trace = window.document.network.forward(window.document.dataset.X)
    np.testing.assert_allclose(view.images[-1].image, trace.activations[-1])


def test_the_hidden_tabs_are_drawn_soon_after_the_window_opens(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    views = [window.findChild(QWidget, name)
             for name in ("activationHeatmaps", "weightImages", "confusionMatrix")]
    qtbot.waitUntil(lambda: all(map(_drawn, views)), timeout=BACKGROUND_DELAY_MS + 5000)


def test_a_document_change_draws_a_waiting_view_at_once(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    view = window.findChild(QWidget, "activationHeatmaps")
    window.document.set_parameters([W * 2 for W in window.document.network.weights],
                                   window.document.network.biases)
    assert _drawn(view)
    probe = window.document.dataset.X
    np.testing.assert_allclose(view.images[0].image,
                               window.document.network.forward(probe).activations[1])
    window.document.undo_stack.setClean()


def test_asking_for_a_waiting_views_items_draws_it(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    view = window.findChild(QWidget, "confusionMatrix")
    assert not _drawn(view)
    assert view.image.image.shape == (2, 2)


def test_views_made_on_their_own_draw_at_once(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    for view in (ActivationHeatmaps(window.document), WeightImages(window.document)):
        qtbot.addWidget(view)
        assert _drawn(view)


def test_asking_for_its_scene_or_layout_draws_a_waiting_view(qtbot):
    import pyqtgraph as pg

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    heatmaps = window.findChild(QWidget, "activationHeatmaps")
    assert not _drawn(heatmaps)
    images = [item for item in heatmaps.scene().items() if isinstance(item, pg.ImageItem)]
    assert len(images) == window.document.spec.n_layers
    confusion = window.findChild(QWidget, "confusionMatrix")
    assert not _drawn(confusion)
    assert len(confusion.ci.items) == 1  # its plot
    pictures = window.findChild(QWidget, "weightImages")
    assert any(isinstance(item, pg.TextItem) for item in pictures.items())
