"""Cheap signals that carry across Italian and English: numbers and dates, names, cognates.

- Numbers and dates are reduced to language-free tokens: "50 minuti" and "fifty minutes" both give
  `50`; "12 gennaio" and "January 12" both give `12` and `m1`; "the 13th" gives `13`.
- Names are capitalised words and acronyms, case-folded (NATO = Nato) and stripped of accents.
- Cognates (sanzioni / sanctions, negoziati / negotiations) share character 4-grams; the n-grams
  are weighted by inverse document frequency over the units being compared, so "the", "della" and
  other frequent words count for little.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

_NUMBER_WORDS = {
    # English
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "first": 1,
    "second": 2,
    "third": 3,
    # Italian (accents are stripped before lookup)
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "cento": 100,
    "mille": 1000,
    "milione": 1_000_000,
    "milioni": 1_000_000,
    "miliardo": 1_000_000_000,
    "miliardi": 1_000_000_000,
}
_AMBIGUOUS_NUMBER_WORDS = {"one", "una", "uno", "second", "first"}  # usually not a figure
_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "novembre": 11,
    "dicembre": 12,
}
_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
NGRAM = 4


def fold(text: str) -> str:
    """Lower case without accents: "Città" -> "citta", "NATO" -> "nato"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def numbers(text: str) -> frozenset[str]:
    """Language-free tokens for the figures and dates in a text."""
    found: set[str] = set()
    for match in _DIGITS.finditer(text):
        raw = match.group()
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):  # 100.000 / 100,000
            raw = re.sub(r"[.,]", "", raw)
        found.add(raw.lstrip("0") or "0")
    for word in _WORD.findall(fold(text)):
        for part in word.split("-"):
            if part in _MONTHS:
                found.add(f"m{_MONTHS[part]}")
            elif part in _NUMBER_WORDS and part not in _AMBIGUOUS_NUMBER_WORDS:
                found.add(str(_NUMBER_WORDS[part]))
            elif re.fullmatch(r"\d+(?:st|nd|rd|th)", part):
                found.add(part[:-2])
    return frozenset(found)


def names(text: str) -> frozenset[str]:
    """Capitalised words and acronyms (folded), skipping a unit's first word and short words."""
    found = set()
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        if len(word) < 3 or not word[0].isupper():
            continue
        if index == 0 and not word.isupper():
            continue  # a sentence's first word is capitalised anyway
        found.add(fold(word))
    return frozenset(found)


def char_ngrams(text: str, n: int = NGRAM) -> Counter[str]:
    """Character n-grams of each word padded with spaces (so short words count as one gram)."""
    grams: Counter[str] = Counter()
    for word in _WORD.findall(fold(text)):
        if word.isdigit():
            continue
        padded = f" {word} "
        if len(padded) <= n:
            grams[padded] += 1
            continue
        for i in range(len(padded) - n + 1):
            grams[padded[i : i + n]] += 1
    return grams


@dataclass
class LexicalFeatures:
    numbers: frozenset[str]
    names: frozenset[str]
    grams: dict[str, int]  # a Counter when computed here, a plain dict after crossing processes
    words: int = 0
    vector: dict[str, float] = field(default_factory=dict)  # tf-idf, unit length
    generation: int = -1  # which idf table weighed `vector` (weighing is lazy: see SuggestIndex)


def features(text: str) -> LexicalFeatures:
    return LexicalFeatures(numbers(text), names(text), char_ngrams(text), len(text.split()))


class IdfTable:
    """Document frequencies of n-grams over a collection of units."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0

    def add(self, grams: Mapping[str, int]) -> None:
        self.df.update(grams.keys())
        self.docs += 1

    def idf(self, gram: str) -> float:
        return math.log((1 + self.docs) / (1 + self.df.get(gram, 0))) + 1.0

    def weigh(self, feats: LexicalFeatures) -> dict[str, float]:
        vector = {g: (1 + math.log(c)) * self.idf(g) for g, c in feats.grams.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        feats.vector = {g: v / norm for g, v in vector.items()}
        return feats.vector


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(g, 0.0) for g, v in a.items())


def _overlap(query: frozenset[str], candidate: frozenset[str]) -> float:
    """Share of the query's tokens found in the candidate (0 when the query has none)."""
    if not query:
        return 0.0
    return len(query & candidate) / len(query)


def _name_overlap(query: frozenset[str], candidate: frozenset[str]) -> float:
    """Like _overlap, but a name also matches a near spelling across languages (Ginevra/Geneva)."""
    if not query:
        return 0.0
    hits = 0
    for name in query:
        if name in candidate or any(_cognate(name, other) for other in candidate):
            hits += 1
    return hits / len(query)


def _cognate(a: str, b: str) -> bool:
    if a[:3] != b[:3] and a[:2] != b[:2]:
        return False
    shorter = min(len(a), len(b))
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(3, int(shorter * 0.6))


@dataclass(frozen=True, slots=True)
class LexicalScore:
    grams: float
    numbers: float
    names: float
    number_conflict: float  # the query's figures are absent and the candidate has others


def score(query: LexicalFeatures, candidate: LexicalFeatures) -> LexicalScore:
    nums = _overlap(query.numbers, candidate.numbers)
    conflict = 1.0 if query.numbers and candidate.numbers and not (query.numbers & candidate.numbers) else 0.0
    return LexicalScore(
        cosine(query.vector, candidate.vector), nums, _name_overlap(query.names, candidate.names), conflict
    )


STEM_MIN = 5  # shorter words ("della", "that" aside) are too common to show as a match


def shared_words(queries: list[str], candidate: str) -> list[tuple[int, int]]:
    """Spans of the candidate's words that the lexical signals match with any of the query
    passages: figures and dates (fifty = 50), names and words sharing a stem (conversation /
    conversazione). What the window shows in bold, so the reader sees why a candidate came up;
    the model's part of a match has no words to point at."""
    figures: set[str] = set()
    stems: set[str] = set()
    for query in queries:
        figures |= numbers(query)
        stems |= {word for word in _WORD.findall(fold(query)) if len(word) >= STEM_MIN and not word.isdigit()}
    spans = []
    for match in _WORD.finditer(candidate):
        word = fold(match.group())
        figure = bool(numbers(match.group()) & figures)
        if figure or (len(word) >= STEM_MIN and not word.isdigit() and any(_cognate(word, s) for s in stems)):
            spans.append(match.span())
    return spans
