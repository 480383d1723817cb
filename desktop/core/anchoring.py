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
# Bounds of the approximate search (issue 19: it was about cubic in the quote's length, 202 s for
# a 50 KB quote). A quote longer than this is anchored exactly or not at all; the exact search
# has no limit. Passages are sentences or paragraphs: 4,000 characters is a long paragraph.
MAX_FUZZY_QUOTE = 4_000
CONTEXT_USED = 64  # characters of the stored prefix and suffix nearest the quote that are scored
SEED_CHARS = 12  # exact pieces of the quote looked up to find where an altered quote may sit
MAX_SEEDS = 32
MAX_SEED_HITS = 20  # a piece found more often than this says nothing about where the quote is
MAX_WINDOWS = 3  # likely places whose ends are aligned, best first
EDGE_CHARS = 64  # the quote's first and last characters aligned to place its ends
SHORT_QUOTE = 256  # up to this length the ends are also fine-tuned on the whole score
# Work allowed for the approximate searches of one operation (a merge, an import): character
# comparisons, about 1e10 a second here, so about 2 s. Past it, what is left is not searched.
OPERATION_BUDGET = 2e10


@dataclass
class FuzzyBudget:
    """What is left of an operation's approximate searching, and why the last one did not run."""

    cells: float = OPERATION_BUDGET
    skipped: str = ""  # "" when the last search ran (whether or not it found the quote)

    def spend(self, cells: float) -> bool:
        if cells > self.cells:
            self.skipped = "the approximate search budget of this operation is spent; it was not searched"
            return False
        self.cells -= cells
        return True


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


def _score(
    text: str, start: int, end: int, quote: str, prefix: str, suffix: str, hint: int | None, exact: bool = False
) -> float:
    prefix, suffix = prefix[-CONTEXT_USED:], suffix[:CONTEXT_USED]  # a 10 MB "prefix" scores as 64 characters
    quote_sim = 1.0 if exact else _similarity(text[start:end], quote)
    prefix_sim = _similarity(text[max(0, start - len(prefix)) : start], prefix) if prefix else 1.0
    suffix_sim = _similarity(text[end : end + len(suffix)], suffix) if suffix else 1.0
    position = 1.0 if hint is None or not text else 1.0 - min(1.0, abs(start - hint) / max(1, len(text)))
    total = (
        QUOTE_WEIGHT * quote_sim + PREFIX_WEIGHT * prefix_sim + SUFFIX_WEIGHT * suffix_sim + POSITION_WEIGHT * position
    )
    return total / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)


def _exact_occurrences(text: str, quote: str, limit: int = 1000) -> list[int]:
    found: list[int] = []
    start = text.find(quote)
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
    *,
    fuzzy: bool = True,
    budget: FuzzyBudget | None = None,
) -> Anchor | None:
    """Where `quote` (with its context) sits in `text`, or None when it cannot be found. The
    approximate search runs only when `fuzzy`, for quotes up to MAX_FUZZY_QUOTE characters, and
    while `budget` (one operation's; a fresh one by default) lasts; `budget.skipped` says why
    it did not run."""
    budget = budget if budget is not None else FuzzyBudget()
    budget.skipped = ""
    if not quote or not text:
        return None
    if position_hint is not None and text[position_hint : position_hint + len(quote)] == quote:
        # The common case: the same text. Still check the context, so a repeated quote at a
        # shifted offset is not taken blindly.
        end = position_hint + len(quote)
        score = _score(text, position_hint, end, quote, prefix, suffix, position_hint, exact=True)
        if score > 0.99:
            return Anchor(position_hint, end, True, score)
    occurrences = _exact_occurrences(text, quote)
    if occurrences:

        def scored(s: int) -> float:
            return _score(text, s, s + len(quote), quote, prefix, suffix, position_hint, exact=True)

        best = max(occurrences, key=scored)
        return Anchor(best, best + len(quote), True, scored(best))
    if not fuzzy:
        return None
    if len(quote) > MAX_FUZZY_QUOTE:
        budget.skipped = (
            f"the quote is over {MAX_FUZZY_QUOTE:,} characters and not in the text exactly; "
            "too long to search for approximately"
        )
        return None
    return _fuzzy(text, quote, prefix, suffix, position_hint, budget)


