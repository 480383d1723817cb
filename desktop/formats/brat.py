"""brat standoff, zipped: what corpus and ML teams load (FORMATS.md, brat.nlplab.org/standoff.html).

The zip holds one folder (a brat collection): per article `NAME.txt` (the stored text, UTF-8)
and `NAME.ann`, plus `annotation.conf` and `claims.tsv` (formula-guarded like the CSV). Offsets
are code points, as brat's. `write_brat_inception` is the variant INCEpTION's brat import takes.
- `T` lines: a linked passage is a `Claim` entity, an unlinked one a `Passage`. A passage that
  crosses a line break (or a tab, which would break the line format) becomes a discontinuous
  span `start end;start end`, its text the fragments joined by one space, as brat itself writes.
- `A` lines: the stance; `#` lines: the passage note; `N` lines: `Reference T1 Claim:<uuid>`,
  the cross-article claim identity (brat relations stay inside one document).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from desktop.core.export_scope import Selection
from desktop.core.model import Article, Passage, Stance

from .csv_export import as_is, guard

Progress = Callable[[int, int], None]
# Characters that end a line for brat's reader (Python's str.splitlines) or split its fields.
BREAKS = "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK_RE = re.compile(f"[{re.escape(BREAKS)}]")
ENTITY_CLAIM, ENTITY_PASSAGE = "Claim", "Passage"


def annotation_conf() -> str:
    stances = "|".join(s.value for s in Stance)
    return "\n".join(
        [
            "# Crosscheck export: passages linked to claims. Claim identity across documents is in the",
            "# N (Reference Claim:<uuid>) lines and in claims.tsv.",
            "[entities]",
            ENTITY_CLAIM,
            ENTITY_PASSAGE,
            "",
            "[relations]",
            "# Passages may overlap or nest freely.",
            "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
            "",
            "[events]",
            "",
            "[attributes]",
            f"Stance Arg:{ENTITY_CLAIM}|{ENTITY_PASSAGE}, Value:{stances}",
            "",
        ]
    )


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks and tabs, empty pieces dropped."""
    pieces, cursor = [], start
    for match in _BREAK_RE.finditer(text, start, end):
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
        cursor = match.end()
    if end > cursor:
        pieces.append((cursor, end))
    return pieces


def _one_line(value: str) -> str:
    return " ".join(_BREAK_RE.sub(" ", value).split())


def document_name(index: int, article: Article) -> str:
    ascii_title = unicodedata.normalize("NFKD", article.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:40].rstrip("-") or "article"
    return f"{index:03d}-{slug}-{article.id[:8]}"


def ann_lines(article: Article, passages: list[Passage], selection: Selection) -> list[str]:
    lines: list[str] = []
    t = a = n = note_no = 0
    text = article.text
    for passage in passages:
        pieces = fragments(text, passage.start, passage.end)
        if not pieces:  # only white space and breaks: nothing brat could show
            continue
        t += 1
        entity = ENTITY_CLAIM if passage.claim_id else ENTITY_PASSAGE
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        covered = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"T{t}\t{entity} {offsets}\t{covered}")
        a += 1
        lines.append(f"A{a}\tStance T{t} {passage.stance.value}")
        if passage.claim_id:
            n += 1
            claim = selection.claim_by_id[passage.claim_id]
            lines.append(f"N{n}\tReference T{t} Claim:{passage.claim_id}\t{_one_line(claim.statement)}")
        if passage.note.strip():
            note_no += 1
            lines.append(f"#{note_no}\tAnnotatorNotes T{t}\t{_one_line(passage.note)}")
    return lines


def claims_tsv(selection: Selection, names: dict[str, str], raw: bool = False) -> str:
    """One row per claim. Text cells are formula-guarded like the CSV export (a spreadsheet opens
    a .tsv too), unless `raw`."""
    cell = as_is if raw else guard
    rows = ["uuid\tstatement\tverdict\tclaimant\tclaim_date\tsources"]
    for claim in selection.claims:
        sources = ",".join(names[a.id] for a in selection.sources_of_claim(claim.id))
        fields = [claim.statement, claim.verdict.value, claim.claimant, claim.claim_date]
        rows.append("\t".join([claim.id, *(cell(_one_line(f)) for f in fields), cell(sources)]))
    return "\n".join(rows) + "\n"


