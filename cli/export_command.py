"""``export``: a project's trained network as npz, json, csv, onnx or a Python predictor.

The project's input features and normalisation go with it: ONNX and the predictor compute and
apply them themselves (they take raw features), the others store the feature names and the
statistics next to the weights.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.parser import add_force, output_path, say

FORMATS = ("npz", "json", "csv", "onnx", "py")
BY_SUFFIX = {".npz": "npz", ".json": "json", ".zip": "csv", ".csv": "csv", ".onnx": "onnx",
             ".py": "py"}


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export", help="export a project's weights",
        description="Write a project's network for use elsewhere: .npz, .json, CSV files (a "
                    "folder, or a .zip), ONNX, or a standalone numpy predictor script.")
    parser.add_argument("project", metavar="PROJECT", help="the project file")
    parser.add_argument("--format", choices=FORMATS,
                        help="the export format (default: from the --out file's extension)")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write (for csv: a .zip file or a folder)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from engine.errors import SpecError
    from engine.export import export_network
    from engine.project import load_project

    out = Path(args.out)
    fmt = args.format or BY_SUFFIX.get(out.suffix.lower())
    if fmt is None:
        raise SpecError(f"cannot tell the export format from {out.name!r}: add --format "
                        f"{'|'.join(FORMATS)}")
    if out.resolve() == Path(args.project).resolve():
        raise SpecError(f"--out {out} is the project itself; choose another file name")
    output_path(args.out, args.force, folder=fmt == "csv")
    project = load_project(args.project)
    export_network(project.network, out, fmt, project.normaliser, project.features)
    say(f"wrote {out} ({fmt}): the {'-'.join(map(str, project.network.spec.sizes))} network of "
        f"{args.project}")
    return 0
