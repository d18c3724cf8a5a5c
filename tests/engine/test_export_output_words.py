"""What an export says its outputs are follows the output layer: a step neuron's output is 1
or 0 (no probability), and a regression's outputs are no classes to ask predict_class for."""

from engine import LayerSpec, Network, NetworkSpec
from engine.export import export_network
from engine.export.parts import parts_of
from engine.export.usage import usage_note


def test_a_step_output_is_said_to_be_one_or_zero(tmp_path):
    net = Network(NetworkSpec(2, [LayerSpec(1, "step")], "mse"), seed=0)
    parts = parts_of(net, None, None, class_names=("neg", "pos"), feature_names=("a", "b"))
    for fmt in ("onnx", "py", "torch"):
        note = usage_note(fmt, parts)
        assert "1 step output, 1 for pos and 0 for neg" in note and "probability" not in note
    export_network(net, tmp_path / "p.py", "py", None, None, class_names=("neg", "pos"))
    source = (tmp_path / "p.py").read_text(encoding="utf-8")
    assert "one step output: 1 for CLASS_NAMES[1], 0 for CLASS_NAMES[0]" in source
    assert "probability" not in source


def test_a_regression_note_offers_no_class_names():
    net = Network(NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse"),
                  seed=0)
    note = usage_note("py", parts_of(net, None, None, feature_names=("a", "b", "c")))
    assert "1 output aᴸ" in note and "outputs aᴸ" not in note
    assert "predict_class" not in note


def test_a_regression_script_offers_no_predict_class_nor_probabilities(tmp_path):
    net = Network(NetworkSpec(3, [LayerSpec(4, "tanh"), LayerSpec(1, "linear")], "mse"),
                  seed=0)
    for fmt, name in (("py", "reg.py"), ("torch", "reg_torch.py")):
        export_network(net, tmp_path / name, fmt, None, None, feature_names=("a", "b", "c"))
        docstring = (tmp_path / name).read_text(encoding="utf-8").split('"""')[1]
        assert "predict_class" not in docstring and "--classes" not in docstring
        assert "probability" not in docstring and "CLASS_NAMES is None" in docstring
