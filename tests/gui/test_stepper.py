"""The backpropagation stepper on the shipped 2-2-2 example, whose numbers are the classic
hand-worked ones: every stage shows the walkthrough's numbers, on the canvas and worked out."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.canvas.overlay import NumberTag
from gui.stepper import worked
from resources import example_projects


@pytest.fixture
def stepper_window(window, qtbot):
    """The window on screen with the by-hand example open and the stepper's tab raised."""
    by_hand = next(path for path in example_projects() if path.name.startswith("backprop"))
    assert window.files.open_example(by_hand)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen and bool(window.stepper.stages))
    return window


@pytest.fixture
def shown_stepper(window, qtbot):
    """The window on screen at 1280 × 800 with its example and the stepper's tab raised."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen and bool(window.stepper.stages))
    return window


def go_to(window, kind, layer):
    stepper = window.stepper
    index = next(k for k, s in enumerate(stepper.stages) if (s.kind, s.layer) == (kind, layer))
    stepper.go(index)
    return stepper.stages[index]


def tags(window):
    """{neuron's (layer, index): its tag's lines} on the canvas now."""
    scene = window.canvas.scene()
    found = {}
    for item in scene.items():
        if isinstance(item, NumberTag):
            for l, column in enumerate(scene.neurons):
                for neuron in column:
                    if abs(item.pos().y() - neuron.pos().y()) < 1 and \
                            0 < item.pos().x() - neuron.pos().x() < 120:
                        found[(l, neuron.index)] = item.lines
    return found


def number(line):
    """The number a tag writes, "0.138" or "4.17 × 10⁻⁷"."""
    text = line.split("=")[-1].replace("←", "").strip()
    if "×" in text:
        mantissa, power = text.split("× 10")
        digits = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
        return float(mantissa) * 10.0 ** int(power.translate(digits))
    return float(text)


def test_the_classic_numbers_stage_by_stage(stepper_window):
    window = stepper_window
    stage = go_to(window, "forward", 1)
    shown = tags(window)
    assert number(shown[(1, 0)][0]) == pytest.approx(0.3775)          # z₁¹
    assert number(shown[(1, 0)][1]) == pytest.approx(0.5933, abs=1e-4)  # a₁¹ = σ(0.3775)
    assert window.stepper.position.text().startswith("2 of 9")
    go_to(window, "output_error", 2)
    shown = tags(window)
    assert number(shown[(2, 0)][0]) == pytest.approx(0.1385, abs=1e-4)   # δ₁²
    assert number(shown[(2, 1)][0]) == pytest.approx(-0.03810, abs=1e-5)
    stage = go_to(window, "gradient", 2)
    assert stage.values["dW"][0, 0] == pytest.approx(0.082167041)  # ∂C/∂w₁₁²
    check = window.stepper.check.text()
    assert "0.082167041" in check and "central difference" in check
    stage = go_to(window, "update", 2)
    assert stage.values["W"][0, 0] == pytest.approx(0.35891648)  # w₁₁² − 0.5 × 0.0822
    assert float(stage.values["cost_before"]) == pytest.approx(0.298371109)
    assert "0.2984" in window.stepper.note.text()
    assert window.stepper.note.text().count("The cost on these samples") == 1  # said once
    assert "uses" not in window.stepper.note.text()  # plain SGD: the notes' update itself
    window.document.set_config(optimizer="adam")
    go_to(window, "update", 2)
    assert "training uses Adam" in window.stepper.note.text()


def test_the_canvas_shows_each_stages_numbers_and_nothing_when_hidden(stepper_window, qtbot):
    window = stepper_window
    stages = window.stepper.stages
    for index, stage in enumerate(stages):
        window.stepper.go(index)
        shown = tags(window)
        if stage.kind in ("output_error", "backward"):
            for i, delta in enumerate(stage.values["delta"][0]):
                assert number(shown[(stage.layer, i)][0]) == pytest.approx(delta, rel=1e-3)
        if stage.kind == "gradient":
            painter = window.canvas.scene()._edge_layers[stage.layer - 1]
            dW = stage.values["dW"]
            # the connections drawn by ∂C/∂Wˡ: the largest gradient has the widest line
            assert painter.widths.reshape(dW.shape)[np.unravel_index(
                np.abs(dW).argmax(), dW.shape)] == painter.widths.max()
            # and the colour key says so: it read "colour: sign of wᵢⱼˡ" with the weights'
            # range while the layer showed its gradient
            legend = window.canvas.scene().decor.legend.gradient_line
            assert f"layer {stage.layer}'s connections now" in legend and "∂C/∂w" in legend
        elif stage.kind == "update":
            assert "updated weights" in window.canvas.scene().decor.legend.gradient_line
            # on the weights' scale: drawn on its own, a small update thickened every line
            from gui.canvas import edge_pictures
            from gui.canvas.items import COLOUR_STEPS, WIDTH_STEPS

            scale = edge_pictures.net_scale(window.document.network.weights)
            painter = window.canvas.scene()._edge_layers[stage.layer - 1]
            _colours, widths = edge_pictures.edge_steps(
                stage.values["W"], max(scale, float(np.abs(stage.values["W"]).max())),
                COLOUR_STEPS, WIDTH_STEPS)
            np.testing.assert_array_equal(painter.widths, widths)
        else:
            assert window.canvas.scene().decor.legend.gradient_line == ""
    window.loss_tabs.setCurrentIndex(0)  # the loss again
    qtbot.waitUntil(lambda: not tags(window))
    assert window.canvas.scene().decor.legend.gradient_line == ""


def test_the_keyboard_steps(stepper_window, qtbot):
    stepper = stepper_window.stepper
    stepper.list.setFocus()
    stepper.go(0)
    qtbot.keyClick(stepper.next, Qt.Key.Key_Right)
    assert stepper.index == 1
    qtbot.keyClick(stepper.next, Qt.Key.Key_End)
    assert stepper.index == len(stepper.stages) - 1
    qtbot.keyClick(stepper.next, Qt.Key.Key_Home)
    assert stepper.index == 0


def test_the_worked_formulas_carry_the_numbers(stepper_window):
    window = stepper_window
    stage = go_to(window, "backward", 1)
    (line,) = worked.worked(stage, 0)
    # δ₁¹ = (w₁₁² δ₁² + w₂₁² δ₂²) σ'(z₁¹) with the classic numbers
    assert "0.4" in line and "0.1385" in line and "0.5" in line and "(-0.0381)" in line
    assert line.endswith(worked.tex_number(stage.values["delta"][0][0]))
    labels = window.stepper.worked_box.findChildren(QWidget)
    assert labels and all(label.pixmap() is not None for label in labels)
    assert not window.stepper.formula.pixmap().isNull()


def test_a_mini_batch_shows_the_averaging(window, qtbot):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen)
    window.stepper.batch.setValue(4)
    stage = go_to(window, "gradient", 1)
    assert len(stage.values["delta"]) == 4
    lines = worked.worked(stage, 1, 0)
    assert r"\frac{1}{4}" in lines[0]
    assert "mean over the m = 4" in window.stepper.note.text()


def test_tiny_and_large_numbers_read_well():
    assert worked.tex_number(7.3e-32) == r"7.3\times10^{-32}"
    assert worked.tex_number(-0.99997) == "-0.99997"  # not −1: it is not whole
    assert worked.tex_number(0.5) == "0.5" and worked.tex_number(3.0) == "3"
    assert worked.factor(-0.5) == "(-0.5)"


def test_live_errors_on_the_neurons_are_the_engines(window, qtbot):
    """View ▸ Numbers on Neurons ▸ Errors δ: every neuron shows δᵢˡ of the inspector's sample,
    through training, equal to Network.backward's for that sample."""
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "menuNumbers")
    delta = next(a for a in menu.actions() if a.data() == "delta")
    delta.trigger()
    document = window.document
    document.select_sample(2)
    seen = []
    window.training.progress.connect(lambda report: seen.append(tags(window)))
    document.set_config(epochs=300)
    with qtbot.waitSignal(window.training.runEnded, timeout=30000):
        window.action_train.trigger()
    assert seen, "the numbers followed the run"
    x = document.dataset.X[2:3]
    trace = document.network.forward(x)
    grads = document.network.backward(trace, document.dataset.Y[2:3])
    shown = tags(window)
    for l, deltas in enumerate(grads.deltas, start=1):
        for i, value in enumerate(deltas[0]):
            assert number(shown[(l, i)][0]) == pytest.approx(value, rel=1e-3, abs=1e-6)
    assert (0, 0) not in shown  # inputs have no δ


