"""Project files: one versioned JSON document holding everything needed to carry on later.

    save_project(project, path)      atomic: temporary file, fsync, rename over the old one
    load_project(path) -> Project    every value checked before anything is built

A fault is always an :class:`engine.ProjectError` naming the file. The document format is
described in :mod:`engine.project.document`; arrays are stored bit-exact as in
:mod:`engine.project.arrays`.
"""

from engine.project.atomic import (
    atomic_write,
    atomic_write_folder,
    check_target,
    check_writable,
)
from engine.project.document import FORMAT_NAME, FORMAT_VERSION, Project
from engine.project.files import load_project, save_project

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Project",
    "atomic_write",
    "atomic_write_folder",
    "check_target",
    "check_writable",
    "load_project",
    "save_project",
]
