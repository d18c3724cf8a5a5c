"""The ``Project`` record and its JSON document, format ``backprop-studio-project`` version 1.

A project is everything needed to carry on where one stopped: the network (architecture
and exact weights), the training settings, the data choice (not the data: the description
``engine.datasets.from_source`` rebuilds it from), the input normalisation fitted on the
training rows, the training history, and the GUI's canvas layout. The document::

    {"format": "backprop-studio-project", "version": 1, "saved_by": "Backprop Studio 0.1.0",
     "name": "xor demo",
     "network": {"spec": {NetworkSpec.to_dict()}, "dtype": "float64",
                 "weights": [ARRAY, ...], "biases": [ARRAY, ...]},
     "training": {TrainConfig.to_dict()},
     "data": {Dataset.source} | null,
     "normalisation": {Normaliser.to_dict()} | null,
     "history": {History.to_dict()},
     "layout": {anything JSON the GUI wants},
     "features": ["x1^2", "x2^2", ...],
     "snapshots": [{"run": 0, "epoch": 0, "weights": [ARRAY, ...], "biases": [ARRAY, ...]}],
     "lesson": {LessonPreset.to_dict()}}

``features`` (``engine.datasets.features``) is written only when the network takes input
features other than the raw ones (x₁², sin x₁, … of data with two raw features); a file
without it (every older file) takes the raw features. ``snapshots`` (``engine.snapshots``: the
weights at some of the epochs trained, for the history scrubber) is written only when there are
some of the network's shapes; a file without it has none. ``lesson``
(``engine.project.lesson``: a teacher's lesson preset, the panels shown and the controls
locked when the project opens) is written only when the project has one; a file without it
opens as the window was.

ARRAY is :mod:`engine.project.arrays`' bit-exact ``{"dtype", "shape", "base64"}``; weights
are the notes' Wˡ of shape (Nₗ, Nₗ₋₁). Numbers elsewhere are JSON numbers, which Python
writes with the shortest repr that reads back to the same float. NaN and infinities are
never written and refused on reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine import History, Network, TrainConfig
from engine.datasets.features import FeatureMap
from engine.datasets.normalise import Normaliser
from engine.project.arrays import encode_array
from engine.project.lesson import LessonPreset
from engine.snapshots import Snapshots

#: the ending of a project file's name (``xor.bps.json``): the window's dialogs, autosaves and
#: lessons use it; any ``.json`` name opens
PROJECT_SUFFIX = ".bps.json"
FORMAT_NAME = "backprop-studio-project"
FORMAT_VERSION = 1


@dataclass(eq=False)
class Project:
    """One project: a network and everything about how it was, and will be, trained.

    ``data`` is a ``Dataset.source`` dict (built-in name and parameters, painted points, or
    a file path and import options), or None before data is chosen. ``normaliser`` maps raw
    features to what the first layer sees; None means raw features go in unchanged.
    ``history`` holds the end-of-epoch losses and metrics of every run so far. ``layout``
    is the GUI's own (node positions and the like), kept as given. ``features`` is the
    ``FeatureMap`` of the input features computed from the raw ones before the normaliser
    (x₁², sin x₁, …), or None for the raw features themselves.
    """

    network: Network
    config: TrainConfig = field(default_factory=TrainConfig)
    data: dict[str, Any] | None = None
    normaliser: Normaliser | None = None
    history: History = field(default_factory=History)
    layout: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    features: FeatureMap | None = None
    #: the weights at some of the epochs trained (``engine.snapshots``), for the scrubber
    snapshots: Snapshots = field(default_factory=Snapshots)
    #: the teacher's lesson preset the project opens with (``engine.project.lesson``), if any
    lesson: LessonPreset | None = None

    @property
    def spec(self) -> Any:
        return self.network.spec

    def __repr__(self) -> str:
        data = self.data.get("name") or self.data.get("kind") if self.data else None
        return (f"Project({self.name!r}, {self.network!r}, data={data!r}, "
                f"{len(self.history)} epochs trained)")


def project_document(project: Project) -> dict[str, Any]:
    """The JSON-ready document of ``project`` (see the module doc)."""
    from engine import __version__

    net = project.network
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "saved_by": f"Backprop Studio {__version__}",
        "name": project.name,
        "network": {
            "spec": net.spec.to_dict(),
            "dtype": net.dtype.name,
            "weights": [encode_array(W) for W in net.weights],
            "biases": [encode_array(b) for b in net.biases],
        },
        "training": project.config.to_dict(),
        "data": project.data,
        "normalisation": None if project.normaliser is None else project.normaliser.to_dict(),
        "history": _plain_history(project.history),
        "layout": project.layout,
    }
    if project.features is not None:
        document["features"] = project.features.to_list()
    kept = Snapshots([s for s in project.snapshots if s.fits(net.weights, net.biases)])
    if len(kept):
        document["snapshots"] = kept.to_dict()
    if project.lesson is not None:
        document["lesson"] = project.lesson.to_dict()
    return document


def _plain_history(history: History) -> dict[str, Any]:
    """The history with numpy scalars made Python numbers, which JSON writes exactly."""
    stored = history.to_dict()
    for key in ("train_loss", "val_loss", "learning_rate", "elapsed"):
        stored[key] = [_number(v) for v in stored[key]]
    stored["epoch"] = [int(v) for v in stored["epoch"]]
    stored["run"] = [int(v) for v in stored["run"]]
    stored["current_run"] = int(stored["current_run"])
    stored["metrics"] = {name: [_number(v) for v in values]
                         for name, values in stored["metrics"].items()}
    if stored["best_epoch"] is not None:
        stored["best_epoch"] = int(stored["best_epoch"])
    return stored


def _number(value: Any) -> Any:
    return None if value is None else float(value)
