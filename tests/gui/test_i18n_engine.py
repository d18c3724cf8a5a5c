"""The engine's texts in the window's language: with the Chinese translations loaded and the
engine's hook installed (gui.i18n does both), a refused edit's reason, an activation's name,
a setting's range and a data error read in Chinese; back in English they are the English the
tests of the engine check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from engine import activations, datasets, text
from engine.config import LIMITS, SETTING_NAMES
from engine.errors import DataError
from gui import i18n
from gui.languages import ENGLISH

SINGLE_NEURON_ZH = "隐含层 1 只有一个神经元，而每层至少需要一个：请改为删除整个隐含层"
SINGLE_NEURON_EN = ("hidden layer 1 has a single neuron and a layer needs at least one: "
                    "remove the whole layer instead")


def one_neuron_document():
    from gui.document import Document

    document = Document()
    units = document.spec.layers[0].units
    for index in reversed(range(1, units)):
        assert document.remove_neuron(1, index)
    return document


def test_the_engines_qm_holds_its_texts_in_chinese(qapp):
    translator = QTranslator()
    assert translator.load(str(i18n.I18N / "engine_zh_CN.qm"))
    assert translator.translate("Activations", "Sigmoid σ") == "Sigmoid 函数 σ"
    assert translator.translate("Modes", "Mini-batch (m)") == "小批量（m 个）"


def test_a_refused_edit_is_explained_in_chinese(chinese_interface, qtbot):
    assert text.installed_translator() is QCoreApplication.translate
    document = one_neuron_document()
    with qtbot.waitSignal(document.editRefused) as refused:
        assert not document.remove_neuron(1, 0)
    assert refused.args == [SINGLE_NEURON_ZH]
    # the undo history's name of an edit, marked in the engine, is Chinese in the window too
    assert document.undo_stack.undoText() == "删除第 1 层的第 2 个神经元"


def test_names_and_messages_are_chinese_and_english_again(chinese_interface, tmp_path):
    assert activations.get("sigmoid").title == "Sigmoid 函数 σ"
    assert activations.get("step").title == "阶跃函数 H"
    assert datasets.info("spirals").title == "双螺旋"
    assert SETTING_NAMES["learning_rate"] == "学习率 η"
    assert LIMITS["momentum"].describe() == "不小于 0 且小于 1"
    short = tmp_path / "images.idx"
    short.write_bytes(b"\x00")
    with pytest.raises(DataError) as caught:
        datasets.read_idx(short, short)
    assert str(caught.value) == f"{short}：太短，不是 IDX 图像文件（1 字节）"

    i18n.install(ENGLISH)
    assert activations.get("sigmoid").title == "Sigmoid σ"
    assert datasets.info("spirals").title == "Spirals"


def test_in_english_the_reason_is_the_engines_english(qapp, qtbot):
    i18n.install(ENGLISH)
    try:
        document = one_neuron_document()
        with qtbot.waitSignal(document.editRefused) as refused:
            assert not document.remove_neuron(1, 0)
        assert refused.args == [SINGLE_NEURON_EN]
    finally:
        text.remove_translator()
