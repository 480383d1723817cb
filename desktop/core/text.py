"""Article text: normalisation, identity, quote context, and the code point <-> UTF-16 mapping.

Offsets everywhere in Crosscheck are Python `str` indices (Unicode code points). Qt counts UTF-16
code units, so an astral character (most emoji) is one code point but two Qt positions. The one
conversion between them is `Utf16Index`; nothing else may do that arithmetic.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

QUOTE_CONTEXT = 32  # characters of prefix/suffix kept with each passage (W3C TextQuoteSelector)


def normalise_text(raw: str) -> str:
    """The one text form Crosscheck stores: no BOM, '\\n' newlines, Unicode NFC."""
    raw = raw.lstrip("\ufeff")  # a BOM, or several from careless concatenation
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    # Unicode line/paragraph separators would become extra blocks in Qt but not newlines here.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


TITLE_CHARS = 100  # a headline; past this a first line is a paragraph, not a title


def first_line_title(text: str, limit: int = TITLE_CHARS) -> str:
    """The title a text gives itself: its first non-blank line when that is short; otherwise that
    line's first sentence; a sentence still too long is cut at a word boundary (issue 14)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = " ".join(text[start : min(end, start + 20 * limit)].split())
        if line:
            break
        start = end + 1
    else:
        return ""
    if len(line) <= limit:
        return line
    from .units import split_sentences  # units cuts sentences with this module's helpers

    first = split_sentences(line)[0]
    sentence = line[first.start : first.end]
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit + 1)
    return (sentence[:cut].rstrip(" ,;:–—-") if cut > limit // 2 else sentence[:limit]) + "…"


@dataclass(frozen=True, slots=True)
class QuoteContext:
    quote: str
    prefix: str
    suffix: str


def quote_context(text: str, start: int, end: int, width: int = QUOTE_CONTEXT) -> QuoteContext:
    return QuoteContext(
        quote=text[start:end],
        prefix=text[max(0, start - width) : start],
        suffix=text[end : end + width],
    )


# What a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts
# escape sequences that clear the screen or retitle the window), DEL, C1 controls, the bidi
# embeddings, overrides and isolates (U+202E shows "exe.txt" as "txt.exe"), line separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with the characters a terminal would act on written as \\uXXXX escapes (valid
    inside JSON strings too, so JSON output stays lossless). Newlines and tabs are kept."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """`text` safe for the terminal and on one line: line breaks written as \\n and \\r, so an
    error naming a file called "a<newline>b" is still one line (issue 19)."""
    return terminal_safe(text.replace("\r", "\\r").replace("\n", "\\n"))


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Maps code point offsets of one text to UTF-16 offsets (Qt positions) and back.

    Holds the sorted code point positions of astral characters; each one before an offset adds one
    UTF-16 unit. O(log n) per conversion, O(n) once to build.
    """

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # A regex scan runs in C: 10x faster than a Python loop over a long article.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        if not 0 <= offset <= self._length:
            raise IndexError(f"offset {offset} outside 0..{self._length}")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """Code point offset for a UTF-16 position. A position inside a surrogate pair rounds down
        to the start of that character, so a selection never splits one."""
        if not 0 <= position <= self.utf16_length:
            raise IndexError(f"position {position} outside 0..{self.utf16_length}")
        # The k-th astral char (0-based) at code point c sits at UTF-16 position c + k.
        lo, hi = 0, len(self._astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        # lo astral characters start strictly before `position`.
        if lo and self._astral[lo - 1] + (lo - 1) + 1 == position:
            # position is the low surrogate of astral char lo-1: round down to its start.
            return self._astral[lo - 1]
        return position - lo


def _is_word_char(ch: str) -> bool:
    if ch.isalnum():
        return True
    category = unicodedata.category(ch)
    # Combining marks belong to the letter before them; apostrophes inside words ("l'Ucraina")
    # are left as boundaries on purpose, so a drag can select just "Ucraina".
    return category.startswith("M") or ch in "_-\u00ad"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen a selection that starts or ends mid-word to whole words and trim surrounding white
    space. Returns None for an empty or white-space-only selection."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        end += 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line, in code points; the renderer uses one Qt block per line."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


QUOTE_MARKS = "\"'“”„‟«»‘’‚‹›"


def quoted(text: str, limit: int | None = None) -> str:
    """A quote for display: on one line, cut at a word near `limit` characters, between “ and ”.
    Quote marks the text already starts or ends with are dropped, so a passage that begins with
    its own quotation mark is not shown as “"All...”."""
    inner = " ".join(text.split()).strip(QUOTE_MARKS + " ")
    if limit is not None and len(inner) > limit:
        cut = inner[: limit - 1].rsplit(" ", 1)[0] if " " in inner[: limit - 1] else inner[: limit - 1]
        inner = cut.rstrip(",;:.") + "…"
    return f"“{inner}”"


def separate_paragraphs(text: str) -> str:
    """One blank line between paragraphs, as the text files and Markdown have them: extracted web
    pages come one paragraph per line, which reads as one wall of text."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else "")
