"""Every training field says why a value is refused, beside it and in the panel's message,
and keeps its value: nothing is clamped, cut or reverted without a word."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from gui.panels.setting_fields import NumberField, whole_field


@pytest.fixture
def panel(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.docks["trainingDock"].show()
    return window.findChild(QWidget, "trainingPanel")


def type_into(field, text):
    field.setFocus()
    field.lineEdit().selectAll()
    QTest.keyClicks(field.lineEdit(), text)
    QTest.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def message(panel):
    return panel.message.text() if panel.message.isVisible() else ""


def test_epochs_zero_is_refused_with_the_reason(panel, window):
    before = window.document.config.epochs
    type_into(panel.epochs, "0")
    assert panel.epochs.value() == before and window.document.config.epochs == before
    assert message(panel) == (f"The epochs must be a whole number from 1 to 10,000,000, "
                              f"not 0; kept {before}.")


def test_too_many_epochs_are_refused_whole_not_cut(panel, window):
    before = window.document.config.epochs
    type_into(panel.epochs, "20000000")
    assert panel.epochs.value() == before  # not 2000000, the number less its last digit
    assert "not 20000000" in message(panel)


def test_a_momentum_over_its_limit_is_refused_not_clamped(panel, window):
    panel.momentum.setValue(0.9)
    type_into(panel.momentum, "5")
    assert panel.momentum.value() == pytest.approx(0.9)
    assert message(panel).startswith("The momentum must be a finite number at least 0 and "
                                     "less than 1, not 5; kept 0.9")


def test_text_that_is_not_a_number_is_refused(panel, window):
    before = window.document.config.learning_rate
    type_into(panel.learning_rate, "1e")
    assert window.document.config.learning_rate == before
    assert "the learning rate η must be" in message(panel).lower()
    assert "not 1e" in message(panel)


def test_a_good_value_is_taken_and_clears_the_message(panel, window):
    type_into(panel.epochs, "0")
    assert message(panel)
    type_into(panel.epochs, "250")
    assert window.document.config.epochs == 250 and message(panel) == ""


def test_a_field_with_a_suffix_still_takes_numbers(panel):
    panel.use_patience.setChecked(True)
    assert panel.patience.isEnabled() and panel.patience.suffix() == " epochs"
    type_into(panel.patience, "25")
    assert panel.patience.value() == 25
    type_into(panel.patience, "0")
    assert panel.patience.value() == 25 and "The patience must be" in message(panel)


def test_the_fields_say_it_once_per_refusal(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    epochs, rate = whole_field("epochs", box), NumberField("rmsprop_alpha", box)
    box.show()
    said = []
    for field in (epochs, rate):
        field.refused.connect(said.append)
    type_into(epochs, "0")
    type_into(rate, "2")
    assert len(said) == 2
    assert said[1].startswith("RMSprop's α must be")


def test_a_letter_typed_into_a_number_is_refused_with_a_word(panel, window):
    """Qt drops the keystroke: the field must say why, or it seems not to listen."""
    before = window.document.config.learning_rate
    panel.learning_rate.setFocus()
    panel.learning_rate.lineEdit().selectAll()
    QTest.keyClicks(panel.learning_rate.lineEdit(), "a")
    assert message(panel) == ("“a” cannot be typed into the learning rate η, which takes a "
                              f"finite number greater than 0; it reads {before:g}.")
    QTest.keyClick(panel.learning_rate.lineEdit(), Qt.Key.Key_Return)
    assert window.document.config.learning_rate == before
    panel.epochs.setFocus()
    panel.epochs.lineEdit().selectAll()
    QTest.keyClicks(panel.epochs.lineEdit(), "x")
    assert message(panel).startswith("“x” cannot be typed into the epochs, which takes a whole "
                                     "number")


def test_a_letter_after_digits_says_what_the_field_reads_and_will_take(panel, window):
    """Typed "200abc" into Epochs: the note said "kept 1000" while the field read 200 and
    training then ran 200 epochs (tester)."""
    panel.epochs.setFocus()
    panel.epochs.lineEdit().selectAll()
    QTest.keyClicks(panel.epochs.lineEdit(), "200abc")
    assert panel.epochs.lineEdit().text().strip().startswith("200")
    assert message(panel).startswith("“c” cannot be typed into the epochs")
    assert message(panel).endswith("; it reads 200.")
    QTest.keyClick(panel.epochs.lineEdit(), Qt.Key.Key_Return)
    assert window.document.config.epochs == 200
