"""The headless command line: ``new``, ``train``, ``export`` and ``info`` on project files.

    python main.py new --dataset xor --hidden 4 --out xor.bps.json
    python main.py train xor.bps.json --epochs 500 --optimizer adam --lr 0.05
    python main.py export xor.bps.json --format onnx --out xor.onnx
    python main.py info xor.bps.json

Every command is a thin layer over the engine, so what the GUI does with numbers can be
scripted. A user's mistake (bad option, bad file, divergence) prints one line on stderr and
exits 2, never a traceback; Ctrl+C during training saves what was trained and exits 130.
Nothing here imports Qt, and heavy libraries (scikit-learn, onnx) load only when used.
"""

from __future__ import annotations

import sys
from pathlib import Path

COMMANDS = ("new", "train", "export", "info")
USAGE_ERROR = 2
INTERRUPTED = 130


def main(argv: list[str]) -> int:
    """Run the command named by ``argv[0]`` and return the process exit code."""
    from cli.parser import build_parser
    from engine.errors import BackpropStudioError, NotAProject

    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except SystemExit as exit_:  # argparse: --help (0) or a usage error (2, already printed)
        return exit_.code if isinstance(exit_.code, int) else USAGE_ERROR
    except NotAProject as error:
        from engine.project.document import PROJECT_SUFFIX

        return _fail(f"{error}; make a project of it first: python main.py new --csv "
                     f"{error.path} --target COLUMN --out {Path(error.path).stem}"
                     f"{PROJECT_SUFFIX}")
    except BackpropStudioError as error:
        return _fail(str(error))
    except BrokenPipeError:  # piped into head: the reader has all it wants, the work is done
        sys.stdout = None  # nothing more to flush at exit
        return 0
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        sys.stderr.write("\nbackprop-studio: interrupted; nothing was saved\n")
        return INTERRUPTED


def _fail(message: str) -> int:
    one_line = " ".join(message.split())
    sys.stderr.write(f"backprop-studio: error: {one_line}\n")
    return USAGE_ERROR
