"""The data's names beside the input neurons: a long one-hot feature name keeps its category
("neighbou…=North Side"), where cut at its end three neighbourhoods read alike (tester)."""

from gui.canvas.decorations import LABEL_CHARS, _elided


def test_a_one_hot_name_keeps_its_category_and_shortens_its_column():
    names = ["neighbourhood=North Side", "neighbourhood=Old Town", "neighbourhood=Riverside"]
    shown = [_elided(name) for name in names]
    assert shown == ["neighbou…=North Side", "neighbourh…=Old Town", "neighbour…=Riverside"]
    assert all(len(text) <= LABEL_CHARS for text in shown)
    assert _elided("island=Torgersen") == "island=Torgersen"  # short enough as it is


def test_other_long_names_are_cut_at_their_end():
    assert _elided("a very long column name here") == "a very long column …"
    long_category = "x=" + "y" * 30
    assert _elided(long_category) == long_category[:LABEL_CHARS - 1] + "…"