def write_brat(
    selection: Selection,
    handle: BinaryIO,
    collection: str = "crosscheck",
    progress: Progress | None = None,
    raw: bool = False,
) -> int:
    """Write the zip. Returns the number of documents."""
    folder = re.sub(r"[^A-Za-z0-9._-]+", "-", collection).strip("-.") or "crosscheck"
    names = {a.id: document_name(i, a) for i, a in enumerate(selection.articles, 1)}
    total = len(selection.articles)
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
        archive.writestr(f"{folder}/annotation.conf", annotation_conf())
        for done, article in enumerate(selection.articles, 1):
            name = names[article.id]
            archive.writestr(f"{folder}/{name}.txt", article.text.encode("utf-8"))
            lines = ann_lines(article, selection.passages_of_article[article.id], selection)
            archive.writestr(f"{folder}/{name}.ann", "".join(line + "\n" for line in lines).encode("utf-8"))
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
        archive.writestr(f"{folder}/claims.tsv", claims_tsv(selection, names, raw).encode("utf-8"))
    return total


# --- the INCEpTION variant ---------------------------------------------------------------------
# INCEpTION's "brat basic" import (BratReader, BratAnnotationDocument) takes one zip per document
# with the .ann and .txt at its root, maps every T line to its Span layer (the brat type becomes
# the label) and every attribute to the Span feature of that name; it throws on N lines and on
# attribute values with spaces (they are split into several values), and drops # notes. So the
# claim and the notes travel as attributes whose spaces are no-break spaces.
NBSP = "\u00a0"
INCEPTION_ATTRIBUTES = ("claimId", "statement", "verdict", "claimant", "claimDate", "stance", "note")


def attribute_value(value: str) -> str:
    """One token, as INCEpTION's attribute reader needs: whitespace runs become one no-break space."""
    return NBSP.join(_BREAK_RE.sub(" ", value).split())


def inception_ann_lines(article: Article, passages: list[Passage], selection: Selection) -> list[str]:
    lines: list[str] = []
    t = a = 0
    text = article.text
    for passage in passages:
        pieces = fragments(text, passage.start, passage.end)
        if not pieces:
            continue
        t += 1
        entity = ENTITY_CLAIM if passage.claim_id else ENTITY_PASSAGE
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        lines.append(f"T{t}\t{entity} {offsets}\t{' '.join(text[s:e] for s, e in pieces)}")
        claim = selection.claim_by_id.get(passage.claim_id) if passage.claim_id else None
        values = {"stance": passage.stance.value, "note": passage.note}
        if claim is not None:
            values |= {
                "claimId": claim.id,
                "statement": claim.statement,
                "verdict": claim.verdict.value,
                "claimant": claim.claimant,
                "claimDate": claim.claim_date,
            }
        for name in INCEPTION_ATTRIBUTES:
            value = attribute_value(values.get(name, ""))
            if value:
                a += 1
                lines.append(f"A{a}\t{name} T{t} {value}")
    return lines


def inception_readme(count: int) -> str:
    return "\n".join(
        [
            f"Crosscheck export: {count} document(s) for INCEpTION's brat basic import.",
            "",
            "Each NAME.zip holds one document (NAME.txt and NAME.ann at its root), as INCEpTION wants.",
            "1. Enable the format (format.brat-basic.enabled=true in INCEpTION's settings.properties).",
            "2. In the project's Span layer add the string features claimId, statement, verdict,",
            "   claimant, claimDate, stance and note (the label feature gets Claim or Passage).",
            "3. Documents > Import: choose all the .zip files at once, format 'brat basic'.",
            "Spaces inside values are no-break spaces (brat attribute values are one token).",
            "claims.tsv lists the claims; for the whole claim across documents use the XMI export.",
            "",
        ]
    )


def write_brat_inception(
    selection: Selection, handle: BinaryIO, progress: Progress | None = None, raw: bool = False
) -> int:
    """A zip of one flat zip per article, plus claims.tsv and README.txt. Returns the documents."""
    names = {a.id: document_name(i, a) for i, a in enumerate(selection.articles, 1)}
    total = len(selection.articles)
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as archive:
        for done, article in enumerate(selection.articles, 1):
            name = names[article.id]
            inner = io.BytesIO()
            with zipfile.ZipFile(inner, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as document:
                document.writestr(f"{name}.txt", article.text.encode("utf-8"))
                lines = inception_ann_lines(article, selection.passages_of_article[article.id], selection)
                document.writestr(f"{name}.ann", "".join(line + "\n" for line in lines).encode("utf-8"))
            archive.writestr(f"{name}.zip", inner.getvalue())
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
        archive.writestr("claims.tsv", claims_tsv(selection, names, raw).encode("utf-8"))
        archive.writestr("README.txt", inception_readme(total))
    return total
