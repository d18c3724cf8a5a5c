"""``train``: continue training a project and save it, in place or to ``--out``.

The data are rebuilt from the project's data choice and split exactly as when the project
was made (the split's share and seed travel with the source), and the stored normalisation
is applied unchanged. Nothing is written until training has ended well: a run that diverges
leaves every file as it was and exits 2. Ctrl+C saves what was trained and exits 130.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.parser import positive_float, positive_int, say, whole_number

MODES = ("batch", "stochastic", "minibatch", "perceptron")
OPTIMIZERS = ("sgd", "momentum", "nesterov", "rmsprop", "adam")


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "train", help="train a project and save it",
        description="Train a project's network on its data; the settings given here replace "
                    "the project's and are saved with it.")
    parser.add_argument("project", metavar="PROJECT", help="the project file to train")
    parser.add_argument("--epochs", type=positive_int, help="epochs to train in this run")
    parser.add_argument("--mode", choices=MODES, help="how samples are batched")
    parser.add_argument("--batch", type=positive_int, metavar="M", help="minibatch size")
    parser.add_argument("--optimizer", choices=OPTIMIZERS, help="the update rule")
    parser.add_argument("--lr", type=positive_float, metavar="ETA", help="learning rate η")
    parser.add_argument("--seed", type=whole_number, help="seed of the shuffling order")
    parser.add_argument("--out", metavar="PROJECT", help="save here instead of in place")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cli import INTERRUPTED, describe
    from cli.progress import run_with_progress
    from engine import TrainConfig
    from engine.project import check_target, load_project, save_project
    from engine.project.history import continued_history
    from engine.project.starting import project_training_data

    source = Path(args.project)
    out = Path(args.out) if args.out else source
    project = load_project(source)
    check_target(out)
    changes = {key: value for key, value in (
        ("epochs", args.epochs), ("mode", args.mode), ("batch_size", args.batch),
        ("optimizer", args.optimizer), ("learning_rate", args.lr), ("seed", args.seed),
    ) if value is not None}
    config = TrainConfig.from_dict({**project.config.to_dict(), **changes})
    data = project_training_data(project, str(source))
    result = run_with_progress(project.network, config, data.task, data.X, data.Y,
                               data.X_val, data.Y_val)
    project.history = continued_history(project.history, result.history)
    project.config = config
    save_project(project, out)
    if result.interrupted:
        where = "nothing trained" if result.last_report is None else (
            f"stopped in epoch {result.last_report.epoch}, iteration "
            f"{result.last_report.iteration}")
        say(f"interrupted ({where}); saved {out}: {describe.history(project.history)}")
        return INTERRUPTED
    say(f"saved {out}: {describe.history(project.history)}")
    return 0
