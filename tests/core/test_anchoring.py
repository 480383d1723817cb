"""Re-anchoring quotes onto texts that moved or changed a little."""

from __future__ import annotations

from desktop.core.anchoring import anchor_quote
from desktop.core.text import quote_context

TEXT = (
    "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti. "
    "Biden ha avvertito Putin della possibilità di ulteriori sanzioni. "
    "Putin ha detto che ulteriori sanzioni sarebbero un errore."
)


def anchor_for(text, start, end, **kwargs):
    ctx = quote_context(text, start, end)
    return ctx, kwargs


def test_exact_at_the_stored_position():
    start = TEXT.index("dopo 50 minuti")
    ctx = quote_context(TEXT, start, start + 14)
    anchor = anchor_quote(TEXT, ctx.quote, ctx.prefix, ctx.suffix, start)
    assert (anchor.start, anchor.end, anchor.exact, anchor.needs_review) == (start, start + 14, True, False)


def test_exact_but_moved_uses_the_context_to_pick_the_right_occurrence():
    second = TEXT.index("ulteriori sanzioni sarebbero")
    ctx = quote_context(TEXT, second, second + len("ulteriori sanzioni"))
    shifted = "Premessa aggiunta. " + TEXT
    anchor = anchor_quote(shifted, ctx.quote, ctx.prefix, ctx.suffix, second)
    assert anchor.exact and shifted[anchor.start : anchor.end] == "ulteriori sanzioni"
    assert anchor.start == second + len("Premessa aggiunta. ")


def test_fuzzy_match_is_flagged_for_review():
    start = TEXT.index("Biden ha avvertito")
    end = TEXT.index("sanzioni.") + len("sanzioni")
    ctx = quote_context(TEXT, start, end)
    edited = TEXT.replace("della possibilità di ulteriori", "della possibilita di nuove ulteriori")
    anchor = anchor_quote(edited, ctx.quote, ctx.prefix, ctx.suffix, start)
    assert anchor is not None and not anchor.exact and anchor.needs_review
    assert edited[anchor.start : anchor.end].startswith("Biden ha avvertito")
    assert edited[anchor.start : anchor.end].endswith("sanzioni")


def test_orphan_when_the_quote_is_gone():
    assert anchor_quote(TEXT, "The White House said the call was serious and substantial") is None
    assert anchor_quote(TEXT, "") is None
    assert anchor_quote("", "x") is None


def test_astral_characters_keep_code_point_offsets():
    text = "😀😀 Putin warned 😀 of sanctions"
    anchor = anchor_quote(text, "warned 😀 of", position_hint=None)
    assert text[anchor.start : anchor.end] == "warned 😀 of"
