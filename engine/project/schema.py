"""Checking a parsed project document completely, then building the ``Project`` from it.

Everything is checked before anything is built: the format name and version, the declared
sizes (against :mod:`engine.project.limits`, before any array is decoded), the architecture
and training settings (through the engine's own ``from_dict``, so the names of activations,
costs and optimizers have one authority), the data choice, the normalisation, the history
and the layout. Only then are the weight arrays decoded and the Network built. Every fault
is a :class:`FormatProblem` saying where; :mod:`engine.project.files` adds the file name.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from engine import History, Network, NetworkSpec, TrainConfig
from engine.datasets.normalise import Normaliser
from engine.datasets.sources import SOURCE_KINDS
from engine.errors import DataError, SpecError
from engine.project.arrays import FormatProblem, decode_array, is_int, is_number, type_name
from engine.project.document import FORMAT_NAME, FORMAT_VERSION, Project
from engine.project.lesson import LessonPreset
from engine.project.limits import MAX_EPOCH, MAX_LAYERS, check_sizes
from engine.project.starting import input_features, inputs
from engine.snapshots import MAX_SNAPSHOTS, Snapshot, Snapshots
from engine.text import translate

KEYS = ("format", "version", "saved_by", "name", "network", "training", "data",
        "normalisation", "history", "layout", "features", "snapshots", "lesson")
MAX_DEPTH = 100


def project_from_document(document: Any) -> Project:
    """The Project a parsed document describes; FormatProblem naming the first fault."""
    _check_header(document)
    stored = document["network"]
    spec = _spec(stored)
    try:
        config = TrainConfig.from_dict(document.get("training", {}))
    except SpecError as error:
        raise FormatProblem(translate(
            "Project", "the training settings are damaged: {error}").format(
                error=error)) from error
    data = _data(document.get("data"))
    normaliser = _normaliser(document.get("normalisation"), spec.n_inputs)
    history = _history(document.get("history", {}))
    layout = document.get("layout", {})
    if not isinstance(layout, dict):
        raise FormatProblem(translate(
            "Project", "\"layout\" must be an object, not {kind}").format(kind=type_name(layout)))
    name = document.get("name", "")
    if not isinstance(name, str):
        raise FormatProblem(translate(
            "Project", "\"name\" must be a string, not {kind}").format(kind=type_name(name)))
    weights, biases = _arrays(stored, spec)
    try:
        network = Network.from_arrays(spec, weights, biases)
    except SpecError as error:
        raise FormatProblem(str(error)) from error
    features = _features(document.get("features"), spec.n_inputs)
    snapshots = _snapshots(document.get("snapshots"), spec, stored["dtype"])
    lesson = None if document.get("lesson") is None else LessonPreset.from_dict(
        document["lesson"])
    return Project(network, config, data, normaliser, history, layout, name, features,
                   snapshots, lesson)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise FormatProblem(translate(
            "Project", "the file holds {kind}, not a project object").format(
                kind=type_name(document)))
    if document.get("format") != FORMAT_NAME:
        from engine.export.parts import WEIGHTS_FORMAT  # only on the way to the refusal

        if document.get("format") == WEIGHTS_FORMAT:  # an easy mix-up: both are .json
            raise FormatProblem(translate(
                "Project", "it holds a network's exported weights, not a project: open or "
                "make a project and bring the weights in with File ▸ Import Weights…"))
        if "format" not in document:
            raise FormatProblem(translate(
                "Project", "it is not a Backprop Studio project (it has no \"format\"; a "
                "project's is {FORMAT_NAME})").format(FORMAT_NAME=repr(FORMAT_NAME)))
        raise FormatProblem(translate(
            "Project", "it is not a Backprop Studio project (its \"format\" is {value}, not "
            "{FORMAT_NAME})").format(
                value=f"{document.get('format')!r:.60}", FORMAT_NAME=repr(FORMAT_NAME)))
    version = document.get("version")
    if not is_int(version) or version < 1:
        raise FormatProblem(translate(
            "Project", "its \"version\" must be a whole number, not {version}").format(
                version=f"{version!r:.60}"))
    if version > FORMAT_VERSION:
        raise FormatProblem(translate(
            "Project", "it is project format version {version}, written by a newer Backprop "
            "Studio; this program reads version {FORMAT_VERSION}").format(
                version=version, FORMAT_VERSION=FORMAT_VERSION))
    unknown = sorted(set(document) - set(KEYS))
    if unknown:
        raise FormatProblem(translate(
            "Project", "it has unknown top-level keys {names}").format(
                names=', '.join(map(repr, unknown))))
    if "network" not in document:
        raise FormatProblem(translate("Project", "it has no \"network\""))


def _spec(stored: Any) -> NetworkSpec:
    if not isinstance(stored, dict) or set(stored) != {"spec", "dtype", "weights", "biases"}:
        raise FormatProblem(translate(
            "Project", "\"network\" must be an object with spec, dtype, weights and biases"))
    raw = stored["spec"]
    layers = raw.get("layers") if isinstance(raw, dict) else None
    if not isinstance(layers, list) or not 1 <= len(layers) <= MAX_LAYERS:
        raise FormatProblem(translate(
            "Project", "the architecture must list 1 to {MAX_LAYERS} layers").format(
                MAX_LAYERS=MAX_LAYERS))
    units = [layer.get("units") if isinstance(layer, dict) else None for layer in layers]
    if not is_int(raw.get("n_inputs")) or not all(is_int(n) for n in units):
        raise FormatProblem(translate(
            "Project", "the architecture's n_inputs and units must be whole numbers"))
    check_sizes(raw["n_inputs"], units)
    try:
        return NetworkSpec.from_dict(raw)
    except SpecError as error:
        raise FormatProblem(translate(
            "Project", "the architecture is not valid: {error}").format(error=error)) from error


def _arrays(stored: dict, spec: NetworkSpec) -> tuple[list, list]:
    if stored["dtype"] not in ("float64", "float32"):
        raise FormatProblem(translate(
            "Project", "the network's dtype is {stored}, not float64 or float32").format(
                stored=f"{stored['dtype']!r:.40}"))
    sizes = spec.sizes
    arrays: dict[str, list] = {}
    for key, shape_of in (("weights", lambda l: (sizes[l], sizes[l - 1])),
                          ("biases", lambda l: (sizes[l],))):
        listed = stored[key]
        if not isinstance(listed, list) or len(listed) != spec.n_layers:
            raise FormatProblem(translate(
                "Project", "the network needs {n_layers} {key} arrays, one per layer").format(
                    n_layers=spec.n_layers, key=key))
        letter = key[0].upper() if key == "weights" else "b"
        arrays[key] = [decode_array(item, f"{letter}{l}", shape_of(l))
                       for l, item in enumerate(listed, start=1)]
        if any(a.dtype.name != stored["dtype"] for a in arrays[key]):
            raise FormatProblem(translate(
                "Project", "the {key} are not all {stored}, the network's dtype").format(
                    key=key, stored=stored['dtype']))
    return arrays["weights"], arrays["biases"]


def _data(data: Any) -> dict[str, Any] | None:
    if data is None:
        return None
    if not isinstance(data, dict) or data.get("kind") not in SOURCE_KINDS:
        raise FormatProblem(translate(
            "Project", "\"data\" must be null or an object whose kind is one of {names}").format(
                names=', '.join(SOURCE_KINDS)))
    from engine.datasets.encoding import encoding_of

    try:  # a CSV's encoding (its text columns' categories) is checked now, not at training
        encoding_of(data)
    except DataError as error:
        raise FormatProblem(str(error)) from error
    return data


def _normaliser(stored: Any, n_inputs: int) -> Normaliser | None:
    if stored is None:
        return None
    if not isinstance(stored, dict) or set(stored) != {"method", "shift", "scale"}:
        raise FormatProblem(translate(
            "Project", "\"normalisation\" must be null or an object with method, shift and scale"))
    for key in ("shift", "scale"):
        values = stored[key]
        if not isinstance(values, list) or len(values) != n_inputs or not all(
                is_number(v) for v in values):
            raise FormatProblem(translate(
                "Project", "the normalisation {key} must be {n_inputs} numbers, one per "
                "input").format(key=key, n_inputs=n_inputs))
    try:
        return Normaliser.from_dict(stored)
    except DataError as error:
        raise FormatProblem(str(error)) from error


def _features(stored: Any, n_inputs: int) -> Any:
    from engine.datasets.features import FeatureMap, chosen

    if stored is None:
        return None
    if not isinstance(stored, list) or not all(isinstance(name, str) for name in stored):
        raise FormatProblem(translate(
            "Project", "\"features\" must be a list of feature names, not {kind}").format(
                kind=type_name(stored)))
    try:
        features = FeatureMap.of(stored)
    except DataError as error:
        raise FormatProblem(translate(
            "Project", "the input features are damaged: {error}").format(error=error)) from error
    if features.n_features != n_inputs or len(stored) != n_inputs:
        raise FormatProblem(translate(
            "Project", "the file lists {features}, but the network takes {inputs}").format(
                features=input_features(len(stored)), inputs=inputs(n_inputs)))
    return chosen(features)


def _snapshots(stored: Any, spec: NetworkSpec, dtype: str) -> Snapshots:
    """The weight snapshots, each checked against the architecture before it is decoded."""
    if stored is None:
        return Snapshots()
    if not isinstance(stored, list):
        raise FormatProblem(translate(
            "Project", "\"snapshots\" must be a list, not {kind}").format(kind=type_name(stored)))
    if len(stored) > MAX_SNAPSHOTS:
        raise FormatProblem(translate(
            "Project", "the file holds {n_stored} weight snapshots; at most {MAX_SNAPSHOTS} are "
            "allowed").format(n_stored=f"{len(stored):,}", MAX_SNAPSHOTS=MAX_SNAPSHOTS))
    sizes = spec.sizes
    kept = []
    for k, record in enumerate(stored):
        where = f"weight snapshot {k + 1}"
        if not isinstance(record, dict) or set(record) != {"run", "epoch", "weights", "biases"}:
            raise FormatProblem(translate(
                "Project", "{where} must be an object with run, epoch, weights and biases").format(
                    where=where))
        if not _run_id(record["run"]) or not _epoch(record["epoch"]):
            raise FormatProblem(translate(
                "Project", "{where}'s run and epoch must be whole numbers from 0").format(
                    where=where))
        arrays = []
        for key, letter, shape_of in (("weights", "W", lambda l: (sizes[l], sizes[l - 1])),
                                      ("biases", "b", lambda l: (sizes[l],))):
            listed = record[key]
            if not isinstance(listed, list) or len(listed) != spec.n_layers:
                raise FormatProblem(translate(
                    "Project", "{where} needs {n_layers} {key} arrays, one per layer").format(
                        where=where, n_layers=spec.n_layers, key=key))
            decoded = [decode_array(item, f"{where}'s {letter}{l}", shape_of(l))
                       for l, item in enumerate(listed, start=1)]
            if any(a.dtype.name != dtype for a in decoded):
                raise FormatProblem(translate(
                    "Project", "{where}'s {key} are not all {dtype}, the network's dtype").format(
                        where=where, key=key, dtype=dtype))
            if not all(np.isfinite(a).all() for a in decoded):
                raise FormatProblem(translate(
                    "Project", "{where}'s {key} hold NaN or infinite numbers").format(
                        where=where, key=key))
            arrays.append(decoded)
        kept.append(Snapshot(int(record["run"]), int(record["epoch"]),
                             tuple(_read_only(a) for a in arrays[0]),
                             tuple(_read_only(a) for a in arrays[1])))
    return Snapshots(kept)


def _read_only(array):
    array.flags.writeable = False
    return array


def _history(stored: Any) -> History:
    if not isinstance(stored, dict):
        raise FormatProblem(translate(
            "Project", "\"history\" must be an object, not {kind}").format(kind=type_name(stored)))
    columns = {"epoch": _epoch, "train_loss": is_number, "val_loss": _number_or_none,
               "learning_rate": is_number, "elapsed": is_number}
    if "run" in stored:  # files from before runs were kept have one run, made up on reading
        columns["run"] = _run_id
    unknown = set(stored) - set(columns) - {"metrics", "stop_reason", "best_epoch", "message",
                                            "current_run"}
    if unknown:
        raise FormatProblem(translate(
            "Project", "the history has unknown keys {names}").format(
                names=', '.join(map(repr, sorted(unknown)))))
    metrics = stored.get("metrics", {})
    if not isinstance(metrics, dict):
        raise FormatProblem(translate(
            "Project", "the history's metrics must be an object of lists"))
    length = len(stored.get("epoch", []) if isinstance(stored.get("epoch"), list) else [])
    named = [(key, stored.get(key, []), valid) for key, valid in columns.items()]
    named += [(f"metrics.{key}", values, _number_or_none) for key, values in metrics.items()]
    for key, values, valid in named:
        if not isinstance(values, list) or len(values) != length or not all(map(valid, values)):
            what = (translate("Project", "whole numbers from 0 to {most}").format(
                most=f"{MAX_EPOCH:,}") if key == "epoch" else translate("Project", "numbers"))
            raise FormatProblem(translate(
                "Project", "the history's {key} must be a list of {length} {what}").format(
                    key=key, length=length, what=what))
    for key, valid in (("stop_reason", str), ("message", str), ("best_epoch", int),
                       ("current_run", int)):
        value = stored.get(key)
        if value is not None and (not isinstance(value, valid) or isinstance(value, bool)):
            raise FormatProblem(translate(
                "Project", "the history's {key} is {value}, which is not valid").format(
                    key=key, value=f"{value!r:.60}"))
    return History.from_dict(stored)


def _epoch(value: Any) -> bool:
    return is_int(value) and 0 <= value <= MAX_EPOCH


def _run_id(value: Any) -> bool:
    return is_int(value) and value >= 0


def _number_or_none(value: Any) -> bool:
    return value is None or is_number(value)


def check_plain(value: Any, where: str, depth: int = 0) -> None:
    """Refuse anything json cannot write exactly: NaN, infinities, non-string keys, objects."""
    if depth > MAX_DEPTH:
        raise FormatProblem(translate(
            "Project", "{where} is nested more than {MAX_DEPTH} levels deep").format(
                where=where, MAX_DEPTH=MAX_DEPTH))
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FormatProblem(translate(
                "Project", "{where} holds {value}, which a project cannot store").format(
                    where=where, value=value))
        return
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            check_plain(item, f"{where}[{i}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise FormatProblem(translate(
                    "Project", "{where} has the key {key}; keys must be strings").format(
                        where=where, key=repr(key)))
            check_plain(item, f"{where}.{key}", depth + 1)
        return
    raise FormatProblem(translate(
        "Project", "{where} holds a {name}, which JSON cannot store").format(
            where=where, name=type(value).__name__))
