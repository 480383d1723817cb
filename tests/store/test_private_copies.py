"""Issue 19, defect 13 (third point): killed merges left their private copies in the temporary
folder (81 MB after a loop of kills). The next one removes them, and never one still in use."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile

from desktop.store.shared import untrusted_snapshot
from tests.support.paths import REPO


def start_reader(other, tmp):
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.snapshot_child", str(other)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp)},
    )
    assert child.stdout.readline().strip() == "READING", child.stderr.read()
    return child


def leftovers(tmp) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name.startswith("crosscheck-other-"))


def test_a_killed_merge_leaves_nothing_behind_for_long(sample_project, tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, other)
    killed = start_reader(other, tmp)
    killed.send_signal(signal.SIGKILL)
    killed.communicate(timeout=30)
    left = leftovers(tmp)
    assert len(left) == 1  # what a kill leaves
    alive = start_reader(other, tmp)
    try:
        assert left[0] not in leftovers(tmp) and len(leftovers(tmp)) == 1  # swept; the live one's stays
        monkeypatch.setattr(tempfile, "tempdir", str(tmp))
        with untrusted_snapshot(other):
            assert len(leftovers(tmp)) == 2  # ours beside the live one's, which is in use
        assert len(leftovers(tmp)) == 1
    finally:
        alive.send_signal(signal.SIGKILL)
        alive.communicate(timeout=30)
    with untrusted_snapshot(other):
        pass
    assert leftovers(tmp) == []
