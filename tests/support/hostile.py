"""Checks shared by the hostile-input tests (issue 19): a refused command says one line, never
"unexpected" or a traceback, and leaves every file it was given byte-identical."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

from tests.support.cli import run
from tests.support.paths import REPO


def file_state(paths: Iterable[Path]) -> dict[Path, bytes | None]:
    """The bytes of each file (None where it does not exist), to compare after a command."""
    return {path: path.read_bytes() if path.is_file() else None for path in paths}


def assert_one_line_error(err: str, match: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"not one line: {err!r}"
    assert match in lines[0], f"{match!r} not in {lines[0]!r}"
    assert "unexpected" not in err.lower() and "Traceback" not in err, err
    return lines[0]


def refused(capsys, keep: Path | Iterable[Path], *argv, match: str) -> str:
    """Run `crosscheck ARGV`: exit status 1, one line on stderr naming `match`, and the files in
    `keep` as they were (bytes and existence). Returns the error line."""
    paths = [keep] if isinstance(keep, Path) else list(keep)
    before = file_state(paths)
    code, _out, err = run(capsys, *argv)
    assert code == 1, (code, err)
    line = assert_one_line_error(err, match)
    assert file_state(paths) == before, "a refused command changed a file"
    return line


def tamper(path: Path, *sql: str) -> Path:
    """Edit a project file behind Crosscheck's back, as someone with the sqlite3 shell would."""
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def spin_for_ever() -> None:
    """Stands in for an extractor that never finishes (run in a bounded child process)."""
    while True:
        pass


def allocate(size: int) -> int:
    """Stands in for an extractor that eats memory (run in a bounded child process)."""
    return len(bytearray(size))


def interrupt_a_save(project) -> None:
    """Kill a writer inside a big transaction: the journal stays, hot."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.interrupt_child", str(project), "3000"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "IN-TRANSACTION", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert is_hot(project)


def is_hot(project) -> bool:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return False
    except sqlite3.OperationalError as error:
        return error.sqlite_errorname == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()


def run_with_cpu_ceiling(code: str, seconds: int) -> str:
    """Run `code` in a fresh interpreter that the kernel stops after `seconds` of CPU time."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))

    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=seconds * 10 + 60,  # wall clock: the machine may be busy; the CPU ceiling decides
    )
    assert result.returncode != -signal.SIGXCPU, f"over the {seconds} s CPU ceiling"
    assert result.returncode == 0, result.stderr
    return result.stdout