def test_clicking_a_point_on_the_plane_chooses_its_sample(window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    from engine import datasets

    window.document.fit_network_to_data(datasets.load("moons", n_samples=40))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the plot has laid itself out and ranged its view
    plot = window.findChild(QWidget, "decisionBoundary")
    _, validation_rows = window.document.dataset.split_rows()
    row = int(validation_rows[1])
    x1, x2 = window.document.dataset.X[row]
    scene_point = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x1, x2))
    where = plot.mapFromScene(scene_point)
    QTest.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, pos=where, delay=20)
    qtbot.waitUntil(lambda: window.document.selected_sample == row)
    ringed = plot.selected.getData()
    assert (ringed[0][0], ringed[1][0]) == pytest.approx((x1, x2))
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen)
    assert window.stepper.samples() == [row]
    window.document.undo_stack.setClean()


def test_every_stage_on_screen_is_kept_as_a_picture(stepper_window, tmp_path):
    """Each stage of the by-hand example, drawn in the window (kept in the test's folder to
    look at): the formula and its worked lines are pictures, the canvas carries numbers."""
    window = stepper_window
    for index, stage in enumerate(window.stepper.stages):
        window.stepper.go(index)
        shot = tmp_path / f"stage_{index + 1:02d}_{stage.kind}_{stage.layer}.png"
        assert window.grab().save(str(shot))
        assert shot.stat().st_size > 10_000
        assert not window.stepper.formula.pixmap().isNull()
        assert tags(window), f"{stage.kind} {stage.layer} writes numbers on the canvas"
    assert len(list(tmp_path.glob("stage_*.png"))) == len(window.stepper.stages)


