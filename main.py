"""Backprop Studio's entry point: the GUI by default, the headless command line by subcommand.

    python main.py [PROJECT]                        open the main window
    python main.py --screenshot OUT.png [PROJECT]   render the window offscreen at 1280×800, exit
    python main.py --lang zh_CN|en [...]            the interface language for this run
    python main.py --version
    python main.py new|train|export|info ...        the command line (see ``cli``)

Qt is imported only on the GUI paths, so the command line starts fast and runs where no
screen exists; ``--version`` and a bad ``--lang`` import neither Qt nor numpy. A user's mistake
prints one line on stderr and exits 2, never a traceback.
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


def _version() -> str:
    """The program's version, read from ``engine/__init__.py`` without running it (importing
    the engine would import numpy, a second's work for ``--version``)."""
    import importlib.util
    import re
    from pathlib import Path

    spec = importlib.util.find_spec("engine")
    if spec is not None and spec.origin:
        found = re.search(r'^__version__ = "([^"]+)"', Path(spec.origin).read_text("utf-8"),
                          re.MULTILINE)
        if found:
            return found.group(1)
    from engine import __version__

    return __version__


def _language(code: str) -> str:
    """``--lang``'s value as a language code; an unknown one is argparse's one-line error."""
    from gui.languages import UnknownLanguage, parse_language

    try:
        return parse_language(code)
    except UnknownLanguage as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_gui_parser() -> argparse.ArgumentParser:
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
    parser.add_argument(
        "--lang", metavar="zh_CN|en", type=_language,
        help="the interface language for this run (else the one chosen in View ▸ Language, "
             "else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"Backprop Studio {_version()}")
    return parser


def main(argv: list[str] | None = None, *, as_script: bool = False) -> int:
    """Run what ``argv`` asks; ``as_script`` lets a screenshot run end without teardown."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    if argv and argv[0] == "help":
        return _help(argv[1:])
    if argv and _unknown_command(argv):
        return USAGE_ERROR
    args = build_gui_parser().parse_args(argv)
    if not args.screenshot and not _screen_available():
        return USAGE_ERROR
    from gui.app import exit_at_once, run_gui, save_screenshot

    if args.screenshot:
        code = save_screenshot(args.screenshot, args.project, language=args.lang)
        if as_script:
            exit_at_once(code)
        return code
    return run_gui(args.project, language=args.lang)


def _help(topic: list[str]) -> int:
    """``help``: the program's usage; ``help COMMAND``: that command's."""
    if topic and topic[0] in cli.COMMANDS:
        return cli.main([topic[0], "--help"])
    if topic:
        return _fail(f"there is no command {topic[0]!r}; the commands are "
                     f"{', '.join(cli.COMMANDS)}")
    build_gui_parser().print_help()
    return 0


def _unknown_command(argv: list[str]) -> bool:
    """Whether ``argv[0]`` reads as a mistyped command rather than a project to open (a word
    with no file of its name, close to a command, or followed by more words); if so the one
    line that says so has been printed."""
    import difflib
    from pathlib import Path

    word = argv[0]
    if word.startswith("-") or Path(word).exists() or any(c in word for c in "./\\"):
        return False
    close = difflib.get_close_matches(word, (*cli.COMMANDS, "help"), n=1, cutoff=0.6)
    if close:
        _fail(f"unknown command {word!r} (did you mean {close[0]!r}?)")
        return True
    if len(argv) > 1 and not argv[1].startswith("-"):
        _fail(f"unknown command {word!r}: the commands are {', '.join(cli.COMMANDS)} and help")
        return True
    return False


def _screen_available() -> bool:
    """Whether Qt can open a window here; if not, one line says what to do instead (Qt itself
    would abort with exit code 134 and a page about platform plugins). Only a Linux or BSD
    desktop without X11 or Wayland is known in advance to have no screen."""
    import os

    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith(("linux", "freebsd")):
        return True
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return True
    _fail("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
          "use the command line (python main.py help), or set QT_QPA_PLATFORM=offscreen")
    return False


def _fail(message: str) -> int:
    sys.stderr.write(f"backprop-studio: error: {message}\n")
    return USAGE_ERROR


if __name__ == "__main__":
    sys.exit(main(as_script=True))
