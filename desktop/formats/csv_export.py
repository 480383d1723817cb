"""CSV, one row per passage: what ends up in a spreadsheet (FORMATS.md).

Written as UTF-8 with a byte-order mark and CRLF line ends (RFC 4180): Excel only detects UTF-8
when the BOM is there, so accents and emoji open correctly; LibreOffice and Python's
`csv` (with encoding "utf-8-sig") read it unchanged. Every field is quoted when needed by the
csv module (commas, quotes, newlines). A text cell that a spreadsheet would run as a formula
(starting with =, +, -, @, tab or carriage return) gets a leading apostrophe (OWASP's advice);
`unguard()` undoes that for a program that reads the file back.
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


def guard(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate."""
    return GUARD + value if value.startswith(FORMULA_STARTS) else value


def unguard(value: str) -> str:
    return value[1:] if value.startswith(GUARD) and value[1:].startswith(FORMULA_STARTS) else value


def passage_row(selection: Selection, passage: Passage) -> list[str]:
    article = selection.article_by_id[passage.article_id]
    claim = selection.claim_by_id.get(passage.claim_id) if passage.claim_id else None
    texts = [
        passage.claim_id or "",
        claim.statement if claim else "",
        claim.verdict.value if claim else "",
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
    return [*map(guard, texts), str(passage.start), str(passage.end), *map(guard, tail)]


def write_csv(selection: Selection, handle: BinaryIO, progress: Progress | None = None) -> int:
    """Rows in reading order (article, then position). Returns the number of passage rows."""
    text = io.TextIOWrapper(handle, encoding=ENCODING, newline="", write_through=False)
    try:
        writer = csv.writer(text, dialect="excel", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        total = len(selection.passages)
        chunk = 5000
        for first in range(0, total, chunk):
            writer.writerows(passage_row(selection, p) for p in selection.passages[first : first + chunk])
            if progress:
                progress(min(first + chunk, total), total)
        text.flush()
    finally:
        text.detach()  # leave the caller's binary handle open
    return len(selection.passages)
