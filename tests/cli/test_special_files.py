"""Issue 19, defect 8: a FIFO or a device never hangs a command. Only regular files are read:
`stat` first, opened without blocking, anything else skipped or refused with the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.hostile import assert_one_line_error, refused
from tests.support.paths import REPO, SAMPLES

TIMEOUT = 60  # a hang would run until killed; every case here takes well under a second


def crosscheck(*argv) -> subprocess.CompletedProcess:
    """The real command in a child process, so a blocking open shows as a timeout, not a hang."""
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *map(str, argv)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def fifo_folder(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SAMPLES / "02-it-kremlin-readout-translation.txt", folder / "a.txt")
    os.mkfifo(folder / "b.txt")
    return folder


def test_a_fifo_inside_a_folder_is_skipped_with_the_reason(sample_project, fifo_folder):
    result = crosscheck("import", sample_project, fifo_folder, "--json")
    assert result.returncode == 0, result.stderr
    assert '"status": "skipped"' in result.stdout and "named pipe (FIFO)" in result.stdout


def test_a_fifo_named_on_the_command_line_fails_without_blocking(sample_project, fifo_folder):
    before = sample_project.read_bytes()
    result = crosscheck("import", sample_project, fifo_folder / "b.txt")
    assert result.returncode == 1
    assert "named pipe (FIFO)" in result.stderr and "Traceback" not in result.stderr
    assert sample_project.read_bytes() == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_not_read_for_ever(sample_project):
    result = crosscheck("import", sample_project, "/dev/zero")
    assert result.returncode == 1 and "a device" in result.stderr


def test_a_fifo_sidecar_is_ignored_with_a_warning(sample_project, tmp_path):
    (tmp_path / "c.txt").write_text("A report not in the sample.\n\n" + "It has enough words to import. " * 5)
    os.mkfifo(tmp_path / "c.meta.json")
    result = crosscheck("import", sample_project, tmp_path / "c.txt", "--json")
    assert result.returncode == 0, result.stderr
    assert "c.meta.json ignored" in result.stdout and "named pipe" in result.stdout


def test_opening_a_fifo_as_a_project(tmp_path):
    fifo = tmp_path / "p.crosscheck"
    os.mkfifo(fifo)
    for argv in (("articles", fifo), ("check", fifo), ("export", fifo, "-f", "csv", "-o", tmp_path / "x.csv")):
        result = crosscheck(*argv)
        assert result.returncode == 1
        out = result.stderr if argv[0] != "check" else result.stdout
        assert "named pipe (FIFO)" in out and "Traceback" not in result.stderr


def test_merging_from_a_fifo(sample_project, tmp_path):
    fifo = tmp_path / "other.crosscheck"
    os.mkfifo(fifo)
    before = sample_project.read_bytes()
    result = crosscheck("merge", sample_project, fifo)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, "named pipe (FIFO)")
    assert sample_project.read_bytes() == before


def test_import_annotations_from_a_fifo(capsys, sample_project, tmp_path):
    fifo = tmp_path / "notes.jsonld"
    os.mkfifo(fifo)
    result = crosscheck("import-annotations", sample_project, fifo)
    assert result.returncode == 1 and "named pipe (FIFO)" in result.stderr
    refused(capsys, sample_project, "import-annotations", sample_project, "/dev/null", match="a device")
