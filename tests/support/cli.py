"""Run the `crosscheck` command in-process, as a user would from a shell."""

from __future__ import annotations

import io
import sys

from desktop.cli import main


def run(capsys, *argv, stdin: bytes | None = None):
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main([str(a) for a in argv])
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err
