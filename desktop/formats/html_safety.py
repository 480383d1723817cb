"""Parsing untrusted HTML and XML (docs/architecture.md §6): explicit safe parser options, the parser's
error log checked, and a body that shrank in parsing refused rather than imported truncated.

lxml does not raise on pathological input: 5,000 nested <div>s keep 254 levels and a 12 MB <p>
yields nothing, each with only a FATAL entry in `parser.error_log` to show for it.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from desktop.core.i18n import QT_TRANSLATE_NOOP, number
from desktop.formats.candidate import check_article_size
from desktop.formats.errors import ImportRefused, format_texts

# Compressed, archive and media formats by their first bytes. A "zip bomb renamed .html" is refused
# here, before anything is decompressed: we never inflate what a user calls a web page.
_MAGIC = (
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("format_texts", "gzip-compressed data")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("format_texts", "a zip archive")),
    (b"PK\x05\x06", QT_TRANSLATE_NOOP("format_texts", "a zip archive")),
    (b"BZh", QT_TRANSLATE_NOOP("format_texts", "bzip2-compressed data")),
    (b"\xfd7zXZ\x00", QT_TRANSLATE_NOOP("format_texts", "xz-compressed data")),
    (b"(\xb5/\xfd", QT_TRANSLATE_NOOP("format_texts", "zstd-compressed data")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("format_texts", "a 7-Zip archive")),
    (b"Rar!", QT_TRANSLATE_NOOP("format_texts", "a RAR archive")),
    (b"%PDF-", QT_TRANSLATE_NOOP("format_texts", "a PDF document (save the page as HTML, or copy its text)")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("format_texts", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("format_texts", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("format_texts", "a GIF image")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("format_texts", "a program, not a page")),
    (b"MZ", QT_TRANSLATE_NOOP("format_texts", "a program, not a page")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("format_texts", "an old Office document")),
)
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(r"&#?[A-Za-z0-9]{1,32};")
_SPACE = re.compile(r"\s+")
# Below this many characters of text a page is too small for the shrink check to mean anything.
SHRINK_MIN_CHARS = 2000
SHRINK_KEEP_RATIO = 0.6


def sniff_binary(data: bytes) -> str | None:
    """What the data is, if its first bytes say it is not text at all."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return format_texts.tr(name)
    return None


def refuse_entity_declarations(text: str) -> None:
    """Pages never declare entities; XXE (file or network), external parameter entities and
    'billion laughs' all need one. The parsers below would not expand them either: this gives a
    clear message instead of a silently emptied reference. It reads the decoded text, all of
    it: a DOCTYPE after 64 KiB of padding, or a UTF-16 page, once slipped past (issue 19)."""
    if _ENTITY_DECL.search(text) and _DOCTYPE.search(text):
        raise ImportRefused(
            format_texts.tr(
                "the page declares XML entities in its DOCTYPE (the pattern of XXE and 'billion laughs' attacks); refused"
            )
        )


def safe_xml_parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_pis=True,
        recover=False,
    )


def safe_html_parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        recover=True,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
    )


def _fatal_messages(parser: lxml.etree.XMLParser | lxml.etree.HTMLParser) -> list[str]:
    return [e.message.strip() for e in parser.error_log if e.level_name == "FATAL"]


def parse_xml(data: bytes) -> lxml.etree._Element:
    """An XML document (e.g. XHTML) with entities, DTDs and the network all off."""
    parser = safe_xml_parser()
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as error:
        raise ImportRefused(format_texts.tr("not well-formed XML ({detail})", detail=error.msg)) from None
    fatal = _fatal_messages(parser)
    if fatal:
        raise ImportRefused(format_texts.tr("the XML could not be read completely ({detail})", detail=fatal[0]))
    return root


def parse_html(text: str) -> lxml.html.HtmlElement:
    """The page's tree; refused if the parser hit a resource limit or dropped much of the text."""
    if not text.strip():
        raise ImportRefused(format_texts.tr("the page is empty"))
    expected = visible_text_estimate(text)
    check_article_size(expected, estimate=True)
    parser = safe_html_parser()
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as error:
        raise ImportRefused(format_texts.tr("the page could not be parsed ({detail})", detail=error)) from None
    fatal = _fatal_messages(parser)
    if fatal:
        raise ImportRefused(
            format_texts.tr(
                "the page could not be parsed completely ({detail}); refused rather than imported truncated",
                detail=fatal[0],
            )
        )
    kept = tree_text_length(root)
    if expected >= SHRINK_MIN_CHARS and kept < expected * SHRINK_KEEP_RATIO:
        raise ImportRefused(
            format_texts.tr(
                "the parser kept only {kept} of about {chars} characters of text; refused rather than imported truncated",
                kept=number(kept),
                chars=number(expected),
            )
        )
    return root


def _cut_elements(text: str, tag: str) -> str:
    """`text` without <tag>...</tag> runs; linear time, also when closing tags are missing."""
    lower = text.lower()
    parts, pos = [], 0
    while True:
        start = lower.find(f"<{tag}", pos)
        if start < 0:
            parts.append(text[pos:])
            return "".join(parts)
        parts.append(text[pos:start])
        end = lower.find(f"</{tag}", start)
        if end < 0:
            return "".join(parts)
        pos = end + len(tag) + 2


def replace_spans(text: str, opener: str, closer: str, replacement: str) -> str:
    """`text` with each run from `opener` to the next `closer` replaced, as re.sub would with
    opener[^closer]*closer, in linear time: that regex restarts at every opener and scans to the
    end when no closer follows (27 s of CPU on a 200 KB page of '<'; issue 19). Once no closer is
    left, no later opener can match either, so the scan stops there."""
    parts, pos = [], 0
    while True:
        start = text.find(opener, pos)
        end = text.find(closer, start + len(opener)) if start >= 0 else -1
        if end < 0:
            parts.append(text[pos:])
            return "".join(parts)
        parts += (text[pos:start], replacement)
        pos = end + len(closer)


def strip_tags(text: str) -> str:
    """Markup out, a space for each tag (what re.sub(r"<[^>]*>", " ", text) does, linearly)."""
    return replace_spans(text, "<", ">", " ")


def visible_text_estimate(text: str) -> int:
    """Characters of text the page holds, by a parser-free count: tags, comments, scripts and
    styles out, entities as one character, white space collapsed. A yardstick for the parser."""
    for tag in ("!--", "script", "style", "noscript", "template"):
        text = _cut_elements(text, tag) if tag != "!--" else _cut_comments(text)
    stripped = strip_tags(text)
    entity_extra = sum(len(m) - 1 for m in _ENTITY.findall(stripped))  # "&amp;" reads as one character
    return max(0, len(" ".join(stripped.split())) - entity_extra)


def _cut_comments(text: str) -> str:
    parts, pos = [], 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            parts.append(text[pos:])
            return "".join(parts)
        parts.append(text[pos:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        pos = end + 3


def tree_text_length(root: lxml.html.HtmlElement) -> int:
    skip = {"script", "style", "noscript", "template"}
    pieces: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in skip and element.text:
            pieces.append(element.text)
        if element.tail:
            pieces.append(element.tail)
    return len(_SPACE.sub(" ", " ".join(pieces)).strip())
