'''The one-hot encoding of a table's text columns as Python source, for the exported scripts.

The standalone ``.py`` predictor and the PyTorch module take rows of *raw* values (numbers,
and strings in the text columns) when the data had text columns; both carry the data's
``Encoding`` as the constant ``ENCODING`` and this one ``encode(rows)`` function, written
in plain Python (no numpy, no torch), so the two scripts and the engine's
``Encoding.encode_rows`` cannot disagree: every category is one feature, 1 where the row holds
it, and an unknown category or a word in a numeric column is refused with the row and column.
'''

from __future__ import annotations

from typing import Any

ENCODE_FUNCTION = '''def encode(rows):
    """Rows of raw values, one per column of RAW_COLUMNS (numbers; for a text column its
    text), as the encoded features FEATURE_NAMES (a list of lists of floats): a number stays
    as it is, a text value is 1 in its category's column and 0 in the others. Like predict,
    it takes a DataFrame or dicts (read by column name), rows in order, or one row."""
    encoded = []
    for r, row in enumerate(_rows(_by_column_names(rows)), start=1):
        row = list(row)
        if len(row) != len(ENCODING):
            raise ValueError("row %d has %d values; expected %d (%s)"
                             % (r, len(row), len(ENCODING), ", ".join(RAW_COLUMNS)))
        features = []
        for (name, categories), value in zip(ENCODING, row):
            if categories is None:
                try:
                    features.append(float(value))
                except (TypeError, ValueError):
                    raise ValueError("row %d, column %r: %r is not a number"
                                     % (r, name, value)) from None
                continue
            text = str(value).strip()
            if text not in categories:
                if value is None or value != value or text.lower() in MISSING_TEXTS:
                    # None, a DataFrame's NaN, "NA": missing, as a number would be
                    raise ValueError("row %d, column %r: %r is missing (no category)"
                                     % (r, name, value))
                raise ValueError("row %d, column %r: %r is not one of its categories (%s)"
                                 % (r, name, text, ", ".join(map(repr, categories))))
            features.extend(1.0 if text == category else 0.0 for category in categories)
        encoded.append(features)
    return encoded


def _rows(X):
    """X as a list of rows of raw values (one row given alone becomes a list of one)."""
    rows = [list(row) if not isinstance(row, str) and hasattr(row, "__iter__") else row
            for row in X]
    if rows and not isinstance(rows[0], list):
        rows = [rows]
    return rows


'''


TABLE_FUNCTION = '''def _by_column_names(X):
    """X as rows of the columns INPUT_COLUMNS when X names its columns: a DataFrame (pandas,
    polars: anything with X.columns) or a list of dicts is read by those names, in any order,
    other columns (the target, an id) left out; a DataFrame naming none of them is taken in
    order, as a CSV file's header would be. One row alone may be a dict or a Series (a
    frame's ``df.iloc[0]``: read by its names, or in order when it names none of them). Any
    other X is rows of values in order, and is returned as it is."""
    if isinstance(X, dict):
        return _by_column_names([X])
    if hasattr(X, "index") and hasattr(X, "items") and not hasattr(X, "columns"):
        row = {str(label): value for label, value in X.items()}
        if INPUT_COLUMNS is not None and any(name in row for name in INPUT_COLUMNS):
            return _by_column_names([row])
        return [list(row.values())]
    if hasattr(X, "columns"):
        labels = {}
        for label in X.columns:
            if str(label) in labels:
                raise ValueError("X names the column %r twice" % str(label))
            labels[str(label)] = label
        names = INPUT_COLUMNS if INPUT_COLUMNS is not None else list(labels)
        if not any(name in labels for name in names):
            names = list(labels)  # its own names for the same columns (0, 1, …): in order
        twice = [name for name in names if names.count(name) > 1]
        if twice:
            raise ValueError("this model takes two columns named %r: give X as rows of "
                             "values in order (X.values)" % twice[0])
        lacking = [name for name in names if name not in labels]
        if lacking:
            raise ValueError("X has no column named %s (the model takes %s)"
                             % (" or ".join(map(repr, lacking)), ", ".join(names)))
        return [list(row) for row in zip(*(X[labels[name]] for name in names))]
    if isinstance(X, (list, tuple)) and X and all(isinstance(row, dict) for row in X):
        if INPUT_COLUMNS is None:
            raise ValueError("this model was exported without its columns' names: give rows "
                             "of values in order, not dicts")
        for r, row in enumerate(X, start=1):
            lacking = [name for name in INPUT_COLUMNS if name not in row]
            if lacking:
                raise ValueError("row %d has no %s (the model takes %s)"
                                 % (r, " or ".join(map(repr, lacking)),
                                    ", ".join(INPUT_COLUMNS)))
        return [[row[name] for name in INPUT_COLUMNS] for row in X]
    return X


'''


def input_columns(encoding: Any, feature_names, raw_width: int) -> list[str] | None:
    """The names of the columns a row given to an exported predictor holds, in order: the
    raw columns when the data had text columns, else the feature names when there are as
    many as the raw features (not for input features made from them); None: not known."""
    if encoding is not None:
        return list(encoding.raw_names)
    if feature_names is not None and len(feature_names) == raw_width:
        return list(feature_names)
    return None


def encoding_constants(encoding: Any, feature_names=None, raw_width: int = 0) -> str:
    """``ENCODING`` (each raw column's name and categories, None for a number) and
    ``RAW_COLUMNS`` as Python source, both None without an encoding; and ``INPUT_COLUMNS``
    (``input_columns``)."""
    from engine.datasets.labels import MISSING_TOKENS

    columns = (f"INPUT_COLUMNS = {input_columns(encoding, feature_names, raw_width)!r}\n"
               f"#: the texts that stand for a missing value (as Backprop Studio reads them)\n"
               f"MISSING_TEXTS = {tuple(sorted(MISSING_TOKENS))!r}\n")
    if encoding is None:
        return "ENCODING = None\nRAW_COLUMNS = None\n" + columns
    pairs = [(c.name, None if c.categories is None else list(c.categories))
             for c in encoding.columns]
    listed = "".join(f"    {pair!r},\n" for pair in pairs)
    return (f"ENCODING = [\n{listed}]\n"
            f"RAW_COLUMNS = {list(encoding.raw_names)!r}\n" + columns)
