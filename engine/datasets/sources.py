"""Rebuilding a data set from its ``source`` description, and data sets from plain arrays.

A project file stores ``Dataset.source`` — a JSON-ready dict — instead of the data. The kinds:

* ``{"kind": "builtin", "name": "spirals", "params": {...}}``
* ``{"kind": "csv", "path": "/abs/data.csv", "options": {...read_csv keywords...}}``
* ``{"kind": "image_folder", "path": "/abs/folder", "options": {"size": 16, ...}}``
* ``{"kind": "idx", "images": "/abs/x.idx", "labels": "/abs/y.idx", "options": {...}}``
* ``{"kind": "arrays", "X": [[...]], "y": [...], "options": {...}}`` — points painted by hand,
  small enough to live inside the project file itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from engine.datasets import text_encodings
from engine.datasets.builtin import load
from engine.datasets.csv_reader import read_csv
from engine.datasets.dataset import TASKS, Dataset, one_hot
from engine.datasets.idx import read_idx
from engine.datasets.images import read_image_folder
from engine.datasets.labels import encode_classes
from engine.datasets.split import check_split
from engine.errors import DataError
from engine.text import QT_TRANSLATE_NOOP, TranslatedNames, translate, translate_stored

SOURCE_KINDS = ("builtin", "csv", "image_folder", "idx", "arrays")
#: the kinds whose data live in files outside the project, which may move or go
FILE_KINDS = ("csv", "image_folder", "idx")


def recorded_source(dataset: Dataset) -> dict[str, Any]:
    """``dataset.source`` as a project records it: for data read from files, with the names
    of its classes and raw features beside it (``"names"``), so that a project whose file
    has moved or gone still names them in its exports and ``info``, and their row count and
    digest (``"check"``), so that opening it can say when the file has changed since."""
    source = dict(dataset.source)
    if source.get("kind") in FILE_KINDS:
        from engine.datasets.data_changes import recorded_check

        classes = list(dataset.class_names) if dataset.task == "classification" else None
        source["names"] = {"classes": classes or None,
                           "features": list(dataset.feature_names) or None}
        # to know them again when the project opens (``data_changes.changes``)
        source["check"] = recorded_check(dataset)
    return source


#: what painted points are called where the interface names the data
PAINTED_TITLE = QT_TRANSLATE_NOOP("Datasets", "painted points")
#: the data of the examples shipped with the program (File ▸ Open Example), named in the
#: interface's language ("one sample by hand" stayed English in the Chinese one, tester)
EXAMPLE_TITLES = TranslatedNames("Datasets", {
    "one sample by hand": QT_TRANSLATE_NOOP("Datasets", "one sample by hand"),
    "one neuron": QT_TRANSLATE_NOOP("Datasets", "one neuron"),
})


def display_name(dataset: Dataset) -> str:
    """The data's name as the interface says it: a built-in's title in the interface's
    language ("XOR truth table", 异或真值表), painted points so called, else their own name
    (a file's): the status bar said "data: spirals" in the Chinese interface (tester)."""
    source = dataset.source if isinstance(dataset.source, Mapping) else {}
    if source.get("kind") == "builtin":
        from engine.datasets.builtin import info

        try:
            return translate_stored("Datasets", info(source.get("name")).title)
        except DataError:
            pass
    if source.get("kind") == "arrays" and dataset.name == "painted":
        return translate_stored("Datasets", PAINTED_TITLE)
    if source.get("kind") == "arrays" and dataset.name in EXAMPLE_TITLES:
        return EXAMPLE_TITLES[dataset.name]
    return dataset.name


def shown_names(dataset: Dataset, names: Sequence[str]) -> list[str]:
    """``names`` (the data's class or feature names) as the interface shows them: a built-in's
    words ("inner", "petal length (cm)") in the interface's language, any other data's as
    they are (a CSV's class "inner" is the user's word, not ours). The data, the project and
    the exports keep the names themselves."""
    source = dataset.source if isinstance(dataset.source, Mapping) else {}
    if source.get("kind") != "builtin":
        return [str(name) for name in names]
    from engine.datasets.builtin import SHOWN_WORDS

    return [SHOWN_WORDS[name] if name in SHOWN_WORDS else str(name) for name in names]


def moved_to(source: Mapping[str, Any], path: str) -> dict[str, Any]:
    """``source`` read from ``path`` instead (its file moved: Locate…, ``train --data``).
    A CSV's separator is found again on the file there: one saved again by a spreadsheet
    in another locale has semicolons where it had commas, and was refused as "a single
    column" (tester); and a copy saved again as UTF-8 is read as UTF-8."""
    moved = dict(source, path=path)
    options = moved.get("options")
    if moved.get("kind") == "csv" and isinstance(options, Mapping):
        # its text encoding too, when the copy there is UTF-8 (saved again as UTF-8, the
        # German file's "Fläche" read as Windows-1252 became "FlÃ¤che", tester)
        dropped = {"delimiter"}
        if text_encodings.resaved_as_utf8(path, options.get("text_encoding")):
            dropped.add("text_encoding")
        moved["options"] = {k: v for k, v in options.items() if k not in dropped}
    return moved


def source_files(source: Any) -> tuple[str, ...]:
    """The files and folders a data source reads (its CSV, image folder, or idx pair), as
    recorded; none for built-in and hand-made data. A command that writes refuses to write
    over them (``cli.parser.output_path``)."""
    if not isinstance(source, Mapping):
        return ()
    keys = {"csv": ("path",), "image_folder": ("path",), "idx": ("images", "labels")}
    return tuple(source[key] for key in keys.get(source.get("kind"), ())
                 if isinstance(source.get(key), str))


def recorded_names(source: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(class names, raw feature names) a project recorded with its data source (see
    ``recorded_source``), None for each it did not record or recorded malformed."""
    names = source.get("names") if isinstance(source, Mapping) else None
    if not isinstance(names, Mapping):
        return None, None

    def strings(key):
        value = names.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return tuple(value)
        return None

    return strings("classes"), strings("features")


def from_arrays(
    X: Sequence[Sequence[float]] | np.ndarray,
    y: Sequence[Any] | np.ndarray,
    *,
    task: str = "classification",
    class_names: Sequence[str] | None = None,
    feature_names: Sequence[str] | None = None,
    name: str = "painted",
    validation_share: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """A Dataset from inputs ``X`` (n, d) and labels or target values ``y``.

    For classification ``y`` holds one label per row (integers index ``class_names`` when it
    is given; otherwise labels of any kind are named and sorted as ``read_csv`` does). For
    regression ``y`` holds numbers, (n,) or (n, k). The data travel in ``source``, so keep it
    for small sets such as points painted on the plane.
    """
    if task not in TASKS:
        raise DataError(translate("Data", "task must be {choices}, not {task}").format(
            choices=" or ".join(TASKS), task=repr(task)))
    check_split(validation_share, seed)
    try:
        X_array = np.asarray(X, dtype=np.float64)
        y_array = np.asarray(y, dtype=np.float64 if task == "regression" else object)
    except (TypeError, ValueError) as error:
        raise DataError(translate(
            "Data", "{name}: the values are not a table of numbers ({error})").format(
                name=name, error=error)) from error
    if X_array.ndim != 2 or X_array.shape[1] == 0 or y_array.shape[:1] != X_array.shape[:1]:
        raise DataError(translate(
            "Data", "{name}: X must be (n, d) and y have n rows; got {x} and {y}").format(
                name=name, x=X_array.shape, y=y_array.shape))
    if not (
        np.all(np.isfinite(X_array)) and (task != "regression" or np.all(np.isfinite(y_array)))
    ):
        raise DataError(translate("Data", "{name}: every value must be a finite number").format(
            name=name))
    if task == "regression":
        Y = y_array.reshape(len(y_array), -1)
        names: tuple[str, ...] = ()
    elif class_names is not None:
        names = tuple(str(n) for n in class_names)
        codes = _class_codes(y_array, len(names), name)
        Y = one_hot(codes, len(names))
    else:
        codes, names = encode_classes([str(v) for v in y_array.reshape(-1)], name)
        Y = one_hot(codes, len(names))
    if task == "classification" and len(names) < 2:
        raise DataError(translate(
            "Data", "{name}: a classifier needs at least two class names").format(name=name))
    features = tuple(feature_names or (f"x{i + 1}" for i in range(X_array.shape[1])))
    if len(features) != X_array.shape[1]:
        raise DataError(translate(
            "Data", "{name}: {names} feature names for {n} columns").format(
                name=name, names=len(features), n=X_array.shape[1]))
    return Dataset(
        X=X_array,
        Y=Y,
        task=task,
        class_names=names,
        feature_names=features,
        target_names=("class",) if task == "classification" else ("y",),
        name=name,
        source={
            "kind": "arrays",
            "X": X_array.tolist(),
            "y": codes.tolist() if task == "classification" else Y.tolist(),
            "options": {
                "task": task,
                "class_names": list(names),
                "feature_names": list(features),
                "name": name,
                "validation_share": float(validation_share),
                "seed": int(seed),
            },
        },
        validation_share=float(validation_share),
        seed=int(seed),
    )


def _class_codes(y: np.ndarray, n_classes: int, name: str) -> np.ndarray:
    """Labels that must be whole numbers indexing the given class names."""
    try:
        codes = y.reshape(-1).astype(np.float64)
    except (TypeError, ValueError) as error:
        raise DataError(translate("Data", "{name}: labels must be class indices ({error})")
                        .format(name=name, error=error)) from error
    if not np.all((codes == np.round(codes)) & (codes >= 0) & (codes < n_classes)):
        raise DataError(translate(
            "Data", "{name}: labels must be whole numbers from 0 to {last}").format(
                name=name, last=n_classes - 1))
    return codes.astype(np.int64)


def _field(source: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = source.get(key, {} if kind is dict else None)
    if not isinstance(value, kind):
        raise DataError(translate(
            "Data", "data source: {key} is missing or of the wrong type in {source}").format(
                key=repr(key), source=f"{source!r:.200}"))
    return value


def from_source(source: Mapping[str, Any]) -> Dataset:
    """The data set a ``Dataset.source`` describes, rebuilt (files are read again)."""
    if not isinstance(source, Mapping) or source.get("kind") not in SOURCE_KINDS:
        raise DataError(translate(
            "Data", "data source must be a dict whose 'kind' is one of {kinds}; got {source}"
        ).format(kinds=", ".join(SOURCE_KINDS), source=f"{source!r:.200}"))
    kind = source["kind"]
    try:
        if kind == "builtin":
            return load(_field(source, "name", str), **_field(source, "params", dict))
        options = _field(source, "options", dict)
        if kind == "csv":
            return read_csv(_field(source, "path", str), **options)
        if kind == "image_folder":
            return read_image_folder(_field(source, "path", str), **options)
        if kind == "idx":
            return read_idx(_field(source, "images", str), _field(source, "labels", str), **options)
        return from_arrays(_field(source, "X", list), _field(source, "y", list), **options)
    except TypeError as error:  # an option the loader does not take
        raise DataError(translate(
            "Data", "data source {kind} has an option that does not fit: {error}").format(
                kind=repr(kind), error=error)) from error
