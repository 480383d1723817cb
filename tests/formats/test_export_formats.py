"""ClaimReview, CSV, brat and the HTML report, each checked by its own format's rules."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import lxml.html
import pytest

from desktop.core.export_scope import Scope
from desktop.core.model import Verdict
from desktop.exporting import ExportError, ExportOptions, export_project, publisher_from_settings
from desktop.formats.claimreview import Publisher
from desktop.formats.csv_export import COLUMNS, unguard
from tests.support.exports import build_project, run_checker

PUBLISHER = Publisher("Example Checks", "https://factcheck.example/", "https://factcheck.example/review/{id}")
OPTIONS = ExportOptions(publisher=PUBLISHER)


# --- ClaimReview ---------------------------------------------------------------------------
def test_claimreview_conforms_and_has_required_and_recommended_properties(tmp_path):
    project = build_project()
    out = tmp_path / "reviews.jsonld"
    result = export_project(project, "claimreview", out, options=OPTIONS)
    status, report = run_checker("check_schemaorg", out)
    assert status == 0, report
    graph = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    rated = [c for c in project.state.claims.values() if c.verdict != Verdict.NOT_RATED]
    assert result.items == len(graph) == len(rated) == 3
    for review, claim in zip(graph, rated, strict=False):
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == claim.statement
        assert review["reviewRating"]["alternateName"] == claim.verdict.value
        assert review["url"] == f"https://factcheck.example/review/{claim.id}"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Checks",
            "url": "https://factcheck.example/",
        }
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        carriers = [project.state.articles[a] for a in project.state.sources_of_claim(claim.id)]
        assert [w["name"] for w in item["appearance"]] == [a.title for a in carriers]
        assert [w["identifier"] for w in item["appearance"]] == [f"urn:sha256:{a.sha256}" for a in carriers]
        dated = [a for a in carriers if a.published]
        earliest = min(dated, key=lambda a: a.published)
        assert item["firstAppearance"]["name"] == earliest.title
        if claim.verdict.rating_value is None:
            assert "ratingValue" not in review["reviewRating"]
        else:
            assert review["reviewRating"]["ratingValue"] == claim.verdict.rating_value
            assert (review["reviewRating"]["bestRating"], review["reviewRating"]["worstRating"]) == (5, 1)
    first_claim = graph[0]["itemReviewed"]
    # The 30 December wire story precedes the 31 December one; the undated blog does not count.
    assert first_claim["firstAppearance"]["name"] == "Fifty minutes"
    assert len(first_claim["appearance"]) == 3


def test_claimreview_appearance_respects_the_article_scope(tmp_path):
    project = build_project()
    out = tmp_path / "reviews.jsonld"
    export_project(project, "claimreview", out, Scope.of(languages=["it"]), options=OPTIONS)
    graph = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    for review in graph:
        assert {w["inLanguage"] for w in review["itemReviewed"]["appearance"]} == {"it"}


def test_claimreview_without_review_url_writes_nothing(tmp_path):
    project = build_project()
    out = tmp_path / "reviews.jsonld"
    with pytest.raises(ExportError, match="URL of the fact-check article"):
        export_project(project, "claimreview", out)
    assert list(tmp_path.iterdir()) == []


def test_claimreview_publisher_falls_back_to_project_settings(sample_project, tmp_path):
    from desktop.store import open_project

    project = open_project(sample_project)
    try:
        project.persistence.set_setting("claimreview.publisher_name", "Stored Org")
        project.persistence.set_setting("claimreview.review_url", "https://stored.example/fc")
        publisher = publisher_from_settings(project.persistence, review_url="https://given.example/x")
        assert publisher == Publisher("Stored Org", "", "https://given.example/x")
        out = tmp_path / "r.jsonld"
        export_project(project, "claimreview", out, options=ExportOptions(publisher_from_settings(project.persistence)))
    finally:
        project.persistence.close()
    graph = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert graph and all(r["url"] == "https://stored.example/fc" and r["author"]["name"] == "Stored Org" for r in graph)


# --- CSV -----------------------------------------------------------------------------------
def expected_rows(project):
    """What each row must hold, computed straight from the entities."""
    rows = []
    for article in project.state.articles.values():
        for p in project.state.passages_of_article(article.id):
            claim = project.state.claims.get(p.claim_id) if p.claim_id else None
            rows.append(
                [
                    p.claim_id or "",
                    claim.statement if claim else "",
                    claim.verdict.value if claim else "",
                    claim.claimant if claim else "",
                    claim.claim_date if claim else "",
                    article.title,
                    article.outlet,
                    article.language,
                    article.published,
                    article.url,
                    str(p.start),
                    str(p.end),
                    p.quote,
                    p.stance.value,
                    p.note,
                    p.created_by,
                    p.created,
                    p.id,
                    article.id,
                ]
            )
    return rows


def test_csv_parses_back_to_the_same_rows_with_formulas_neutralised(tmp_path):
    project = build_project()
    out = tmp_path / "passages.csv"
    export_project(project, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets detect the encoding
    parsed = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert parsed[0] == list(COLUMNS)
    body = parsed[1:]
    assert [[unguard(cell) for cell in row] for row in body] == expected_rows(project)
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    cells = {cell for row in body for cell in row}
    assert "'=cmd|' /C calc'!A0 is a formula" in cells
    assert "'+1 for diplomacy; -2" in cells and '\'=HYPERLINK("x")' in cells
    assert any("😀" in cell and "\n" in cell for cell in cells)  # emoji and a line break inside a quote


# --- brat ----------------------------------------------------------------------------------
def read_conf(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections[current] = []
        else:
            assert current is not None, f"line outside a section: {line}"
            sections[current].append(line)
    return sections


def test_brat_offsets_match_the_text_and_conf_is_valid(tmp_path):
    project = build_project()
    out = tmp_path / "corpus.zip"
    export_project(project, "brat", out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert all(n.startswith("corpus/") for n in names)
        conf = read_conf(archive.read("corpus/annotation.conf").decode("utf-8"))
        assert set(conf) == {"entities", "relations", "events", "attributes"}
        entity_types = set(conf["entities"])
        attributes = {}
        for line in conf["attributes"]:
            match = re.fullmatch(r"(\w+)\s+Arg:([\w|<>]+), Value:([\w|]+)", line)
            assert match, line
            assert set(match.group(2).split("|")) <= entity_types
            attributes[match.group(1)] = set(match.group(3).split("|"))
        for line in conf["relations"]:
            assert re.fullmatch(r"<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", line), line
        seen_passages, fragmented = 0, 0
        texts = {n[:-4]: archive.read(n).decode("utf-8") for n in names if n.endswith(".txt")}
        assert len(texts) == len(project.state.articles)
        by_text = {a.text: a for a in project.state.articles.values()}
        for stem, text in texts.items():
            article = by_text[text]  # the .txt is the stored text, byte for byte
            ann = archive.read(stem + ".ann").decode("utf-8")
            t_ids = set()
            for line in ann.splitlines():
                fields = line.split("\t")
                if line.startswith("T"):
                    assert len(fields) == 3
                    kind, _, offsets = fields[1].partition(" ")
                    assert kind in entity_types
                    pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
                    fragmented += len(pieces) > 1
                    assert fields[2] == " ".join(text[s:e] for s, e in pieces)
                    t_ids.add(fields[0])
                    seen_passages += 1
                elif line.startswith("A"):
                    name, target, value = fields[1].split(" ")
                    assert target in t_ids and value in attributes[name]
                elif line.startswith("N"):
                    assert re.fullmatch(r"Reference (T\d+) Claim:[0-9a-f-]{36}", fields[1])
                    assert fields[1].split(" ")[1] in t_ids and len(fields) == 3
                elif line.startswith("#"):
                    assert fields[1].startswith("AnnotatorNotes T") and len(fields) == 3
                else:
                    pytest.fail(f"unexpected line {line!r}")
            assert len(t_ids) == project.state.passage_count(article.id)
        assert seen_passages == len(project.state.passages)
        assert fragmented >= 2  # the passage across a line break and the one with tabs
        claims = archive.read("corpus/claims.tsv").decode("utf-8").splitlines()
        assert claims[0].split("\t") == ["uuid", "statement", "verdict", "claimant", "claim_date", "sources"]
        assert {row.split("\t")[0] for row in claims[1:]} == set(project.state.claims)
        # claims.tsv is guarded like the CSV: LibreOffice would run =cmd|... as a formula.
        formula = next(row for row in claims[1:] if "cmd|" in row)
        assert formula.split("\t")[1] == "'=cmd|' /C calc'!A0 is a formula"
        assert any(row.split("\t")[3] == "The White House" for row in claims[1:])
    emoji_lines = [
        line
        for stem in texts
        for line in zipfile.ZipFile(out).read(stem + ".ann").decode().splitlines()
        if "🇮🇹" in line or "😀" in line or "🕐" in line
    ]
    assert len(emoji_lines) >= 3


# --- HTML ----------------------------------------------------------------------------------
def test_html_report_is_safe_self_contained_and_linked(tmp_path):
    project = build_project()
    out = tmp_path / "report.html"
    export_project(project, "html", out, options=ExportOptions(title="Report <with> “quotes”"))
    data = out.read_bytes()
    parser = lxml.html.HTMLParser(recover=False)
    doc = lxml.html.document_fromstring(data, parser=parser)
    assert len(parser.error_log) == 0, list(parser.error_log)
    assert data.lstrip().lower().startswith(b"<!doctype html>")
    assert doc.findtext(".//title") == "Report <with> “quotes”"
    assert not doc.xpath("//script") and not doc.xpath("//link") and not doc.xpath("//iframe|//img|//object")
    assert not doc.xpath("//@*[starts-with(name(), 'on')]")
    for element in doc.xpath("//*[@src or @href]"):
        for attr in ("src", "href"):
            value = element.get(attr)
            if value is not None:
                assert not re.match(r"(?i)\s*(https?:)?//", value) and value.startswith("#"), value
    assert "url(" not in doc.findtext(".//style")
    ids = set(doc.xpath("//@id"))
    assert len(ids) == len(doc.xpath("//@id"))  # unique
    for href in doc.xpath("//a/@href"):
        assert href[1:] in ids, href
    for passage in project.state.passages.values():
        assert f"p-{passage.id}" in ids and f"ref-{passage.id}" in ids
    for claim in project.state.claims.values():
        block = doc.get_element_by_id(f"claim-{claim.id}")
        assert claim.statement in block.text_content()
        assert claim.verdict.value in block.text_content()
        links = {a.get("href") for a in block.xpath(".//a")}
        assert {f"#p-{p.id}" for p in project.state.passages_of_claim(claim.id)} <= links
    # The article text is all there, and exactly the passages' characters are highlighted.
    for article in project.state.articles.values():
        block = doc.get_element_by_id(f"article-{article.id}")
        paragraphs = block.xpath(".//div[@class='text']/p")
        shown = "".join(
            "".join([p.text or ""] + [(child.text if child.tag == "mark" else "") + (child.tail or "") for child in p])
            for p in paragraphs
        )
        assert shown == article.text.replace("\n", "")
        covered = set()
        for p in project.state.passages_of_article(article.id):
            covered.update(i for i in range(p.start, p.end) if article.text[i] != "\n")
        marked = sum(len(m.text or "") for m in block.xpath(".//mark"))
        assert marked == len(covered)
    assert doc.xpath("//mark[contains(@class, 'overlap')]")  # overlapping passages are marked as such