def _seed_starts(text: str, quote: str, budget: FuzzyBudget) -> list[int] | None:
    """Where the quote probably starts: each exact piece of it found in the text votes for the
    start it implies. Linear in the text for each piece (str.find), at most MAX_SEEDS pieces."""
    pieces = max(1, min(MAX_SEEDS, len(quote) // SEED_CHARS))
    step = max(1, (len(quote) - SEED_CHARS) // pieces)
    if not budget.spend(pieces * len(text)):
        return None
    bucket = max(32, len(quote) // 4)
    votes: dict[int, list[int]] = {}
    for offset in range(0, max(1, len(quote) - SEED_CHARS + 1), step)[:pieces]:
        seed = quote[offset : offset + SEED_CHARS]
        hits: list[int] = []
        at = text.find(seed)
        while at >= 0 and len(hits) <= MAX_SEED_HITS:
            hits.append(at - offset)
            at = text.find(seed, at + 1)
        if len(hits) > MAX_SEED_HITS:
            continue
        for implied in hits:
            votes.setdefault(implied // bucket, []).append(implied)
    ranked = sorted(votes.values(), key=len, reverse=True)[:MAX_WINDOWS]
    return [sorted(implied)[len(implied) // 2] for implied in ranked]


def _edge(text: str, piece: str, lo: int, hi: int, budget: FuzzyBudget) -> tuple[int, int] | None:
    """Where `piece` (a short end of the quote) best fits in text[lo:hi]."""
    lo, hi = max(0, lo), min(len(text), hi)
    if hi - lo < len(piece) or not budget.spend(len(piece) * (hi - lo)):
        return None
    found = fuzz.partial_ratio_alignment(piece, text[lo:hi])
    return (lo + found.dest_start, lo + found.dest_end) if found is not None else None


def _span_near(text: str, quote: str, near: int, budget: FuzzyBudget) -> tuple[int, int] | None:
    """The span of `text` that matches `quote`, which roughly starts at `near`. Each end is
    placed on its own: the quote's first and last EDGE characters are aligned within the drift
    that edits could cause (a quarter of the quote), so the work is bounded by the quote's length,
    never by the text's, and an inserted word in the middle moves the end, not the start."""
    edge = min(EDGE_CHARS, len(quote))
    drift = len(quote) // 4 + 8
    head = _edge(text, quote[:edge], near - drift, near + edge + drift, budget)
    if head is None:
        return None
    start = head[0]
    rough_end = start + len(quote)
    tail = _edge(text, quote[-edge:], rough_end - edge - drift, rough_end + drift, budget)
    if tail is None:
        return None
    return start, tail[1]


def _ascend(
    text: str, quote: str, prefix: str, suffix: str, hint: int | None, span: tuple[int, int]
) -> tuple[int, int]:
    """Short quotes: move each end a few characters while the score improves (the edge search
    aligns a window of the quote's own length, so a short inserted word would cut it short)."""
    slack = max(3, len(quote) // 8)
    start, end = span
    best = _score(text, start, end, quote, prefix, suffix, hint)
    for _ in range(2):
        for e in range(max(start + 1, end - slack), min(len(text), end + slack) + 1):
            score = _score(text, start, e, quote, prefix, suffix, hint)
            if score > best:
                best, end = score, e
        for s in range(max(0, start - slack), min(end - 1, start + slack) + 1):
            score = _score(text, s, end, quote, prefix, suffix, hint)
            if score > best:
                best, start = score, s
    return start, end


def _fuzzy(text: str, quote: str, prefix: str, suffix: str, hint: int | None, budget: FuzzyBudget) -> Anchor | None:
    if len(quote) <= EDGE_CHARS:
        # Short quotes: rapidfuzz slides the quote over the whole text (a bit-parallel scan).
        if not budget.spend(len(text) * 8):
            return None
        alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=MIN_FUZZY_QUOTE_SIMILARITY * 100)
        starts = [alignment.dest_start] if alignment is not None else []
    else:
        seeded = _seed_starts(text, quote, budget)
        if seeded is None:
            return None
        starts = seeded
    if hint is not None and 0 <= hint <= len(text):
        starts.append(hint)
    best: Anchor | None = None
    for near in dict.fromkeys(starts):
        span = _span_near(text, quote, near, budget)
        if span is None:
            if budget.skipped:
                break
            continue
        if len(quote) <= SHORT_QUOTE:
            span = _ascend(text, quote, prefix, suffix, hint, span)
        start, end = span
        if end <= start or _similarity(text[start:end], quote) < MIN_FUZZY_QUOTE_SIMILARITY:
            continue
        score = _score(text, start, end, quote, prefix, suffix, hint)
        if best is None or score > best.score:
            best = Anchor(start, end, False, score)
    return best
