"""SIGTERM (a logout, a shutdown) quits as closing the window does: nothing typed is lost."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.store import open_project
from tests.support.paths import REPO


def test_a_note_typed_just_before_sigterm_is_saved(sample_project, tmp_path):
    env = {**os.environ, "CROSSCHECK_NEW_INSTANCE": "1", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.terminated_child", str(sample_project)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    project = open_project(sample_project)
    try:
        assert any("typed before the logout" in c.note for c in project.state.claims.values())
    finally:
        project.persistence.close()
