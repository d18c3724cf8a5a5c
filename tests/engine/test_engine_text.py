"""The engine's texts go through engine.text.translate: English without a hook, the hook's
language with one, values filled in after translating (no Qt needed)."""

import re

import numpy as np
import pytest

from engine import activations, costs, datasets, optimizers, text
from engine.config import LIMITS, MODE_TITLES, SETTING_NAMES
from engine.errors import DataError, Refused
from engine.session import Session


@pytest.fixture
def hook():
    """A fake translator: a dictionary of known texts, the others upper-cased; every call
    recorded with its context."""
    calls = []
    known = {
        ("Architecture", "hidden layer {layer} has a single neuron and a layer needs at least "
                         "one: remove the whole layer instead"): "隐含层 {layer} 只有一个神经元",
        ("Activations", "Sigmoid σ"): "Sigmoid 函数 σ",
        ("Data", "{path}: is too short to be an IDX images file ({n} bytes)"):
            "{path}：太短，不是 IDX 图像文件（{n} 字节）",
    }

    def translator(context, source):
        calls.append((context, source))
        return known.get((context, source), _upper_outside_placeholders(source))

    text.install_translator(translator)
    yield calls
    text.remove_translator()


def _upper_outside_placeholders(template):
    """Upper case, but the placeholders kept as they are (a translation keeps them)."""
    return re.sub(r"(\{[^{}]*\})|([^{}]+)", lambda m: m.group(1) or m.group(2).upper(),
                  template)


@pytest.fixture
def no_hook():
    """No translator, whatever ran before (a GUI test's application installs Qt's)."""
    before = text.installed_translator()
    text.remove_translator()
    yield
    text.install_translator(before)


def test_without_a_hook_the_english_is_unchanged(no_hook):
    assert text.installed_translator() is None
    assert text.translate("Anything", "layer {l}") == "layer {l}"
    assert activations.get("sigmoid").title == "Sigmoid σ"
    with pytest.raises(Refused) as refused:
        _refuse_single_neuron()
    assert str(refused.value) == ("hidden layer 1 has a single neuron and a layer needs at "
                                  "least one: remove the whole layer instead")


def _refuse_single_neuron():
    session = Session()
    for index in reversed(range(1, session.spec.layers[0].units)):
        session.remove_neuron(1, index)
    session.remove_neuron(1, 0)


def test_a_refused_edit_speaks_the_hooks_language(hook):
    with pytest.raises(Refused) as refused:
        _refuse_single_neuron()
    assert str(refused.value) == "隐含层 1 只有一个神经元"
    assert ("Architecture", "hidden layer {layer} has a single neuron and a layer needs at "
                            "least one: remove the whole layer instead") in hook


def test_names_are_translated_when_read_not_at_import(hook):
    assert activations.get("sigmoid").title == "Sigmoid 函数 σ"
    assert activations.get("relu").description.startswith("MAX(Z, 0)")
    assert costs.get("bce").title == "BINARY CROSS-ENTROPY (BCE)"
    assert optimizers.TITLES["adam"] == "ADAM"
    assert MODE_TITLES["minibatch"] == "MINI-BATCH (M)"
    assert SETTING_NAMES["learning_rate"] == "THE LEARNING RATE Η"
    assert SETTING_NAMES.get("unknown", "unknown") == "unknown"
    assert datasets.info("spirals").title == "SPIRALS"
    assert datasets.info("spirals").params[0].label == "SAMPLES"
    assert LIMITS["epochs"].describe() == "FROM 1 TO 10,000,000"
    text.remove_translator()
    assert activations.get("sigmoid").title == "Sigmoid σ"  # the language changed back
    assert datasets.info("spirals").title == "Spirals"


def test_a_data_error_is_translated_with_its_values_kept(hook, tmp_path):
    short = tmp_path / "tiny-images.idx"
    short.write_bytes(b"\x00\x00")
    labels = tmp_path / "labels.idx"
    labels.write_bytes(b"\x00\x00\x08\x01" + (0).to_bytes(4, "big"))
    with pytest.raises(DataError) as caught:
        datasets.read_idx(short, labels)
    assert str(caught.value) == f"{short}：太短，不是 IDX 图像文件（2 字节）"


def test_values_are_filled_in_after_translating(hook):
    with pytest.raises(DataError) as caught:
        datasets.from_arrays(np.zeros((3, 2)), [0, 1, 0], name="mine",
                             feature_names=("a", "b", "c"))
    # the template was translated (upper-cased), the values were not
    assert str(caught.value) == "mine: 3 FEATURE NAMES FOR 2 COLUMNS"
    assert ("Data", "{name}: {names} feature names for {n} columns") in hook


def test_a_hook_that_answers_nothing_keeps_the_english():
    text.install_translator(lambda context, source: "")
    try:
        assert text.translate("Activations", "Sigmoid σ") == "Sigmoid σ"
    finally:
        text.remove_translator()


def test_a_translation_with_other_placeholders_falls_back_to_english():
    text.install_translator(lambda context, source: "第 {layer} 层" if "{l}" in source else "")
    try:
        assert text.translate("Architecture", "layer {l}") == "layer {l}"
        assert text.translate("Architecture", "layer {l}").format(l=2) == "layer 2"
    finally:
        text.remove_translator()


def test_a_divergence_is_reported_in_the_hooks_language(hook):
    from engine import LayerSpec, Network, NetworkSpec, TrainConfig, Trainer, TrainingDiverged

    X = np.linspace(-3, 3, 20).reshape(-1, 1)
    net = Network(NetworkSpec(1, [LayerSpec(4, "relu"), LayerSpec(1, "linear")], "mse"), seed=0)
    with pytest.raises(TrainingDiverged) as caught:
        Trainer(net, TrainConfig(batch_size=4, learning_rate=50.0, epochs=100)).fit(X, 5 * X + 1)
    message = str(caught.value)
    assert message.startswith(f"TRAINING DIVERGED IN EPOCH {caught.value.epoch}, ITERATION ")
    assert "LOWER THE LEARNING RATE (TRY 0.1) AND TRAIN AGAIN" in message
    assert ("Training", "the weights that gave that loss; no update was made from "
                        "them") in hook or (
        "Training", "the weights from before the update that made them explode") in hook
