"""``new``: a fresh project from a data set, with an output layer and loss that fit the data.

The data decide the output layer: two classes get one sigmoid unit with bce (Y is a single
0/1 column), k classes get k softmax units with cce, regression gets linear units with mse.
``--loss`` overrides the choice where another combination works (mse on sigmoid outputs,
bce on k sigmoid outputs) and is refused in one line where it cannot. ``--activation step``
makes M-P neurons, the output too: with ``--hidden none`` a perceptron, trained by the
perceptron rule (its mode is saved with it); with hidden layers it is refused, since neither
gradient descent nor the perceptron rule can train it. The normalisation is
fitted on the training rows only, as ``engine.datasets.prepare`` does. ``--features`` chooses
input features computed from the raw x1, x2 of two-feature data (TensorFlow Playground's),
before the normalisation, which is then fitted on them.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.parser import (
    add_force,
    output_path,
    parse_features,
    parse_hidden,
    parse_param,
    positive_int,
    positive_number,
    say,
    setting,
)
from engine.tasks import MAX_INFERRED_CLASSES, TASKS

HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "step")
LOSSES = ("mse", "bce", "cce")
NORMALISATIONS = ("standardise", "minmax", "none")


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "new", help="create a project from a built-in data set or your own data",
        description="Create a project: the data choice, a network shaped for it, default "
                    "training settings and the normalisation fitted on the training rows.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", metavar="NAME", help="a built-in data set, e.g. xor, "
                        "spirals, circles, moons, digits, iris")
    source.add_argument("--csv", metavar="FILE", help="a CSV file (with --target)")
    source.add_argument("--images", metavar="DIR", help="a folder with one sub-folder of "
                        "images per class")
    source.add_argument("--idx", nargs=2, metavar=("IMAGES", "LABELS"),
                        help="MNIST-style IDX files")
    parser.add_argument("--target", metavar="COL", help="the CSV column to predict")
    parser.add_argument("--ignore", action="append", type=_columns, default=[],
                        metavar="COL[,COL]", help="CSV columns that are not features, "
                        "comma-separated (repeatable); every other column but the target is "
                        "one, text columns one-hot encoded")
    parser.add_argument("--task", choices=TASKS,
                        help="what the CSV target is: classes or numbers to predict (default: "
                        f"inferred; a whole-number column of at most {MAX_INFERRED_CLASSES} "
                        "values is classes)")
    parser.add_argument("--drop-missing", action="store_true",
                        help="drop the CSV rows with a missing value (empty, NA, NaN, null, "
                        "?) instead of refusing the file")
    parser.add_argument("--header", action=argparse.BooleanOptionalAction,
                        help="whether the CSV file's first row names its columns (default: "
                        "found by itself; --header when the names are numbers such as years, "
                        "--no-header when the first row holds values)")
    parser.add_argument("--text-encoding", metavar="NAME",
                        help="the CSV file's text encoding when it is not UTF-8, e.g. cp1252 "
                        "(Excel in Western Europe), gb18030 (GBK, Chinese), cp932 (Japanese); "
                        "a UTF-16 file is recognised by itself")
    parser.add_argument("--divide-target", type=positive_number, metavar="N",
                        help="divide a numeric CSV target by N (a price in dollars by 100000): "
                        "a network's outputs start near 0, and a target in the thousands "
                        "hardly trains")
    parser.add_argument("--param", action="append", type=parse_param, default=[],
                        metavar="KEY=VALUE", help="a built-in data set's parameter, e.g. "
                        "n_samples=500 (repeatable)")
    parser.add_argument("--size", type=positive_int, metavar="PIXELS",
                        help="image side for --images (default 16)")
    parser.add_argument("--hidden", type=parse_hidden, default=[4], metavar="4,4",
                        help="hidden layer sizes, comma-separated, or 'none' (or 0: no "
                        "hidden layer; default 4)")
    parser.add_argument("--activation", choices=HIDDEN_ACTIVATIONS, default="tanh",
                        help="the hidden layers' activation (default tanh); step makes M-P "
                        "neurons, the output too: with --hidden none, a perceptron that "
                        "trains by the perceptron rule")
    parser.add_argument("--loss", choices=LOSSES,
                        help="the cost; chosen from the data when left out")
    parser.add_argument("--features", type=parse_features, metavar="x1^2,x2^2",
                        help="input features computed from the raw x1, x2 of data with two "
                        "features, comma-separated, from x1, x2, x1^2, x2^2, x1*x2, sin(x1), "
                        "sin(x2), or 'all' (default: the raw x1, x2); quote the list for the "
                        "shell, e.g. --features 'x1^2,x2^2'")
    parser.add_argument("--normalise", choices=NORMALISATIONS,
                        help="input normalisation (default: standardise, none for images)")
    parser.add_argument("--seed", type=setting("seed"), default=0,
                        help="seed of the initial weights (default 0)")
    parser.add_argument("--out", required=True, metavar="PROJECT", help="the project to write")
    add_force(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cli import describe
    from engine.project import check_target, save_project
    from engine.project.starting import new_project

    reads = tuple(path for path in (args.csv, args.images, *(args.idx or ())) if path)
    out = check_target(output_path(args.out, args.force, data=reads))
    ds = _load(args)
    project = new_project(ds, args.hidden, args.activation, args.loss, args.seed,
                          args.normalise, features=args.features)
    save_project(project, out)
    inputs = "" if project.features is None else f"; input features {project.features}"
    say(f"created {out}: {describe.architecture(project.spec)}{inputs}; data "
        f"{describe.dataset(ds)}")
    if args.csv is not None:
        from engine.datasets.column_hints import uninformative_columns

        for hint in uninformative_columns(ds):
            say(f"note: {hint}; leave it out with --ignore")
    if ds.task == "regression":
        from engine.datasets.normalise import suggested_divisor, target_scale_problem

        problem = target_scale_problem(ds.Y, ds.target_names)
        if problem is not None:
            way = (f"; add --divide-target {suggested_divisor(ds.Y):g} to read it so"
                   if args.csv is not None else "")
            say(f"note: {problem}{way}")
    return 0


def _load(args: argparse.Namespace) -> Any:
    from engine import datasets
    from engine.errors import (
        DataError,
        MissingValues,
        NoHeaderFound,
        NotInTextEncoding,
        TooManyCategories,
    )

    if args.target is not None and args.csv is None:
        raise _usage("--target belongs with --csv")
    for given, flag in ((args.ignore, "--ignore"), (args.drop_missing, "--drop-missing"),
                        (args.divide_target, "--divide-target"), (args.task, "--task"),
                        (args.text_encoding, "--text-encoding"),
                        (args.header is not None, "--header/--no-header")):
        if given and args.csv is None:
            raise _usage(f"{flag} belongs with --csv")
    if args.param and args.dataset is None:
        raise _usage("--param sets a built-in data set's parameters; use it with --dataset")
    if args.size is not None and args.images is None:
        raise _usage("--size belongs with --images")
    if args.dataset is not None:
        return datasets.load(args.dataset, **dict(args.param))
    if args.csv is not None:
        if args.target is None:
            raise _usage("--csv needs --target COL, the column to predict")
        ignore = [column for columns in args.ignore for column in columns]
        try:
            return datasets.read_csv(args.csv, target=args.target, ignore=ignore,
                                     task=args.task, drop_missing=args.drop_missing,
                                     divide_target=args.divide_target or 1,
                                     text_encoding=args.text_encoding or "utf-8",
                                     header=args.header)
        except NoHeaderFound as error:
            raise DataError(f"{error}; if it names the columns, add --header") from error
        except NotInTextEncoding as error:
            from engine.datasets.text_encodings import likely_encoding_of_file

            likely = likely_encoding_of_file(args.csv)
            raise DataError(f"{error}; it reads as {likely} text: check it with "
                            f"--text-encoding {likely} (gb18030 for GBK)") from error
        except MissingValues as error:
            # the engine names the problem; the way out here is the command line's flag
            raise DataError(f"{error}; leave such rows out with --drop-missing") from error
        except TooManyCategories as error:
            raise DataError(f"{error}; leave it out with --ignore {error.column}") from error
    if args.images is not None:
        options = {} if args.size is None else {"size": args.size}
        return datasets.read_image_folder(args.images, **options)
    return datasets.read_idx(*args.idx)


def _columns(text: str) -> list[str]:
    """``--ignore``'s comma-separated column names."""
    columns = [name.strip() for name in text.split(",") if name.strip()]
    if not columns:
        raise argparse.ArgumentTypeError("name at least one column, e.g. --ignore id")
    return columns


def _usage(message: str) -> Exception:
    from engine.errors import SpecError

    return SpecError(message)