def visible_windows():
    from PySide6.QtWidgets import QApplication

    return {widget for widget in QApplication.topLevelWidgets() if widget.isVisible()}


def stray_windows(before):
    """Top-level widgets on screen now that were not ``before``, floating docks aside."""
    from PySide6.QtWidgets import QDockWidget

    return [widget for widget in visible_windows() - before
            if not isinstance(widget, QDockWidget)]


def test_opening_a_lesson_at_a_stage_leaves_no_stray_window(stepper_window, qtbot):
    """Tester 21, #15: the worked lines of the stage on screen, taken out of their box when
    the lesson's project rebuilt the walkthrough, were shown as windows of their own."""
    from gui.lessons.catalogue import lessons

    window = stepper_window
    before = visible_windows()
    assert window in before
    window.stepper.go(4)  # step 5: the output error, worked out line by line
    qtbot.wait(50)
    assert window.stepper.worked_lines.count() > 0
    assert window.lessons.open_lesson(lessons()[0])
    qtbot.wait(100)
    assert stray_windows(before) == []
    for index in range(len(window.stepper.stages)):  # every stage, changed at once
        window.stepper.go(index)
        window.document.select_sample(0)
    qtbot.wait(100)
    assert stray_windows(before) == []


def test_the_stages_follow_the_network_whatever_the_order_of_the_signals(stepper_window):
    """The stages were kept by the id() of the derived numbers: a new version at a freed
    one's address kept a walkthrough of the old network, and the worked formula of a neuron
    the layer no longer had raised IndexError. The stepper holds the version it computed."""
    window = stepper_window
    stepper = window.stepper
    go_to(window, "backward", 1)
    old = stepper.stages
    # a new version the stepper has not been told of yet (as if its signal came later),
    # and a neuron selected that the old stages do not have
    window.document.blockSignals(True)
    try:
        window.document.session.add_neuron(1)
        window.document.session.select_neuron(1, 2)
    finally:
        window.document.blockSignals(False)
    assert window.document.derived is not stepper._derived
    stepper.show_stage()  # no IndexError: the stages are made again first
    assert stepper.stages is not old and stepper._derived is window.document.derived
    assert "neuron 3 of layer 1" in stepper.worked_box.title()


