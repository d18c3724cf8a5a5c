"""The teaching views in Simplified Chinese: with only the views' own translation loaded (no
fallback that finds a text in any context), a canvas menu, the net's description, the loss
plot's axes, the stepper's stage titles and the explorers' labels speak Chinese; and lupdate,
run on the views' sources now, files every string under a context the program looks it up in
(a class of the very file it is written in, or a literal context of that file), never under
the empty context or a string mistaken for a context (``tr = translate``)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tools.translations import ROOT, sources, ts_path

QM = ts_path("views", "zh_CN").with_suffix(".qm")
#: the calls lupdate reads a literal context from (their first argument)
CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP"}
PLACEHOLDER = r"\{[^}]*\}|%\d|%n|%s"


@pytest.fixture
def chinese(qapp):
    """The views' .qm installed alone, removed afterwards."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _canvas_menu_texts(qtbot, doc) -> tuple[list[str], str]:
    """(the texts of a hidden neuron's menu, the net's description above the picture)."""
    from gui.canvas import menus
    from gui.canvas.decorations import describe_network
    from tests.gui.network_fixtures import show_canvas

    view = show_canvas(qtbot, doc)
    menu = menus.neuron_menu(doc, view.scene(), 1, 0)
    texts = [action.text() for action in menu.actions()]
    menu.deleteLater()
    return texts, describe_network(doc.spec)


def _loss_axes(qtbot, document) -> tuple[str, str]:
    from gui.plots.loss_plot import LossPanel

    panel = LossPanel(document)
    qtbot.addWidget(panel)
    item = panel.loss_plot.getPlotItem()
    return item.getAxis("left").labelText, item.getAxis("bottom").labelText


def _stepper_titles(qtbot, document) -> tuple[str, str]:
    """(the first stage in the stepper's list, the title over the stage shown)."""
    from gui.stepper.panel import BackpropStepper

    stepper = BackpropStepper(document)
    qtbot.addWidget(stepper)
    stepper.set_on_screen(True)
    return stepper.list.item(0).text(), stepper.position.text()


def _explorer_labels(qtbot, document) -> tuple[str, str, str]:
    """(the perceptron's step button, the neuron curve's x axis, the scrubber's button)."""
    from gui.explorers.history_scrubber import HistoryScrubber
    from gui.explorers.neuron_explorer import NeuronExplorer

    explorer = NeuronExplorer()
    qtbot.addWidget(explorer)
    scrubber = HistoryScrubber(document)
    qtbot.addWidget(scrubber)
    axis = explorer.neuron.plot.getPlotItem().getAxis("bottom").labelText
    return explorer.mp.step_button.text(), axis, scrubber.now_button.text()


def test_a_canvas_menu_and_the_nets_description_are_chinese(chinese, qtbot, doc):
    texts, description = _canvas_menu_texts(qtbot, doc)
    assert "第 1 层第 1 个神经元" in texts  # the menu's section
    assert "移除神经元" in texts
    assert "编辑偏置 b₁¹…（θ = −b）" in texts  # the notation stays as it is
    assert description.startswith("深层神经网络（2 个隐含层）"), description


def test_the_loss_plots_axes_are_chinese(chinese, qtbot, document):
    assert _loss_axes(qtbot, document) == ("代价函数 C", "期")


def test_the_stepper_names_its_stages_in_chinese(chinese, qtbot, document):
    first, shown = _stepper_titles(qtbot, document)
    assert first == "输入：a⁰ = x"
    assert shown.startswith("第 1 步，共 ") and shown.endswith("输入：a⁰ = x"), shown


def test_the_stepper_note_ends_each_chinese_sentence_once(chinese, qtbot, document):
    """"…变为 0.0003027。. 这是讲义中的更新…": a full stop after the Chinese one."""
    from gui.stepper.panel import BackpropStepper

    document.set_config(optimizer="adam")
    stepper = BackpropStepper(document)
    qtbot.addWidget(stepper)
    stepper.set_on_screen(True)
    stepper.go(next(k for k, stage in enumerate(stepper.stages) if stage.kind == "update"))
    note = stepper.note.text()
    assert "讲义中的更新" in note and "。." not in note and "。 " not in note
    assert note.endswith("。")


def test_the_explorers_labels_are_chinese(chinese, qtbot, document):
    assert _explorer_labels(qtbot, document) == ("感知机单步", "x（神经元的输入）", "回到现在")


def test_without_the_translation_the_views_stay_english(qtbot, doc, document):
    """The checks above are not vacuous: the same strings read English with nothing loaded."""
    texts, description = _canvas_menu_texts(qtbot, doc)
    assert "Remove neuron" in texts and description.startswith("Deep network (2 hidden")
    assert _loss_axes(qtbot, document) == ("cost C", "epoch")
    assert _stepper_titles(qtbot, document)[0] == "Input: a⁰ = x"
    assert _explorer_labels(qtbot, document) == ("Perceptron step", "x (the neuron's input)",
                                                 "Return to Now")


# ---- lupdate's contexts -----------------------------------------------------------------
def _contexts_of(path: Path) -> set[str]:
    """The contexts a string of ``path`` may have: its classes (``self.tr`` in them) and the
    literal first arguments of its translate / QT_TRANSLATE_NOOP calls."""
    tree = ast.parse(path.read_text("utf-8"))
    found = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            owner = getattr(func.value, "id", None) if isinstance(func, ast.Attribute) else None
            first = node.args[0]
            # QCoreApplication.translate or a bare translate(...) (not QPainter's translate)
            if name in CONTEXT_CALLS and owner in (None, "QCoreApplication"):
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), \
                    f"{path.name}:{node.lineno}: {name} without a literal context"
                found.add(first.value)
    return found


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def _lupdate_views(tmp_path: Path, locations: str) -> Path:
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "views.ts"
    subprocess.run([tool, *(str(p.relative_to(ROOT)) for p in sources("views")),
                    "-no-obsolete", "-locations", locations, "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True)
    return ts


def test_lupdate_files_every_view_string_under_a_context_of_its_own_file(tmp_path):
    ts = _lupdate_views(tmp_path, "absolute")
    root = ET.parse(ts).getroot()
    names = [context.findtext("name") or "" for context in root.iter("context")]
    assert len(names) > 10, "lupdate found (almost) no strings"
    assert "" not in names, "strings outside any class with no literal context"
    wrong = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            for location in message.iter("location"):
                path = (ts.parent / location.get("filename")).resolve()
                if name not in _contexts_of(path):
                    wrong.append(f"{path.name}:{location.get('line')}: {name!r} for "
                                 f"{message.findtext('source')!r}")
    assert not wrong
    # ``tr = QCoreApplication.translate; tr("Ctx", "text")`` is read as source "Ctx"
    found = {message.findtext("source") for message in root.iter("message")}
    assert not found & set(names)
