"""Feature columns that cannot help a network learn, found as a file is imported.

A column holding one value in every row (a year all 2008) is the same input for every
sample, and a row number (1, 2, 3, …, an "id", in order or shuffled) tells the row's place
in the file, not anything about the sample: a network given one learns nothing from it or,
worse, learns the file's order. Neither is refused (a user may mean it); the CSV dialog and
``new`` say so. Neither is a target either: the CSV dialog offers the one ``likely_target``
finds.
"""

from __future__ import annotations

import numpy as np

from engine.text import translate

#: fewer rows than this prove nothing about a column
MIN_ROWS = 5


def uninformative_columns(ds) -> list[str]:
    """At most two sentences: the raw feature columns of ``ds`` that hold one value in every
    row, and those that count the rows; the text columns' one-hot features are looked at
    together. A wide file's many blank pixels are named by the first few and a count."""
    X = np.asarray(ds.X, dtype=np.float64)
    if X.ndim != 2 or len(X) < MIN_ROWS:
        return []
    constant, counting, ids, labels = [], [], [], []
    for name, block, is_text in _raw_columns(ds, X):
        if np.all(block == block[0]):
            constant.append(name)
        elif is_text and _labels_rows(block):
            labels.append(name)
        elif block.shape[1] == 1 and _counts_rows(block[:, 0]):
            counting.append(name)
        elif block.shape[1] == 1 and _numbers_rows(block[:, 0]):
            ids.append(name)
    hints = []
    if constant:
        hints.append(translate(
            "Data", "{names}: the same value in every row, which tells the network "
            "nothing").format(names=_listed(constant)))
    if counting:
        hints.append(translate(
            "Data", "{names}: counts the rows (1, 2, 3, …), the row's place in the file and "
            "not something about the sample").format(names=_listed(counting)))
    if ids:
        hints.append(translate(
            "Data", "{names}: a different whole number in every row, as an id: it names the "
            "row and tells nothing about the sample").format(names=_listed(ids)))
    if labels:
        hints.append(translate(
            "Data", "{names}: a different text in nearly every row, as a name, an identifier "
            "or a date: one-hot, the network learns the rows by heart, and a new row's value "
            "is one it never saw").format(names=_listed(labels)))
    return hints


def likely_target(names, tells_something) -> int:
    """The column a user most likely predicts, of the columns ``names``:
    ``tells_something(i)`` is False for a column of one value or of row numbers, which no
    one predicts. The last column (where most files keep it) unless it says nothing, then
    the first (MNIST's CSV keeps its label there, its last pixel blank), then the last that
    tells something; the last column when none does."""
    order = [len(names) - 1, 0, *range(len(names) - 2, 0, -1)]
    return next((i for i in order if tells_something(i)), len(names) - 1)


def says_nothing(numbers, codes=None) -> bool:
    """Whether a raw column (its numbers, NaN where missing; for text, each cell's
    ``codes``) holds one value in every row, counts the rows or numbers them (an id)."""
    values = np.asarray(numbers if codes is None else codes, dtype=np.float64)
    if len(values) < MIN_ROWS:
        return False
    if codes is None and np.isnan(values).any():
        values = values[~np.isnan(values)]
        if len(values) == 0:
            return True
    return bool(np.all(values == values[0])
                or (codes is None and (_counts_rows(values) or _numbers_rows(values))))


def names_rows(codes) -> bool:
    """Whether a text column's cells (their ``codes``) name the rows rather than sort them:
    more distinct values than classes are guessed at, most on a row of their own (a name,
    an identifier), which ``labels.encode_classes`` refuses as a target."""
    from engine.datasets.labels import LEAST_ROWS_PER_CLASS, MAX_INFERRED_CLASSES

    distinct = len(np.unique(np.asarray(codes)))
    return distinct > MAX_INFERRED_CLASSES and distinct * LEAST_ROWS_PER_CLASS > len(codes)


def _listed(names, shown=3) -> str:
    """'a', 'b', 'c' and 4 more."""
    listed = ", ".join(repr(name) for name in names[:shown])
    if len(names) > shown:
        listed = translate("Data", "{names} and {k} more").format(names=listed,
                                                                  k=len(names) - shown)
    return listed


def _raw_columns(ds, X):
    """(name, the block of X's columns it became, whether it is text one-hot) for every raw
    feature column."""
    encoding = getattr(ds, "encoding", None)
    if encoding is None:
        names = list(ds.feature_names) or [f"x{j + 1}" for j in range(X.shape[1])]
        return _told_apart([(name, X[:, [j]], False)
                            for j, name in enumerate(names[:X.shape[1]])])
    blocks, start = [], 0
    for column in encoding.columns:
        blocks.append((column.name, X[:, start:start + column.width], column.is_text))
        start += column.width
    return _told_apart(blocks)


def _told_apart(blocks):
    """The blocks with a name two columns share told apart by their place among the features
    ("'a' (feature 2)"): two notes about "'a'" read as one column said two things of."""
    names = [name for name, *_ in blocks]
    return [((translate("Data", "{name} (feature {k})").format(name=name, k=k + 1)
              if names.count(name) > 1 else name), *rest)
            for k, (name, *rest) in enumerate(blocks)]


def _labels_rows(block) -> bool:
    """Whether a text column's one-hot ``block`` gives nearly every row a category of its
    own (at most one row in ten sharing one): a name or an id, which one-hot encoding turns
    into one input per row."""
    rows_per_category = block.sum(axis=0)
    alone = int(np.sum(rows_per_category == 1))
    return block.shape[1] >= MIN_ROWS and alone >= 0.9 * len(block)


def _counts_rows(values) -> bool:
    """Whole numbers rising (or falling) from row to row by about one: a row number, with
    perhaps some rows left out (those with a missing value)."""
    steps = np.diff(values)
    return bool(np.all(values == np.round(values))
                and (np.all(steps > 0) or np.all(steps < 0))
                and abs(values[-1] - values[0]) < 2 * len(values))


def _numbers_rows(values) -> bool:
    """Whole numbers, a different one in every row, nearly all of those between the least
    and the largest: the rows' ids in another order (a shuffled file's 1 … N). A measured
    quantity in whole units repeats itself long before its rows outnumber half its range."""
    if not np.all(values == np.round(values)):
        return False
    span = float(values.max() - values.min()) + 1
    return bool(span < 2 * len(values) and len(np.unique(values)) == len(values))