def test_m_counts_only_the_samples_from_x_on(window, qtbot):
    """From sample 2 of xor's 4 there are 3 samples: m shows 3, as the stage says."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen)
    stepper = window.stepper
    stepper.batch.setValue(4)
    stepper.sample.setValue(2)
    assert stepper.batch.value() == 3 and stepper.batch.maximum() == 3
    go_to(window, "gradient", 1)
    assert "mean over the m = 3" in stepper.note.text()
    stepper.sample.setValue(1)
    assert stepper.batch.maximum() == 4  # room for all four again


def test_the_list_is_its_normal_width_again_after_classroom_mode(stepper_window, qtbot):
    stepper = stepper_window.stepper
    before = stepper.list.minimumWidth()
    stepper_window.classroom.set_scale(2.0)
    stepper_window.classroom.set_active(True)
    qtbot.waitUntil(stepper_window.isFullScreen)
    assert stepper.list.minimumWidth() > before
    stepper_window.classroom.set_active(False)
    qtbot.waitUntil(lambda: not stepper_window.isFullScreen())
    assert stepper.list.minimumWidth() == before


def test_in_perceptron_mode_the_walk_is_the_perceptron_rule_training_uses(window, qtbot):
    """A step neuron trained by the perceptron rule showed gradient descent's update
    (w ← w − η·0, "the cost goes from 0.5 to 0.5") while training moved w by η(y − a)x
    (tester). The walk is the rule's, on one sample, and its update is training's."""
    from engine import datasets
    from engine.perceptron import perceptron_step
    from engine.project.starting import new_project, project_training_data

    project = new_project(datasets.load("and"), hidden=[], activation="step")
    assert project.config.mode == "perceptron"
    window.document.replace_project(project, project_training_data(project))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    stepper = window.stepper
    stepper.sample.setValue(4)  # x = (1, 1), y = 1
    qtbot.waitUntil(lambda: stepper.on_screen and bool(stepper.stages))
    assert [s.kind for s in stepper.stages] == ["input", "forward", "perceptron_error",
                                                "perceptron_update"]
    assert not stepper.batch.isEnabled() and stepper.samples() == [3]
    network = window.document.network
    w, b, _a, error = perceptron_step(network.weights[0][0], network.biases[0][0],
                                     window.document.dataset.X[3], 1.0,
                                     window.document.config.learning_rate)
    update = go_to(window, "perceptron_update", 1)
    np.testing.assert_array_equal(update.values["W"][0], w)
    assert update.values["b"][0] == b and update.values["error"][0][0] == error
    assert "Perceptron rule" in stepper.position.text()
    lines = worked.worked(update, 0, 1)
    assert r"\eta\,(y_{1} - a^{1}_{1})\,x_{2}" in lines[0]
    assert lines[0].endswith(worked.tex_number(w[1]))
    assert "∂C" not in stepper.note.text() and "Rosenblatt" in stepper.note.text()
    assert tags(window)[(1, 0)][-1].startswith("b ←")
    legend = window.canvas.scene().decor.legend.gradient_line
    assert "perceptron rule" in legend and "∂C" not in legend
    forward = worked.worked(go_to(window, "forward", 1), 0)
    assert forward[1].startswith("a^{1}_{1} = H(z^{1}_{1})") and r"\sigma" not in forward[1]
    go_to(window, "perceptron_error", 1)
    assert tags(window)[(1, 0)] == [f"y − a = {error:g}"]
    # back to gradient descent (the rule cannot train it then, but the walk is the notes')
    window.document.set_config(mode="batch")
    qtbot.waitUntil(lambda: stepper.stages[-1].kind == "update")
    assert stepper.batch.isEnabled()


def test_a_worked_formula_wider_than_the_panel_is_drawn_to_fit(stepper_window, qtbot):
    """"… + 0 = 0.68" went on past the panel's edge, its result reached only by scrolling
    (tester): a formula too wide is drawn smaller, to a point, and fits."""
    from gui.stepper.formulas import formula_image
    from gui.stepper.panel import FORMULA_MARGINS, LEAST_FORMULA_SHARE, WORKED_POINTS

    stepper = stepper_window.stepper
    stage = go_to(stepper_window, "forward", 2)
    natural = max(formula_image(line, WORKED_POINTS).deviceIndependentSize().width()
                  for line in worked.worked(stage, 0))
    stepper_window.resizeDocks([stepper_window.docks["lossDock"]], [300],
                               Qt.Orientation.Vertical)
    stepper.scroll.setFixedWidth(int(natural * 0.8 + FORMULA_MARGINS))
    qtbot.wait(300)  # the resize settles, the formulas are drawn again
    labels = stepper.worked_box.findChildren(QWidget)
    widest = max(label.pixmap().deviceIndependentSize().width() for label in labels)
    room = stepper.scroll.viewport().width() - FORMULA_MARGINS
    assert room < natural  # the panel is narrower than the formula drawn at its size
    assert widest <= max(room, LEAST_FORMULA_SHARE * natural) + 1  # to fit, to a point
    assert widest >= LEAST_FORMULA_SHARE * natural - 1


def test_the_no_hidden_layer_hint_stays_below_the_input_band(window, qtbot):
    """A perceptron's hint ("No hidden layer: drop a Neuron…") was written over the band the
    stepper draws around the input column (tester)."""
    from PySide6.QtWidgets import QGraphicsTextItem

    from engine import datasets
    from engine.project.starting import new_project, project_training_data
    from gui.canvas.overlay import LayerBand

    project = new_project(datasets.load("and"), hidden=[], activation="step")
    window.document.replace_project(project, project_training_data(project))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_stepper()
    qtbot.waitUntil(lambda: window.stepper.on_screen and bool(window.stepper.stages))
    window.stepper.go(0)  # the input stage: the band around layer 0
    scene = window.canvas.scene()
    bands = [item for item in scene.items() if isinstance(item, LayerBand)]
    hints = [item for item in scene.items() if isinstance(item, QGraphicsTextItem)
             and item.toPlainText().startswith("No hidden layer")]
    assert bands and hints
    assert not hints[0].sceneBoundingRect().intersects(bands[0].sceneBoundingRect())


def test_stepping_through_the_stages_leaves_the_drawing_where_it_is(stepper_window, qtbot):
    """The numbers on the neurons differ in width from stage to stage, and the drawing moved
    sideways at every step (tester): it stays put while they fit."""
    view = stepper_window.canvas
    scene = view.scene()
    places = []
    for index in range(len(stepper_window.stepper.stages)):
        stepper_window.stepper.go(index)
        qtbot.wait(1)
        neuron = scene.neuron_item(1, 0)
        places.append(view.mapFromScene(neuron.scenePos()))
    assert max((p - places[1]).manhattanLength() for p in places[1:]) <= 2


def test_worked_lines_of_a_stage_are_drawn_at_one_size(qtbot, window, monkeypatch):
    """A long line shrunk to fit and a short one beside it: both at the long one's size."""
    from gui.stepper import panel

    window.resize(1280, 800)
    window.show()
    window.show_stepper()
    stepper = window.stepper
    qtbot.waitUntil(lambda: bool(stepper.stages), timeout=5000)
    drawn = []
    real = panel.formula_image

    def recording(latex, points, scale=1.0):
        drawn.append((latex, points))
        return real(latex, points, scale=scale)

    monkeypatch.setattr(panel, "formula_image", recording)
    long = " + ".join(["w_{12} x_{2}"] * 40)
    images = stepper._fitted_together([long, "b = 1"], panel.WORKED_POINTS)
    assert len(images) == 2
    last = {latex: points for latex, points in drawn}  # each line's final size
    assert last[long] < panel.WORKED_POINTS
    assert last["b = 1"] == last[long]


