"""One sample is "1 sample", not "1 samples", in the data panel and the status bar."""

from pathlib import Path

from PySide6.QtWidgets import QLabel

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXAMPLE = EXAMPLES / "backprop_by_hand.bps.json"


def test_the_one_sample_example_says_1_sample(window):
    window.document.load(EXAMPLE)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert any(text.startswith("1 sample × 2 features") for text in texts)
    assert any(text.endswith("· 1 sample") and text.startswith("data: ") for text in texts)
    assert not any("1 samples" in text for text in texts)
