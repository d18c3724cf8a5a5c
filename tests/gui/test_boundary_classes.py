"""The decision boundary of several classes (softmax): the plane in the winning class's
colours, with lines where the winner changes."""

import numpy as np

from engine import datasets
from gui.plots.decision_boundary import DecisionBoundary
from gui.plots.plane_pictures import class_picture
from gui.style import class_colour


def test_several_classes_colour_the_plane_by_the_winner(qtbot, window):
    plot = window.findChild(DecisionBoundary, "decisionBoundary")
    assert plot.image.isVisible() and not plot.class_image.isVisible()  # XOR: one output
    window.document.set_data(datasets.load("clusters"), fit_network=True)
    assert not plot.image.isVisible() and plot.class_image.isVisible()
    picture = plot.class_image.image
    plane = window.document.derived.plane
    assert picture.shape == (len(plane.ys), len(plane.xs), 3)
    window.document.set_data(datasets.load("moons", n_samples=60), fit_network=True)
    assert plot.image.isVisible() and not plot.class_image.isVisible()


def test_the_picture_is_the_winners_colour_paler_where_unsure(qapp):
    sure = np.zeros((3, 1, 2))
    sure[1, 0, 0] = 1.0  # class 1 certain at the first point
    sure[:, 0, 1] = 1 / 3  # no idea at the second
    picture = class_picture(sure).astype(int)
    red, green, blue = class_colour(1).getRgb()[:3]
    first = picture[0, 0]
    assert np.sign(first - 255).tolist() == np.sign(np.array([red, green, blue]) - 255).tolist()
    assert (picture[0, 1] >= first).all() and picture[0, 1].min() > 200  # nearly white


def test_the_range_holds_while_training_and_fits_again_after(qtbot, window):
    """While a run is live the boundary's new segments do not refit the view each frame;
    when it ends the view fits the data again."""
    plot = window.findChild(DecisionBoundary, "decisionBoundary")
    box = plot.getPlotItem().getViewBox()
    assert all(box.autoRangeEnabled())
    window.document.set_live_training(True)
    assert not any(box.autoRangeEnabled())
    held = box.viewRange()
    x1, x2 = window.document.dataset.X.T
    assert held[0][0] < x1.min() and x1.max() < held[0][1]  # fitted to the points
    assert held[1][0] < x2.min() and x2.max() < held[1][1]
    plot.refresh_output()  # a frame: new segments, the same range
    box.prepareForPaint()
    np.testing.assert_allclose(box.viewRange(), held)
    window.document.set_live_training(False)
    assert all(box.autoRangeEnabled())


def shown_boundary(qtbot, window):
    """The window on screen, and a function giving the boundary view's (x₀, x₁, y₀, y₁)."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    box = window.findChild(DecisionBoundary, "decisionBoundary").getPlotItem().getViewBox()

    def shown():
        (x0, x1), (y0, y1) = box.viewRange()
        return (x0, x1, y0, y1)

    return box, shown


def test_the_background_covers_what_the_view_shows(qtbot, window):
    """Zoomed in, the output is computed over the part shown; other data fit their own."""
    box, shown = shown_boundary(qtbot, window)
    qtbot.waitUntil(lambda: window.document.plane == shown())
    box.scaleBy((0.5, 0.5))
    qtbot.waitUntil(lambda: window.document.plane == shown())
    plane = window.document.derived.plane
    assert (plane.xs[0], plane.xs[-1], plane.ys[0], plane.ys[-1]) == shown()
    window.document.set_data(datasets.load("moons", n_samples=80), fit_network=True)
    X = window.document.dataset.X
    qtbot.waitUntil(lambda: window.document.plane == shown())
    x0, x1, y0, y1 = shown()
    assert x0 < X[:, 0].min() and X[:, 0].max() < x1  # fitted to the new points
    assert y0 < X[:, 1].min() and X[:, 1].max() < y1
    window.document.undo_stack.setClean()


def test_the_background_covers_the_view_again_after_file_new(qtbot, window):
    """File ▸ New gives the example's own plane back while the view keeps its range: no
    move of the view made the plane follow it, and white bands were left beside the data."""
    _box, shown = shown_boundary(qtbot, window)
    qtbot.waitUntil(lambda: window.document.plane == shown())
    window.document.reset_to_example()
    assert window.document.plane is None
    qtbot.waitUntil(lambda: window.document.plane == shown())
    window.document.undo_stack.setClean()
