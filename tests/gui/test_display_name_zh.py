"""A built-in data set is named in Chinese in the Chinese interface (the status bar read
"数据：spirals", tester)."""

from engine import datasets
from engine.datasets.sources import display_name


def test_in_chinese_a_builtin_is_named_in_chinese(qapp):
    from gui import i18n
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE)
    try:
        assert display_name(datasets.load("moons", n_samples=40)) == "双月形"
    finally:
        i18n.install(ENGLISH)


def test_in_chinese_an_examples_data_is_named_in_chinese(qapp):
    """File ▸ Open Example's 2-2-2 network: its data read "one sample by hand" (tester)."""
    from engine.datasets.sources import from_arrays
    from gui import i18n
    from gui.languages import CHINESE, ENGLISH

    data = from_arrays([[0.05, 0.1]], [[0.01, 0.99]], task="regression",
                       name="one sample by hand")
    assert display_name(data) == "one sample by hand"
    i18n.install(CHINESE)
    try:
        assert display_name(data) == "手算的一个样本"
    finally:
        i18n.install(ENGLISH)
