"""In the Chinese interface a built-in's class and feature names are shown in Chinese (the
circles' classes read "outer"/"inner" beside Chinese everywhere else, tester); the data,
and so the project and every export, keep their own names, and a user's CSV classes are
shown as the user wrote them."""

import numpy as np

from engine import datasets
from engine.datasets.sources import from_arrays, shown_names
from gui.data.class_counts import counts_html


def test_builtin_class_and_feature_names_are_shown_in_chinese(chinese_interface):
    circles = datasets.load("circles", n_samples=40, seed=0)
    assert shown_names(circles, circles.class_names) == ["外圈", "内圈"]
    assert circles.class_names == ("outer", "inner")  # what projects and exports keep
    shown = counts_html(circles).replace("\u2060", "")  # (word joiners keep a name whole)
    assert "外圈" in shown and "inner" not in shown
    iris = datasets.load("iris")
    assert shown_names(iris, iris.class_names) == ["山鸢尾", "变色鸢尾", "维吉尼亚鸢尾"]
    assert shown_names(iris, iris.feature_names)[0] == "萼片长度 (cm)"


def test_a_users_own_class_names_are_shown_as_written(chinese_interface):
    mine = from_arrays(np.zeros((4, 2)), np.array([0, 1, 0, 1]), class_names=("outer", "inner"))
    assert shown_names(mine, mine.class_names) == ["outer", "inner"]


def test_the_canvas_and_confusion_matrix_name_the_circles_classes_in_chinese(
        chinese_interface, window):
    window.document.set_data(datasets.load("circles", n_samples=120, seed=0), fit_network=True)
    labels = [label.text() for label in window.canvas.scene().decor.output_labels.values()]
    assert any("内圈" in text for text in labels), labels
    from gui.plots.confusion_matrix import ConfusionMatrix

    view = ConfusionMatrix(window.document)
    assert view._names() == ["外圈", "内圈"]


def test_a_class_chip_is_never_broken_across_lines(chinese_interface, qapp):
    """A Chinese name has no space to break at: "■ 维" on one line and "吉尼亚鸢尾: 50" on
    the next (tester)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(counts_html(datasets.load("iris")))
    document.setTextWidth(260)  # room for two chips a line, not for three
    document.documentLayout().documentSize()  # laid out
    layout = document.firstBlock().layout()
    text = document.toPlainText()
    lines = [text[layout.lineAt(k).textStart():
                  layout.lineAt(k).textStart() + layout.lineAt(k).textLength()]
             for k in range(layout.lineCount())]
    assert len(lines) >= 2
    assert any("维吉尼亚鸢尾: 50" in line.replace("\u00a0", " ").replace("\u2060", "")
               for line in lines), lines


def test_the_activation_menu_gives_the_notes_names_in_chinese(chinese_interface, window):
    """The menu named activations by their keys alone ("step"); the notes say 阶跃函数."""
    from gui.canvas import menus

    menu = menus.layer_menu(window.document, 1)
    texts = [action.text().split("    ")[0] for action in menu.actions() if action.text()]
    assert "step · 阶跃函数 H" in texts and "tanh" in " ".join(texts)


def test_a_restored_untitled_project_is_named_by_its_data_s_title(chinese_interface):
    """The recovery question named the project "spirals" in the Chinese interface."""
    from gui.autosave import _project_title

    assert _project_title(None, "spirals") == "双螺旋"
    assert _project_title(None, "my data") == "my data"
    assert _project_title("/p/homework.bps.json", "spirals") == "homework"
