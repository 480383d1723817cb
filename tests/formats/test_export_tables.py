"""CSV and brat for the programs that read them (issue 17 item 6): claims.tsv guarded like the CSV,
the guard undone by --raw or one documented regular expression, an INCEpTION-compatible brat
variant checked against the rules of INCEpTION's own brat reader, and the claimant and claim
date in every table and in the HTML report."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import main
from desktop.core.model import Verdict
from desktop.exporting import ExportOptions, export_project
from desktop.formats.brat import NBSP
from desktop.formats.csv_export import COLUMNS, UNGUARD_PATTERN, guard, unguard
from desktop.store import create_project
from tests.support.exports import build_project

# INCEpTION's BratAttribute.PATTERN and the line types BratAnnotationDocument.read accepts
# (inception-io-brat, dkprocore/internal/model): anything else throws "Unknown annotation format".
INCEPTION_ATTRIBUTE = re.compile(
    r"(?P<ID>[AM][0-9]+)[\t](?P<TYPE>[a-zA-Z_][a-zA-Z0-9_\-:]+) (?P<TARGET>[TREN][0-9]+)(?: (?P<VALUES>.*))?"
)
INCEPTION_LINE_TYPES = "#TAMRE"


@given(st.text(alphabet=st.sampled_from("='+-@\t\rab \n"), max_size=8))
def test_the_documented_regex_undoes_the_guard_exactly(value):
    assert re.sub(UNGUARD_PATTERN, "", guard(value)) == unguard(guard(value)) == value


def test_raw_writes_csv_and_claims_tsv_cells_as_stored(tmp_path, capsys):
    project = build_project()
    guarded, raw = tmp_path / "g.csv", tmp_path / "r.csv"
    export_project(project, "csv", guarded)
    export_project(project, "csv", raw, options=ExportOptions(raw=True))
    read = lambda path: list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))  # noqa: E731  # a one-line reader reads better here than a def
    raw_rows, guarded_rows = read(raw), read(guarded)
    assert raw_rows[0] == guarded_rows[0] == list(COLUMNS)
    assert [[unguard(c) for c in row] for row in guarded_rows] == raw_rows
    assert any(cell.startswith("=cmd|") for row in raw_rows for cell in row)
    brat = tmp_path / "b.zip"
    path = tmp_path / "p.crosscheck"
    create_project(path).persistence.close()
    assert main(["export", str(path), "-f", "brat", "-o", str(brat), "--raw"]) == 0  # the CLI flag is there
    capsys.readouterr()
    export_project(project, "brat", brat, options=ExportOptions(raw=True))
    tsv = zipfile.ZipFile(brat).read("b/claims.tsv").decode("utf-8")
    assert "\t=cmd|' /C calc'!A0 is a formula\t" in tsv


def test_brat_for_inception_follows_inceptions_reader(tmp_path):
    project = build_project()
    out = tmp_path / "inception.zip"
    result = export_project(project, "brat-inception", out)
    outer = zipfile.ZipFile(out)
    documents = [n for n in outer.namelist() if n.endswith(".zip")]
    assert len(documents) == result.items == len(project.state.articles)
    assert {"claims.tsv", "README.txt"} <= set(outer.namelist())
    seen = 0
    for name in documents:
        inner = zipfile.ZipFile(io.BytesIO(outer.read(name)))
        stem = name.removesuffix(".zip")
        # The reader takes the first .ann at the zip root and the .txt of the same name.
        assert sorted(inner.namelist()) == [f"{stem}.ann", f"{stem}.txt"]
        text = inner.read(f"{stem}.txt").decode("utf-8")
        article = next(a for a in project.state.articles.values() if a.text == text)
        spans, attributes = {}, {}
        for line in inner.read(f"{stem}.ann").decode("utf-8").splitlines():
            assert line and line[0] in INCEPTION_LINE_TYPES, line  # no N lines
            if line[0] == "T":
                ident, kind_offsets, covered = line.split("\t")
                kind, offsets = kind_offsets.split(" ", 1)
                pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
                assert " ".join(text[s:e] for s, e in pieces) == covered and kind in ("Claim", "Passage")
                spans[ident] = pieces
            else:
                match = INCEPTION_ATTRIBUTE.fullmatch(line)
                assert match, line
                values = match["VALUES"].split(" ")
                assert len(values) == 1, line  # INCEpTION refuses multi-valued attributes
                attributes.setdefault(match["TARGET"], {})[match["TYPE"]] = values[0].replace(NBSP, " ")
        passages = project.state.passages_of_article(article.id)
        assert len(spans) == len(passages)
        for ident, passage in zip(sorted(spans, key=lambda i: int(i[1:])), passages, strict=True):
            given = attributes[ident]
            assert given["stance"] == passage.stance.value
            assert given.get("note", "") == " ".join(passage.note.split())
            if passage.claim_id:
                claim = project.state.claims[passage.claim_id]
                assert given["claimId"] == claim.id and given["statement"] == claim.statement
                assert given["verdict"] == claim.verdict.value
                assert given.get("claimant", "") == claim.claimant
            seen += 1
    assert seen == len(project.state.passages)


def test_html_report_names_the_claimant_and_never_an_imported_first(tmp_path):
    project = build_project()
    out = tmp_path / "report.html"
    export_project(project, "html", out)
    doc = lxml.html.fromstring(out.read_bytes())
    claim = next(c for c in project.state.claims.values() if c.claimant)
    block = doc.get_element_by_id(f"claim-{claim.id}")
    assert block.find_class("claimant")[0].text_content() == "Claimed by The White House on 2021-12-30T22:00Z"
    # Its sources: the wire story (30 Dec) is truly first; undated and later ones are not.
    assert block.find_class("first")[0].text_content() == "First appearance: Wire"
    rated = next(c for c in project.state.claims.values() if c.verdict is Verdict.FALSE)
    assert not doc.get_element_by_id(f"claim-{rated.id}").find_class("claimant")
