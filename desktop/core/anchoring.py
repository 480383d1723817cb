"""Re-anchoring a quote onto a text that may differ slightly (docs/architecture.md §3).

After Hypothesis's `match-quote.ts`: an exact match first (the stored position, then every
occurrence ranked by context), then a fuzzy match scored 50 quote / 20 prefix / 20 suffix /
2 position. A fuzzy anchor is for review, never applied silently; no anchor is an orphan.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0
MIN_FUZZY_QUOTE_SIMILARITY = 0.75  # below this the quote is too different to call the same passage


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    exact: bool  # the quote was found character for character
    score: float  # 0..1, the weighted match of quote, context and position

    @property
    def needs_review(self) -> bool:
        return not self.exact


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def _score(text: str, start: int, end: int, quote: str, prefix: str, suffix: str, hint: int | None) -> float:
    quote_sim = _similarity(text[start:end], quote)
    prefix_sim = _similarity(text[max(0, start - len(prefix)) : start], prefix) if prefix else 1.0
    suffix_sim = _similarity(text[end : end + len(suffix)], suffix) if suffix else 1.0
    position = 1.0 if hint is None or not text else 1.0 - min(1.0, abs(start - hint) / max(1, len(text)))
    total = (
        QUOTE_WEIGHT * quote_sim + PREFIX_WEIGHT * prefix_sim + SUFFIX_WEIGHT * suffix_sim + POSITION_WEIGHT * position
    )
    return total / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)


def _exact_occurrences(text: str, quote: str, limit: int = 1000) -> list[int]:
    found, start = [], text.find(quote)
    while start >= 0 and len(found) < limit:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def anchor_quote(
    text: str,
    quote: str,
    prefix: str = "",
    suffix: str = "",
    position_hint: int | None = None,
) -> Anchor | None:
    """Where `quote` (with its context) sits in `text`, or None when it cannot be found."""
    if not quote or not text:
        return None
    if position_hint is not None and text[position_hint : position_hint + len(quote)] == quote:
        # The common case: the same text. Still check the context, so a repeated quote at a
        # shifted offset is not taken blindly.
        score = _score(text, position_hint, position_hint + len(quote), quote, prefix, suffix, position_hint)
        if score > 0.99:
            return Anchor(position_hint, position_hint + len(quote), True, score)
    occurrences = _exact_occurrences(text, quote)
    if occurrences:
        best = max(occurrences, key=lambda s: _score(text, s, s + len(quote), quote, prefix, suffix, position_hint))
        return Anchor(
            best, best + len(quote), True, _score(text, best, best + len(quote), quote, prefix, suffix, position_hint)
        )
    return _fuzzy(text, quote, prefix, suffix, position_hint)


def _fuzzy(text: str, quote: str, prefix: str, suffix: str, hint: int | None) -> Anchor | None:
    alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=MIN_FUZZY_QUOTE_SIMILARITY * 100)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    # partial_ratio aligns a window of the quote's length; move each end within a few characters
    # (coordinate ascent, twice) so an inserted or deleted word does not cut the passage short.
    slack = max(3, len(quote) // 8)
    best = (start, end, _score(text, start, end, quote, prefix, suffix, hint))
    for _ in range(2):
        s0, e0, _ = best
        for e in range(max(s0 + 1, e0 - slack), min(len(text), e0 + slack) + 1):
            candidate = _score(text, s0, e, quote, prefix, suffix, hint)
            if candidate > best[2]:
                best = (s0, e, candidate)
        s0, e0, _ = best
        for s in range(max(0, s0 - slack), min(e0 - 1, s0 + slack) + 1):
            candidate = _score(text, s, e0, quote, prefix, suffix, hint)
            if candidate > best[2]:
                best = (s, e0, candidate)
    start, end, score = best
    if _similarity(text[start:end], quote) < MIN_FUZZY_QUOTE_SIMILARITY:
        return None
    return Anchor(start, end, False, score)
