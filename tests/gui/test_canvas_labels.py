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


def test_the_layer_cards_of_a_deep_net_do_not_touch_in_chinese(qtbot):
    """In Chinese, "sigmoid ▾ · 3 个神经元" made the cards of a five-layer net touch (tester):
    a card wider than the columns are apart puts the count on a line of its own."""
    import itertools

    from gui import create_main_window, i18n
    from gui.languages import CHINESE, ENGLISH

    i18n.install(CHINESE)
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        document = window.document
        for position in (1, 1, 1):
            assert document.add_hidden_layer(position, units=3, activation="sigmoid")
        headers = window.canvas.scene().decor.headers
        assert len(headers) == document.spec.n_layers + 1 >= 5
        rects = [chip.sceneBoundingRect() for _layer, chip in sorted(headers.items())]
        for left, right in itertools.pairwise(rects):
            assert left.right() < right.left(), (left, right)
        document.undo_stack.setClean()
    finally:
        i18n.install(ENGLISH)
