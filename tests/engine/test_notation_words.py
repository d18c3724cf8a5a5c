"""Messages in good English: counts in the right number, sentences that begin with a capital
and end with a full stop, except where the first word is a name to keep as written."""

from engine.notation import feature_label, plural, sentence


def test_counts_take_the_right_number():
    assert plural(1, "input") == "1 input"
    assert plural(2, "input feature") == "2 input features"
    assert plural(10_000, "sample") == "10,000 samples"


def test_a_message_becomes_a_sentence_but_names_keep_their_case():
    assert sentence("training diverged in epoch 3") == "Training diverged in epoch 3."
    assert sentence("tester_scales.csv has 3 columns") == "tester_scales.csv has 3 columns."
    assert sentence("bce needs sigmoid outputs") == "bce needs sigmoid outputs."
    assert sentence("x₁ is an input.") == "x₁ is an input."
    assert sentence("Done!") == "Done!"


def test_x1_is_written_as_the_notes_write_it():
    assert feature_label("x1") == "x₁" and feature_label("x12") == "x₁₂"
    assert feature_label("petal width") == "petal width"


def test_a_chinese_sentence_ending_in_a_quote_ends_with_the_chinese_full_stop():
    """The perceptron refusal read "…选择方式“感知机规则”." (tester)."""
    assert sentence("选择方式“感知机规则”") == "选择方式“感知机规则”。"
    assert sentence("choose the mode “Perceptron rule”") == "Choose the mode “Perceptron rule”."
    assert sentence("see (the notes)") == "See (the notes)."
