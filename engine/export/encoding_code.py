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
    as it is, a text value is 1 in its category's column and 0 in the others."""
    encoded = []
    for r, row in enumerate(rows, start=1):
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
                raise ValueError("row %d, column %r: %r is not one of its categories (%s)"
                                 % (r, name, text, ", ".join(categories)))
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


def encoding_constants(encoding: Any) -> str:
    """``ENCODING`` (each raw column's name and categories, None for a number) and
    ``RAW_COLUMNS`` as Python source; both None without an encoding."""
    if encoding is None:
        return "ENCODING = None\nRAW_COLUMNS = None\n"
    pairs = [(c.name, None if c.categories is None else list(c.categories))
             for c in encoding.columns]
    listed = "".join(f"    {pair!r},\n" for pair in pairs)
    return (f"ENCODING = [\n{listed}]\n"
            f"RAW_COLUMNS = {list(encoding.raw_names)!r}\n")
