"""Checks shared by the hostile-input tests (issue 19): a refused command says one line, never
"unexpected" or a traceback, and leaves every file it was given byte-identical."""

from __future__ import annotations

import json
import os
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
    assert "error: unexpected " not in err and "Traceback" not in err, err
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


class FuzzRunner:
    """The client of tests/support/fuzz_runner.py: `run(*argv)` runs `crosscheck ARGV` in a
    forked child within `cpu` seconds of CPU time and `memory` bytes, and returns its outcome.
    `home` stands in for the user's home (settings, recent files, temporary copies)."""

    def __init__(self, home: Path) -> None:
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "OPENBLAS_NUM_THREADS": "1",  # no helper threads in the process that forks
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "TMPDIR": str(home),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.fuzz_runner"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        assert self.process.stdout.readline().strip() == "READY"
        self.commands = 0
        self.slowest = 0.0  # seconds, and the largest resident set in MB, for docs/reliability.md
        self.largest = 0.0

    def run(self, *argv: object, cpu: int = 60, memory: int = 3 * 1024**3) -> dict:
        assert self.process.stdout is not None and self.process.stdin is not None
        request = {"argv": [str(a) for a in argv], "cpu": cpu, "memory": memory}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        self.commands += 1
        outcome = json.loads(self.process.stdout.readline())
        self.slowest = max(self.slowest, outcome["seconds"])
        self.largest = max(self.largest, outcome["rss_mb"])
        return outcome

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def assert_well_behaved(outcome: dict, argv: tuple) -> None:
    """Inside its CPU and memory ceilings, exit status 0 or 1, never a traceback or "unexpected",
    and on failure exactly one error line (import and check print their per-file report or
    findings on stdout; every line on stderr is Crosscheck's own)."""
    where = f"crosscheck {' '.join(map(str, argv))}"
    detail = f"{where}: {outcome['err'][-2000:]}"
    assert outcome["signal"] is None, f"{where}: killed by signal {outcome['signal']} (over its ceilings?)"
    assert outcome["code"] in (0, 1), f"exit {outcome['code']}: {detail}"
    text = outcome["out"] + outcome["err"]
    # "unexpected X" is how the CLI names a bug (cli._describe); "unexpected columns" is a finding.
    assert "Traceback" not in text and "error: unexpected " not in outcome["err"], detail
    lines = outcome["err"].strip().splitlines()
    if argv[0] not in ("import", "import-annotations"):  # theirs has a line per failed file or orphan
        assert all(line.startswith(("crosscheck: ", "warning: ")) for line in lines), detail
    errors = [line for line in lines if line.startswith("crosscheck: error: ")]
    if outcome["code"] == 0:
        assert not errors, detail
    elif argv[0] in ("import", "import-annotations"):
        # Their report (per file, or with --json the whole outcome) says why; at most one error line.
        assert len(errors) <= 1, detail
    elif argv[0] != "check":  # check's findings are its output
        assert len(errors) == 1, detail
    if "--json" in argv and argv[0] in ("import", "import-annotations") and not errors:
        try:
            report = json.loads(outcome["out"])
        except ValueError:
            raise AssertionError(
                f"{where}: exit {outcome['code']}, stdout not JSON: {outcome['out'][:500]!r}"
            ) from None
        messages = [o["message"] for o in report.get("outcomes", [])] + [report.get("message", "")]
        assert all("\n" not in message for message in messages), f"{where}: {messages}"


def cli_with_cpu_ceiling(seconds: int, *argv: object) -> tuple[int, str, str]:
    """`crosscheck ARGV` in a fresh interpreter that the kernel stops after `seconds` of CPU
    time: (exit status, stdout, stderr). Over the ceiling fails the test instead of hanging it."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))

    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, argv)],
        cwd=REPO,
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=seconds * 10 + 60,
    )
    assert result.returncode != -signal.SIGXCPU, f"over the {seconds} s CPU ceiling"
    return result.returncode, result.stdout, result.stderr
