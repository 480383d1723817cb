"""The README states the project file's format version; it must be the one this build writes."""

from __future__ import annotations

import re

from desktop.store.file_format import SCHEMA_VERSION
from tests.support.cli import run
from tests.support.paths import REPO


def test_readme_names_the_format_version_that_check_reports(sample_project, capsys):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"`PRAGMA user_version` = the format version\s+\(now (\d+)", readme)
    assert stated is not None, "README no longer states the format version"
    code, out, _ = run(capsys, "check", sample_project)
    assert code == 0 and f"format {SCHEMA_VERSION}," in out
    assert int(stated.group(1)) == SCHEMA_VERSION
