"""Dates on import (issue 17 item 5, issue 14 item 5): a date the user wrote (NAME.meta.json) must
be a real ISO 8601 date or the file is refused naming the field and the value; a date an
extractor guessed (a web page, Markdown front matter) is dropped with a warning. Nothing invalid
is ever stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.formats import html_import
from desktop.formats.markdown_import import read_markdown_bytes
from desktop.importing import add_candidates, read_candidates, read_one
from desktop.store import create_project, open_project
from tests.support.paths import DATA, SAMPLES


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def article_with_meta(folder: Path, name: str, published: str) -> Path:
    text = folder / f"{name}.txt"
    text.write_text("Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti.\n", encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"title": name, "published": published}), encoding="utf-8")
    return text


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.crosscheck"
    assert run(capsys, "new", path)[0] == 0
    assert run(capsys, "import", path, SAMPLES / "02-it-kremlin-readout-translation.txt")[0] == 0
    return path


@pytest.mark.parametrize(
    "published, reason",
    [
        ("20/01/2022", "day and month order is not ISO 8601; write 2022-01-20"),
        ("2021-02-30", "there is no day 30 in February 2021"),
        ("2021-12-31T25:99", "25:99 is not a time of day"),
        ("next Tuesday", "write it as YYYY-MM-DD"),
    ],
)
def test_meta_json_with_an_invalid_date_refuses_the_file_and_changes_nothing(
    project, tmp_path, capsys, published, reason
):
    path = article_with_meta(tmp_path, "bad", published)
    before = project.read_bytes()
    code, out, err = run(capsys, "import", project, path)
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err and "unexpected" not in err
    assert f"bad.meta.json: published {published!r} is not a valid ISO 8601 date" in lines[0]
    assert reason in lines[0]
    assert "0 imported" in out
    assert project.read_bytes() == before


def test_a_bad_date_fails_its_file_only(project, tmp_path, capsys):
    bad = article_with_meta(tmp_path, "bad", "2021-02-30")
    good = article_with_meta(tmp_path, "good", "2021-12-31 10:00")
    good.write_text("The call lasted fifty minutes, the White House said.\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", project, bad, good, "--skip-failed")
    assert code == 0 and "1 imported, 0 skipped, 1 failed" in out
    opened = open_project(project, read_only=True)
    stored = {a.title: a.published for a in opened.state.articles.values()}
    opened.persistence.close()
    assert stored["good"] == "2021-12-31T10:00" and "bad" not in stored  # normalised, never as typed


def test_page_with_an_invalid_extracted_date_keeps_the_article_and_drops_the_date(monkeypatch):
    real = html_import._extract

    def with_bad_date(root, url):
        doc = real(root, url)
        doc.date = "2021-02-30"
        return doc

    monkeypatch.setattr(html_import, "_extract", with_bad_date)
    candidate = read_one(DATA / "pages" / "it-quotidiano-telefonata.html")
    assert candidate.text and candidate.published == ""
    warning = next(w for w in candidate.warnings if "2021-02-30" in w)
    assert warning.startswith("the page's date: published '2021-02-30' is not a valid ISO 8601 date")
    assert "left out" in warning


def test_page_dates_pass_the_check_unchanged():
    assert read_one(DATA / "pages" / "it-quotidiano-telefonata.html").published == "2021-12-31"
    assert read_one(DATA / "pages" / "en-nolang-factcheck.html").published == "2022-01-03"


def test_markdown_front_matter_date_is_dropped_with_a_warning_when_invalid():
    bad = read_markdown_bytes(b"---\ntitle: Nota\ndate: 30/12/2021\n---\n\nIl testo della nota.\n", "n.md")
    assert bad.published == "" and any("published '30/12/2021'" in w for w in bad.warnings)
    jekyll = read_markdown_bytes(b"---\ndate: 2021-12-31 10:00:00 +0100\n---\n\nIl testo.\n", "j.md")
    assert jekyll.published == "2021-12-31T10:00:00+01:00" and not jekyll.warnings


def test_a_date_edited_in_the_review_is_checked_before_storing(tmp_path):
    project = create_project(tmp_path / "p.crosscheck")
    (tmp_path / "a.txt").write_text("First article text here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second article text here.\n", encoding="utf-8")
    candidates, problems = read_candidates([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert not problems
    candidates[0].published = "2021-13-01"  # what a review dialog without a date picker could send
    report = add_candidates(project, candidates)
    failed = [o for o in report.outcomes if o.status == "failed"]
    assert len(failed) == 1 and "published '2021-13-01' is not a valid ISO 8601 date" in failed[0].message
    assert [a.title for a in project.state.articles.values()] == ["Second article text here."]
    project.persistence.close()
