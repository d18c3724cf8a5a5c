"""``train``: continue training a project and save it, in place or to ``--out``.

The data are rebuilt from the project's data choice and split exactly as when the project
was made (the split's share and seed travel with the source), and the stored normalisation
is applied unchanged. The file to write is checked first (``--out`` onto an existing file
needs ``--force``; a read-only file or folder is refused before any training). Nothing is
written until training has ended well: a run that diverges leaves every file as it was and
exits 2. Ctrl+C saves what was trained and exits 130.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.parser import add_force, output_path, refuse_data_file, say, setting


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "train", help="train a project and save it",
        description="Train a project's network on its data; the settings given here replace "
                    "the project's and are saved with it.")
    from engine import optimizers
    from engine.config import MODES

    parser.add_argument("project", metavar="PROJECT", help="the project file to train")
    parser.add_argument("--epochs", type=setting("epochs"), help="epochs to train in this run")
    parser.add_argument("--mode", choices=MODES, help="how samples are batched")
    parser.add_argument("--batch", type=setting("batch_size"), metavar="M",
                        help="minibatch size")
    parser.add_argument("--optimizer", choices=optimizers.NAMES, help="the update rule")
    parser.add_argument("--lr", type=setting("learning_rate"), metavar="ETA",
                        help="learning rate η")
    parser.add_argument("--seed", type=setting("seed"), help="seed of the shuffling order")
    parser.add_argument("--data", metavar="FILE", nargs="+",
                        help="where the project's CSV file (or image folder, or its two IDX "
                        "files: IMAGES LABELS) is now, when it has moved; the project saves "
                        "the new place")
    parser.add_argument("--text-encoding", metavar="NAME",
                        help="with --data: the CSV file's text encoding there (e.g. utf-8 for a "
                        "copy saved again as UTF-8, cp1252, gb18030); by default the one "
                        "recorded, or UTF-8 for a copy that is UTF-8 text")
    parser.add_argument("--out", metavar="PROJECT", help="save here instead of in place")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cli import INTERRUPTED, describe
    from cli.progress import run_with_progress
    from engine.datasets.sources import source_files
    from engine.divergence import lower_learning_rate
    from engine.errors import BackpropStudioError, TrainingDiverged, TrainingWorsened
    from engine.project import check_target
    source = Path(args.project)
    # the output is checked before the project is even read: a run is never lost to it
    out = check_target(output_path(args.out, args.force, updating=args.project)
                       if args.out else source)
    session = _open(source, args.data, args.text_encoding)
    refuse_data_file(out, source_files(session.dataset.source))
    if session.training.data_changes:
        say(f"note: {session.training.data_changes}")
    try:
        session.set_config(**{key: value for key, value in (
            ("epochs", args.epochs), ("mode", args.mode), ("batch_size", args.batch),
            ("optimizer", args.optimizer), ("learning_rate", args.lr), ("seed", args.seed),
        ) if value is not None})
        run = session.start_run()
    except BackpropStudioError as error:
        said = _in_command_line_words(error)
        if said is error:
            raise
        raise said from error
    try:
        interrupted = run_with_progress(run)
    except TrainingDiverged as error:
        # nothing is saved here (the window keeps the run, and Undo takes it back)
        raise TrainingDiverged(
            f"training diverged in epoch {error.epoch}, iteration {error.iteration}, at "
            f"learning rate {error.learning_rate:g}: {error.reason}. Nothing was saved: "
            f"{source} is as it was; lower the learning rate (try "
            f"{lower_learning_rate(error.learning_rate):g}) and train again",
            epoch=error.epoch, iteration=error.iteration, learning_rate=error.learning_rate,
            kept_after=error.kept_after, reason=error.reason) from error
    report = run.last_report
    if report is not None and report.worsened:
        # like a divergence, nothing is saved: the project keeps the weights it had
        raise TrainingWorsened(f"{report.message.rstrip('.')}. Nothing was saved: {source} is "
                               "as it was")
    session.finish_run(run)
    session.save(out)
    history = describe.history(session.history)
    if interrupted:
        report = run.last_report
        where = "nothing trained" if report is None else (
            f"stopped in epoch {run.project_epoch(report)} of the project, after "
            f"{report.iteration:,} updates of this run")
        say(f"interrupted ({where}); saved {out}: {history}")
        return INTERRUPTED
    say(f"saved {out}: {history}")
    return 0


def _open(source: Path, data: list[str] | None, text_encoding: str | None = None):
    """The project in ``source`` as a session; with ``data``, its CSV file, image folder or
    IDX files read from there instead (they moved). A data file that is gone is named with
    the way out."""
    from engine.datasets.sources import FILE_KINDS, moved_to, source_files
    from engine.errors import DataError, SpecError
    from engine.project import load_project
    from engine.project.starting import project_training_data
    from engine.session import Session

    project = load_project(source)
    kind = project.data.get("kind") if isinstance(project.data, dict) else None
    if data is not None:
        if kind not in FILE_KINDS:
            raise SpecError(f"--data gives the place of a CSV file, an image folder or IDX "
                            f"files; the data of {source} are not read from one")
        wanted = 2 if kind == "idx" else 1
        if len(data) != wanted:
            raise SpecError("--data takes the IDX images file and the labels file, in that "
                            "order" if kind == "idx" else
                            f"--data takes one place: the {kind.replace('_', ' ')}'s")
        if kind == "idx":
            project.data = dict(project.data, images=str(Path(data[0]).absolute()),
                                labels=str(Path(data[1]).absolute()))
        else:
            project.data = moved_to(project.data, str(Path(data[0]).absolute()))
    if text_encoding is not None:
        if data is None or kind != "csv":
            raise SpecError("--text-encoding belongs with --data and a project of a CSV file")
        from engine.datasets import text_encodings

        options = {k: v for k, v in project.data.get("options", {}).items()
                   if k != "text_encoding"}
        name = text_encodings.canonical(text_encoding)
        if name != text_encodings.DEFAULT:
            options["text_encoding"] = name
        project.data = dict(project.data, options=options)
    try:
        return Session(project, project_training_data(project, str(source)), path=source)
    except DataError as error:
        gone = [path for path in source_files(project.data) if not Path(path).exists()]
        if data is None and kind in FILE_KINDS and gone:
            raise DataError(f"{error}; if they have moved, give their new places with --data "
                            "IMAGES LABELS" if kind == "idx" else
                            f"{error}; if it has moved, give its new place with --data "
                            "FILE") from error
        raise


def _in_command_line_words(error):
    """``error`` with the way out the window names (a mode by its menu title) given as the
    command line's option instead."""
    from engine.config import MODE_TITLES
    from engine.errors import SpecError

    in_window = f"choose the mode “{MODE_TITLES['perceptron']}”"
    text = str(error)
    return SpecError(text.replace(in_window, "give --mode perceptron")) \
        if in_window in text else error
