"""`crosscheck export P -f FORMAT -o -` writes the export to standard output, for pipes."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("fmt", ["w3c", "csv", "brat"])
def test_dash_is_standard_output(sample_project, tmp_path, fmt):
    before = sample_project.read_bytes()
    to_file = tmp_path / "export.out"
    command = [sys.executable, "-m", "desktop.cli", "export", str(sample_project), "-f", fmt]
    subprocess.run([*command, "-o", str(to_file)], check=True, capture_output=True, cwd=tmp_path, timeout=120)
    piped = subprocess.run([*command, "-o", "-"], capture_output=True, cwd=tmp_path, timeout=120)
    assert piped.returncode == 0, piped.stderr
    if fmt == "w3c":  # each export is a new collection: its own id and time; the rest is the same
        import json

        mine, theirs = json.loads(piped.stdout), json.loads(to_file.read_bytes())
        assert mine["label"] == sample_project.stem  # not the private file's name
        assert mine["first"]["items"] == theirs["first"]["items"] and mine["total"] == theirs["total"]
    elif fmt == "brat":  # a zip: its entries carry times, so compare what it holds
        import io
        import zipfile

        names = lambda data: sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())  # noqa: E731  # one-line helper
        assert names(piped.stdout) == names(to_file.read_bytes())
    else:
        assert piped.stdout == to_file.read_bytes()
    assert b"standard output" in piped.stderr and not (tmp_path / "-").exists()
    assert sample_project.read_bytes() == before


def test_a_refused_export_to_standard_output_writes_nothing_there(sample_project, tmp_path):
    piped = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "export", str(sample_project), "-f", "w3c", "-o", "-", "--claim", "nope"],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert piped.returncode == 1 and piped.stdout == b""
    assert piped.stderr.decode().count("\n") == 1 and "crosscheck: error:" in piped.stderr.decode()
