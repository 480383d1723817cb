"""Hypothesis's real files into a project (issue 17 item 2): the client's export, the API search
answer and h's JSON-LD, built from Hypothesis's own code (tests/data/hypothesis/README.md). Page
notes and replies are skipped and listed, never blocking; URLs match across scheme, www.,
tracking parameters and fragments; refinedBy and id-only targets are handled or refused saying
what is missing; a collection with bad items imports its good ones when asked."""

from __future__ import annotations

import json

import pytest

from desktop.annotation_import import import_annotations
from desktop.cli import main
from desktop.core.commands import AddArticle, Compound
from desktop.core.urls import comparable_url
from desktop.exporting import export_project
from desktop.store import create_project, open_project
from tests.support.exports import build_project
from tests.support.paths import DATA, SAMPLES

FILES = DATA / "hypothesis"
RIA = "https://www.ria-news.example/world/20211231/putin-biden.html"
WIRE = "https://247news.example/2021/12/31/biden-putin-call/"
RIA_QUOTE = "It lasted approximately 50 minutes."
WIRE_QUOTE = "The call lasted fifty minutes, the White House reported."


def sample_text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.crosscheck"
    project = create_project(path)
    project.run(
        Compound(
            [
                AddArticle(title="RIA", text=sample_text("03-en-ushakov-briefing-ria.txt"), url=RIA, language="en"),
                AddArticle(title="Wire", text=sample_text("04-en-wire-both-readouts-247news.txt"), url=WIRE),
            ]
        )
    )
    project.persistence.close()
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def passages_by_quote(path) -> dict:
    project = open_project(path, read_only=True)
    try:
        return {p.quote: (p, project.state.articles[p.article_id]) for p in project.state.passages.values()}
    finally:
        project.persistence.close()


def test_client_export_imports_its_passages_and_lists_page_note_and_reply(project_path, capsys):
    code, out, err = run(capsys, "import-annotations", project_path, FILES / "client-export.json", "--skip-orphans")
    assert code == 0, err
    stored = passages_by_quote(project_path)
    assert set(stored) == {RIA_QUOTE, WIRE_QUOTE}
    highlight, ria = stored[RIA_QUOTE]
    assert ria.title == "RIA" and ria.text[highlight.start : highlight.end] == RIA_QUOTE  # the quote anchors
    note, wire = stored[WIRE_QUOTE]
    assert wire.title == "Wire" and note.note.startswith("Same figure as Ushakov's") and note.created_by == "Bo Lind"
    assert note.created == "2022-01-02T09:20:41.004118Z"
    lines = out.splitlines()
    assert any(line.startswith("skipped") and "a page note" in line for line in lines)
    assert any(line.startswith("skipped") and "a reply (to Zr1aPmE4EeyK1q8ChGSkAw)" in line for line in lines)
    assert any(line.startswith("orphan") and "quoted text was not found" in line for line in lines)
    assert "None" not in out + err


def test_without_skip_orphans_the_missing_quote_stores_nothing_but_page_notes_never_block(project_path, capsys):
    before = project_path.read_bytes()
    code, _out, err = run(capsys, "import-annotations", project_path, FILES / "client-export.json")
    assert code == 1 and "1 passage could not be anchored (orphans); nothing was imported" in err
    assert "type is None" not in err and "Traceback" not in err
    assert project_path.read_bytes() == before


def test_api_search_answer_with_separate_replies(project_path):
    project = open_project(project_path)
    try:
        report = import_annotations(project, FILES / "api-search.json")
        assert report.stored, (report.message, report.problems, report.orphans)
        assert report.passages == 2 and report.annotations == 4
        assert sorted(s.split(": ", 1)[1][:11] for s in report.skipped) == ["a page note", "a reply (to"]
        assert {p.quote for p in project.state.passages.values()} == {RIA_QUOTE, WIRE_QUOTE}
        tags_note = next(p for p in project.state.passages.values() if p.quote == WIRE_QUOTE).note
        assert "check the White House readout" in tags_note
        # Importing again replaces the same passages (stable ids), it does not duplicate them.
        assert import_annotations(project, FILES / "api-search.json").stored and len(project.state.passages) == 2
    finally:
        project.persistence.close()


