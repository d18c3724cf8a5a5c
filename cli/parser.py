"""The argument parser: one sub-command per module, and errors of one line with exit code 2.

argparse's own ``error`` prints the whole usage block before the message; a user who
mistyped one option wants the one line that says what is wrong, and a script wants exit
code 2. ``OneLineParser`` does both, for the top level and for every sub-command.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import NoReturn

USAGE_ERROR = 2


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message} (try --help)\n")


def build_parser() -> OneLineParser:
    """The parser of ``new``, ``train``, ``export`` and ``info``, each with its ``run``."""
    from cli import export_command, info_command, new_command, train_command

    parser = OneLineParser(
        prog="backprop-studio",
        description="The headless command line of Backprop Studio: create, train, export and "
                    "describe project files.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     parser_class=OneLineParser)
    for module in (new_command, train_command, export_command, info_command):
        module.add_parser(commands)
    return parser


def parse_hidden(text: str) -> list[int]:
    """``--hidden 4,4`` → [4, 4]; ``--hidden none`` (or ``0``, or empty) → no hidden layer."""
    if text.strip().lower() in ("", "none", "0"):
        return []
    try:
        units = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of layer sizes such as 4,4 (or 'none')") from None
    if any(n < 1 for n in units):
        raise argparse.ArgumentTypeError(f"{text!r}: every hidden layer needs at least 1 neuron")
    from engine.project.arrays import FormatProblem
    from engine.project.limits import MAX_LAYERS, check_layers

    if len(units) + 1 > MAX_LAYERS:
        raise argparse.ArgumentTypeError(
            f"{len(units):,} hidden layers and the output make {len(units) + 1:,} layers; at "
            f"most {MAX_LAYERS:,} are allowed")
    try:  # the project files' limits, before any data is read (the output layer is 1 or more)
        check_layers([*units, 1])
    except FormatProblem as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None
    return units


def parse_features(text: str) -> list[str]:
    """``--features 'x1^2,x2^2'`` → ["x1^2", "x2^2"] (``engine.datasets.features``'s names;
    "x₁²", "sin x1", "x1x2" are read too; "all" is every feature)."""
    from engine.datasets.features import FeatureMap
    from engine.errors import DataError

    try:
        return FeatureMap.of(text).to_list()
    except DataError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def output_path(text: str, force: bool, *, updating: str | None = None,
                folder: bool = False, data: tuple[str, ...] = ()) -> Path:
    """The file (or folder) a command is about to write, checked before any work: refused
    when it exists, unless ``force`` or it is ``updating`` (the input the command saves in
    place), and when it cannot be written (a missing or read-only folder, a read-only file).
    Every command that writes (``new``, ``train --out``, ``export``) asks here; ``folder``:
    the output may be a folder (CSV exports). ``data``: the files the project's data are
    read from, never written over, ``--force`` or not (a CSV overwritten by a project is
    gone, and the project would read itself as its data)."""
    from engine.errors import ProjectError
    from engine.project import check_writable

    out = Path(text)
    refuse_data_file(out, data)
    if out.is_dir() and not folder:
        raise ProjectError(f"cannot write {out}: it is a folder, not a file")
    same = updating is not None and out.exists() and out.resolve() == Path(updating).resolve()
    if out.exists() and not (force or same):
        raise ProjectError(f"{out} already exists; choose another --out or add --force")
    if not out.parent.is_dir():
        raise ProjectError(f"cannot write {out}: the folder {out.parent} does not exist")
    check_writable(out)
    return out


def refuse_data_file(out: Path, data: tuple[str, ...]) -> None:
    """Refuse to write ``out`` when it is one of ``data``, the files a project's data come
    from (``engine.datasets.sources.source_files``)."""
    from engine.errors import ProjectError

    if out.exists() and any(Path(path).exists() and out.resolve() == Path(path).resolve()
                            for path in data):
        raise ProjectError(f"--out {out} is the project's data file; writing there would "
                           "lose the data: choose another file name")


def add_force(parser: argparse.ArgumentParser) -> None:
    """The ``--force`` of every command that writes (see ``output_path``)."""
    parser.add_argument("--force", action="store_true",
                        help="overwrite an existing file of the --out name")


def parse_param(text: str) -> tuple[str, object]:
    """``--param noise=0.2`` → ("noise", 0.2); whole numbers stay whole, words stay words."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE, e.g. n_samples=500")
    for convert in (int, float):
        try:
            return key, convert(value)
        except ValueError:
            pass
    return key, value


def positive_int(text: str) -> int:
    return _checked(text, int, "a whole number", lambda n: n >= 1, "must be at least 1")


def positive_number(text: str) -> float:
    return _checked(text, float, "a number", lambda x: math.isfinite(x) and x > 0,
                    "must be a finite number greater than 0")


def whole_number(text: str) -> int:
    return _checked(text, int, "a whole number", lambda n: n >= 0, "must not be negative")


def setting(name: str):
    """The argparse type of the training setting ``name``: its one range
    (``engine.config.LIMITS``), so the command line accepts what the window and the project
    files accept, and refuses the rest saying the range."""
    from engine.config import LIMITS, SETTING_NAMES
    from engine.errors import SpecError

    bounds = LIMITS[name]

    def parse(text: str):
        try:
            # "argument --lr: the learning rate η must be …", as the window says it
            return bounds.parse(text, SETTING_NAMES[name])
        except SpecError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = name  # argparse names the type in its messages
    return parse


def _checked(text: str, convert, kind: str, acceptable, requirement: str):
    """``text`` read by ``convert``; a refusal says what it is not (``kind``) or, when
    ``acceptable`` fails, what it must be. The number options differ only in these."""
    try:
        value = convert(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {kind}") from None
    if not acceptable(value):
        raise argparse.ArgumentTypeError(f"{text} {requirement}")
    return value


def say(message: str) -> None:
    """One line of output for the user, on stdout."""
    sys.stdout.write(message + "\n")
    sys.stdout.flush()
