"""Candidate units for link suggestions: sentences, and the clauses of long sentences.

A regex splitter rather than pysbd: both give exact spans (pysbd with clean=False), but pysbd took
79 s on a 1 MB Italian article and 2.5 s on the 12 kB sample, against 0.27 s and 13 ms here
(docs/suggestions.md). Rules, in order:

- a newline always ends a unit (headlines, list items, the bylines of scraped pages);
- `.`, `!`, `?`, `…` end a sentence when followed by space (after any closing quotes or brackets)
  and then something that can start a sentence: a capital, a digit, or an opening quote/bracket;
- not after a known abbreviation (Mr., Dr., sig., dott., U.S., e.g.), an initial (J. Biden) or a
  number's decimal point.

Sentences longer than CLAUSE_MIN_CHARS are also offered as clauses, cut at `:`, ` – `, `;`,
`(`...`)` and at `, and` / `, e` style joins, so a sentence that carries three claims (the
Geneva / Brussels / Vienna dates) can be matched clause by clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEGMENTER_VERSION = "seg1"  # part of the vector cache key: change it when spans change
MIN_UNIT_CHARS = 12  # shorter pieces ("Source link", ".") are not claims
CLAUSE_MIN_CHARS = 140  # sentences longer than this are also offered as clauses
MAX_UNIT_CHARS = 1200  # a run-on "sentence" (no punctuation for pages) is cut at word bounds
HEADING_MAX_WORDS = 12  # a headline, title or subheading is a short line of its own

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "no",
        "nos",
        "fig",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "ca",
        "approx",
        "sig",
        "sigg",
        "sig.ra",
        "dott",
        "dott.ssa",
        "avv",
        "ing",
        "arch",
        "on",
        "pag",
        "pagg",
        "cfr",
        "ecc",
        "es",
        "n",
        "nn",
        "art",
        "ss",
        "sez",
        "tel",
    ]
)
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A candidate boundary: terminal punctuation, optional closers, then whitespace.
# The lookbehind starts a match only at the first mark of a run, and the possessive runs never
# backtrack: linear on untrusted text (a line of 100,000 dots was quadratic; issue 19).
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++)([" + re.escape(_CLOSERS) + r"]*+)(\s+)")
_CLAUSE_CUT = re.compile(
    r"\s+[–—-]\s+|[:;]\s+|\s*\(|\)\s*"
    r"|,\s+(?=(?:and|but|while|as well as|e|ma|mentre|poi|nonché)\b)"
    r"|\s+(?=(?:e poi|and then)\b)"
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A span [start, end) of an article's text, in code points; `kind` is sentence or clause."""

    start: int
    end: int
    kind: str = "sentence"


def _word_before(text: str, index: int) -> str:
    j = index
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in _OPENERS:
        j -= 1
    return text[j:index]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punct = match.group(1)
    after = match.end()
    if after >= len(text):
        return True
    if "\n" in match.group(3):
        return True
    nxt = text[after]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if punct != ".":
        return True
    word = _word_before(text, match.start(1)).strip(_CLOSERS + _OPENERS)
    lowered = word.lower()
    if lowered in _ABBREVIATIONS or lowered.rstrip(".") in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "J. Biden"
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S, e.g
        return nxt.isupper() and not text[after : after + 4].isupper()
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on span at word boundaries so no unit exceeds MAX_UNIT_CHARS."""
    pieces = []
    while end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + MAX_UNIT_CHARS // 2, start + MAX_UNIT_CHARS)
        cut = cut if cut > start else start + MAX_UNIT_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Unit]:
    """Sentence spans covering the text's non-blank content, in order."""
    raw: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        line_start, line_end = line.span()
        cursor = line_start
        segment = text[line_start:line_end]
        for match in _BOUNDARY.finditer(segment):
            if _is_boundary(segment, match):
                cut = line_start + match.start(3)
                raw.append((cursor, cut))
                cursor = line_start + match.end()
        raw.append((cursor, line_end))
    units = []
    for start, end in raw:
        start, end = _trimmed(text, start, end)
        if end - start < 1:
            continue
        for a, b in _cut_long(text, start, end):
            a, b = _trimmed(text, a, b)
            if b > a:
                units.append(Unit(a, b))
    return units


def split_clauses(text: str, sentence: Unit) -> list[Unit]:
    """The clauses of one long sentence (empty when it has fewer than two)."""
    body = text[sentence.start : sentence.end]
    spans, cursor = [], 0
    for match in _CLAUSE_CUT.finditer(body):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(body)))
    clauses = []
    for a, b in spans:
        a, b = _trimmed(body, a, b)
        if b - a >= MIN_UNIT_CHARS:
            clauses.append(Unit(sentence.start + a, sentence.start + b, "clause"))
    return clauses if len(clauses) > 1 else []


# A line ending like this is a sentence or a list item, not a heading.
_SENTENCE_END = re.compile(r"[.!?…;:,][" + re.escape(_CLOSERS) + r"]*$")


_CONTENT = re.compile(r"\S")


def is_heading(text: str, unit: Unit) -> bool:
    """Is the unit a headline, title, subheading or tag line: a whole line of at most
    HEADING_MAX_WORDS words that does not end like a sentence, or that is the text's first or last
    line (a scraped page's title and its trailing tags end with a full stop as often as not)? Such
    lines name the event ("Telephone conversations between Putin and Biden") and so resemble every
    passage about it a little."""
    # Linear in the white space around the unit, never in the line or the text: this runs for
    # every unit, and slicing to the line's start made a 2M-character line quadratic (issue 19).
    line_start = unit.start
    while line_start > 0 and text[line_start - 1] != "\n":
        if not text[line_start - 1].isspace():
            return False
        line_start -= 1
    line_end = unit.end
    while line_end < len(text) and text[line_end] != "\n":
        if not text[line_end].isspace():
            return False
        line_end += 1
    body = text[unit.start : unit.end]
    if len(body.split()) > HEADING_MAX_WORDS:
        return False
    first_or_last = not _CONTENT.search(text, 0, line_start) or not _CONTENT.search(text, line_end)
    return first_or_last or not _SENTENCE_END.search(body)


def candidate_units(text: str) -> list[Unit]:
    """Sentences of at least MIN_UNIT_CHARS, plus the clauses of long ones, in text order."""
    units: list[Unit] = []
    for sentence in split_sentences(text):
        if sentence.end - sentence.start < MIN_UNIT_CHARS:
            continue
        units.append(sentence)
        if sentence.end - sentence.start > CLAUSE_MIN_CHARS:
            units.extend(split_clauses(text, sentence))
    return units
