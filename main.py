"""Backprop Studio's entry point: the GUI by default, the headless command line by subcommand.

    python main.py [PROJECT]                        open the main window
    python main.py --screenshot OUT.png [PROJECT]   render the window offscreen at 1280×800, exit
    python main.py --version
    python main.py new|train|export|info ...        the command line (see ``cli``)

Qt is imported only on the GUI paths, so the command line starts fast and runs where no
screen exists. A user's mistake prints one line on stderr and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

import cli

USAGE_ERROR = 2


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str):
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message} (try --help)\n")


def build_gui_parser() -> argparse.ArgumentParser:
    from engine import __version__

    parser = OneLineParser(
        prog="backprop-studio",
        description="Design, train and look inside small feedforward neural networks.",
        epilog="Commands: " + ", ".join(cli.COMMANDS) + " (python main.py COMMAND --help).",
    )
    parser.add_argument("project", nargs="?", help="a project file to open (.bps.json)")
    parser.add_argument(
        "--screenshot", metavar="OUT.png",
        help="render the main window offscreen at 1280×800 and exit",
    )
    parser.add_argument("--version", action="version", version=f"Backprop Studio {__version__}")
    return parser


def main(argv: list[str] | None = None, *, as_script: bool = False) -> int:
    """Run what ``argv`` asks; ``as_script`` lets a screenshot run end without teardown."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    args = build_gui_parser().parse_args(argv)
    from gui.app import exit_at_once, run_gui, save_screenshot

    if args.screenshot:
        code = save_screenshot(args.screenshot, args.project)
        if as_script:
            exit_at_once(code)
        return code
    return run_gui(args.project)


if __name__ == "__main__":
    sys.exit(main(as_script=True))
