"""CSV, one row per passage: what ends up in a spreadsheet (FORMATS.md).

Written as UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): Excel only detects UTF-8
when the BOM is there, so accents and emoji open correctly; LibreOffice and Python's
`csv` (with encoding "utf-8-sig") read it unchanged. Every field is quoted when needed by the
csv module (commas, quotes, newlines). A text cell that a spreadsheet would run as a formula
(starting with =, +, -, @, tab or carriage return) gets a leading apostrophe (OWASP's advice);
`unguard()` (or UNGUARD_PATTERN) undoes that for a program that reads the file back, and `raw`
writes the cells as they are. brat's claims.tsv is guarded the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import BinaryIO

from desktop.core.export_scope import Selection
from desktop.core.model import Passage

Progress = Callable[[int, int], None]
ENCODING = "utf-8-sig"
COLUMNS = (
    "claim_id",
    "claim_statement",
    "verdict",
    "claimant",
    "claim_date",
    "article_title",
    "outlet",
    "language",
    "date",
    "url",
    "start",
    "end",
    "quote",
    "stance",
    "note",
    "author",
    "created",
    "passage_id",
    "article_id",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
# What `unguard` removes, as a regular expression: docs/formats.md gives it as a pandas one-liner,
# df.replace(UNGUARD_PATTERN, "", regex=True), for people who read the CSV into a program.
UNGUARD_PATTERN = r"^'(?='*[=+\-@\t\r])"


def guard(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate. A value that already starts with the guard
    before a formula character gets one more, so `unguard` always gives the value back."""
    return GUARD + value if value.lstrip(GUARD).startswith(FORMULA_STARTS) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith(GUARD) and value.lstrip(GUARD).startswith(FORMULA_STARTS) else value


def as_is(value: str) -> str:
    """The `--raw` choice: cells exactly as stored, for programs rather than spreadsheets."""
    return value


def passage_row(selection: Selection, passage: Passage, cell: Callable[[str], str] = guard) -> list[str]:
    article = selection.article_by_id[passage.article_id]
    claim = selection.claim_by_id.get(passage.claim_id) if passage.claim_id else None
    texts = [
        passage.claim_id or "",
        claim.statement if claim else "",
        claim.verdict.value if claim else "",
        claim.claimant if claim else "",
        claim.claim_date if claim else "",
        article.title,
        article.outlet,
        article.language,
        article.published,
        article.url,
    ]
    tail = [
        passage.quote,
        passage.stance.value,
        passage.note,
        passage.created_by,
        passage.created,
        passage.id,
        article.id,
    ]
    return [*map(cell, texts), str(passage.start), str(passage.end), *map(cell, tail)]


def write_csv(selection: Selection, handle: BinaryIO, progress: Progress | None = None, raw: bool = False) -> int:
    """Rows in reading order (article, then position). Returns the number of passage rows. With
    `raw`, cells are written as stored (no formula guard)."""
    cell = as_is if raw else guard
    text = io.TextIOWrapper(handle, encoding=ENCODING, newline="", write_through=False)
    try:
        writer = csv.writer(text, dialect="excel", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        total = len(selection.passages)
        chunk = 5000
        for first in range(0, total, chunk):
            writer.writerows(passage_row(selection, p, cell) for p in selection.passages[first : first + chunk])
            if progress:
                progress(min(first + chunk, total), total)
        text.flush()
    finally:
        text.detach()  # leave the caller's binary handle open
    return len(selection.passages)
