"""Files the program ships: example projects (``examples/*.bps.json``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def example_projects() -> list[Path]:
    """The shipped example projects, by file name."""
    folder = resources.files(__name__) / "examples"
    return sorted(Path(str(entry)) for entry in folder.iterdir()
                  if entry.name.endswith(".bps.json"))
