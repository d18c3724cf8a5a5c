"""The views show the session's numbers: an edit runs the network once for all of them, and
while training the main thread runs it not at all."""

import threading

import numpy as np
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from engine.network import Network


@pytest.fixture
def forward_calls(monkeypatch):
    """Every ``Network.forward`` call, as the name of the thread that made it."""
    calls = []
    original = Network.forward

    def counted(net, X):
        calls.append(threading.current_thread() is threading.main_thread())
        return original(net, X)

    monkeypatch.setattr(Network, "forward", counted)
    return calls


@pytest.fixture
def shown(window, qtbot):
    """The main window on screen, with every tab of the matrix dock drawn once."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for tab in range(window.matrix_tabs.count()):
        window.matrix_tabs.setCurrentIndex(tab)
        qtbot.wait(10)
    window.matrix_tabs.setCurrentIndex(window.matrix_tabs.indexOf(
        window.findChild(QWidget, "confusionMatrix")))
    window.document.select_neuron(1, 0)
    # the decision boundary's background covers what it shows (a pass once, at the start)
    boundary = window.findChild(QWidget, "decisionBoundary")
    qtbot.waitUntil(lambda: window.document.plane is not None
                    and not boundary._follow_timer.isActive())
    qtbot.wait(10)
    return window


@pytest.mark.parametrize("edit", [lambda d: d.add_neuron(1), lambda d: d.set_weight(1, 0, 0, 0.3),
                                  lambda d: d.set_activation(1, "relu")])
def test_one_edit_runs_the_network_once_for_every_view(shown, qtbot, forward_calls, edit):
    edit(shown.document)
    qtbot.wait(20)  # every view has redrawn
    # one pass for the canvas's maps, the decision boundary, the heatmaps, the inspector and
    # the loss plot's epoch 0; one over the validation data for the confusion matrix
    assert len(forward_calls) == 2
    assert shown.document.derived.passes == 2


def test_no_forward_pass_on_the_main_thread_while_training(shown, qtbot, forward_calls):
    shown.document.set_config(epochs=400)
    with qtbot.waitSignal(shown.training.runEnded, timeout=30000) as ended:
        shown.action_train.trigger()
    assert ended.args == [None]
    assert forward_calls, "the worker computed the views' numbers"
    assert not any(forward_calls), "none on the main thread"
    # and what the views show is the final weights' numbers
    output = shown.canvas.scene().neurons[-1][0]
    from gui.canvas.neuron_maps import map_images
    assert output.output_map == map_images(shown.document.derived.plane)[-1][0]


def test_the_gradients_per_layer_follow_the_run(window, qtbot):
    """A deep sigmoid net: the tab plots mean |δˡ| per layer from the worker's snapshots,
    and reads the latest numbers in words."""
    from engine import datasets
    from engine.diagnostics import reading

    document = window.document
    document.fit_network_to_data(datasets.load("moons", n_samples=200))
    for position in (1, 1, 1):
        assert document.add_hidden_layer(position, units=6, activation="sigmoid")
    document.set_activation(4, "sigmoid")
    document.set_config(epochs=300, mode="batch")
    view = window.findChild(QWidget, "layerDiagnostics")
    window.resize(1280, 800)
    window.show()
    window.matrix_tabs.setCurrentWidget(view)
    with qtbot.waitSignal(window.training.runEnded, timeout=60000):
        window.action_train.trigger()
    log = document.session.diagnostics
    epochs, values = log.series(document.history.current_run, "mean_delta")
    assert len(epochs) >= 2 and values.shape[1] == document.spec.n_layers
    curve = view.curves[0][0]  # layer 1's mean |δ|
    x, y = curve.getData()
    np.testing.assert_array_equal(x, epochs)
    np.testing.assert_allclose(10.0 ** y, values[:, 0])  # log mode holds log₁₀
    assert values[0, 0] < 1e-2 * values[0, -1]  # at the start, δ vanishes on its way back
    first_words = reading(document.derived.diagnostics)[0].split()[:4]
    assert " ".join(first_words) in view.text.text


def test_the_gradients_per_layer_keep_epoch_0_once_trained(window, qtbot):
    """Before a run the plots show epoch 0; a Step Epoch left only epoch 1 (tester)."""
    view = window.findChild(QWidget, "layerDiagnostics")
    window.matrix_tabs.setCurrentWidget(view)
    from gui.training.controller import State

    before = window.document.derived.diagnostics.mean_delta
    with qtbot.waitSignal(window.training.stateChanged, timeout=20000,
                          check_params_cb=lambda state: state is State.PAUSED):
        window.findChild(QAction, "actionStepEpoch").trigger()
    qtbot.waitUntil(lambda: window.document.history.last_epoch() == 1)
    view.refresh()
    x, y = view.curves[0][0].getData()
    window.training.stop()
    assert list(x) == [0.0, 1.0]
    np.testing.assert_allclose(10.0 ** y[0], before[0])


def test_the_gradients_per_layer_name_every_layer_and_start_at_epoch_0(window):
    """Before a run: one point per layer at epoch 0 on an axis from 0 (it read "epoch
    (x0.001)" from −400 to 400), and every layer named under the plots, not in a legend
    inside them that a six-layer net overflowed."""
    from engine import datasets

    document = window.document
    document.fit_network_to_data(datasets.load("moons", n_samples=100))
    for position in (1, 1, 1, 1):
        assert document.add_hidden_layer(position, units=3, activation="sigmoid")
    view = window.findChild(QWidget, "layerDiagnostics")
    window.matrix_tabs.setCurrentWidget(view)
    view.refresh()
    low, high = view.plots[0].viewRange()[0]
    assert -1 < low <= 0 < high <= 11  # whole epochs from 0 (not ticks at 0.2, 0.4, …)
    L = document.spec.n_layers
    assert L == 6
    legend = view.text.text.split("<br>")[0]
    # "━ layer 1  ━ layer 2 …" below the plots, "layers ━1 ━2 …" beside them
    assert all(f"layer {l}" in legend or f"━</span>{l}" in legend for l in range(1, L + 1))


def test_the_gradients_reading_goes_beside_the_plots_in_a_short_wide_dock(window, qtbot):
    """At 1280 × 800 the dock is about 640 × 150: the reading below left the plots 40 px
    tall, without tick labels. Wide and short, it stands beside them; the whole reading is
    in the tooltip, what is shown never overflows the view, and a taller view puts the
    reading back below the plots."""
    from engine import datasets
    from engine.diagnostics import reading
    from gui.plots.layer_diagnostics import LayerDiagnostics

    document = window.document
    document.fit_network_to_data(datasets.load("moons", n_samples=100))
    view = LayerDiagnostics(document)
    qtbot.addWidget(view)
    view.resize(640, 150)
    view.show()
    qtbot.waitExposed(view)
    sentences = reading(document.derived.diagnostics)
    assert sentences and view._beside
    assert view.text in view.ci.items and view.ci.items[view.text] == [(0, 2)]
    text_box = view.text.mapRectToScene(view.text.boundingRect())
    assert text_box.bottom() <= view.height() and text_box.right() <= view.width()
    assert view.plots[0].height() > 100  # the plots keep the dock's height
    assert all(sentence in view.toolTip() for sentence in sentences)
    view.resize(640, 420)
    qtbot.waitUntil(lambda: not view._beside)
    assert view.ci.items[view.text] == [(1, 0), (1, 1)]
    assert sentences[0] in view.text.text


def test_the_gradients_per_layer_follow_undo_and_redo_of_a_run(window, qtbot):
    """Undo Train emptied the loss plot but left the run's curves here; redo then showed
    one point at the last epoch (tester)."""
    document = window.document
    document.set_config(epochs=30)
    view = window.findChild(QWidget, "layerDiagnostics")
    window.show()
    window.matrix_tabs.setCurrentWidget(view)
    with qtbot.waitSignal(window.training.runEnded, timeout=60000):
        window.action_train.trigger()
    view.refresh()
    trained = view.curves[0][0].getData()[0].copy()
    assert len(trained) >= 2 and trained[-1] == 30
    document.undo()
    view.refresh()
    assert view.curves[0][0].getData()[0].tolist() == [0.0]  # the weights now, at epoch 0
    document.redo()
    view.refresh()
    np.testing.assert_array_equal(view.curves[0][0].getData()[0], trained)