def test_a_line_too_wide_even_drawn_small_is_split_at_its_equals_signs(qtbot, window):
    from gui.stepper import panel

    window.resize(1280, 800)
    window.show()
    window.show_stepper()
    stepper = window.stepper
    qtbot.waitUntil(lambda: bool(stepper.stages), timeout=5000)
    long = "a = " + " + ".join(["w_{12} x_{2}"] * 30) + " = " + " + ".join(["0.25"] * 30) + " = 1"
    images = stepper._fitted_together([long, "b = 1"], panel.WORKED_POINTS)
    # "a = …", "= …", "= 1", "b = 1", each sum over as many lines as it needs: each fits,
    # none shrunk ("z² = … + 3.061 ×" was drawn small and still cut, tester)
    room = stepper.scroll.viewport().width() - panel.FORMULA_MARGINS
    assert len(images) > 4
    assert all(image.width() / image.devicePixelRatio() <= room for image in images)
    heights = {image.height() for image in images[1:-1]}
    assert max(heights) - min(heights) <= 0.2 * max(heights)  # one type size
    assert panel.split_at_equals("x_{a=b} = 1") == ["x_{a=b} = 1"]
    assert panel.split_at_plus("= (a + b) + c_{1+2}") == ["= (a + b)", "+ c_{1+2}"]


