"""The `crosscheck` command. Sub-commands live in desktop/cli_commands/, one module per area.

`crosscheck` alone opens the window on the last project (or the sample project); `crosscheck
FILE.crosscheck` opens that file. Every failure is one line on stderr and exit status 1, and a
command that fails writes nothing to the project.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Protocol, TextIO

from desktop import __version__
from desktop.cli_commands.errors import CliError

EXIT_OK, EXIT_ERROR = 0, 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # argparse types error() NoReturn; ours raises CliError too
        # argparse exits 2 with a usage block; we promise one line and status 1.
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class _CommandModule(Protocol):
    """A module of desktop/cli_commands: it adds its sub-commands to the parser."""

    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def _subcommand_modules() -> list[_CommandModule]:
    # Imported here so `crosscheck --version` and the window start do not pay for them.
    from desktop.cli_commands import export_cmds, merge_cmds, project_cmds, stats_cmds, suggest_cmds, team_cmds

    return [project_cmds, merge_cmds, export_cmds, suggest_cmds, stats_cmds, team_cmds]


class _VersionAction(argparse.Action):
    # The same versions Help > About shows; computed only when asked (it loads QtCore, no window).
    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        try:
            from desktop.app import version_text

            text = version_text()
        except ImportError:  # Qt missing or broken: still say which Crosscheck this is
            text = f"crosscheck {__version__}"
        print(text)
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crosscheck",
        description="Compare how outlets report the same event: link passages across articles as one claim.",
        epilog="Run 'crosscheck' alone to open the window, or 'crosscheck FILE.crosscheck' to open a project.",
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        help="show the version of Crosscheck, Qt, PySide6, SQLite and Python, and exit",
    )
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser
    )
    opener = subparsers.add_parser("open", help="open the window on a project (the default action)")
    opener.add_argument("project", nargs="?", help="a .crosscheck file; default: the last project or the sample")
    opener.set_defaults(func=_open_window)
    for module in _subcommand_modules():
        module.register(subparsers)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    from desktop import app

    return app.main(args.project)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse offers no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


class TerminalSafeStream:
    """Wraps stdout or stderr for the length of a command: text from files (titles, quotes,
    paths, notes) reaches the terminal with ESC, other controls and bidi overrides escaped
    (issue 19). `raw` is the wrapped stream, for `show` piping an article's exact text."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        from desktop.core.text import terminal_safe

        self.raw.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.raw, name)


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the suggestion worker's child process, in a frozen bundle
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafeStream(stdout), TerminalSafeStream(stderr)
    try:
        return _run(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: list[str]) -> int:
    parser = build_parser()
    if not argv or (argv[0] not in _command_names(parser) and not argv[0].startswith("-")):
        argv = ["open", *argv]  # `crosscheck` and `crosscheck FILE` open the window
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version and usage errors
        return int(exit_request.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    try:
        status = int(args.func(args) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it could not be caught
        return status
    except BrokenPipeError:
        # `crosscheck claims P | head`: the reader has what it wanted. Quiet, as other Unix tools
        # are; stdout goes to devnull so the interpreter's final flush cannot complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("crosscheck: interrupted; the project is as it was after the last completed step", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # one line, no traceback: see _describe
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        from desktop.core.text import one_line

        print(f"crosscheck: error: {one_line(_describe(error))}", file=sys.stderr)
        return EXIT_ERROR


def _describe(error: Exception) -> str:
    from desktop.core.commands import CommandError
    from desktop.core.project import ReadOnlyProjectError
    from desktop.formats.errors import OutputRefused
    from desktop.sample import SampleMissingError
    from desktop.store import StoreError

    if isinstance(error, (CliError, StoreError, CommandError, ReadOnlyProjectError, SampleMissingError, OutputRefused)):
        return str(error)
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}"
    # A bug, not a user error: still one line, but say so, so it gets reported.
    return f"unexpected {type(error).__name__}: {error} (set CROSSCHECK_DEBUG=1 for details)"


if __name__ == "__main__":
    raise SystemExit(main())
