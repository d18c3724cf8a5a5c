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
        f"  outputs: {_outputs(spec, class_names)}",
        f"data: {describe.data_source(project.data)}",
        *([f"  encoding: {encoding}"] if (encoding := describe.encoding(project.data)) else []),
        f"  feature names: {_names(feature_names)}",
        f"  class names: {_names(class_names)}",
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


def _outputs(spec: Any, class_names: Any) -> str:
    """What the outputs stand for: the classes (one output: the second class's probability)."""
    if class_names is None:
        return f"{spec.layers[-1].units} value(s)"
    if spec.output_activation == "step":  # M-P neurons: 0 or 1, not a probability
        if spec.layers[-1].units == 1:
            return f"1 for {class_names[1]}, 0 for {class_names[0]} (a step neuron)"
        return "one step neuron per class, in the order of the class names: 1 where it fires"
    if spec.layers[-1].units == 1:
        return f"P({class_names[1]}); {class_names[0]} below 0.5"
    return "one per class, in the order of the class names; the largest wins"
