"""The panels in Simplified Chinese: with only the panels' own translation loaded (no fallback
that finds a text in any context), the training panel, its speed readout, the data panel and
the inspector speak Chinese; and lupdate, run on the panels' sources now, files every string
under a context the program looks it up in (the class it is written in, or a literal one),
never under the empty context or a string mistaken for a context (``tr = translate``)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QToolButton, QWidget

from tools.translations import ROOT, sources, ts_path

QM = ts_path("panels", "zh_CN").with_suffix(".qm")
#: the functions lupdate reads a literal context from (first argument)
CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP"}


@pytest.fixture
def chinese(qapp):
    """The panels' .qm installed alone, removed afterwards."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def chinese_window(qtbot, chinese):
    from gui import create_main_window

    window = create_main_window(restore_layout=False)
    qtbot.addWidget(window)
    yield window
    window.document.undo_stack.setClean()


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def test_the_training_panel_buttons_and_speed_readout_are_chinese(chinese_window):
    panel = chinese_window.findChild(QWidget, "trainingPanel")
    buttons = {button.text() for button in panel.findChildren(QToolButton)}
    # the buttons show the actions' words without the menus' "(&T)"
    assert {"训练", "暂停", "停止", "单步迭代", "单步一期", "重置权重"} <= buttons
    assert chinese_window.findChild(QAction, "actionTrain").text() == "训练(&T)"
    readout = panel.findChild(QLabel, "trainingSpeedText")
    assert has_chinese(readout.text()), readout.text()
    assert re.fullmatch(r"\d+ (期|次迭代)/秒|尽可能快", readout.text())
    titles = {box.title() for box in panel.findChildren(QGroupBox)}
    assert {"更新规则", "梯度下降", "初始权重", "提前停止"} <= titles


def test_the_modes_and_optimizers_are_named_in_chinese_as_the_engine_names_them(
        chinese_interface, qtbot):
    """The training panel's choices are the engine's names (``MODE_TITLES``,
    ``optimizers.TITLES``), as the optimizer race and the messages name them."""
    from gui import create_main_window

    window = create_main_window(restore_layout=False)
    qtbot.addWidget(window)
    panel = window.findChild(QWidget, "trainingPanel")
    modes = [panel.mode.itemText(k) for k in range(panel.mode.count())]
    assert modes == ["批量（全部 N 个）", "随机（1 个）", "小批量（m 个）", "感知机规则"]
    optimizers = [panel.optimizer.itemText(k) for k in range(panel.optimizer.count())]
    assert optimizers[0] == "普通" and "SGD" not in optimizers
    assert "torch.optim.SGD" in panel.optimizer.itemData(0, Qt.ItemDataRole.ToolTipRole)
    window.document.undo_stack.setClean()


def test_the_data_panel_and_inspector_labels_are_chinese(chinese_window):
    data = chinese_window.findChild(QWidget, "dataPanel")
    titles = {box.title() for box in data.findChildren(QGroupBox)}
    assert {"当前数据", "输入特征", "内置数据", "自己的数据", "绘制自己的数据"} <= titles
    assert data.findChild(QPushButton, "applyBuiltin").text() == "使用这些数据"
    assert data.findChild(QPushButton, "importCsv").text() == "CSV 文件…"
    shape = data.findChild(QLabel, "dataShape").text()
    assert "个样本" in shape and "训练集" in shape, shape
    combo = data.findChild(QComboBox, "normalisationCombo")
    assert combo.itemText(0) == "无（原始值）"
    neuron = chinese_window.findChild(QGroupBox, "neuronInspector")
    assert neuron.title() == "神经元"
    chinese_window.document.select_neuron(1, 0)
    assert neuron.title() == "第 1 层第 1 个神经元（隐含层）"
    status = chinese_window.findChild(QLabel, "trainingStatus")
    assert has_chinese(status.text()), status.text()


def test_without_the_translation_the_panels_stay_english(window):
    """The check above is not vacuous: the same widgets read English with nothing loaded."""
    panel = window.findChild(QWidget, "trainingPanel")
    assert "Train" in {button.text() for button in panel.findChildren(QToolButton)}
    assert window.findChild(QPushButton, "applyBuiltin").text() == "Use this data"


# ---- lupdate's contexts -----------------------------------------------------------------
def _contexts_in_sources(paths: list[Path]) -> tuple[set[str], set[str], list[str]]:
    """(class names, literal contexts of translate/QT_TRANSLATE_NOOP calls, problems): a
    QT_TRANSLATE_NOOP's context must be a class of its own file, whose ``self.tr`` shows it."""
    classes: set[str] = set()
    literals: set[str] = set()
    problems: list[str] = []
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"))
        own = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        classes |= own
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in CONTEXT_CALLS or len(node.args) < 2:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                problems.append(f"{path.name}:{node.lineno}: {name} without a literal context")
                continue
            literals.add(first.value)
            if name == "QT_TRANSLATE_NOOP" and first.value not in own:
                problems.append(f"{path.name}:{node.lineno}: QT_TRANSLATE_NOOP context "
                                f"{first.value!r} is no class of this file")
    return classes, literals, problems


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_files_every_panel_string_under_a_context_the_program_uses(tmp_path):
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    paths = sources("panels")
    ts = tmp_path / "panels.ts"
    subprocess.run([tool, *(str(p.relative_to(ROOT)) for p in paths), "-no-obsolete",
                    "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)
    classes, literals, problems = _contexts_in_sources(paths)
    assert not problems
    root = ET.parse(ts).getroot()
    names = [context.findtext("name") or "" for context in root.iter("context")]
    assert names, "lupdate found no strings at all"
    assert "" not in names, "strings outside any class with no literal context"
    assert not set(names) - classes - literals
    # ``tr = QCoreApplication.translate; tr("Ctx", "text")`` is read as source "Ctx"
    sources_found = {message.findtext("source") for message in root.iter("message")}
    assert not sources_found & set(names)


def test_qcoreapplication_translate_finds_a_literal_context(chinese):
    assert QCoreApplication.translate("Pace", "as fast as possible") == "尽可能快"
    assert QCoreApplication.translate("SettingFields", "{reason}; kept {value}.") == \
        "{reason}；保留 {value}。"
