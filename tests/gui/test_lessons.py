"""Help ▸ Lessons and Help ▸ Keyboard Shortcuts in the main window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from gui import recent_files
from gui.lessons.catalogue import LESSONS_FOLDER, lesson, lessons
from gui.lessons.placeholders import fill, plain, unresolved
from gui.lessons.shortcuts import ShortcutsDialog, on_every_keyboard, shortcut_rows
from tools.make_lessons import LESSONS

NAMES = list(LESSONS)


def lesson_action(window, name: str) -> QAction:
    action = window.findChild(QAction, f"actionLesson_{name}")
    assert action is not None
    return action


def test_the_catalogue_lists_every_lesson_the_generator_makes_in_its_order():
    assert [entry.name for entry in lessons()] == NAMES
    for entry in lessons():
        assert entry.project.is_file()
        assert entry.guide("en").name == f"{entry.name}.en.html"
        assert entry.guide("zh_CN").name == f"{entry.name}.zh_CN.html"
        assert entry.title and entry.summary


def test_help_lists_the_lessons_the_guide_and_the_shortcuts(window):
    help_menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()),
                                           "menuHelp")
    lessons_menu = window.findChild(type(help_menu), "menuLessons")
    assert lessons_menu.menuAction() in help_menu.actions()
    texts = [action.text() for action in lessons_menu.actions() if action.text()]
    assert texts[:len(NAMES)] == [entry.title for entry in lessons()]
    assert window.findChild(QAction, "actionKeyboardShortcuts") in help_menu.actions()


@pytest.mark.parametrize("name", NAMES)
def test_every_guide_names_only_what_the_window_has(window, name):
    """Each {action:…}, {dock:…}, {tab:…}, {mode:…} and {data:…} of both guides is found."""
    for language in ("en", "zh_CN"):
        text = lesson(name).guide(language).read_text(encoding="utf-8")
        filled = fill(text, window)
        assert unresolved(filled) == [], (name, language)
        assert "{" not in filled


def test_a_guide_uses_the_windows_own_words_and_keys(window):
    filled = fill("{action:actionTrain} {dock:decisionDock} {mode:perceptron} {data:or} "
                  "{tab:layerDiagnostics}", window)
    train = window.findChild(QAction, "actionTrain")
    assert train.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in filled
    assert "<b>Train</b>" in filled and "Train ▸ Train" not in filled
    assert "<b>Edit ▸ Add Hidden Layer</b>" in fill("{action:actionAddLayer}", window)
    assert window.docks["decisionDock"].windowTitle() in filled
    assert "Perceptron rule" in filled and "OR" in filled
    assert "Gradients per Layer" in filled
    assert unresolved(fill("{action:actionNoSuchThing}", window)) == [
        "{action:actionNoSuchThing}"]


def test_opening_a_lesson_from_the_menu_opens_its_project_and_guide_and_it_trains(
        qtbot, window):
    lesson_action(window, "xor_hidden_layer").trigger()
    document = window.document
    assert document.path is None  # untitled, as an example opens: Save asks where
    assert not document.is_modified
    assert document.spec.n_layers == 1 and document.dataset.name == "xor"
    dock = window.docks["lessonGuideDock"]
    assert not dock.isHidden()
    guide = window.findChild(type(window.lessons.guide), "lessonGuide")
    assert "XOR" in guide.toPlainText() and "{" not in guide.toPlainText()
    assert recent_files.recent_paths() == []  # Open Recent is not filled with lessons
    document.set_config(epochs=20)
    with qtbot.waitSignal(window.training.runEnded, timeout=30000):
        window.findChild(QAction, "actionTrain").trigger()
    assert document.history.last_epoch() == 20
    accuracy = document.history.metrics["accuracy"][-1]
    assert accuracy < 1.0  # no hidden layer: XOR is not solved


def test_the_guide_can_be_closed_and_brought_back(window):
    window.lessons.open_lesson(lesson("one_neuron"))
    dock = window.docks["lessonGuideDock"]
    dock.close()
    assert dock.isHidden()
    window.findChild(QAction, "actionLessonGuide").trigger()
    assert not dock.isHidden()
    assert "θ" in window.lessons.guide.toPlainText()


def test_reset_layout_keeps_an_open_lessons_guide_and_hides_none_when_no_lesson(window):
    dock = window.docks["lessonGuideDock"]
    window.findChild(QAction, "actionResetLayout").trigger()
    assert dock.isHidden()
    window.lessons.open_lesson(lesson("one_neuron"))
    window.findChild(QAction, "actionResetLayout").trigger()
    assert not dock.isHidden()
    assert "θ" in window.lessons.guide.toPlainText()


def test_opening_a_lesson_asks_about_unsaved_changes_and_cancel_keeps_the_project(
        window, monkeypatch):
    window.document.add_neuron(1)
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    sizes = window.document.spec.sizes
    assert not window.lessons.open_lesson(lesson("softmax_classes"))
    assert asked and window.document.spec.sizes == sizes
    assert window.docks["lessonGuideDock"].isHidden()
    window.document.undo()


def test_another_project_puts_the_guide_away(window):
    window.lessons.open_lesson(lesson("batch_sizes"))
    assert not window.docks["lessonGuideDock"].isHidden()
    window.files.new()
    assert window.docks["lessonGuideDock"].isHidden()


def test_the_guide_follows_the_interface_language(window, monkeypatch):
    from gui import i18n

    monkeypatch.setattr(i18n, "current_language", lambda: "zh_CN")
    window.lessons.open_lesson(lesson("step_gradient"))
    text = window.lessons.guide.toPlainText()
    assert "阶跃函数" in text and "梯度下降" in text
    monkeypatch.setattr(i18n, "current_language", lambda: "en")
    window.lessons.show_guide()
    assert "step function" in window.lessons.guide.toPlainText()


def test_the_shortcuts_dialog_lists_every_actions_shortcut_undo_among_them(window):
    rows = shortcut_rows(window)
    undo = window.findChild(QAction, "actionUndo")
    undo_keys = undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert any(text.startswith("Undo") and undo_keys in keys for _, text, keys in rows)
    listed = {text for _, text, _ in rows}
    for action in window.findChildren(QAction):
        if any(on_every_keyboard(key) for key in action.shortcuts()) and action.text():
            assert action.text().replace("&", "") in listed
    dialog = ShortcutsDialog(window)
    assert (undo.text().replace("&", ""), undo_keys) in [
        (text, keys.split(", ")[0]) for text, keys in dialog.rows()]
    dialog.deleteLater()


def test_keys_only_some_keyboards_have_are_left_out_of_the_list():
    assert on_every_keyboard(QKeySequence("Ctrl+Shift+Left"))
    assert on_every_keyboard(QKeySequence("F2")) and on_every_keyboard(QKeySequence("Del"))
    assert not on_every_keyboard(QKeySequence(Qt.Key.Key_Save))
    assert not on_every_keyboard(QKeySequence(Qt.Key.Key_F14))
    assert not on_every_keyboard(QKeySequence())


def test_help_keyboard_shortcuts_opens_the_dialog(qtbot, window):
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName() if dialog is not None else None)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    window.findChild(QAction, "actionKeyboardShortcuts").trigger()
    assert seen == ["shortcutsDialog"]


def test_the_lessons_folder_holds_the_guides_the_catalogue_names():
    for entry in lessons():
        for language in ("en", "zh_CN"):
            assert (LESSONS_FOLDER / f"{entry.name}.{language}.html").is_file()


def test_a_change_of_language_keeps_the_lesson_and_shows_its_guide_in_the_new_one(
        qtbot, window):
    from gui import i18n
    from gui.language_menu import switch_language

    window.lessons.open_lesson(lesson("vanishing_gradients"))
    try:
        chinese = switch_language(window, "zh_CN")
        qtbot.addWidget(chinese)
        assert chinese is not window
        assert not chinese.docks["lessonGuideDock"].isHidden()
        text = chinese.lessons.guide.toPlainText()
        assert "梯度消失" in text and "{" not in text
        english = switch_language(chinese, "en")
        qtbot.addWidget(english)
        assert "vanishing gradients" in english.lessons.guide.toPlainText()
    finally:
        i18n.install("en")


def test_menu_texts_lose_their_mnemonics_in_both_languages():
    from gui.lessons.placeholders import plain

    assert plain("&Train") == "Train"
    assert plain("编辑(&E)") == "编辑"
    assert plain("键盘快捷键(&K)…") == "键盘快捷键…"
    assert plain("Rock && Roll") == "Rock & Roll"


def test_the_shortcuts_list_names_undo_plainly_and_writes_arrows_as_arrows(qtbot):
    """Tester 21, #14: in Chinese the list read "撤销 训练" (the undo action's text names the
    command it would undo) and "Ctrl+Shift+左方向" (Qt's Chinese name of the key)."""
    from gui import create_main_window, i18n
    from gui.actions import PLAIN_NAME
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE)
    try:
        window = create_main_window(restore_layout=False)
        qtbot.addWidget(window)
        assert window.document.set_bias(1, 0, 0.5)
        undo = window.findChild(QAction, "actionUndo")
        plain_name = plain(undo.property(PLAIN_NAME))
        assert re.search(r"[\u4e00-\u9fff]", plain_name)
        assert plain(undo.text()) != plain_name  # it names the command now
        rows = shortcut_rows(window)
        undo_keys = undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert [text for _, text, keys in rows if undo_keys in keys.split(", ")] == [plain_name]
        keys = " ".join(keys for _, _, keys in rows)
        assert "←" in keys and "→" in keys
        assert "方向" not in keys and "Left" not in keys and "Right" not in keys
        window.document.undo_stack.setClean()
    finally:
        i18n.install(ENGLISH)


