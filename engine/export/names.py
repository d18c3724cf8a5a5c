"""The names an export records, read from a project's data: its classes and raw features."""

from __future__ import annotations

from typing import Any

from engine.errors import BackpropStudioError


def data_names(project: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(class names, raw feature names) of ``project``'s data, rebuilt from its data choice,
    or as the project recorded them when its data file cannot be read any more; None for
    what is not known: a regression has no classes, a project without data has neither."""
    classes, features, _rows = data_facts(project)
    return classes, features


def data_facts(project: Any) -> tuple[Any, Any, Any]:
    """``data_names`` and the rows training takes (``training_rows``; None when the data
    cannot be read), from one reading of the data."""
    from engine import datasets
    from engine.datasets.sources import recorded_names

    if project.data is None:
        return None, None, None
    try:
        dataset = datasets.from_source(project.data)
    except (BackpropStudioError, OSError, ValueError):
        return (*recorded_names(project.data), None)
    return (*dataset_names(dataset), training_rows(dataset))


def training_rows(dataset: Any) -> Any:
    """The rows of ``dataset`` training takes, in the order it takes them (the validation
    share left out): what the torch export keeps as TRAINING_ROWS."""
    return dataset.split_rows()[0]


def dataset_names(dataset: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(class names, raw feature names) of ``dataset`` (the window has its data at hand)."""
    classes = tuple(dataset.class_names) if dataset.task == "classification" else ()
    return classes or None, tuple(dataset.feature_names) or None
