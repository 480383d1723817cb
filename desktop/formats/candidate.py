"""The value every reader produces, and the size-limited read they share (no project access)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from desktop.core.dates import InvalidDate, normalise_date
from desktop.core.files import SpecialFileError, read_regular
from desktop.core.i18n import number
from desktop.formats.errors import ImportRefused, format_texts

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is ~10-500 KB; this leaves room for saved pages
# The longest news features run to ~100,000 characters; past this an "article" is a dump or an
# attack: the extractor spends seconds per megabyte, and the window and suggestions slow down
# (a 5M-character .txt took 12 s and 451 MB to open). One limit for pages, text and Markdown.
MAX_ARTICLE_CHARS = 2_000_000


def check_article_size(chars: int, estimate: bool = False) -> None:
    """Refuse an article over MAX_ARTICLE_CHARS, in the words every reader uses (`estimate`: a
    page's text estimated before extraction, in the words translated since issue 13)."""
    if chars <= MAX_ARTICLE_CHARS:
        return
    if estimate:
        raise ImportRefused(
            format_texts.tr(
                "the page holds about {chars} characters of text, over the {limit} limit for one article",
                chars=number(chars),
                limit=number(MAX_ARTICLE_CHARS),
            )
        )
    raise ImportRefused(f"it holds {chars:,} characters of text, over the {MAX_ARTICLE_CHARS:,} limit for one article")


@dataclass
class ImportCandidate:
    """An article read from a file, not yet in any project."""

    path: str
    title: str
    text: str
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: str = ""
    author: str = ""
    original: bytes = b""
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    extractor: str = "crosscheck-text"
    extractor_version: str = "1"
    description: str = ""  # the page's summary (meta description); shown for review
    warnings: list[str] = field(default_factory=list)


@dataclass
class SkippedPath:
    path: str
    reason: str
    failed: bool = False  # named by the user and not importable (missing, a FIFO), not just passed over


def read_bytes_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes; never blocks on a FIFO or reads a device for ever (issue 19)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportRefused(
                format_texts.tr("{size} is over the {limit} limit for one article", size=_mb(size), limit=_mb(limit))
            )
        data = read_regular(path, limit)  # the file may have grown since stat()
    except SpecialFileError as error:
        raise ImportRefused(format_texts.tr("{kind}, not a file to import", kind=error.kind)) from None
    except FileNotFoundError:
        raise ImportRefused(format_texts.tr("no such file (it may have been moved or deleted)")) from None
    except IsADirectoryError:
        raise ImportRefused(format_texts.tr("it is a folder")) from None
    except PermissionError:
        raise ImportRefused(format_texts.tr("permission denied")) from None
    except OSError as error:
        raise ImportRefused(format_texts.tr("could not read it ({error})", error=error.strerror or error)) from None
    if len(data) > limit:
        raise ImportRefused(format_texts.tr("over the {limit} limit for one article", limit=_mb(limit)))
    return data


def _mb(size: int) -> str:
    if size >= 1024 * 1024:
        return format_texts.tr("{size} MB", size=number(round(size / (1024 * 1024), 1)))
    return format_texts.tr("%n bytes", None, size)


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def extracted_date(value: str, warnings: list[str], where: str) -> str:
    """A date an extractor found (a page's metadata, Markdown front matter) as stored, or "" with
    a warning when it is not a valid ISO 8601 date: a guess is not worth refusing the article for,
    and an invalid date is never stored (core.dates)."""
    try:
        return normalise_date(value or "", "published")
    except InvalidDate as error:
        warnings.append(
            format_texts.tr(
                "{where}: {problem}; left out (set the date in the review or in NAME.meta.json)",
                where=where,
                problem=error,
            )
        )
        return ""


def web_url(value: str) -> str:
    """`value` if it is a web address (http or https, with a host, no spaces), else "": the one
    rule for every URL an article gets (a page's canonical link, front matter, NAME.meta.json).
    A javascript: or data: URL would run or show content wherever an export links it."""
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return ""
    return value
