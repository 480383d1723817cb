"""Issue 19, defect 4: fuzzy re-anchoring is bounded: windows around likely places, a quote-length
limit with a clear reason, and a total budget per operation. It was roughly cubic in the quote's
length (8,000 characters: 10 s; 50 KB: 202 s; a 10 MB quote still running at 300 s)."""

from __future__ import annotations

import random

import pytest

from desktop.core.anchoring import MAX_FUZZY_QUOTE, FuzzyBudget, anchor_quote
from desktop.core.text import quote_context
from tests.support.hostile import run_with_cpu_ceiling


def article(seed: int = 1, words: int = 40_000) -> str:
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choice("abcdefghilmnoprstuvz") for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def altered(quote: str, every: int = 37) -> str:
    """The quote with one letter in `every` changed: a colleague's slightly different text."""
    return "".join("x" if i % every == 5 else ch for i, ch in enumerate(quote))


@pytest.mark.parametrize("length", [200, 1000, MAX_FUZZY_QUOTE])
def test_an_altered_quote_is_found(length):
    text = article()
    start = len(text) // 2
    ctx = quote_context(text, start, start + length)
    anchor = anchor_quote(text, altered(ctx.quote), ctx.prefix, ctx.suffix, start + 40)
    assert anchor is not None and not anchor.exact
    assert abs(anchor.start - start) <= 3 and abs(anchor.end - (start + length)) <= 3


def test_the_longest_fuzzy_quotes_in_the_largest_article_stay_within_a_cpu_ceiling():
    """Ten altered 4,000-character quotes in a 2M-character article: about cubic before (1.1 s
    each at 4,000 characters in a small text), now bounded by the text and the quote."""
    run_with_cpu_ceiling(
        """
        from tests.core.test_anchoring_bounds import altered, article
        from desktop.core.anchoring import MAX_FUZZY_QUOTE, anchor_quote
        from desktop.core.text import quote_context
        text = article(words=330_000)[:2_000_000]
        for n in range(10):
            start = 100_000 + n * 150_000
            ctx = quote_context(text, start, start + MAX_FUZZY_QUOTE)
            assert anchor_quote(text, altered(ctx.quote), ctx.prefix, ctx.suffix) is not None
        """,
        seconds=30,
    )


def test_an_altered_quote_is_found_without_a_position():
    text = article()
    start = len(text) // 3
    ctx = quote_context(text, start, start + 600)
    anchor = anchor_quote(text, altered(ctx.quote), ctx.prefix, ctx.suffix)
    assert anchor is not None and abs(anchor.start - start) <= 3


def test_a_quote_over_the_limit_is_refused_for_fuzzy_search_with_a_reason():
    text = article()
    start = 1000
    quote = text[start : start + MAX_FUZZY_QUOTE + 1]
    budget = FuzzyBudget()
    assert anchor_quote(text, altered(quote), position_hint=start, budget=budget) is None
    assert f"over {MAX_FUZZY_QUOTE:,} characters" in budget.skipped
    # Exactly, any length is still found.
    assert anchor_quote(text, quote, position_hint=start).exact


def test_a_10_mb_quote_with_10_mb_of_context_is_refused_within_a_cpu_ceiling():
    run_with_cpu_ceiling(
        """
        from tests.core.test_anchoring_bounds import article
        from desktop.core.anchoring import FuzzyBudget, anchor_quote
        budget = FuzzyBudget()
        quote, context = "quote " * 1_700_000, "p" * 5_000_000
        assert anchor_quote(article(), quote, context, context, 10, budget=budget) is None and budget.skipped
        """,
        seconds=10,
    )


def test_the_budget_of_an_operation_runs_out_and_says_so():
    text = article()
    budget = FuzzyBudget(cells=100 * len(text))  # each search looks up 32 pieces of the quote in the text
    found, skipped = 0, []
    for n in range(40):
        start = 1000 + n * 2000
        ctx = quote_context(text, start, start + 800)
        anchor = anchor_quote(text, altered(ctx.quote), ctx.prefix, ctx.suffix, start, budget=budget)
        if anchor is None:
            skipped.append(budget.skipped)
        else:
            found += 1
    assert found and skipped and all("budget" in why for why in skipped)


def test_exact_only_never_searches_approximately():
    text = article()
    ctx = quote_context(text, 500, 900)
    budget = FuzzyBudget()
    assert anchor_quote(text, altered(ctx.quote), ctx.prefix, ctx.suffix, 500, fuzzy=False, budget=budget) is None
    assert budget.cells == FuzzyBudget().cells  # nothing spent
