"""Tester 21's Chinese wording: the CSV missing-value message is one whole Chinese sentence
(no English "rows" inside), the step-layer refusal names the mode as the menu does (感知机规则,
not mode='perceptron'), the diagnostics' note on a sure output layer, and the export's usage
note (the ONNX inputs too) read in Chinese."""

from __future__ import annotations

import numpy as np
import pytest

from engine import LayerSpec, Network, NetworkSpec, datasets
from engine.errors import MissingValues, SpecError


def test_the_missing_value_message_is_whole_chinese(chinese_interface, tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("a,b,label\n1,2,x\n3,NA,y\n5,,x\n7,8,y\n", encoding="utf-8")
    with pytest.raises(MissingValues) as caught:
        datasets.read_csv(path, target="label")
    assert str(caught.value) == f"{path}：第 3 行，列 'b'：缺少值（共有 2 行缺少值）"


def test_the_step_refusal_names_the_perceptron_rule_by_its_menu_name(chinese_interface):
    from engine.trainer import check_trainable

    with pytest.raises(SpecError) as caught:
        check_trainable(NetworkSpec(2, [LayerSpec(1, "step")], "mse"), "batch")
    assert str(caught.value).endswith("选择方式“感知机规则”")
    assert "mode=" not in str(caught.value)


def test_a_sure_output_layer_is_not_read_as_broken_in_chinese(chinese_interface):
    from engine.diagnostics import layer_diagnostics, reading

    net = Network(NetworkSpec(2, [LayerSpec(1, "sigmoid")], "bce"), seed=0)
    net.weights[0][:] = 50.0
    X = np.array([[1.0, 1.0], [-1.0, -1.0]])
    trace = net.forward(X)
    lines = reading(layer_diagnostics(net, trace, net.backward(trace, np.array([[1.0], [0.0]]))))
    assert "输出层中 100% 的神经元接近 0 或 1。" in lines[-1] and "停止传播" in lines[-1]


def test_the_onnx_usage_note_is_chinese_throughout(chinese_interface, tmp_path):
    from engine.export.parts import parts_of
    from engine.export.usage import usage_note

    path = tmp_path / "p.csv"
    path.write_text("island,bill,species\nDream,40,A\nBiscoe,50,B\nDream,41,A\nBiscoe,52,B\n",
                    encoding="utf-8")
    ds = datasets.read_csv(path, target="species")
    net = Network(NetworkSpec(ds.n_features, [LayerSpec(2, "sigmoid")], "cce"), seed=0) \
        if ds.Y.shape[1] == 2 else Network(NetworkSpec(ds.n_features, [LayerSpec(1, "sigmoid")],
                                                        "bce"), seed=0)
    note = usage_note("onnx", parts_of(net, None, None, class_names=ds.class_names,
                                       feature_names=ds.feature_names, encoding=ds.encoding))
    assert note.startswith("ONNX 输入：x：float32 (N, 1)，数值型原始列（bill）；"
                           "x_text：string (N, 1)，文本型原始列（island）")
    assert "raw columns" not in note and "one-hot" not in note
    py = usage_note("py", parts_of(net, None, None, class_names=ds.class_names,
                                   feature_names=ds.feature_names, encoding=ds.encoding))
    assert py.startswith("predict(X) 接受每行 2 个原始值")


def test_the_end_of_a_run_reads_naturally_in_chinese(chinese_interface, qtbot):
    from PySide6.QtWidgets import QSlider

    from gui import create_main_window
    from gui.training.pace import FASTEST

    window = create_main_window()
    qtbot.addWidget(window)
    window.document.set_config(epochs=1000)
    window.findChild(QSlider, "trainingSpeed").setValue(FASTEST)
    for expected in ("训练完成：训练了 1,000 期", "训练完成：又训练了 1,000 期，现在是第 2,000 期"):
        with qtbot.waitSignal(window.training.runEnded, timeout=60000):
            window.action_train.trigger()
        assert window.statusBar().currentMessage() == expected
    window.document.undo_stack.setClean()


def test_pythons_json_messages_are_said_in_chinese(chinese_interface, tmp_path):
    """"不是有效的 JSON（第 1 行第 2 列：Expecting property name enclosed in double quotes）":
    Python's English inside a Chinese sentence."""
    from engine.errors import ProjectError
    from engine.project.reading import read_json

    path = tmp_path / "bad.json"
    path.write_text("{x: 1}", encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        read_json(path)
    assert "第 1 行第 2 列：此处应有用双引号括起的键名" in str(caught.value)
    assert "Expecting" not in str(caught.value)
