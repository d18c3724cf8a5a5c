"""The names an export records, read from a project's data: its classes and raw features."""

from __future__ import annotations

from typing import Any

from engine.errors import BackpropStudioError


def data_names(project: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(class names, raw feature names) of ``project``'s data, rebuilt from its data choice;
    None for what is not known: a regression has no classes, and a project without data, or
    whose data file cannot be read any more, has neither (its exports then go without)."""
    from engine import datasets

    if project.data is None:
        return None, None
    try:
        dataset = datasets.from_source(project.data)
    except (BackpropStudioError, OSError, ValueError):
        return None, None
    return dataset_names(dataset)


def dataset_names(dataset: Any) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(class names, raw feature names) of ``dataset`` (the window has its data at hand)."""
    classes = tuple(dataset.class_names) if dataset.task == "classification" else ()
    return classes or None, tuple(dataset.feature_names) or None
