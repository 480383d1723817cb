"""ClaimReview ready to publish (issue 17 items 4 and 7): safe to paste into a page, one review per
fact-check page, the claimant and the claim's date, warnings a publisher must see, and
firstAppearance only when one source is truly first. Read back by extruct (what crawlers use) and
expanded with schema.org's own context (pyld)."""

from __future__ import annotations

import json

import extruct
import lxml.html
import pytest
from pyld import jsonld

from desktop.cli import main
from desktop.core.commands import AddArticle, Compound, CreateClaim, EditArticle, HighlightPassage
from desktop.core.export_scope import Scope
from desktop.core.model import Verdict
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.exporting import ExportOptions, export_project
from desktop.formats.claimreview import MAX_CLAIM_REVIEWED, Publisher
from desktop.store import create_project
from tests.support.exports import run_checker
from tests.support.paths import DATA

PUBLISHER = Publisher("Example Checks", "https://factcheck.example/", "https://factcheck.example/review/{id}")
OPTIONS = ExportOptions(publisher=PUBLISHER)
HOSTILE = 'Troops left </script><script>alert("x")</script> & <!-- said "50" -->'
SCHEMA = "http://schema.org/"


def project_with(statement: str = HOSTILE, dates: tuple[str, str] = ("2021-12-30", "2021-12-31")) -> tuple:
    project = Project(ProjectState(), MemoryPersistence(), author="Ana")
    a = AddArticle(
        title="Wire", text="The call lasted fifty minutes.\n", url="https://wire.example/a", published=dates[0]
    )
    b = AddArticle(title="Blog", text="Fifty minutes, said the blog.\n", published=dates[1])
    claim = CreateClaim(statement, verdict=Verdict.FALSE, claimant="Dmitry Peskov", claim_date="2021-12-30T21:00+03:00")
    project.run(
        Compound(
            [
                a,
                b,
                claim,
                HighlightPassage(a.article_id, 0, 8, claim_id=claim.claim_id),
                HighlightPassage(b.article_id, 0, 13, claim_id=claim.claim_id),
            ]
        )
    )
    return project, claim.claim_id, (a.article_id, b.article_id)


def page_with(snippet: str) -> str:
    return f"<!doctype html><html><head><title>Fact check</title>{snippet}</head><body><p>Our check.</p></body></html>"


def test_a_statement_with_script_end_tags_cannot_break_the_page(tmp_path):
    project, claim_id, _ = project_with()
    out = tmp_path / "snippet.html"
    result = export_project(project, "claimreview-html", out, options=OPTIONS)
    snippet = out.read_text(encoding="utf-8")
    assert result.items == 1 and "<" not in snippet.split("<script", 1)[1].split(">", 1)[1].split("</script>")[0]
    root = lxml.html.fromstring(page_with(snippet))
    scripts = root.xpath("//script")
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    assert root.xpath("//body//p/text()") == ["Our check."]  # the page after the element is intact
    doc = json.loads(scripts[0].text)
    assert doc["claimReviewed"] == HOSTILE and doc["url"] == f"https://factcheck.example/review/{claim_id}"
    # extruct, as a crawler would: it finds the one ClaimReview with the statement intact.
    found = extruct.extract(page_with(snippet), base_url="https://factcheck.example/", syntaxes=["json-ld"])
    assert [node["@type"] for node in found["json-ld"]] == ["ClaimReview"]
    assert found["json-ld"][0]["claimReviewed"] == HOSTILE


