"""Issue 19, defects 3, 4 and 12 through the command line: the hostile input at its size limit,
under a CPU-time ceiling, gives one line and leaves the project byte-identical (the tests in
tests/formats/test_bounded_work.py and tests/core/test_anchoring_bounds.py bound the pieces)."""

from __future__ import annotations

import shutil

import pytest

from desktop.cli import main
from desktop.formats.candidate import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from tests.support.hostile import assert_one_line_error, cli_with_cpu_ceiling, refused
from tests.support.long_quotes import long_project, with_altered_long_passages


@pytest.fixture
def empty(tmp_path):
    path = tmp_path / "p.crosscheck"
    assert main(["new", str(path)]) == 0
    return path


def test_a_page_of_unclosed_tags_at_the_limit(empty, tmp_path):
    """Defect 3: 27 s of CPU at 200 KB, days at the limit, while holding the write lock."""
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><body><p>x</p>" + b"<" * (MAX_FILE_BYTES - 30))
    before = empty.read_bytes()
    code, out, err = cli_with_cpu_ceiling(30, "import", empty, page)
    assert code == 1 and "0 imported, 0 skipped, 1 failed" in out
    assert_one_line_error(err, "over the 2,000,000 limit for one article")
    assert empty.read_bytes() == before


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_text_over_the_limit(capsys, empty, tmp_path, suffix):
    """Defect 12: a 5M-character .txt took 12 s and 451 MB to open in the window."""
    path = tmp_path / f"long{suffix}"
    path.write_text("Una frase lunga. " * (5_000_000 // 17), encoding="utf-8")
    refused(capsys, empty, "import", empty, path, match=f"over the {MAX_ARTICLE_CHARS:,} limit for one article")


def test_a_merge_of_long_altered_quotes_is_bounded(tmp_path):
    """Defect 4: six altered 8,000-character quotes made `merge` take 86 s."""
    ours = long_project(tmp_path)
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(ours, other)
    with_altered_long_passages(other)
    before = ours.read_bytes(), other.read_bytes()
    code, out, err = cli_with_cpu_ceiling(40, "merge", ours, other)
    assert code == 0 and "0 added, 0 updated" in out and "6 orphaned" in out, err
    assert err == "" and (ours.read_bytes(), other.read_bytes()) == before  # nothing to merge: nothing written
