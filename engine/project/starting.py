"""Starting a project from data, and rebuilding a project's training data: shared by the
command line and the GUI, so both shape networks and split data the same way.

The data decide the output layer: two classes get one sigmoid unit with bce (Y is a single
0/1 column), k classes get k softmax units with cce, regression gets linear units with mse.
A ``loss`` given by the user overrides the choice where another combination works (mse on
sigmoid outputs, bce on k sigmoid outputs) and is refused with a SpecError where it cannot.
Step neurons (the notes' M-P neurons) make a step output too, with mse, and the project then
trains by the perceptron rule: the one network gradient descent cannot train and it can.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.config import TrainConfig
from engine.errors import DataError, SpecError
from engine.network import Network
from engine.project.document import Project
from engine.spec import LayerSpec, NetworkSpec
from engine.text import translate


def _shown(ds: Any) -> str:
    """The data's name as the interface says it (a built-in's title, not "gaussian_bump")."""
    from engine.datasets.sources import display_name

    return display_name(ds) if hasattr(ds, "source") else (getattr(ds, "name", "") or "")


def output_layer(ds: Any, loss: str | None = None,
                 activation: str | None = None) -> tuple[LayerSpec, str]:
    """The output LayerSpec and loss for ``ds``; SpecError when ``loss`` cannot fit it.

    ``activation`` "step" asks for M-P neurons instead of the data's usual output: one step
    unit per 0/1 target column (two classes: one), with the cost a step output can take
    (``output_costs``), for the perceptron rule to train."""
    k = ds.n_outputs
    if activation == "step":
        if ds.task == "regression":
            raise SpecError(translate(
                "Project", "step outputs are 0 or 1, but {name} is a regression set (numeric "
                "targets): choose another activation").format(
                    name=_shown(ds) or translate("Project", "this data")))
        allowed = output_costs("step", k)
        return LayerSpec(units=k, activation="step"), loss or allowed[0]
    if ds.task == "regression":
        if loss not in (None, "mse"):
            raise SpecError(translate(
                "Project", "the loss {loss} is for classes, but {name} is a regression set "
                "(numeric targets): choose mse").format(
                    loss=loss, name=_shown(ds) or translate("Project", "this data")))
        return LayerSpec(units=k, activation="linear"), "mse"
    loss = loss or ("bce" if k == 1 else "cce")
    if loss == "cce" and k == 1:
        raise SpecError(translate(
            "Project", "cce needs one softmax output per class, but two-class data has a single "
            "0/1 target column: choose bce (or mse)"))
    return LayerSpec(units=k, activation="softmax" if loss == "cce" else "sigmoid"), loss


def output_costs(activation: str, units: int) -> list[str]:
    """The costs an output layer of ``units`` ``activation`` neurons can take, by
    ``NetworkSpec``'s one rule of which outputs go with which cost (step: mse only)."""
    from engine import costs

    allowed = []
    for name in costs.NAMES:
        try:
            NetworkSpec(n_inputs=1, layers=[LayerSpec(units=units, activation=activation)],
                        loss=name)
        except SpecError:
            continue
        allowed.append(name)
    return allowed


def output_mode(spec: NetworkSpec, mode: str) -> str:
    """The training mode a new project of ``spec`` starts with: the perceptron rule for step
    outputs (gradient descent cannot train them), else ``mode``; SpecError, saying what to
    choose instead, when no mode can train ``spec`` (``engine.trainer.check_trainable``, the
    one rule of which nets a mode trains)."""
    from engine.trainer import check_trainable

    if spec.output_activation == "step":
        mode = "perceptron"
    check_trainable(spec, mode)
    return mode


def fit_problem(spec: NetworkSpec, ds: Any, features: Any = None) -> str | None:
    """Why a network of ``spec`` cannot learn ``ds`` as it is (seen through the input
    ``features``, None for the raw ones), in words; None when it can: the one check of data
    against a network, for the window, the files and the command line."""
    from engine.datasets.features import features_problem, input_width

    name = _shown(ds) or translate("Project", "the data")
    problem = features_problem(ds, features)
    if problem is not None:
        return problem
    width = input_width(ds, features)
    if width != spec.n_inputs:
        if features is not None:
            return translate(
                "Project", "the {features} of {name} do not match the network's {inputs}").format(
                    features=input_features(width, chosen=features), name=name,
                    inputs=inputs(spec.n_inputs))
        if ds.n_outputs != spec.n_outputs:  # both ends differ: say both
            return translate(
                "Project", "{name} has {features} and needs {outputs}, but the network takes "
                "{inputs} and has {n}").format(
                    name=name, features=input_features(ds.n_features),
                    outputs=output_units(ds.n_outputs), inputs=inputs(spec.n_inputs),
                    n=spec.n_outputs)
        return translate("Project", "{name} has {features}, but the network takes {inputs}").format(
            name=name, features=input_features(ds.n_features), inputs=inputs(spec.n_inputs))
    if ds.n_outputs != spec.n_outputs:
        return translate("Project", "{name} needs {outputs}, but the network has {n}").format(
            name=name, outputs=output_units(ds.n_outputs), n=spec.n_outputs)
    try:
        output_layer(ds, spec.loss)
    except SpecError as error:
        return str(error)
    return None


def input_features(n: int, chosen: Any = None) -> str:
    """"1 input feature", "3 input features x1, x2, x1^2" (with the ``chosen`` ones): a whole
    phrase per number, so that a language without plurals says it its own way."""
    if chosen is None:
        template = (translate("Project", "{n} input feature") if n == 1
                    else translate("Project", "{n} input features"))
    else:
        template = (translate("Project", "{n} input feature {names}") if n == 1
                    else translate("Project", "{n} input features {names}"))
    return template.format(n=f"{n:,}", names=chosen)


