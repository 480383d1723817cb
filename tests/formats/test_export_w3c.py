"""W3C Web Annotation: conformance of every export, the lossless round trip, and reading other
tools' annotations back with re-anchoring."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.annotation_import import import_annotations
from desktop.core.commands import AddArticle, Compound
from desktop.core.export_scope import Scope
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.exporting import export_project
from tests.support.exports import build_project, check_w3c_container, run_checker


def articles_only_copy(source: Project, texts: dict[str, str] | None = None) -> Project:
    """A project B with the same articles as A (new ids), optionally with changed texts."""
    target = Project(ProjectState(), MemoryPersistence(), author="someone else")
    steps = []
    for article in source.state.articles.values():
        text = (texts or {}).get(article.id, article.text)
        steps.append(
            AddArticle(
                title=article.title,
                text=text,
                outlet=article.outlet,
                url=article.url,
                language=article.language,
                published=article.published,
            )
        )
    target.run(Compound(steps, label="articles"))
    return target


@pytest.mark.parametrize(
    "scope",
    [Scope(), Scope.of(verdict_only=True), Scope.of(languages=["it"]), Scope.of(tags=["call"])],
    ids=["all", "verdict", "italian", "tag"],
)
def test_every_w3c_export_passes_all_must_assertions(tmp_path, scope):
    project = build_project()
    out = tmp_path / "set.jsonld"
    result = export_project(project, "w3c", out, scope)
    status, report = run_checker("check_w3c", out)
    assert status == 0, report
    assert report.strip().endswith(" 0 failed") and not report.startswith("0 passed")
    assert check_w3c_container(out) == []
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["total"] == len(doc["first"]["items"]) == result.items


def test_sample_project_export_conforms(tmp_path, sample_project):
    from desktop.store import open_project

    project = open_project(sample_project, read_only=True)
    try:
        out = tmp_path / "sample.jsonld"
        export_project(project, "w3c", out)
    finally:
        project.persistence.close()
    status, report = run_checker("check_w3c", out)
    assert status == 0, report


def test_checker_catches_a_broken_annotation(tmp_path):
    """The suite is live: an annotation without a target fails it."""
    project = build_project()
    out = tmp_path / "set.jsonld"
    export_project(project, "w3c", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    del doc["first"]["items"][0]["target"]
    out.write_text(json.dumps(doc), encoding="utf-8")
    status, report = run_checker("check_w3c", out)
    assert status == 1 and "target" in report.lower()


def test_our_fields_are_namespaced_and_passages_have_both_selectors(tmp_path):
    project = build_project()
    out = tmp_path / "set.jsonld"
    export_project(project, "w3c", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    standard = {
        "@context",
        "id",
        "type",
        "motivation",
        "body",
        "target",
        "created",
        "creator",
        "modified",
        "generator",
        "generated",
        "label",
        "total",
        "first",
    }
    for item in doc["first"]["items"]:
        assert {"http://www.w3.org/ns/anno.jsonld"} <= set(c for c in item["@context"] if isinstance(c, str))
        assert all(key in standard or key.startswith("crosscheck:") for key in item), item.keys()
        for target in item["target"] if isinstance(item["target"], list) else [item["target"]]:
            if isinstance(target, dict):
                kinds = {s["type"] for s in target["selector"]}
                assert kinds == {"TextQuoteSelector", "TextPositionSelector"}
                quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
                position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
                if isinstance(target["source"], str):  # a page URL: the TimeState names the stored text
                    assert target["source"].startswith("https://") and target["state"]["type"] == "TimeState"
                    sha = target["state"]["cached"].removeprefix("urn:sha256:")
                    assert target["crosscheck:text"]["id"] == target["state"]["cached"]
                else:
                    sha = target["source"]["id"].removeprefix("urn:sha256:")
                    assert target["source"]["crosscheck:sha256"] == sha and "state" not in target
                article = project.state.article_by_sha(sha)
                assert article.text[position["start"] : position["end"]] == quote["exact"]
    motivations = {item["motivation"] for item in doc["first"]["items"]}
    assert motivations == {"linking", "assessing", "highlighting"}


def _comparable(project: Project, other: Project):
    by_sha = {a.sha256: a.id for a in other.state.articles.values()}
    mapping = {a.id: by_sha[a.sha256] for a in project.state.articles.values()}
    passages = {k: replace(p, article_id=mapping[p.article_id]) for k, p in project.state.passages.items()}
    return project.state.claims, passages


def test_round_trip_is_lossless(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out)
    b = articles_only_copy(a)
    report = import_annotations(b, out)
    assert report.stored, (report.message, report.problems, report.orphans)
    assert not report.reanchored and not report.orphans
    claims, passages = _comparable(a, b)
    assert b.state.claims == claims  # ids, statements, verdicts, notes, tags, colours, authors, timestamps
    assert b.state.passages == passages  # ids, offsets, quotes, context, stances, notes, authors, timestamps
    assert any(p.modified_by == "Bo Lind" and p.created_by == "Ana Rossi" for p in b.state.passages.values())
    # One undo step removes the whole import.
    assert b.undo_label.startswith("Import annotations")
    b.undo()
    assert not b.state.claims and not b.state.passages


def test_reimporting_the_same_file_changes_nothing(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out)
    b = articles_only_copy(a)
    assert import_annotations(b, out).stored
    transactions = len(b.persistence.transactions)
    again = import_annotations(b, out)
    assert again.stored and len(b.persistence.transactions) == transactions


def test_partial_scope_round_trips_its_part(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out, Scope.of(verdict_only=True))
    b = articles_only_copy(a)
    assert import_annotations(b, out).stored
    rated = {c.id for c in a.state.claims.values() if c.verdict.value != "Not rated"}
    assert set(b.state.claims) == rated
    assert all(p.claim_id in rated for p in b.state.passages.values())


def test_changed_text_is_reanchored_for_review(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out)
    it = next(x for x in a.state.articles.values() if x.language == "it")
    # The colleague's copy (same URL, so it still matches) has a line in front and one word more.
    changed = "Ultime notizie.\n" + it.text.replace("alle 10:00", "alle ore 10:00")
    b = articles_only_copy(a, {it.id: changed})
    report = import_annotations(b, out)
    assert report.stored, (report.message, report.problems, report.orphans)
    moved = {p.passage_id: p for p in report.reanchored}
    assert set(moved) == {p.id for p in a.state.passages.values() if p.article_id == it.id}
    fuzzy = [p for p in moved.values() if not p.exact]
    assert len(fuzzy) == 1 and "ore 10:00" in fuzzy[0].quote
    for placed in moved.values():
        if placed.exact:  # the same words, found further on
            assert placed.quote == a.state.passages[placed.passage_id].quote
            assert placed.start >= placed.old_start + len("Ultime notizie.\n")
    for passage in b.state.passages.values():
        text = b.state.articles[passage.article_id].text
        assert text[passage.start : passage.end] == passage.quote
    assert report.matched  # passages of untouched articles still match at their stored offsets


def test_changed_text_without_url_is_an_orphan(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out)
    en = next(x for x in a.state.articles.values() if x.title == "Fifty minutes")  # no URL: matched by hash only
    b = articles_only_copy(a, {en.id: en.text + "\nOne more line."})
    report = import_annotations(b, out)
    assert not report.stored and len(report.orphans) == len(a.state.passages_of_article(en.id))
    assert all("no article" in o.reason for o in report.orphans)
    assert not b.state.claims and not b.state.passages


def test_exact_only_turns_fuzzy_matches_into_orphans(tmp_path):
    a = build_project()
    out = tmp_path / "a.jsonld"
    export_project(a, "w3c", out)
    it = next(x for x in a.state.articles.values() if x.language == "it")
    b = articles_only_copy(a, {it.id: it.text.replace("alle 10:00", "alle ore 10:00")})
    report = import_annotations(b, out, exact_only=True)
    assert not report.stored and report.orphans and "orphan" in report.message
    assert not b.state.claims and not b.state.passages
    report = import_annotations(b, out, exact_only=True, skip_orphans=True)
    assert report.stored and len(b.state.passages) == len(a.state.passages) - len(report.orphans)


HYPOTHESIS = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "type": "Annotation",
    "id": "https://hypothes.is/a/AbC123",
    "created": "2022-01-02T10:00:00.000000+00:00",
    "modified": "2022-01-02T10:05:00.000000+00:00",
    "creator": "acct:reader@hypothes.is",
    "body": [
        {"type": "TextualBody", "value": "Check this figure.", "format": "text/markdown"},
        {"type": "TextualBody", "purpose": "tagging", "value": "duration"},
    ],
    "target": [
        {
            "source": "https://example.it/a",
            "selector": [
                {
                    "type": "RangeSelector",
                    "startSelector": {"type": "XPathSelector", "value": "/p[1]"},
                    "endSelector": {"type": "XPathSelector", "value": "/p[1]"},
                    "startOffset": 0,
                    "endOffset": 8,
                },
                {"type": "TextPositionSelector", "start": 14, "end": 22},
                {"type": "TextQuoteSelector", "exact": "arrivato", "prefix": "Il presidente è ", "suffix": " 🇮🇹 alle"},
            ],
        }
    ],
}


def test_reads_hypothesis_style_annotations(tmp_path):
    a = build_project()
    path = tmp_path / "h.jsonld"
    path.write_text(json.dumps([HYPOTHESIS]), encoding="utf-8")
    b = articles_only_copy(a)
    report = import_annotations(b, path)
    assert report.stored, (report.message, report.problems, report.orphans)
    (passage,) = b.state.passages.values()
    article = b.state.articles[passage.article_id]
    assert article.url == "https://example.it/a" and passage.quote == "arrivato"
    assert article.text[passage.start : passage.end] == "arrivato" and passage.claim_id is None
    assert passage.note == "Check this figure." and passage.created_by == "acct:reader@hypothes.is"
    assert passage.created == "2022-01-02T10:00:00.000000Z"  # normalised to our UTC form, same moment
    # Importing again replaces the same passage (a stable id), it does not duplicate it.
    assert import_annotations(b, path).stored and len(b.state.passages) == 1
