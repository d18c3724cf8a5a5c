"""The confusion matrix on regression data: its words, and no axes of classes that are not
there; back on classification data the axes name the classes again."""

from engine import datasets
from gui.plots.confusion_matrix import ConfusionMatrix


def test_regression_data_leave_no_class_axes_and_classes_bring_them_back(qtbot, document):
    view = ConfusionMatrix(document)
    qtbot.addWidget(view)
    view.refresh()
    assert "true class" in view.plot.getAxis("left").labelText
    document.fit_network_to_data(datasets.load("plane", n_samples=40, seed=0), "standardise")
    view.refresh()
    assert "for classification data" in view.plot.titleLabel.text
    assert not view.plot.getAxis("left").isVisible()
    assert not view.plot.getAxis("bottom").isVisible()
    document.undo()
    view.refresh()
    assert "right" in view.plot.titleLabel.text
    view.show()
    qtbot.waitExposed(view)
    assert view.plot.getAxis("left").isVisible() and view.plot.getAxis("bottom").isVisible()