def test_a_headline_of_two_formulas_goes_on_two_lines_when_narrow(qtbot, window):
    """The perceptron rule's "W ← …, b ← …" was cut at the panel's edge (tester)."""
    from gui.stepper import panel

    window.resize(1280, 800)
    window.show()
    window.show_stepper()
    stepper = window.stepper
    qtbot.waitUntil(lambda: bool(stepper.stages), timeout=5000)
    latex = (r"W^{1} \leftarrow W^{1} + \eta\,(y - a^{1})\,(a^{0})^{T} + \eta\,(y - a^{1})"
             r"\,(a^{0})^{T},\quad b^{1} \leftarrow b^{1} + \eta\,(y - a^{1}) + \eta\,(y - a^{1})")
    one_line = panel.formula_image(latex, panel.FORMULA_POINTS, scale=stepper._scale())
    room = stepper.scroll.viewport().width() - panel.FORMULA_MARGINS
    assert one_line.width() / one_line.devicePixelRatio() > room
    image = stepper._headline(latex)
    assert image.height() > 1.5 * one_line.height()
    assert image.width() / image.devicePixelRatio() <= room + 1


def test_a_softmax_output_is_worked_out_as_softmax(qtbot):
    """The worked line of a softmax layer is e^{zᵢ}/Σₖ e^{zₖ} with the engine's aᵢ, not
    σ(zᵢ) (σ(1.079) = 0.2167 read as a wrong sigmoid, tester)."""
    from engine import LayerSpec, Network, NetworkSpec, walkthrough

    net = Network(NetworkSpec(2, [LayerSpec(4, "tanh"), LayerSpec(3, "softmax")], "cce"),
                  seed=0)
    stage = [s for s in walkthrough(net, np.array([[0.3, -0.7]]),
                                    np.array([[0.0, 1.0, 0.0]]), 0.1)
             if s.kind == "forward"][-1]
    lines = worked.worked(stage, 1)
    assert r"\frac{e^{z^{2}_{2}}}{\sum_{k} e^{z^{2}_{k}}}" in lines[1]
    assert lines[1].endswith(worked.tex_number(stage.values["a"][0][1]))
    assert r"\sigma(" not in lines[1]


