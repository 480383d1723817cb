"""Killing a process at random moments never damages a project or loses a committed command."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store import open_project

REPO = Path(__file__).resolve().parents[2]


def parse_report(output: str):
    """What committed (key -> present?) and the transaction being written when the kill came
    (key -> (present before, present after))."""
    committed: dict[tuple[str, str], bool] = {}
    block: dict[tuple[str, str], tuple[bool, bool]] = {}
    writing = False
    for line in output.splitlines():
        if line == "WRITING":
            writing = True
        elif line == "COMMITTED":
            committed.update({key: after for key, (_, after) in block.items()})
            block, writing = {}, False
        else:
            parts = line.split()
            if len(parts) == 4:
                key = (parts[0], parts[1])
                first_before = block[key][0] if key in block else parts[2] == "present"
                block[key] = (first_before, parts[3] == "present")
    return committed, (block if writing else {})


def on_disk(path: Path, keys) -> dict:
    """What the file holds, read through our own open path first (issue 19: a plain sqlite3
    connection would roll a hot journal back and hide that our open could not)."""
    project = open_project(path, read_only=True, thorough=True)
    try:
        tables = {"Article": project.state.articles, "Passage": project.state.passages, "Claim": project.state.claims}
        return {(kind, key): key in tables[kind] for kind, key in keys}
    finally:
        project.persistence.close()


def kill_loop(project: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    checked = 0
    for round_ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_child", str(project), str(seed * 1000 + round_)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        time.sleep(rng.uniform(0.35, 0.9))  # start-up is ~0.3 s; kill mid-stream
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        committed, pending = parse_report(out)
        actual = on_disk(project, set(committed) | set(pending))
        for key, present in committed.items():
            if key not in pending:
                assert actual[key] == present, f"round {round_}: committed {key} lost"
        flips = {key: after for key, (before, after) in pending.items() if before != after}
        if flips:  # the transaction in flight is on disk whole or not at all
            landed = {actual[key] == after for key, after in flips.items()}
            assert len(landed) == 1, f"round {round_}: half a transaction on disk"
        opened = open_project(project, thorough=True)
        opened.persistence.close()
        checked += 1
    return checked


def test_kill_during_commands_keeps_the_project_intact(sample_project):
    assert kill_loop(sample_project, kills=8, seed=1) == 8


@pytest.mark.slow
def test_a_hundred_kills(sample_project):
    assert kill_loop(sample_project, kills=120, seed=2) == 120
