"""`crosscheck claims P | head`: a reader that stops early is not an error to print."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.support.paths import REPO


@pytest.mark.parametrize("command", [["claims"], ["articles"], ["export", "-f", "w3c", "-o", "/dev/stdout"]])
def test_a_closed_pipe_ends_the_command_quietly(sample_project, command):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line: every write fails (EPIPE)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", command[0], str(sample_project), *command[1:]],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=REPO,
        )
    finally:
        os.close(write_end)
    assert "Broken pipe" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert "Exception ignored" not in done.stderr, done.stderr
