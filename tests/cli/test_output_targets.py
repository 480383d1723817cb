"""Issue 19, defect 1: no writer replaces the open project, another project file, SQLite's journal,
or anything that is not a regular file (a FIFO, a device such as /dev/full)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from desktop.exporting import FORMATS, ExportError, check_export_target
from tests.support.cli import run
from tests.support.hostile import refused


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_onto_the_project_itself_is_refused(capsys, sample_project, fmt):
    refused(
        capsys,
        sample_project,
        "export",
        sample_project,
        "-f",
        fmt,
        "-o",
        sample_project,
        "--publisher-name",
        "Check",
        "--publisher-url",
        "https://check.example",
        "--review-url",
        "https://check.example/{id}",
        match="a Crosscheck project or another SQLite database; an export never replaces one",
    )


def test_export_onto_another_project_file_is_refused(capsys, sample_project, tmp_path):
    other = tmp_path / "colleague.crosscheck"
    shutil.copyfile(sample_project, other)
    line = refused(capsys, [sample_project, other], "export", sample_project, "-f", "csv", "-o", other, match="never")
    assert str(other) in line


def test_export_onto_a_project_journal_is_refused(capsys, sample_project):
    journal = sample_project.with_name(sample_project.name + "-journal")
    journal.write_bytes(b"\0" * 512)  # a zeroed journal: not hot, so the project still opens
    refused(
        capsys,
        [sample_project, journal],
        "export",
        sample_project,
        "-f",
        "csv",
        "-o",
        journal,
        match="SQLite's journal",
    )


def test_export_onto_a_fifo_is_refused_without_blocking(capsys, sample_project, tmp_path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    refused(capsys, sample_project, "export", sample_project, "-f", "csv", "-o", fifo, match="named pipe")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO, not replaced by a regular file


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_export_onto_a_device_is_refused(capsys, sample_project):
    refused(capsys, sample_project, "export", sample_project, "-f", "csv", "-o", "/dev/full", match="device")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_onto_a_folder_is_refused(capsys, sample_project, tmp_path):
    refused(capsys, sample_project, "export", sample_project, "-f", "csv", "-o", tmp_path, match="folder")


def test_export_may_replace_an_earlier_export(capsys, sample_project, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("an older export\n")
    code, _out, err = run(capsys, "export", sample_project, "-f", "csv", "-o", target)
    assert code == 0, err
    assert target.read_bytes().startswith(b"\xef\xbb\xbfclaim_id")


def test_a_symlink_to_the_project_is_refused(capsys, sample_project, tmp_path):
    link = tmp_path / "innocent.csv"
    link.symlink_to(sample_project)
    refused(capsys, sample_project, "export", sample_project, "-f", "csv", "-o", link, match="never replaces")
    assert link.is_symlink()


def test_merge_report_onto_the_project_is_refused(capsys, sample_project, tmp_path):
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, other)
    refused(
        capsys,
        [sample_project, other],
        "merge",
        sample_project,
        other,
        "--dry-run",
        "--report",
        sample_project,
        match="never replaces",
    )


def test_share_onto_the_project_or_a_special_file_is_refused(capsys, sample_project, tmp_path):
    refused(
        capsys, sample_project, "share", sample_project, sample_project, "--force", match="cannot replace the project"
    )
    fifo = tmp_path / "copy.crosscheck"
    os.mkfifo(fifo)
    refused(capsys, sample_project, "share", sample_project, fifo, "--force", match="named pipe")
    journal = sample_project.with_name(sample_project.name + "-journal")
    journal.write_bytes(b"\0" * 512)  # a zeroed journal: not hot, so the project still opens
    refused(capsys, [sample_project, journal], "share", sample_project, journal, "--force", match="SQLite's journal")


def test_share_with_force_may_replace_another_copy(capsys, sample_project, tmp_path):
    out = tmp_path / "copy.crosscheck"
    assert run(capsys, "share", sample_project, out)[0] == 0
    code, _out, err = run(capsys, "share", sample_project, out, "--force", "--strip-notes")
    assert code == 0, err


def test_the_dialog_check_is_the_cli_check(sample_project, tmp_path):
    """The export dialog calls this same function before it starts (tests/ui/test_export_dialog.py)."""
    with pytest.raises(ExportError, match="never replaces"):
        check_export_target(sample_project)
    with pytest.raises(ExportError, match="folder"):
        check_export_target(tmp_path)
    assert check_export_target(tmp_path / "new.csv") == tmp_path / "new.csv"
