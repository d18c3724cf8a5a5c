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
