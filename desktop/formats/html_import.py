"""Saved web pages (.html, .htm, .xhtml): the article body and its metadata, via trafilatura.

The page is decoded (encodings.py), checked and parsed by our own safe parser (html_safety.py);
trafilatura then works on that tree, so it never parses untrusted bytes with options we did not
choose. Only the extracted plain text and metadata are kept, plus the original bytes and the
extractor's version, so the stored offsets stay tied to the text that was produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from desktop.core.text import first_line_title, normalise_text, separate_paragraphs
from desktop.formats.byline_date import byline_date
from desktop.formats.candidate import ImportCandidate, extracted_date, looks_binary, read_bytes_limited, web_url
from desktop.formats.encodings import bom_encoding, decode_bytes
from desktop.formats.errors import ImportRefused, format_texts
from desktop.formats.html_safety import (
    parse_html,
    parse_xml,
    refuse_entity_declarations,
    sniff_binary,
)
from desktop.formats.language import PAGE, language_of, language_tag
from desktop.formats.plain_text import ReadOptions

EXTRACTOR = "trafilatura"
SHORT_BODY_CHARS = 300
MIN_BODY_WORDS = 20  # fewer is a menu, a login form or an index, not an article
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# Up to this many elements trafilatura takes under ~2 s even on hostile structure (measured:
# 2,000 one-cell tables, 10,000 elements); larger trees go to a bounded child process.
IN_PROCESS_ELEMENTS = 10_000
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "article")


def extractor_version() -> str:
    from importlib.metadata import version

    return version("trafilatura")


def declared_charset(data: bytes) -> str | None:
    """The encoding the page states in its first bytes (<meta charset>, http-equiv, <?xml?>)."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]


def _meta(root: HtmlElement, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "http-equiv", "itemprop"):
            for value in root.xpath(
                f"//meta[translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')=$n]/@content",
                n=name,
            ):
                if value.strip():
                    return " ".join(value.split())
    return ""


def page_language(root: HtmlElement) -> str:
    """The language the page declares: <html lang>, xml:lang, then meta tags."""
    for value in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")):
        if language_tag(value):
            return language_tag(value)
    return language_tag(_meta(root, "content-language", "language", "dc.language", "og:locale"))


def unwrap_layout_tables(root: HtmlElement) -> None:
    """Old sites lay pages out in tables; trafilatura would flatten a whole layout table (menu,
    article and footer) into one row of text. A table whose cells hold paragraphs or other blocks
    is layout, not data: turn it into plain divs so the extractor can tell body from clutter."""
    layout = [
        t
        for t in root.iter("table")
        if any(cell.find(f".//{b}") is not None for cell in t.iter("td", "th") for b in _BLOCKS)
    ]
    for table in layout:
        for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
            if element is table or element.getparent() is not None:
                element.tag = "div"


@dataclass
class Extracted:
    """What we keep of trafilatura's result (plain values: it crosses a process boundary)."""

    text: str
    title: str = ""
    sitename: str = ""
    url: str = ""
    date: str = ""
    author: str = ""
    description: str = ""