def test_h_json_ld_relative_positions_are_not_taken_for_offsets(project_path):
    project = open_project(project_path)
    try:
        report = import_annotations(project, FILES / "jsonld.json")
        assert not report.stored
        (problem,) = report.problems
        assert problem.startswith("annotation 4 (https://hypothes.is/a/c3Ppb2E5EeyU8l-3tD2rQx)")
        assert "only TextPositionSelector is nested under refinedBy" in problem and "no TextQuoteSelector" in problem
        assert any("a page note" in s for s in report.skipped)
        # Asked to, it leaves that one out and imports the two good ones.
        report = import_annotations(project, FILES / "jsonld.json", skip_invalid=True)
        assert report.stored and report.passages == 2, (report.message, report.problems)
        assert any(s.startswith("annotation 4") and "left out" in s for s in report.skipped)
    finally:
        project.persistence.close()


def test_w3c_spec_examples_refined_by_and_id_only_targets(project_path):
    project = open_project(project_path)
    try:
        report = import_annotations(project, FILES / "w3c-spec-examples.json")
        assert report.stored, (report.message, report.problems)
        (passage,) = project.state.passages.values()
        assert passage.quote == "called it an “important action”"  # found through refinedBy
        assert [s.split(": ", 1)[1][:11] for s in report.skipped] == ["a page note", "a page note"]
    finally:
        project.persistence.close()


@pytest.mark.parametrize(
    "variant",
    [
        "http://www.ria-news.example/world/20211231/putin-biden.html",
        "https://ria-news.example/world/20211231/putin-biden.html/",
        "https://WWW.RIA-news.example:443/world/20211231/putin-biden.html?utm_source=x&fbclid=abc#top",
    ],
)
def test_url_variants_are_the_same_page(variant):
    assert comparable_url(variant) == comparable_url(RIA)


def test_different_pages_stay_different():
    assert comparable_url(RIA + "?page=2") != comparable_url(RIA)
    assert comparable_url("https://ria-news.example/other") != comparable_url(RIA)
    assert comparable_url("urn:sha256:abc") == "urn:sha256:abc"


def test_target_with_position_only_on_a_page_url_is_an_orphan_saying_why(project_path, tmp_path):
    doc = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno9",
        "type": "Annotation",
        "target": {"source": RIA, "selector": {"type": "TextPositionSelector", "start": 10, "end": 20}},
    }
    path = tmp_path / "a.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    project = open_project(project_path)
    try:
        report = import_annotations(project, path)
        (orphan,) = report.orphans
        assert "only a TextPositionSelector, whose offsets count the page's own text" in orphan.reason
    finally:
        project.persistence.close()


def test_a_collection_with_bad_items_imports_the_good_ones_when_asked(tmp_path, capsys):
    source = build_project()
    out = tmp_path / "set.jsonld"
    export_project(source, "w3c", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    items = doc["first"]["items"]
    lost = len(items[0]["target"]) + 1  # the claim's passages, and the broken unlinked one
    del items[0]["type"]  # a claim annotation without its type
    items[-1]["target"]["selector"] = [{"type": "TextPositionSelector", "start": "a", "end": 3}]
    out.write_text(json.dumps(doc), encoding="utf-8")
    path = tmp_path / "p.crosscheck"
    target = create_project(path)
    target.run(Compound([AddArticle(title=a.title, text=a.text, url=a.url) for a in source.state.articles.values()]))
    target.persistence.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "import-annotations", path, out)
    # Two bad items, and the first one's verdict then refers to a claim that is not there.
    assert code == 1 and "the file has 3 problems; nothing was imported" in err and path.read_bytes() == before
    assert "not a Web Annotation (it has no type; Annotation expected)" in err
    code, out_text, err = run(capsys, "import-annotations", path, out, "--skip-invalid")
    assert code == 0, err
    skipped = [line for line in out_text.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 3 and all("left out" in line for line in skipped)
    imported = open_project(path, read_only=True)
    try:
        assert len(imported.state.claims) == len(source.state.claims) - 1
        assert len(imported.state.passages) == len(source.state.passages) - lost > 0
    finally:
        imported.persistence.close()
