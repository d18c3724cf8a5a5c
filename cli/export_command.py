"""``export``: a project's trained network as npz, json, csv, onnx, a Python predictor or a
PyTorch module.

The project's input features and normalisation go with it: ONNX and the predictors compute and
apply them themselves (they take raw features), the others store the feature names and the
statistics next to the weights. Every format names the classes and the features when the
project's data can be read; the PyTorch module also gets the project's optimizer. A CSV
project's one-hot encoding of text columns is read from the project itself (its data
choice), so the ONNX model and the scripts take the raw columns even when the file is gone.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.parser import add_force, output_path, refuse_data_file, say

#: engine.export.FORMATS, written out so that building the parser imports no numpy (a test
#: keeps the two equal)
FORMATS = ("npz", "json", "csv", "onnx", "py", "torch")

BY_SUFFIX = {".npz": "npz", ".json": "json", ".zip": "csv", ".csv": "csv", ".onnx": "onnx",
             ".py": "py"}


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export", help="export a project's weights",
        description="Write a project's network for use elsewhere: .npz, .json, CSV files (a "
                    "folder, or a .zip), ONNX, a standalone numpy predictor script (py), or a "
                    "PyTorch module (torch: FILE.py and its weights in FILE.safetensors).")
    parser.add_argument("project", metavar="PROJECT", help="the project file")
    parser.add_argument("--format", choices=FORMATS,
                        help="the export format (default: from the --out file's extension)")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write (for csv: a .zip file or a folder; for torch: "
                             "a .py file, its weights beside it in .safetensors)")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from engine.errors import SpecError
    from engine.export import export_network, torch_weights_path
    from engine.export.names import data_facts
    from engine.project import load_project

    out = Path(args.out)
    fmt = args.format or BY_SUFFIX.get(out.suffix.lower())
    if fmt is None:
        raise SpecError(f"cannot tell the export format from {out.name!r}: add --format "
                        f"{'|'.join(FORMATS)}")
    named = BY_SUFFIX.get(out.suffix.lower())
    if named is not None and named != fmt and not (fmt == "torch" and named == "py"):
        # an ONNX model called y.npz would be opened as NumPy arrays and fail there
        article = "an" if named[0] in "aeiouno" else "a"  # an npz, an onnx, a py
        raise SpecError(f"--out {out.name} is named as {article} {named} file but --format {fmt} "
                        f"writes {fmt}: give it the format's ending or leave --format out")
    if out.resolve() == Path(args.project).resolve():
        raise SpecError(f"--out {out} is the project itself; choose another file name")
    output_path(args.out, args.force, folder=fmt == "csv")
    written = str(out)
    if fmt == "csv" and out.suffix.lower() != ".zip":  # "x.csv" too: a folder, not one file
        written = f"the folder {out} (one CSV file per matrix)"
    if fmt == "torch":
        if out.suffix.lower() != ".py":
            raise SpecError(f"--format torch writes a Python module: give --out a .py name, "
                            f"not {out.name!r}")
        weights = torch_weights_path(out)
        if weights.resolve() == Path(args.project).resolve():
            raise SpecError(f"the weights file {weights} would be the project itself; choose "
                            "another --out name")
        output_path(str(weights), args.force)
        written = f"{out} and {weights}"
    from engine.datasets import text_encodings
    from engine.datasets.encoding import encoding_of
    from engine.datasets.sources import source_files

    project = load_project(args.project)
    data_files = source_files(project.data)
    refuse_data_file(out, data_files)
    if fmt == "torch":
        refuse_data_file(torch_weights_path(out), data_files)
    class_names, feature_names, rows = data_facts(project)
    from engine.export.parts import TargetScale, parts_of
    from engine.export.usage import untrained_note, usage_note

    names = {"class_names": class_names, "feature_names": feature_names,
             "encoding": encoding_of(project.data),
             "target": TargetScale.of_outputs(project.data, class_names)}
    export_network(project.network, out, fmt, project.normaliser, project.features,
                   config=project.config, training_rows=rows,
                   text_encoding=text_encodings.of_source(project.data), **names)
    chosen = ("" if args.format or fmt != "py"
              else ": the numpy predictor; --format torch writes a PyTorch module")
    say(f"wrote {written} ({fmt}{chosen}): the {'-'.join(map(str, project.network.spec.sizes))} "
        f"network of {args.project}")
    say(usage_note(fmt, parts_of(project.network, project.normaliser, project.features,
                                 **names)))
    untrained = untrained_note(project.history)
    if untrained:
        say(untrained)
    return 0