def schema_loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    context = json.loads((DATA / "schemaorg-context" / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": context}


def test_extruct_and_the_schema_org_context_read_claimant_date_and_appearances(tmp_path):
    project, _, _ = project_with()
    out = tmp_path / "snippet.html"
    export_project(project, "claimreview-html", out, options=OPTIONS)
    (node,) = extruct.extract(page_with(out.read_text(encoding="utf-8")), syntaxes=["json-ld"])["json-ld"]
    (review,) = jsonld.expand(node, {"documentLoader": schema_loader})
    item = review[f"{SCHEMA}itemReviewed"][0]
    assert item["@type"] == [f"{SCHEMA}Claim"]
    author = item[f"{SCHEMA}author"][0]
    assert author["@type"] == [f"{SCHEMA}Person"] and author[f"{SCHEMA}name"][0]["@value"] == "Dmitry Peskov"
    assert item[f"{SCHEMA}datePublished"][0]["@value"] == "2021-12-30T21:00+03:00"
    assert [w[f"{SCHEMA}name"][0]["@value"] for w in item[f"{SCHEMA}appearance"]] == ["Wire", "Blog"]
    assert item[f"{SCHEMA}firstAppearance"][0][f"{SCHEMA}name"][0]["@value"] == "Wire"
    assert review[f"{SCHEMA}claimReviewed"][0]["@value"] == HOSTILE


def test_one_claim_is_one_review_object_and_the_file_is_escaped_too(tmp_path):
    project, claim_id, _ = project_with()
    out = tmp_path / "review.jsonld"
    result = export_project(project, "claimreview", out, Scope.of(claim_ids=[claim_id]), options=OPTIONS)
    text = out.read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text and "&" not in text and "\\u003c/script" in text
    doc = json.loads(text)
    assert result.items == 1 and doc["@type"] == "ClaimReview" and doc["@context"] == "https://schema.org"
    assert doc["itemReviewed"]["author"] == {"@type": "Person", "name": "Dmitry Peskov"}
    status, report = run_checker("check_schemaorg", out)
    assert status == 0, report


def test_several_claims_give_a_feed_graph_and_one_snippet_each(tmp_path):
    project, _, (a, _b) = project_with("A short claim.")
    other = CreateClaim("Another short claim.", verdict=Verdict.TRUE)
    project.run(Compound([other, HighlightPassage(a, 9, 15, claim_id=other.claim_id)]))
    feed = tmp_path / "feed.jsonld"
    assert export_project(project, "claimreview", feed, options=OPTIONS).items == 2
    assert len(json.loads(feed.read_text(encoding="utf-8"))["@graph"]) == 2
    html = tmp_path / "snippets.html"
    assert export_project(project, "claimreview-html", html, options=OPTIONS).items == 2
    root = lxml.html.fromstring(page_with(html.read_text(encoding="utf-8")))
    assert [json.loads(s.text)["claimReviewed"] for s in root.xpath("//script")] == [
        "A short claim.",
        "Another short claim.",
    ]


def test_warnings_for_a_missing_publisher_and_a_long_statement(tmp_path):
    long_statement = "The telephone conversation between the two presidents lasted about fifty minutes."
    assert len(long_statement) > MAX_CLAIM_REVIEWED
    project, claim_id, _ = project_with(long_statement)
    out = tmp_path / "r.jsonld"
    result = export_project(
        project, "claimreview", out, options=ExportOptions(Publisher(review_url=PUBLISHER.review_url))
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "author" not in doc  # no silent author
    assert any(w.startswith("no publisher: the ClaimReviews have no author") for w in result.warnings)
    assert any(
        f"claim {claim_id[:8]}: claimReviewed has {len(long_statement)} characters" in w for w in result.warnings
    )
    clean = export_project(project_with("Short.")[0], "claimreview", out, options=OPTIONS)
    assert clean.warnings == ()


@pytest.mark.parametrize(
    "dates, first",
    [
        (("2021-12-30", "2021-12-31"), "Wire"),
        (("2021-12-31", "2021-12-30"), "Blog"),
        (("2021-12-30", "2021-12-30"), None),  # a tie: nobody is "first" because imported first
        (("2021-12-30T10:00Z", "2021-12-30T09:00Z"), "Blog"),  # the time of day decides
        (("2021", "2021-12-30"), None),  # a year-only date no longer wins
        (("", "2021-12-31"), "Blog"),
    ],
)
def test_first_appearance_only_when_one_source_is_truly_first(tmp_path, dates, first):
    project, _, _ = project_with("Short.", dates)
    out = tmp_path / "r.jsonld"
    result = export_project(project, "claimreview", out, options=OPTIONS)
    item = json.loads(out.read_text(encoding="utf-8"))["itemReviewed"]
    assert item.get("firstAppearance", {}).get("name") == first
    assert any("tie for the first appearance" in w for w in result.warnings) == (first is None and all(dates))


def test_invalid_dates_never_reach_the_markup(tmp_path):
    project, _, (a, _b) = project_with("Short.")
    with pytest.raises(Exception, match="published '2021-02-30'"):
        project.run(EditArticle(a, {"published": "2021-02-30"}))
    out = tmp_path / "r.jsonld"
    export_project(project, "claimreview", out, options=OPTIONS)
    status, report = run_checker("check_schemaorg", out)
    assert status == 0, report


def test_cli_prints_warnings_and_still_writes(tmp_path, capsys):
    path = tmp_path / "p.crosscheck"
    project = create_project(path)
    article = AddArticle(title="T", text="Some text about the call.\n", published="2021-12-30")
    claim = CreateClaim("x" * 90, verdict=Verdict.TRUE)
    project.run(Compound([article, claim, HighlightPassage(article.article_id, 0, 4, claim_id=claim.claim_id)]))
    project.persistence.close()
    out = tmp_path / "r.html"
    code = main(["export", str(path), "-f", "claimreview-html", "-o", str(out), "--review-url", "https://x.example/r"])
    captured = capsys.readouterr()
    assert code == 0 and out.exists() and "exported 1 ClaimReview snippet" in captured.out
    warnings = [line for line in captured.err.splitlines() if line]
    assert len(warnings) == 2 and all(line.startswith("warning: ") for line in warnings)
