"""Faults while a project is open: a full disk, a file made read-only, a file deleted. Each gives
a clear message, no crash, and no committed work lost (issue 8)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.commands import CreateClaim
from desktop.store import ReadOnlyLocationError, WriteFailedError, open_project

REPO = Path(__file__).resolve().parents[2]


def test_disk_full_fails_cleanly_and_keeps_committed_work(sample_project):
    limit = sample_project.stat().st_size + 64 * 1024
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.fault_child", str(sample_project), str(limit)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    committed = [line.split()[1] for line in lines if line.startswith("COMMITTED")]
    error = next(line for line in lines if line.startswith("ERROR"))
    assert committed, "some commands should fit before the limit"
    assert "could not save the change" in error and (
        "disk is full" in error or "disk I/O" in error or "too large" in error
    )
    # The failed command was rolled back in memory too: memory == what committed + the sample's 9.
    assert f"INMEMORY {len(committed) + 9}" in lines
    project = open_project(sample_project, thorough=True)
    try:
        assert set(committed) <= set(project.state.claims)
        assert len(project.state.claims) == len(committed) + 9
    finally:
        project.persistence.close()


def test_file_made_read_only_mid_session(sample_project):
    project = open_project(sample_project)
    project.run(CreateClaim("before the chmod"))
    sample_project.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ReadOnlyLocationError, match="read-only location"):
            project.run(CreateClaim("after the chmod"))
        assert "after the chmod" not in [c.statement for c in project.state.claims.values()]
        assert project.can_undo and project.undo_label == "New claim"
    finally:
        project.persistence.close()
        sample_project.chmod(stat.S_IRUSR | stat.S_IWUSR)
    reopened = open_project(sample_project)
    assert "before the chmod" in [c.statement for c in reopened.state.claims.values()]
    reopened.persistence.close()


def test_file_deleted_mid_session_keeps_the_work_recoverable(sample_project, tmp_path):
    project = open_project(sample_project)
    project.run(CreateClaim("made before the deletion"))
    os.unlink(sample_project)
    with pytest.raises(WriteFailedError, match="moved or deleted; use Share a copy"):
        project.run(CreateClaim("made after"))
    # The open file still holds every committed change: Share a copy brings it back.
    rescued = project.persistence.save_copy(tmp_path / "rescued.crosscheck")
    project.persistence.close()
    reopened = open_project(rescued, thorough=True)
    statements = [c.statement for c in reopened.state.claims.values()]
    assert "made before the deletion" in statements and "made after" not in statements
    reopened.persistence.close()


def test_window_reports_a_failed_save_and_keeps_going(qtbot, qsettings_isolated, sample_project, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import create_window

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    window = create_window(sample_project)
    qtbot.addWidget(window)
    claims = len(window.bridge.state.claims)
    sample_project.chmod(stat.S_IRUSR)
    try:
        window.bridge.run(CreateClaim("will not be saved"))
    finally:
        sample_project.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert shown and shown[0][0] == "Could not save" and "read-only" in shown[0][1]
    assert len(window.bridge.state.claims) == claims == window.claims.model.rowCount()
    window.close()