def _extract(root: HtmlElement, url: str | None) -> Extracted | None:
    from trafilatura import bare_extraction

    doc = bare_extraction(
        root,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        # The extensive date search is slow (seconds on old table layouts) and picks archive links.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return None
    assert not isinstance(doc, dict), "bare_extraction gives a Document unless as_dict is asked for"
    fields = ("title", "sitename", "url", "date", "author", "description")
    return Extracted(doc.text or "", **{f: getattr(doc, f) or "" for f in fields})


def extract_page(page_text: str, url: str | None) -> Extracted | None:
    """Parse and extract in one go: what a child process runs for a large page."""
    root = parse_html(page_text)
    unwrap_layout_tables(root)
    return _extract(root, url)


def _extract_bounded(root: HtmlElement, page_text: str, url: str | None) -> Extracted | None:
    """Small trees are extracted here; a large one in a child with CPU and memory limits, since
    trafilatura's cost grows faster than the tree (see bounded.py)."""
    elements = sum(1 for _ in root.iter())
    if elements <= IN_PROCESS_ELEMENTS:
        unwrap_layout_tables(root)
        return _extract(root, url)
    from desktop.formats.bounded import call_bounded

    extracted: Extracted | None = call_bounded(extract_page, page_text, url, what=f"the page ({elements:,} elements)")
    return extracted


def _title_and_site(title: str, page_title: str, text: str) -> tuple[str, str]:
    """Blogs title pages "Site - Post"; the extractor may take the site's half. When the body's
    first line is a longer part of <title>, it is the headline and the rest names the site."""
    first = first_line_title(text)
    if first and page_title and first in page_title and len(first) > len(title):
        site = page_title.replace(first, " ").strip(" -|:\u2013\u2014\u00b7")
        return first, site if 0 < len(site) <= 80 else ""
    return title or first, ""


def read_html_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    declared: str | None = None,
    url: str = "",
    media_type: str = "text/html",
    original: bytes | None = None,
) -> ImportCandidate:
    if not data.strip():
        raise ImportRefused(format_texts.tr("the file is empty"))
    binary = sniff_binary(data)
    if binary:
        raise ImportRefused(format_texts.tr("{what}, not a web page", what=binary))
    if looks_binary(data) and not bom_encoding(data):
        raise ImportRefused(format_texts.tr("a binary file, not a web page"))
    decoded = decode_bytes(data, given=encoding, declared=declared or declared_charset(data))
    refuse_entity_declarations(decoded.text)
    if "\x00" in decoded.text:
        raise ImportRefused(format_texts.tr("binary data, not a web page"))
    if name.lower().endswith((".xhtml", ".xht")):
        parse_xml(data)  # XHTML must be well-formed XML; checked with the safe XML parser
    root = parse_html(decoded.text)
    warnings = list(decoded.warnings)
    language = page_language(root)
    canonical = "".join(root.xpath("(//link[@rel='canonical']/@href)[1]")).strip()
    page_title = " ".join("".join(root.xpath("(//title)[1]//text()")).split())
    byline = byline_date(root)  # before extraction, which prunes the tree
    doc = _extract_bounded(root, decoded.text, url or canonical or None)
    text = separate_paragraphs(normalise_text(doc.text)) if doc is not None else ""
    words = len(text.split())
    if doc is None or words < MIN_BODY_WORDS:
        found = format_texts.tr("only %n word(s) of text", None, words) if words else format_texts.tr("no text")
        raise ImportRefused(
            format_texts.tr(
                "no article body found in the page ({found}; it may be an index, a menu or a login page)", found=found
            )
        )
    if len(text) < SHORT_BODY_CHARS:
        warnings.append(
            format_texts.tr("very short body (%n characters): check that this is the whole article", None, len(text))
        )
    if not language:
        language = language_of(text, warnings, PAGE)
    page_url = url or canonical or doc.url
    outlet = doc.sitename.strip() or (urlsplit(page_url).hostname or "").removeprefix("www.")
    title, site = _title_and_site(" ".join(doc.title.split()), page_title, text)
    return ImportCandidate(
        path=name,
        title=title or Path(name).stem,
        text=text,
        url=web_url(page_url),
        language=language,
        published=extracted_date(doc.date or byline, warnings, "the page's date"),
        outlet=outlet or site,
        author=" ".join(doc.author.split()),
        description=" ".join(doc.description.split()),
        original=data if original is None else original,
        media_type=media_type,
        encoding=decoded.encoding,
        extractor=EXTRACTOR,
        extractor_version=extractor_version(),
        warnings=warnings,
    )


def read_html_file(path: Path, options: ReadOptions | None = None) -> ImportCandidate:
    data = read_bytes_limited(path)
    return read_html_bytes(data, str(path), encoding=getattr(options, "encoding", None))