def inputs(n: int) -> str:
    return (translate("Project", "{n} input") if n == 1
            else translate("Project", "{n} inputs")).format(n=f"{n:,}")


def output_units(n: int) -> str:
    return (translate("Project", "{n} output unit") if n == 1
            else translate("Project", "{n} output units")).format(n=f"{n:,}")


def check_buildable(spec: NetworkSpec) -> None:
    """SpecError unless a network of ``spec`` is within the project files' limits
    (``engine.project.limits``): checked before a single weight is drawn."""
    from engine.project.arrays import FormatProblem
    from engine.project.limits import check_sizes

    try:
        check_sizes(spec.n_inputs, [layer.units for layer in spec.layers])
    except FormatProblem as problem:
        raise SpecError(translate(
            "Project", "{problem}: choose smaller hidden layers").format(
                problem=problem)) from None


def new_project(ds: Any, hidden: list[int], activation: str = "tanh", loss: str | None = None,
                seed: int = 0, normalisation: str | None = None,
                config: TrainConfig | None = None, features: Any = None) -> Project:
    """A fresh project on ``ds``: hidden layers of ``activation``, an output layer fitting the
    data (step neurons when ``activation`` is step: with no hidden layer, a perceptron whose
    ``config`` trains by the perceptron rule; with hidden layers, refused, as no mode trains
    it), the input ``features`` (names or a FeatureMap; None: the raw ones; only for data
    with two raw features) and the normalisation (default: standardise, none for images)
    fitted on the training rows' features only."""
    from engine.datasets.features import chosen, features_problem, fit_inputs, input_width

    features = chosen(features)
    problem = features_problem(ds, features)
    if problem is not None:
        raise DataError(problem)
    output, loss = output_layer(ds, loss, "step" if activation == "step" else None)
    layers = [LayerSpec(units=units, activation=activation) for units in hidden]
    spec = NetworkSpec(n_inputs=input_width(ds, features), layers=[*layers, output], loss=loss)
    config = config or TrainConfig()
    mode = output_mode(spec, config.mode)
    if mode != config.mode:
        config = dataclasses.replace(config, mode=mode)
    check_buildable(spec)
    method = normalisation or ("none" if ds.image_shape is not None else "standardise")
    normaliser = fit_inputs(ds.split()[0].X, features, method)
    from engine.datasets.sources import recorded_source

    return Project(Network(spec, seed=seed), config, data=recorded_source(ds),
                   normaliser=normaliser, name=ds.name, features=features)


@dataclass(frozen=True)
class TrainingData:
    """A project's data as training sees it: split as stored, its input features computed
    and normalised as stored (``X`` and ``X_val`` are what the first layer takes)."""

    dataset: Any
    X: np.ndarray
    Y: np.ndarray
    X_val: np.ndarray | None
    Y_val: np.ndarray | None
    #: how a data file differs from the one the project was saved with (None: it does not,
    #: or the project did not record it); said when the project opens
    data_changes: str | None = None

    @property
    def task(self) -> str:
        return self.dataset.task


def training_data(ds: Any, spec: NetworkSpec, normaliser: Any = None,
                  where: str = "the project", features: Any = None) -> TrainingData:
    """Split ``ds`` by its own share and seed, compute the input ``features`` (None: raw)
    and normalise both parts with ``normaliser``; DataError (naming ``where``) when the data
    do not fit the network."""
    _check_fit(ds, spec, where, features)
    return _normalised(ds, *ds.split(), normaliser, features)


def fitted_training_data(ds: Any, spec: NetworkSpec, method: str, where: str = "the data",
                         features: Any = None) -> tuple[Any, TrainingData]:
    """(normaliser, training data): ``ds`` split once, the normaliser of ``method`` fitted on
    the training part's input ``features`` alone (None for "none") and applied to both
    parts."""
    from engine.datasets.features import fit_inputs

    _check_fit(ds, spec, where, features)
    train, validation = ds.split()
    normaliser = fit_inputs(train.X, features, method)
    return normaliser, _normalised(ds, train, validation, normaliser, features)


def _check_fit(ds: Any, spec: NetworkSpec, where: str, features: Any = None) -> None:
    problem = fit_problem(spec, ds, features)
    if problem is not None:
        raise DataError(f"{where}: {problem}")


def _normalised(ds: Any, train: Any, validation: Any, normaliser: Any,
                features: Any = None) -> TrainingData:
    from engine.datasets.features import network_inputs

    def normalise(X):
        return network_inputs(X, features, normaliser)

    has_validation = validation.n_samples > 0
    return TrainingData(
        dataset=ds, X=normalise(train.X), Y=train.Y,
        X_val=normalise(validation.X) if has_validation else None,
        Y_val=validation.Y if has_validation else None)


def project_training_data(project: Project, where: str = "the project") -> TrainingData:
    """The training data of ``project``, rebuilt from its data choice."""
    from engine import datasets

    if project.data is None:
        raise DataError(translate(
            "Project", "{where} has no data to train on; make the project with 'new' or choose "
            "data in the program").format(where=where))
    from engine.datasets.data_changes import changes

    dataset = datasets.from_source(project.data)
    data = training_data(dataset, project.network.spec, project.normaliser, where,
                         project.features)
    note = changes(project.data, dataset)
    return data if note is None else dataclasses.replace(data, data_changes=note)
