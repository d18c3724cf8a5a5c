"""The interface's language in the window: View ▸ Language builds the window again in the
chosen language around the same document (its edits, undo stack and layout kept), the menus,
the Train button and the dock titles change with it, and back; the choice is remembered; Qt's
own dialog buttons and the engine's texts follow; the fallback translator finds a text filed
under another context."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from gui import i18n
from gui.languages import CHINESE, ENGLISH

MENUS_EN = ["&File", "&Edit", "&View", "&Train", "&Help"]
MENUS_ZH = ["文件(&F)", "编辑(&E)", "视图(&V)", "训练(&T)", "帮助(&H)"]
DOCKS_EN = {"paletteDock": "Palette", "trainingDock": "Training", "inspectorDock": "Inspector",
            "decisionDock": "Decision Boundary", "dataDock": "Data",
            "lossDock": "Loss and Backpropagation", "weightsDock": "Weights and Activations"}
DOCKS_ZH = {"paletteDock": "组件", "trainingDock": "训练", "inspectorDock": "检查器",
            "decisionDock": "决策边界", "dataDock": "数据", "lossDock": "代价与反向传播",
            "weightsDock": "权重与激活值"}


@pytest.fixture
def english_after(qapp):
    """Whatever a test switches to, the next test starts in English again."""
    i18n.install(ENGLISH)
    yield
    i18n.install(ENGLISH)


@pytest.fixture
def switching_window(qtbot, english_after):
    """A window whose replacements (each language change builds one) are closed at the end."""
    from gui import create_main_window

    made = [create_main_window(restore_layout=False)]
    yield made
    for window in made:
        if shiboken6.isValid(window):  # the replaced ones are deleted already
            window.document.undo_stack.setClean()
            window.close()


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def dock_titles(window) -> dict[str, str]:
    return {name: window.docks[name].windowTitle() for name in DOCKS_EN}


def train_button(window) -> str:
    panel = window.findChild(QWidget, "trainingPanel")
    action = window.findChild(QAction, "actionTrain")
    buttons = [b for b in panel.findChildren(QToolButton) if b.defaultAction() is action]
    assert buttons, "the training panel has no button for actionTrain"
    return buttons[0].text()


def switch(made: list, language: str, qtbot):
    from gui.language_menu import switch_language

    new = switch_language(made[-1], language)
    if new is not made[-1]:
        made.append(new)
    qtbot.wait(1)  # the old window's deleteLater
    return new


def test_the_language_menu_changes_the_window_and_back(switching_window, qtbot):
    english = switching_window[0]
    assert menu_titles(english)[:5] == MENUS_EN
    assert dock_titles(english) == DOCKS_EN
    assert train_button(english) == "Train"
    chinese = switch(switching_window, CHINESE, qtbot)
    assert chinese is not english
    assert menu_titles(chinese)[:5] == MENUS_ZH
    assert dock_titles(chinese) == DOCKS_ZH
    assert train_button(chinese) == "训练"
    assert chinese.findChild(QAction, "actionNew").text() == "新建(&N)"
    assert chinese.status_label.text().startswith("数据：")
    back = switch(switching_window, ENGLISH, qtbot)
    assert menu_titles(back)[:5] == MENUS_EN
    assert dock_titles(back) == DOCKS_EN
    assert train_button(back) == "Train"


def test_the_menu_lists_each_language_in_its_own_words_and_checks_the_current(
        switching_window):
    window = switching_window[0]
    entries = {action.data(): action for action in window.language_menu.actions()}
    assert {code: a.text() for code, a in entries.items()} == {ENGLISH: "English",
                                                                CHINESE: "简体中文"}
    assert entries[ENGLISH].isChecked() and not entries[CHINESE].isChecked()
    assert window.language_menu in [a.menu() for a in window.findChild(
        QWidget, "menuView").actions() if a.menu()]


def test_a_change_keeps_the_document_its_edits_and_its_undo_history(switching_window, qtbot):
    english = switching_window[0]
    document = english.document
    assert document.add_neuron(1)
    units = document.spec.layers[0].units
    chinese = switch(switching_window, CHINESE, qtbot)
    assert chinese.document is document
    assert document.spec.layers[0].units == units
    assert document.is_modified and chinese.isWindowModified()
    # the undo entry is named again in Chinese, and Edit ▸ Undo says so
    undo = chinese.findChild(QAction, "actionUndo")
    assert undo.isEnabled() and undo.text().startswith("撤销(&U)")
    undo.trigger()
    assert document.spec.layers[0].units == units - 1
    # the new window's views follow the document: an edit redraws the new canvas
    assert document.add_neuron(1)
    assert chinese.canvas.scene().items()


def test_the_choice_is_remembered_and_beats_the_system(switching_window, qtbot):
    switch(switching_window, CHINESE, qtbot)
    assert i18n.saved_language() == CHINESE
    assert i18n.chosen_language() == CHINESE
    assert i18n.chosen_language(ENGLISH) == ENGLISH  # --lang wins for its run
    switch(switching_window, ENGLISH, qtbot)
    assert i18n.chosen_language() == ENGLISH


def test_choosing_the_current_language_keeps_the_window(switching_window, qtbot):
    assert switch(switching_window, ENGLISH, qtbot) is switching_window[0]


def test_qt_dialog_buttons_and_engine_texts_follow(english_after):
    from engine import text

    i18n.install(CHINESE)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert text.installed_translator() is not None
    i18n.install(ENGLISH)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_fallback_finds_a_text_under_any_context(english_after):
    """A string asked for under a context its .ts does not file it under (a subclass's name,
    a helper's) is still translated; one no .ts has stays English."""
    i18n.install(CHINESE)
    assert QCoreApplication.translate("SomeSubclassOfMainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("MainWindow", "no such text anywhere") == \
        "no such text anywhere"


def test_read_ts_takes_finished_translations_only(tmp_path):
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>A</name>
<message><source>done</source><translation>完成</translation></message>
<message><source>todo</source><translation type="unfinished"></translation></message>
<message><source>old</source><translation type="vanished">旧</translation></message>
<message numerus="yes"><source>%n epochs</source><translation>
<numerusform>%n 期</numerusform></translation></message>
</context></TS>""", "utf-8")
    assert i18n.read_ts(ts) == {("A", "done"): "完成", ("A", "%n epochs"): "%n 期"}


def test_the_about_box_and_status_bar_speak_chinese(switching_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    chinese = switch(switching_window, CHINESE, qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(
        (title, text)))
    chinese.show_about()
    title, text = shown[0]
    assert title == "关于 Backprop Studio"
    assert re.search(r"[\u4e00-\u9fff]", text) and "δ" in text
    assert re.search(r"[\u4e00-\u9fff]", chinese.statusBar().currentMessage())


def test_a_change_while_training_stops_and_records_the_run(switching_window, qtbot):
    from gui.training.controller import State

    english = switching_window[0]
    english.document.set_config(epochs=1_000_000)
    english.action_train.trigger()
    assert english.training.state is State.RUNNING
    before = len(english.document.history)
    qtbot.wait(300)
    chinese = switch(switching_window, CHINESE, qtbot)
    assert chinese.training.state is State.IDLE
    assert len(chinese.document.history) > before  # the run was recorded, not lost
    # and the status bar says that it stopped, and where (tester 21, #9)
    said = chinese.statusBar().currentMessage()
    assert f"{chinese.document.history.last_epoch()}" in said
    assert chinese.action_train.text().replace("&", "") in said
    # and the new window trains
    chinese.document.set_config(epochs=3)
    chinese.action_train.trigger()
    qtbot.waitUntil(lambda: chinese.training.state is State.IDLE, timeout=20000)


def test_a_change_keeps_an_open_explorer_and_classroom_mode(switching_window, qtbot):
    english = switching_window[0]
    english.show()
    english.show_explorer("neuronExplorerDock")
    classroom = getattr(english, "classroom", None)
    if classroom is not None:
        classroom.set_active(True)
    chinese = switch(switching_window, CHINESE, qtbot)
    if classroom is not None:
        assert chinese.classroom.active
        assert not chinese.docks["paletteDock"].isVisible()  # only the mode's panels
        chinese.classroom.set_active(False)
    assert chinese.docks["neuronExplorerDock"].isVisible()
    assert chinese.docks["neuronExplorerDock"].windowTitle() == "神经元探索"
    assert chinese.docks["paletteDock"].isVisible()


def test_a_text_with_two_translations_is_left_to_its_own_context(english_after):
    """PySide asks a subclass's context before its class's: the fallback must not answer a
    text whose translation depends on the context, so the class's own one is found next."""
    from gui.i18n import FallbackTranslator

    fallback = FallbackTranslator({("A", "hidden"): "隐含层", ("B", "hidden"): "隐藏",
                                   ("A", "Data"): "数据"})
    assert fallback.translate("SubclassOfA", "hidden") is None
    assert fallback.translate("B", "hidden") == "隐藏"
    assert fallback.translate("SubclassOfA", "Data") == "数据"


@pytest.mark.parametrize(("system", "expected"), [("zh_CN", CHINESE), ("zh_TW", CHINESE),
                                                   ("en_US", ENGLISH), ("de_DE", ENGLISH)])
def test_with_no_choice_the_system_locale_decides(monkeypatch, system, expected):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.saved_language() is None
    assert i18n.chosen_language() == expected


def test_a_change_keeps_the_autosave_and_the_new_window_goes_on_saving(switching_window,
                                                                         qtbot):
    """The old window's autosaver stopped (and removed the autosave) while the new one had
    nothing to save until the next edit: a kill after switching lost the project."""
    from engine.project import load_project

    english = switching_window[0]
    document = english.document
    assert document.add_neuron(1)
    assert english.files.autosaver.autosave()
    autosaved = english.files.autosaver.path
    chinese = switch(switching_window, CHINESE, qtbot)
    saver = chinese.files.autosaver
    assert saver.path == autosaved and autosaved.is_file()
    assert document.add_neuron(1)  # and later edits go on into the same file
    qtbot.waitUntil(lambda: not saver.needs_saving(), timeout=10000)
    assert load_project(autosaved).network.spec.layers[0].units == \
        document.spec.layers[0].units


def test_a_change_of_language_keeps_the_stepper_where_the_teacher_left_it(
        switching_window, qtbot):
    """Sample x, m, the stage and the tab: a teacher mid-walkthrough who switches to Chinese
    finds the same step (the sample went back to 1 and m to its first value)."""
    english = switching_window[0]
    english.show()
    english.show_stepper()
    stepper = english.stepper
    stepper.sample.setValue(3)
    stepper.batch.setValue(2)
    stepper.go(4)
    chinese = switch(switching_window, CHINESE, qtbot)
    new = chinese.stepper
    assert chinese.loss_tabs.currentWidget() is new and new.on_screen
    assert (new.sample.value(), new.batch.value(), new.index) == (3, 2, 4)
    assert chinese.document.selected_sample == 2
    assert new.samples() == [2, 3]
    assert new.position.text().startswith("第 5 步")
