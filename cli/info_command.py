"""``info``: what a project holds, in the notes' terms, without loading its data."""

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
    from engine.project import load_project

    project = load_project(args.project)
    spec = project.network.spec
    normaliser = project.normaliser
    lines = [
        f"project: {project.name or '(unnamed)'} ({args.project})",
        f"network: {describe.architecture(spec)}",
        *(f"  {line}" for line in describe.layer_lines(spec)),
        f"  weights: {project.network.dtype.name}",
        f"  inputs: {_inputs(project)}",
        f"data: {describe.data_source(project.data)}",
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
