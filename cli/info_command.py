"""``info``: what a project holds, in the notes' terms. Its data are read only for the names
of the classes and of the raw features (an unreadable data file leaves them out)."""

from __future__ import annotations

import argparse
from typing import Any

from cli.parser import say


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "info", help="describe a project",
        description="Describe a project: its architecture in the notes' terms, its data, its "
                    "training settings and its last losses.")
    parser.add_argument("project", metavar="PROJECT", help="the project file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cli import describe
    from engine.export import data_names
    from engine.project import load_project

    project = load_project(args.project)
    class_names, feature_names = data_names(project)
    spec = project.network.spec
    normaliser = project.normaliser
    lines = [
        f"project: {project.name or '(unnamed)'} ({args.project})",
        f"network: {describe.architecture(spec)}",
        *(f"  {line}" for line in describe.layer_lines(spec)),
        f"  weights: {project.network.dtype.name}",
        f"  inputs: {_inputs(project)}",
        f"  outputs: {_outputs(spec, class_names, project.data)}",
        f"data: {describe.data_source(project.data)}",
        *([f"  encoding: {encoding}"] if (encoding := describe.encoding(project.data)) else []),
        f"  feature names: {_names(feature_names)}",
        f"  class names: {_class_names(class_names, spec, project.data)}",
        f"  normalisation: {normaliser.method if normaliser is not None else 'none'}",
        f"training: {describe.training(project.config)}",
        f"history: {describe.history(project.history)}",
    ]
    for line in lines:
        say(line)
    return 0


def _inputs(project: Any) -> str:
    """The network's inputs: its input features, or the raw features."""
    features = project.features
    if features is None:
        return "the raw features"
    return (f"the input features {features} ({', '.join(features.display_names)}), computed "
            "from the raw x1, x2")


def _names(names: Any) -> str:
    if names is None:
        return "(not known)"
    shown = ", ".join(names[:20])
    return shown + (f", … ({len(names)} in all)" if len(names) > 20 else "")


def _is_regression(spec: Any, class_names: Any, data: Any) -> bool:
    """Whether the project's outputs are numbers (its data say so, or mse with no classes)."""
    options = data.get("options") if isinstance(data, dict) else None
    task = options.get("task") if isinstance(options, dict) else None
    return task == "regression" or (task is None and class_names is None and spec.loss == "mse")


def _target(data: Any) -> str | None:
    """The regression target by name, with its units when it was divided ("price ÷ 100,000;
    times 100,000 it is price"), or None when the data do not name it."""
    from engine.datasets.csv_reader import divisor_text
    from engine.export.parts import TargetScale

    scale = TargetScale.of_source(data)
    if scale is not None:
        return (f"{scale.divided_name()} (times {divisor_text(scale.divisor)} it is "
                f"{scale.name})")
    options = data.get("options") if isinstance(data, dict) else None
    target = options.get("target") if isinstance(options, dict) else None
    if isinstance(target, str):
        return target
    if isinstance(target, list) and target and all(isinstance(t, str) for t in target):
        return ", ".join(target)
    return None


def _class_names(class_names: Any, spec: Any, data: Any) -> str:
    if class_names is None and _is_regression(spec, class_names, data):
        return "none (a regression: the outputs are numbers)"
    return _names(class_names)


def _outputs(spec: Any, class_names: Any, data: Any = None) -> str:
    """What the outputs stand for: the classes (one output: the second class's probability),
    or the regression's target."""
    if class_names is None:
        units = spec.layers[-1].units
        count = "1 value" if units == 1 else f"{units} values"
        target = _target(data) if _is_regression(spec, class_names, data) else None
        return f"{count}, {target}" if target else count
    if spec.output_activation == "step":  # M-P neurons: 0 or 1, not a probability
        if spec.layers[-1].units == 1:
            return f"1 for {class_names[1]}, 0 for {class_names[0]} (a step neuron)"
        return "one step neuron per class, in the order of the class names: 1 where it fires"
    if spec.layers[-1].units == 1:
        return f"P({class_names[1]}); {class_names[0]} below 0.5"
    return "one per class, in the order of the class names; the largest wins"
