"""Whether a project's data are still the ones it was made from.

A project keeps its network and weights but reads its CSV (image folder, IDX files) again
when it opens. A file edited since (rows added, removed or changed) was used without a word,
and the weights shown had been trained on other rows (tester). The project records, beside
its source, the data's row count and a digest of the values read (``recorded_check``); on
opening, ``changes`` compares them with the data read now and says what differs. Projects
saved before this was recorded say nothing.

The digest is of the values (``X`` and ``Y`` as read), not of the file's bytes: a file saved
again by a spreadsheet with semicolons for commas holds the same data and says nothing. It
is taken once per data set read (SHA-256, about 0.2 s for 60,000 × 785 values), so saving
a project again does not take it again.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from engine.datasets.sources import source_files
from engine.text import translate

#: hex digits of the digest kept
DIGEST_DIGITS = 32
_known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def data_digest(dataset: Any) -> str:
    """SHA-256 of the data set's shape and values (``X`` then ``Y``), in hex."""
    if dataset not in _known:
        digest = hashlib.sha256()
        for array in (dataset.X, dataset.Y):
            array = np.ascontiguousarray(array, dtype=np.float64)
            digest.update(repr(array.shape).encode())
            digest.update(memoryview(array).cast("B"))
        _known[dataset] = digest.hexdigest()[:DIGEST_DIGITS]
    return _known[dataset]


def recorded_check(dataset: Any) -> dict[str, Any]:
    """What a project records to know its data again: ``{"rows": n, "digest": hex}``."""
    return {"rows": int(dataset.n_samples), "digest": data_digest(dataset)}


def changes(source: Any, dataset: Any) -> str | None:
    """A sentence saying how ``dataset`` (the data read now for ``source``) differs from
    the data the project recorded, or None when they are the same or nothing was
    recorded."""
    if not isinstance(source, Mapping) or not isinstance(source.get("check"), Mapping):
        return None
    recorded = source["check"]
    then, digest, rows = recorded.get("rows"), recorded.get("digest"), dataset.n_samples
    name = " + ".join(Path(path).name for path in source_files(source)) or translate(
        "Data", "The data")
    if isinstance(then, int) and then != rows:
        return translate(
            "Data", "{name} has changed since the project was saved: {then} rows then, {now} "
            "now. The weights were trained on the rows as they were; training goes on "
            "with the rows as they are now, and saving the project accepts them.").format(
                name=name, then=f"{then:,}", now=f"{rows:,}")
    if isinstance(digest, str) and digest != data_digest(dataset):
        return translate(
            "Data", "{name} has changed since the project was saved: the same {rows} rows, "
            "other values. The weights were trained on the values as they were; "
            "training goes on with the values as they are now, and saving the project "
            "accepts them.").format(name=name, rows=f"{rows:,}")
    return None
