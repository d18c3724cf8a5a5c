"""Lesson presets: a teacher saves panels and locked controls with the project; the students'
window opens that way; locked controls show as locked and cannot be changed; Unlock frees
them; projects without a preset open as before."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from engine.project.lesson import LessonPreset
from gui import create_main_window
from gui.classroom.locking import LOCKABLE, locked_tip
from gui.classroom.preset_dialog import PresetDialog
from gui.classroom.presets import saved_presets
from gui.panels.training_panel import TrainingPanel
from resources import example_projects

LESSON = LessonPreset("XOR needs a hidden layer", panels=("trainingDock", "lossDock"),
                      locked=("learning_rate", "optimizer", "architecture", "cost"))


@pytest.fixture
def teacher(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.classroom.set_active(False)
    window.document.undo_stack.setClean()


def open_as_student(qtbot, path):
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def panel(window) -> TrainingPanel:
    return window.findChild(TrainingPanel)


def visible_docks(window) -> set[str]:
    return {name for name, dock in window.docks.items() if dock.isVisible()}


def test_the_file_menu_has_the_presets(teacher):
    menu = teacher.findChild(QMenu, "menuLessonPresets")
    names = [a.objectName() for a in menu.actions()]
    assert "actionSaveLessonPreset" in names and "actionUnlockControls" in names
    file_menu = teacher.findChild(QMenu, "menuFile")
    assert menu.menuAction() in file_menu.actions()


def test_save_then_open_gives_the_students_the_panels_and_the_locks(teacher, qtbot, tmp_path):
    assert teacher.presets.save(LESSON, in_project=True)
    assert teacher.document.session.lesson.name == LESSON.name
    assert teacher.document.is_modified  # the teacher saves the project to hand it out
    path = tmp_path / "xor lesson.bps.json"
    teacher.document.save(path)
    assert json.loads(path.read_text())["lesson"]["panels"] == ["trainingDock", "lossDock"]
    teacher.close()

    student = open_as_student(qtbot, path)
    assert visible_docks(student) == {"trainingDock", "lossDock"}
    assert student.presets.locks.locked == LESSON.locked
    training = panel(student)
    for widget in (training.learning_rate, training.lr_slider, training.optimizer):
        assert not widget.isEnabled()
        assert widget.toolTip() == locked_tip(student)
    assert training.epochs.isEnabled()  # not locked
    assert not student.docks["paletteDock"].isEnabled()
    assert not student.findChild(QAction, "actionAddNeuron").isEnabled()
    status = student.statusBar().findChild(QLabel, "lessonLockStatus")
    assert status is not None and status.isVisible()
    assert status.text() == "4 controls locked by the lesson"
    student.document.undo_stack.setClean()


def test_locked_controls_cannot_be_changed_any_way(teacher):
    teacher.presets.apply(LESSON)
    document = teacher.document
    rate, layers = document.config.learning_rate, document.spec.sizes
    refused = []
    document.editRefused.connect(refused.append)
    with pytest.raises(Exception, match="locked by the lesson preset"):
        document.set_config(learning_rate=0.5)
    assert not document.add_neuron(1)  # the canvas's +, a drop, a menu all come here
    assert not document.set_loss("mse")
    assert document.config.learning_rate == rate and document.spec.sizes == layers
    assert len(refused) == 2 and "locked by the lesson preset" in refused[0]
    document.set_config(epochs=7)  # what is not locked still changes
    assert document.config.epochs == 7


def test_a_panel_enabling_its_field_again_is_locked_again(teacher, qtbot):
    teacher.presets.apply(LESSON)
    training = panel(teacher)
    training.optimizer.setEnabled(True)  # as its refresh does for gradient modes
    qtbot.waitUntil(lambda: not training.optimizer.isEnabled())


def test_hidden_locks_hide_the_fields_and_their_labels(teacher, qtbot):
    teacher.presets.apply(LessonPreset("hidden", panels=("trainingDock",),
                                       locked=("learning_rate", "data"), lock_style="hide"))
    training = panel(teacher)
    form = training.learning_rate.parentWidget().layout()
    assert not training.learning_rate.isVisible()
    assert not form.labelForField(training.learning_rate).isVisible()
    assert not teacher.docks["dataDock"].isVisible()
    teacher.docks["dataDock"].show()  # its View menu item: hidden again
    qtbot.waitUntil(lambda: not teacher.docks["dataDock"].isVisible())
    teacher.presets.unlock()
    assert training.learning_rate.isVisible()
    assert form.labelForField(training.learning_rate).isVisible()


def test_a_section_whose_fields_are_all_hidden_goes_too(teacher, qtbot):
    training = panel(teacher)
    box = training.learning_rate.parentWidget()  # "Update rule"
    teacher.presets.apply(LessonPreset("bare", panels=("trainingDock",),
                                       locked=("learning_rate", "optimizer"), lock_style="hide"))
    qtbot.waitUntil(lambda: not box.isVisible())
    assert training.epochs.isVisible()
    teacher.presets.unlock()
    assert box.isVisible() and box.isEnabled() and training.optimizer.isVisible()


def test_unlock_gives_everything_back(teacher):
    training = panel(teacher)
    tip = training.lr_slider.toolTip()
    teacher.presets.apply(LESSON)
    assert teacher.presets.action_unlock.isEnabled()
    teacher.presets.action_unlock.trigger()
    assert teacher.presets.locks.locked == ()
    assert training.learning_rate.isEnabled() and training.lr_slider.toolTip() == tip
    assert teacher.docks["paletteDock"].isEnabled()
    assert teacher.findChild(QAction, "actionAddNeuron").isEnabled()
    teacher.document.set_config(learning_rate=0.25)
    assert teacher.document.config.learning_rate == 0.25
    assert teacher.document.add_neuron(1)
    assert not teacher.presets.action_unlock.isEnabled()


def test_removing_the_preset_unlocks_and_undo_brings_it_back(teacher):
    teacher.presets.save(LESSON, in_project=True)
    assert teacher.presets.locks.locked
    teacher.presets.action_remove.trigger()
    assert teacher.document.session.lesson is None and not teacher.presets.locks.locked
    teacher.document.undo()
    assert teacher.document.session.lesson.name == LESSON.name
    assert teacher.presets.locks.locked == LESSON.locked


def test_a_project_without_a_preset_opens_unlocked_and_as_the_window_was(teacher, qtbot):
    teacher.presets.apply(LESSON)
    docks = visible_docks(teacher)
    example = example_projects()[0]
    teacher.open_project(example)  # an older file: no "lesson"
    assert teacher.document.session.lesson is None
    assert teacher.presets.locks.locked == ()
    assert visible_docks(teacher) == docks
    assert panel(teacher).learning_rate.isEnabled()


def test_a_preset_kept_in_the_library_applies_to_another_project(teacher):
    teacher.presets.save(LESSON, in_project=False)
    assert teacher.document.session.lesson is None
    [(_path, preset)] = saved_presets()
    assert preset.name == LESSON.name and preset.locked == LESSON.locked
    teacher.presets.locks.unlock()
    teacher.presets.apply_menu.aboutToShow.emit()
    [action] = teacher.presets.apply_menu.actions()
    assert action.text() == LESSON.name
    action.trigger()
    assert teacher.document.session.lesson.locked == LESSON.locked
    assert teacher.presets.locks.locked == LESSON.locked


def test_a_classroom_preset_opens_in_classroom_mode(teacher, qtbot, tmp_path):
    preset = LessonPreset("projector", panels=("lossDock",), locked=("data",), classroom=True)
    teacher.presets.save(preset)
    path = tmp_path / "projector.bps.json"
    teacher.document.save(path)
    teacher.close()
    student = open_as_student(qtbot, path)
    assert student.classroom.active
    assert visible_docks(student) == {"lossDock"}
    qtbot.waitUntil(student.isFullScreen)
    student.classroom.set_active(False)
    student.document.undo_stack.setClean()


def test_the_dialog_offers_every_panel_and_control(teacher):
    dialog = PresetDialog(teacher, "lesson 1", teacher.docks, {"trainingDock"},
                          {"learning_rate"}, "disable", False)
    assert set(dialog.panels) == set(teacher.docks)
    assert set(dialog.locks) == {lockable.name for lockable in LOCKABLE}
    assert dialog.panels["trainingDock"].isChecked()
    assert dialog.locks["learning_rate"].isChecked()
    dialog.locks["data"].setChecked(True)
    dialog.hide_them.setChecked(True)
    dialog.classroom.setChecked(True)
    preset = dialog.preset()
    assert preset == LessonPreset("lesson 1", ("trainingDock",), ("learning_rate", "data"),
                                  "hide", True)
    dialog.name.setText("  ")
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()


def test_the_dialog_fits_the_screen_in_the_largest_classroom_type(teacher, qtbot):
    """At 200 % its two groups side by side were wider than a 1280-pixel screen, Save off it;
    they go one above the other, and the content scrolls within the screen."""
    from gui.classroom.mode import SCALES

    teacher.classroom.set_scale(max(SCALES))
    teacher.classroom.set_active(True)
    qtbot.waitUntil(teacher.isFullScreen)
    dialog = PresetDialog(teacher, "lesson 1", teacher.docks, set(), set(), "disable", False)
    qtbot.addWidget(dialog)
    screen = teacher.screen().availableGeometry()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    save = dialog.buttons.buttons()[0]
    assert dialog.rect().contains(save.geometry().translated(dialog.buttons.pos()))


def test_unlocked_controls_stay_unlocked_after_a_change_of_language(qtbot):
    """View ▸ Language rebuilds the window: Unlock Controls lasts until another project
    opens, not until the next language (tester 21 #8); locked ones stay locked."""
    import shiboken6

    from gui import i18n
    from gui.language_menu import switch_language
    from gui.languages import CHINESE, ENGLISH

    teacher = create_main_window()  # not the fixture's: the rebuild deletes it
    teacher.show()
    qtbot.waitExposed(teacher)
    teacher.document.set_lesson(LESSON)
    teacher.presets.apply(LESSON)
    made = [teacher]
    try:
        chinese = switch_language(teacher, CHINESE)
        made.append(chinese)
        qtbot.wait(20)
        assert chinese.presets.locks.locked == LESSON.locked  # still locked
        chinese.presets.unlock()
        english = switch_language(chinese, ENGLISH)
        made.append(english)
        qtbot.wait(20)
        assert english.presets.locks.locked == ()
        assert english.document.add_neuron(1)
        assert panel(english).learning_rate.isEnabled()
        assert not english.presets.action_unlock.isEnabled()
    finally:
        i18n.install(ENGLISH)
        for window in made:
            if shiboken6.isValid(window):
                window.document.undo_stack.setClean()
                window.close()


def test_the_locks_speak_chinese_with_the_menus_own_path(qtbot):
    """In zh_CN the preset dialog's lock list, the refusals and the locked tooltip are
    Chinese, and the tooltip names the menus as they read on screen (tester 21 #1, #2, #4)."""
    import shiboken6

    from gui import i18n
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE)
    window = None
    try:
        window = create_main_window()
        window.show()
        qtbot.waitExposed(window)
        dialog = PresetDialog(window, "x", window.docks, set(), set(), "disable", False)
        english = {lockable.name: lockable.title for lockable in LOCKABLE}
        for name, box in dialog.locks.items():
            assert box.text() != english[name] and not box.text().isascii(), box.text()
        dialog.deleteLater()
        window.presets.apply(LESSON)
        refused = []
        window.document.editRefused.connect(refused.append)
        assert not window.document.add_neuron(1)
        assert not window.document.set_loss("mse")
        assert refused == ["网络结构已被课程预设锁定", "代价函数已被课程预设锁定"]
        tip = panel(window).learning_rate.toolTip()
        assert tip == locked_tip(window) == "已被课程预设锁定（文件 ▸ 课程预设 ▸ 解锁控件）"
    finally:
        i18n.install(ENGLISH)
        if window is not None and shiboken6.isValid(window):
            window.document.undo_stack.setClean()
            window.close()


def test_locked_edits_are_greyed_in_the_canvas_menus(teacher):
    """What a lock refuses is shown greyed with the reason, not offered (tester 21 #3)."""
    from gui.canvas import menus

    teacher.presets.apply(LESSON)
    document = teacher.document
    empty = menus.canvas_menu(document, teacher)
    by_text = {a.text(): a for a in empty.actions() if a.text()}
    add = by_text["Add a hidden layer before the output"]
    assert not add.isEnabled() and "architecture is locked" in add.toolTip()
    costs = [a for a in empty.actions() if a.text().startswith(("mse", "bce", "cce"))]
    assert costs and not any(a.isEnabled() for a in costs)
    assert all("cost function is locked" in a.toolTip() for a in costs)
    layer = menus.layer_menu(document, 1, teacher)
    assert not any(a.isEnabled() for a in layer.actions()
                   if a.text() and not a.isSeparator())
    teacher.presets.unlock()
    again = {a.text(): a for a in menus.canvas_menu(document, teacher).actions() if a.text()}
    assert again["Add a hidden layer before the output"].isEnabled()
    assert again[menus.cost_label("mse")].isEnabled()