def test_the_guide_is_a_column_of_its_own_which_the_data_panel_does_not_hide(qtbot, window):
    """Lesson 1 says "in Data choose OR": as a tab beside Data the guide went when Data came
    up. It takes its room from the canvas, and gives it back when closed."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    inspector, guide = window.docks["inspectorDock"], window.docks["lessonGuideDock"]
    column = window.docks["decisionDock"].width()
    canvas = window.centralWidget().width()
    window.lessons.open_lesson(lesson("one_neuron"))
    qtbot.waitUntil(lambda: guide.width() > 150 and window.centralWidget().width() < canvas)
    assert guide not in window.tabifiedDockWidgets(inspector)
    window.docks["dataDock"].raise_()
    qtbot.wait(50)
    assert guide.isVisible() and not guide.visibleRegion().isEmpty()
    assert abs(window.docks["decisionDock"].width() - column) <= 2  # its column as it was
    guide.close()
    qtbot.waitUntil(lambda: abs(window.centralWidget().width() - canvas) <= 2)
    assert abs(window.docks["decisionDock"].width() - column) <= 2


def test_lesson_2s_steps_with_the_windows_own_actions_make_its_four_neurons(window):
    """The guide said Add Hidden Layer gives one neuron after it came to give the palette
    tile's three: followed to the letter, the class ended with six (tester)."""
    window.lessons.open_lesson(lesson("xor_hidden_layer"))
    text = window.lessons.guide.toPlainText()
    assert "gives a layer of three tanh neurons" in text and "once for four of them" in text
    window.findChild(QAction, "actionAddLayer").trigger()
    window.findChild(QAction, "actionAddNeuron").trigger()  # once
    assert window.document.spec.sizes == (2, 4, 1)
    assert window.document.spec.layers[0].activation == "tanh"


def test_a_zoomed_canvas_shows_the_next_lessons_whole_net(window):
    """Zoomed in during lesson 4, lesson 5 opened with its title cut off (tester)."""
    window.lessons.open_lesson(lesson("vanishing_gradients"))
    window.canvas.zoom_by(3.0)
    assert window.canvas._user_zoomed
    window.lessons.open_lesson(lesson("batch_sizes"))
    assert not window.canvas._user_zoomed


def test_the_guide_is_among_the_panels_of_the_view_menu(window, qtbot):
    """Closed, the guide was found again only under Help ▸ Lessons (tester)."""
    from PySide6.QtWidgets import QMenu

    view = window.menuBar().findChild(QMenu, "menuView")
    action = window.findChild(QAction, "actionLessonGuide")
    assert action in view.actions()
    window.show()
    qtbot.waitExposed(window)
    dock = window.findChild(QDockWidget, "lessonGuideDock")
    assert dock.isHidden()
    action.trigger()
    assert not dock.isHidden()