def test_normalised_inputs_are_worked_out_from_x_as_the_inspector_gives_it(stepper_window):
    """With standardised data the network takes a⁰ = (x − μ)/s: the input stage writes that
    with the sample's raw x, which the inspector gives beside a⁰ (one number for x and
    another for a⁰, unexplained, read as one of them wrong)."""
    window = stepper_window
    document = window.document
    document.set_normalisation("standardise")
    stage = go_to(window, "input", 0)
    normaliser = document.normaliser
    (line,) = worked.worked(stage, 1, 0, normaliser)
    x = document.derived.sample(document.selected_sample).x
    a = stage.values["a"][0][1]
    assert r"\frac{x_{2} - \mu_{2}}{s_{2}}" in line
    assert worked.tex_number(x[1]) in line and line.endswith(worked.tex_number(a))
    assert a == pytest.approx((x[1] - normaliser.shift[1]) / normaliser.scale[1])
    document.select_neuron(1, 0)
    from gui.panels.inspector import InspectorPanel

    text = window.findChild(InspectorPanel).neuron.sample_text.text()
    assert "normalised: a⁰ = (" in text and worked.tex_number(a).replace("-", "−") in \
        text.replace("-", "−")
    document.set_normalisation("none")
    (line,) = worked.worked(go_to(window, "input", 0), 1, 0, document.normaliser)
    assert line.startswith("a^{0}_{2} = x_{2} = ")


def test_an_update_is_written_with_the_digits_that_make_it_add_up():
    """Four significant digits hid a small update: "5.005 − 0.5 × (−0.0006275) = 5.006"
    did not add up by hand (tester); the weight before and after carry the digits the
    change needs, and no more zeros than that."""
    before, after = worked.before_after(5.0052, 5.0052 + 0.5 * 0.0006275)
    assert (before, after) == ("5.00520", "5.00551")
    assert abs(float(before) + 0.5 * 0.0006275 - float(after)) < 1e-5
    assert worked.before_after(0.4, 0.35) == ("0.40", "0.35")
    assert worked.before_after(0.4, 1.4) == ("0.4", "1.4")
    assert worked.before_after(-1.25, -1.25) == ("-1.25", "-1.25")


def test_a_validation_sample_s_gradient_is_said_to_be_one_training_never_takes(shown_stepper,
                                                                               qtbot):
    """The sample box counts every sample; training learns from the training rows alone."""
    from gui.lessons.catalogue import lessons

    window = shown_stepper
    window.lessons.open_lesson(lessons()[3])  # circles: 160 training, 40 validation rows
    stepper = window.stepper
    qtbot.waitUntil(lambda: bool(stepper.stages) and stepper.stages[0].values["a"].shape[1]
                    == 2 and window.document.dataset.n_samples == 200)
    train, validation = window.document.dataset.split_rows()
    stepper.sample.setValue(int(min(validation)) + 1)
    go_to(window, "gradient", 1)
    assert f"Sample {int(min(validation)) + 1} is a validation sample" in stepper.note.text()
    stepper.sample.setValue(int(min(train)) + 1)
    go_to(window, "gradient", 1)
    assert "validation" not in stepper.note.text()
    window.document.undo_stack.setClean()


def test_a_tanh_layer_s_worked_line_applies_tanh_not_sigma(shown_stepper):
    """"σ(1.64) = 0.9275" on a tanh layer read as a wrong sigmoid (tester)."""
    window = shown_stepper
    assert window.document.spec.layers[0].activation == "tanh"
    stage = go_to(window, "forward", 1)
    lines = worked.worked(stage, 0)
    assert r"= \tanh(" in lines[-1] and lines[-1].startswith(r"a^{1}_{1} = \sigma(z^{1}_{1})")
    assert r"= \sigma(" in worked.worked(go_to(window, "forward", 2), 0)[-1]  # the sigmoid


def test_the_bias_update_is_written_as_the_weight_s_is(stepper_window):
    """The bias line skipped the "b − η ∂C/∂b =" the weight line shows (tester)."""
    lines = worked.worked(go_to(stepper_window, "update", 2), 0, 0)
    assert lines[1].startswith(r"b^{2}_{1} \leftarrow b^{2}_{1} - \eta\,\dfrac{\partial C}"
                               r"{\partial b^{2}_{1}} = ")
