"""Classroom mode (View ▸ Classroom Mode, F11): larger type and thicker lines, only the panels
picked, full screen; leaving restores exactly what there was; remembered; live while training."""

from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from gui import create_main_window, style
from gui.canvas.items import WIDTH_STEPS, EdgeItem
from gui.classroom.look import scaled_css_size
from gui.classroom.mode import DEFAULT_PANELS, SCALES
from gui.stepper.formulas import formula_image
from gui.training.controller import State


@pytest.fixture
def shown(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    # inside the screen (the offscreen one is small), where restoreGeometry puts it back
    screen = window.screen().availableGeometry()
    window.setGeometry(screen.adjusted(20, 40, -20, -20))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.classroom.set_active(False)
    window.document.undo_stack.setClean()


def visible_docks(window) -> set[str]:
    return {name for name, dock in window.docks.items() if dock.isVisible()}


def dock_places(window) -> dict:
    """Each panel's place on screen: shown, floating, its area and its rectangle."""
    return {name: (dock.isVisible(), dock.isFloating(), window.dockWidgetArea(dock),
                   dock.geometry().getRect() if dock.isVisible() else None)
            for name, dock in window.docks.items()}


def loss_plot(window):
    return window.findChild(pg.PlotWidget, "lossPlot")


def look_of(window) -> dict:
    """What classroom mode changes, as numbers."""
    plot = loss_plot(window).getPlotItem()
    axis = plot.getAxis("bottom")
    tick = axis.style["tickFont"]
    legend = plot.legend.items[0][1]
    return {
        "app font": QApplication.font().pointSizeF(),
        "canvas text": style.canvas_text(10.0),
        "widest edge": EdgeItem.width_of(WIDTH_STEPS),
        "ticks": None if tick is None else tick.pointSizeF(),
        "axis label": axis.label.font().pointSizeF(),
        "curve": pg.mkPen(loss_plot(window).train_curve.opts["pen"]).widthF(),
        "legend": legend.opts.get("size"),
        "status bar font": window.statusBar().font().pointSizeF(),
        "docks": visible_docks(window),
        "full screen": window.isFullScreen(),
    }


def test_the_mode_is_in_the_view_menu_with_its_own_shortcut(shown):
    action = shown.findChild(QAction, "actionClassroomMode")
    assert action is shown.classroom.action and action.isCheckable()
    assert action.shortcut() == QKeySequence("F11")
    keys = [a.shortcut() for a in shown.findChildren(QAction)
            if a is not action and not a.shortcut().isEmpty()]
    assert QKeySequence("F11") not in keys  # no clash
    menu_actions = shown.menuBar().actions()
    view = next(a.menu() for a in menu_actions if a.menu().objectName() == "menuView")
    assert action in view.actions()
    assert shown.classroom.panels_menu.menuAction() in view.actions()


def test_entering_enlarges_type_and_lines_and_shows_only_the_picked_panels(shown, qtbot):
    before = look_of(shown)
    geometry, places = shown.saveGeometry(), dock_places(shown)
    shown.classroom.set_scale(1.5)
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    during = look_of(shown)
    assert during["app font"] == pytest.approx(before["app font"] * 1.5)
    assert during["canvas text"] == pytest.approx(15.0)
    assert during["widest edge"] == pytest.approx(before["widest edge"] * 1.5)
    assert during["ticks"] == pytest.approx(before["app font"] * 1.5)
    assert during["axis label"] > before["axis label"]
    assert during["curve"] == pytest.approx(max(before["curve"], 1.0) * 1.5)
    assert during["legend"] == scaled_css_size(before["legend"], 1.5)  # 8pt → 12pt
    assert during["docks"] == set(DEFAULT_PANELS)
    shown.classroom.set_active(False)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    after = look_of(shown)
    assert after == before
    # every panel where it was, once the normal fonts' layouts are worked out
    qtbot.waitUntil(lambda: dock_places(shown) == places)
    assert shown.saveGeometry() == geometry
    assert not shown.classroom.look.active


def test_the_canvas_is_rebuilt_larger_and_back(shown):
    scene = shown.canvas.scene()
    chip = next(item for item in scene.items() if hasattr(item, "title_font"))
    size = chip.title_font.pointSizeF()
    shown.classroom.set_active(True)
    chip = next(item for item in scene.items() if hasattr(item, "title_font"))
    assert chip.title_font.pointSizeF() == pytest.approx(size * shown.classroom.scale)
    shown.classroom.set_active(False)
    chip = next(item for item in scene.items() if hasattr(item, "title_font"))
    assert chip.title_font.pointSizeF() == pytest.approx(size)


@pytest.mark.parametrize("scale", SCALES)
def test_the_legend_stays_below_the_cost_chip_at_every_size(shown, scale):
    """At 200 % the chip's second line ("binary cross-entropy") ran over the legend's."""
    shown.classroom.set_scale(scale)
    shown.classroom.set_active(True)
    try:
        decorations = shown.canvas.scene().decor
        chip = decorations.cost_chip.sceneBoundingRect()
        legend = decorations.legend.sceneBoundingRect()
        assert legend.top() >= chip.bottom() or not legend.intersects(chip)
    finally:
        shown.classroom.set_active(False)


def test_the_stepper_formulas_grow_with_it(shown):
    normal = formula_image(r"\delta^L", 13.0).width()
    shown.classroom.set_scale(1.5)
    shown.classroom.set_active(True)
    assert formula_image(r"\delta^L", 13.0).width() > normal * 1.3
    shown.classroom.set_active(False)
    assert formula_image(r"\delta^L", 13.0).width() == normal


def test_styled_labels_grow_with_it_too(shown):
    """A label with a style sheet of its own (the stepper's bold "1 of 13", a muted hint)
    keeps the font it was polished with unless the mode gives its sheet again."""
    from PySide6.QtWidgets import QLabel

    shown.show_stepper()
    labels = [label for label in shown.findChildren(QLabel)
              if label.styleSheet() and "font-size" not in label.styleSheet()]
    assert {"stepperPosition", "stepperNote"} <= {label.objectName() for label in labels}
    normal = [label.font().pointSizeF() for label in labels]
    shown.classroom.set_scale(1.5)
    shown.classroom.set_active(True)
    assert [label.font().pointSizeF() for label in labels] == pytest.approx(
        [size * 1.5 for size in normal])
    assert shown.findChild(QLabel, "stepperPosition").font().bold()
    shown.classroom.set_active(False)
    assert [label.font().pointSizeF() for label in labels] == normal


def test_panels_are_picked_from_the_submenu_even_in_the_mode(shown):
    menu = shown.classroom.panels_menu
    menu.aboutToShow.emit()
    names = [a.objectName() for a in menu.actions()]
    assert "actionClassroomPanel_inspectorDock" in names
    shown.classroom.set_active(True)
    inspector = next(a for a in menu.actions()
                     if a.objectName() == "actionClassroomPanel_inspectorDock")
    inspector.setChecked(True)
    assert "inspectorDock" in visible_docks(shown)
    loss = next(a for a in menu.actions() if a.objectName() == "actionClassroomPanel_lossDock")
    loss.setChecked(False)
    assert visible_docks(shown) == {"trainingDock", "decisionDock", "inspectorDock"}
    shown.classroom.set_panels([])  # the canvas alone
    assert visible_docks(shown) == set()


def test_a_curve_drawn_while_in_the_mode_is_thick_and_thin_again_after(shown):
    shown.classroom.set_active(True)
    plot = loss_plot(shown).getPlotItem()
    curve = plot.plot([0, 1], [1, 0], pen=pg.mkPen("#000", width=2))
    shown.classroom.look.rescan()  # the timer's work, without waiting a second
    assert pg.mkPen(curve.opts["pen"]).widthF() == pytest.approx(2 * shown.classroom.scale)
    curve.setPen(pg.mkPen("#f00", width=1))  # its view restyles it: the new look, larger
    shown.classroom.look.rescan()
    assert pg.mkPen(curve.opts["pen"]).widthF() == pytest.approx(shown.classroom.scale)
    shown.classroom.set_active(False)
    assert pg.mkPen(curve.opts["pen"]).widthF() == pytest.approx(1.0)


def test_a_size_change_in_the_mode_applies_at_once(shown):
    base = QApplication.font().pointSizeF()
    shown.classroom.set_active(True)
    shown.classroom.set_scale(SCALES[-1])
    assert QApplication.font().pointSizeF() == pytest.approx(base * SCALES[-1])
    shown.classroom.set_active(False)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_the_mode_comes_back_in_a_new_window_and_leaves_to_the_old_layout(qtbot, shown):
    normal_docks = visible_docks(shown)
    shown.classroom.set_panels(["lossDock", "inspectorDock"])
    shown.classroom.set_scale(1.75)
    shown.classroom.set_active(True)
    shown.close()
    assert QApplication.font().pointSizeF() < 10  # closed: the program's fonts are back
    again = create_main_window()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.classroom.active and again.classroom.action.isChecked()
    assert again.classroom.panels == ("lossDock", "inspectorDock")
    assert again.classroom.scale == 1.75
    assert visible_docks(again) == {"lossDock", "inspectorDock"}
    qtbot.waitUntil(again.isFullScreen)
    again.classroom.set_active(False)
    assert visible_docks(again) == normal_docks
    again.close()


def test_entering_and_leaving_while_training_does_not_restart_the_run(shown, qtbot):
    shown.document.set_config(epochs=100_000)
    controller = shown.training
    with qtbot.waitSignal(controller.progress, timeout=10000):
        controller.train()
    thread = controller.thread
    shown.classroom.set_active(True)
    epochs = len(shown.document.history)
    qtbot.waitUntil(lambda: len(shown.document.history) > epochs, timeout=10000)
    assert controller.state is State.RUNNING and controller.thread is thread
    shown.classroom.set_panels(["lossDock"])
    shown.classroom.set_active(False)
    epochs = len(shown.document.history)
    qtbot.waitUntil(lambda: len(shown.document.history) > epochs, timeout=10000)
    assert controller.state is State.RUNNING and controller.thread is thread
    with qtbot.waitSignal(controller.runEnded, timeout=10000):
        controller.stop()



def test_a_change_of_language_in_the_mode_stays_in_it_at_the_same_size(qtbot):
    import shiboken6

    from gui import i18n
    from gui.language_menu import switch_language
    from gui.languages import CHINESE, ENGLISH

    english = create_main_window(restore_layout=False)
    english.show()
    made = [english]
    base = QApplication.font().pointSizeF()
    normal_docks = visible_docks(english)
    english.classroom.set_active(True)
    try:
        chinese = switch_language(english, CHINESE)
        made.append(chinese)
        qtbot.wait(1)  # the old window's deleteLater
        assert not shiboken6.isValid(english)
        assert chinese.classroom.active
        assert QApplication.font().pointSizeF() == pytest.approx(base * chinese.classroom.scale)
        assert visible_docks(chinese) == set(DEFAULT_PANELS)
        chinese.classroom.set_active(False)
        assert QApplication.font().pointSizeF() == pytest.approx(base)
        assert visible_docks(chinese) == normal_docks
    finally:
        i18n.install(ENGLISH)
        for window in made:
            if shiboken6.isValid(window):
                window.classroom.set_active(False)
                window.document.undo_stack.setClean()
                window.close()


def test_the_layer_cards_do_not_overlap_at_the_largest_type_and_plots_keep_room(shown, qtbot):
    """At 175 % the cards' larger text moves the columns apart instead of overprinting, and
    a plot keeps room for its ticks (tester 21 #6)."""
    from gui.canvas.layer_items import ChipItem
    from gui.canvas.view import MAX_FIT_ZOOM

    shown.classroom.set_scale(1.75)
    shown.classroom.set_active(True)
    qtbot.wait(50)
    scene = shown.canvas.scene()
    chips = [item for item in scene.items() if isinstance(item, ChipItem)
             and item.isVisible() and item.title]
    cards = sorted((item.sceneBoundingRect() for item in chips), key=lambda r: r.left())
    row = [r for r in cards if abs(r.top() - cards[0].top()) < 1]  # the layers' headers
    assert len(row) >= 3
    for left, right in itertools.pairwise(row):
        assert left.right() <= right.left(), (left, right)
    plot = loss_plot(shown)
    assert plot.minimumHeight() >= 5 * plot.fontMetrics().height()
    shown.canvas.resize(3000, 2000)  # a big canvas: the net may grow past the normal cap
    shown.canvas.fit_to_view()
    assert shown.canvas.transform().m11() > MAX_FIT_ZOOM
    shown.classroom.set_active(False)
    assert plot.minimumHeight() < 5 * plot.fontMetrics().height()


def test_the_network_is_drawn_no_smaller_than_in_the_normal_window(shown):
    """The neurons and their spacing grow with the type, not only the columns' distance: the
    fitted net used to come out smaller on the projector than in the normal window."""
    from gui.canvas.items import NeuronItem

    def neuron_share():
        """A neuron's radius over the drawing's height and width: what is left of it once
        the drawing is fitted to a canvas of any size."""
        scene = shown.canvas.scene()
        neuron = next(item for item in scene.items() if isinstance(item, NeuronItem))
        rect = scene.sceneRect()
        return min(neuron.radius / rect.height(), neuron.radius / rect.width())

    before = neuron_share()
    shown.classroom.set_scale(1.5)
    shown.classroom.set_active(True)
    assert neuron_share() >= before
    shown.classroom.set_active(False)
    assert neuron_share() == pytest.approx(before)


def test_at_the_largest_type_every_training_field_is_in_reach(shown, qtbot):
    """At 200 % the settings were cut at the dock's right edge (no horizontal scrolling):
    the dock is now never narrower than its fields."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea

    shown.classroom.set_scale(max(SCALES))
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    QApplication.processEvents()
    scroll = shown.findChild(QScrollArea, "trainingSettings")
    viewport = scroll.viewport()
    fields = [w for kind in (QComboBox, QAbstractSpinBox)
              for w in scroll.widget().findChildren(kind) if w.isVisible()]
    assert fields
    for field in fields:
        right = field.mapTo(viewport, field.rect().topRight()).x()
        assert right <= viewport.width(), field.objectName() or type(field).__name__


def _text_sizes(view) -> list[float]:
    from PySide6.QtWidgets import QGraphicsTextItem

    return sorted({round(item.font().pointSizeF(), 1) for item in view.scene().items()
                   if isinstance(item, QGraphicsTextItem)})


def test_views_built_while_in_the_mode_are_their_normal_size_after_it(qtbot):
    """A lesson opening in the mode builds its hidden views a moment later: they took the
    larger application font as their own, were scaled again (four times as large, labels
    overlapping) and stayed twice as large once the mode ended."""
    normal_window = create_main_window()
    qtbot.addWidget(normal_window)
    normal_window.show()
    qtbot.waitExposed(normal_window)
    normal = _text_sizes(normal_window.findChild(QWidget, "confusionMatrix"))
    normal_window.close()
    window = create_main_window(defer_hidden_views=True)
    qtbot.addWidget(window)
    window.classroom.set_scale(2.0)
    window.show()
    window.classroom.set_active(True)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "confusionMatrix") is not None,
                    timeout=10000)
    view = window.findChild(QWidget, "confusionMatrix")
    qtbot.waitUntil(lambda: _text_sizes(view) and max(_text_sizes(view)) > max(normal),
                    timeout=5000)
    assert max(_text_sizes(view)) == pytest.approx(2 * max(normal))  # twice, not four times
    window.classroom.set_active(False)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert _text_sizes(view) == normal
    window.document.undo_stack.setClean()


def test_on_a_projector_the_header_and_legend_keep_to_the_nets_width(shown, qtbot):
    """Fitted to the canvas, a header or legend wider than the net made the net smaller; and
    the stepper's wrapped line under the colour bar was cut by the legend's own height."""
    from gui.canvas.layer_items import TextBlockItem

    shown.classroom.set_scale(2.0)
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    scene = shown.canvas.scene()
    decor = scene.decor
    net_right = max(item.sceneBoundingRect().right() for column in scene.neurons
                    for item in column)
    for item in (decor.summary, decor.legend):
        assert item.sceneBoundingRect().right() <= net_right + 120
    assert isinstance(decor.summary, TextBlockItem) and len(decor.summary.lines) == 2
    before = decor.legend.boundingRect().height()
    decor.set_redrawn_layer(2, "gradient", 3.327e-6)
    assert decor.legend.boundingRect().height() > before  # room for the wrapped line


def test_a_folded_input_stays_drawn_in_the_mode(shown, qtbot):
    """8×8 digits: the input is one folded box with its bundle of lines; in the mode both
    had vanished (items with no Python reference went when the scene's items were listed)."""
    from engine import datasets
    from gui.canvas.items import FoldedLayerItem

    shown.document.set_data(datasets.load("digits"), fit_network=True)
    scene = shown.canvas.scene()

    def folded():
        return [item for item in scene.items() if isinstance(item, FoldedLayerItem)]

    assert len(folded()) == 1
    shown.classroom.set_scale(1.5)
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    QApplication.processEvents()
    assert len(folded()) == 1 and len(scene.decor.bundles) == 1
    assert scene.decor.bundles[0].scene() is scene


def test_a_lesson_opened_in_the_mode_keeps_its_guide_when_the_mode_ends(shown, qtbot):
    """The layout from before the mode had no guide (no lesson was open then): leaving put
    it away, with the lesson still open and nothing in View to bring it back."""
    from gui.lessons.catalogue import lesson

    guide = shown.docks["lessonGuideDock"]
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.lessons.open_lesson(lesson("one_neuron"))
    assert not guide.isHidden()
    shown.classroom.set_active(False)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    qtbot.wait(50)  # the layout is put back again once the window has its size
    assert not guide.isHidden()
    shown.classroom.set_active(True)  # and back in: the mode's own layout had none either
    assert not guide.isHidden()


def test_the_canvas_keeps_half_the_window_or_the_panels_are_as_narrow_as_they_go(shown, qtbot):
    """On a 1280 × 800 screen the mode's panels took all but 400 × 380 pixels, and a larger
    type drew the network smaller still (tester): the panels give way to the canvas down to
    what their contents need."""
    from PySide6.QtCore import Qt as QtNames
    from PySide6.QtWidgets import QDockWidget

    from gui.classroom.mode import CANVAS_SHARE

    shown.classroom.set_panels(["trainingDock", "lossDock", "decisionDock"])
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    # the teacher's own layout with the side panels far too wide
    sides = [shown.docks["trainingDock"], shown.docks["decisionDock"]]
    shown.resizeDocks(sides, [shown.width() // 2, shown.width() // 2],
                      QtNames.Orientation.Horizontal)
    shown.classroom.set_scale(1.75)
    canvas = shown.centralWidget()

    def roomy():
        if canvas.width() >= CANVAS_SHARE[0] * shown.width() - 8:
            return True
        docks = [d for d in shown.findChildren(QDockWidget) if d.isVisible()
                 and shown.dockWidgetArea(d) in (QtNames.DockWidgetArea.LeftDockWidgetArea,
                                                 QtNames.DockWidgetArea.RightDockWidgetArea)]
        return all(d.width() <= d.minimumSizeHint().width() + 8 for d in docks)

    qtbot.waitUntil(roomy, timeout=3000)
    qtbot.waitUntil(lambda: canvas.width() > shown.width() // 4, timeout=3000)


def test_reset_layout_in_the_mode_shows_only_the_modes_panels(shown, qtbot):
    """Reset Layout in the mode brought every panel back at the large type (tester)."""
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    shown.reset_layout()
    qtbot.wait(20)
    assert look_of(shown)["docks"] == set(DEFAULT_PANELS)
    shown.classroom.set_active(False)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    shown.reset_layout()  # out of it, every panel as at first
    assert "paletteDock" in look_of(shown)["docks"]


def test_on_a_small_screen_the_boundary_goes_below_the_canvas(shown, qtbot):
    """Beside the canvas, between the training panel and the boundary, the canvas had a
    third of a 1280-pixel window in the mode (tester); below it, beside the loss, the
    canvas has the width. (The offscreen screen is narrower than LARGE_SCREEN.)"""
    from PySide6.QtCore import Qt

    from gui.classroom.mode import LARGE_SCREEN

    assert shown.screen().availableGeometry().width() < LARGE_SCREEN
    boundary = shown.docks["decisionDock"]
    assert shown.dockWidgetArea(boundary) == Qt.DockWidgetArea.RightDockWidgetArea
    shown.classroom.set_active(True)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.dockWidgetArea(boundary) == Qt.DockWidgetArea.BottomDockWidgetArea
    shown.classroom.set_active(False)
    qtbot.waitUntil(lambda: shown.dockWidgetArea(boundary)
                    == Qt.DockWidgetArea.RightDockWidgetArea)
