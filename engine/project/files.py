"""Saving and loading project files: atomic on the way out, fully checked on the way in.

``save_project`` checks that everything can be written exactly (finite weights, a layout
and history that JSON can hold) before the disk is touched, then writes through
:func:`engine.project.atomic.atomic_write`. ``load_project`` reads defensively
(:mod:`engine.project.reading`), checks the whole document (:mod:`engine.project.schema`)
and only then builds the Project. Every fault is a ProjectError naming the file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

import numpy as np

from engine import Network
from engine.errors import ProjectError
from engine.project.arrays import FormatProblem
from engine.project.atomic import atomic_write
from engine.project.document import Project, project_document
from engine.project.reading import read_json
from engine.project.schema import check_plain, project_from_document
from engine.text import translate


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write ``project`` to ``path`` atomically; the previous file survives any failure."""
    path = Path(path)
    try:
        document = _checked_document(project)
    except FormatProblem as problem:
        raise ProjectError(translate(
            "Project", "cannot save project {path}: {problem}").format(
                path=path, problem=problem)) from problem
    atomic_write(path, lambda handle: _write(document, handle))


def load_project(path: str | os.PathLike) -> Project:
    """The project stored at ``path``, checked completely before anything is built."""
    path = Path(path)
    document = read_json(path, translate("Project", "project"))
    try:
        return project_from_document(document)
    except FormatProblem as problem:
        raise ProjectError(translate(
            "Project", "cannot open project {path}: {problem}").format(
                path=path, problem=problem)) from problem


def _checked_document(project: Project) -> dict[str, Any]:
    if not isinstance(project, Project) or not isinstance(project.network, Network):
        raise FormatProblem(translate("Project", "only a Project holding a Network can be saved"))
    net = project.network
    for l, (W, b) in enumerate(zip(net.weights, net.biases, strict=True), start=1):
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise FormatProblem(translate(
                "Project", "W{l} or b{l} holds NaN or infinite numbers").format(l=l))
    try:
        document = project_document(project)
    except (TypeError, ValueError) as error:
        raise FormatProblem(translate(
            "Project", "the history or settings hold something that is not a number "
            "({error})").format(error=error)) from error
    for key in ("name", "data", "normalisation", "history", "layout"):
        check_plain(document[key], key)
    return document


def _write(document: dict[str, Any], handle: IO[str]) -> None:
    json.dump(document, handle, allow_nan=False, indent=1, ensure_ascii=False)
    handle.write("\n")
