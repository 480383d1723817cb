"""Text normalisation and the code point <-> UTF-16 mapping, property-tested (docs/architecture.md §3)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.text import Utf16Index, normalise_text, paragraph_spans, quote_context, snap_to_words

# Emoji (astral), combining marks, CRLF, NBSP, RTL marks, and plain letters.
TRICKY = st.sampled_from(
    ["😀", "👍🏽", "e\u0301", "\r\n", "\r", "\u00a0", "\u200f", "à", "ß", "\n", " ", "a", "Z", "’", "\ufeff"]
)
TEXTS = st.lists(st.one_of(TRICKY, st.characters(blacklist_categories=("Cs",))), max_size=60).map("".join)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(TEXTS)
def test_utf16_round_trip_at_every_offset(text):
    index = Utf16Index(text)
    assert index.utf16_length == utf16_units(text)
    for offset in range(len(text) + 1):
        position = index.to_utf16(offset)
        assert position == utf16_units(text[:offset])
        assert index.from_utf16(position) == offset


@given(TEXTS, st.data())
def test_utf16_positions_inside_a_surrogate_pair_round_down(text, data):
    index = Utf16Index(text)
    position = data.draw(st.integers(0, index.utf16_length))
    offset = index.from_utf16(position)
    # The character at `offset` starts at or before the position and ends after it: a position
    # inside a surrogate pair maps to the start of that character, never into it.
    assert index.to_utf16(offset) <= position
    assert offset == len(text) or index.to_utf16(offset + 1) > position


@given(TEXTS)
def test_normalise_is_idempotent_and_has_no_cr_or_bom(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert "\r" not in once
    assert not once.startswith("\ufeff")
    assert unicodedata.is_normalized("NFC", once)


def test_normalise_examples():
    assert normalise_text("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"
    assert normalise_text("e\u0301") == "é"


@given(TEXTS, st.integers(0, 80), st.integers(0, 80))
@settings(max_examples=300)
def test_snap_to_words_never_grows_past_text_and_trims_space(text, a, b):
    snapped = snap_to_words(text, a, b)
    lo, hi = max(0, min(a, b)), min(len(text), max(a, b))
    if snapped is None:
        assert not text[lo:hi].strip()
        return
    start, end = snapped
    assert 0 <= start < end <= len(text)
    assert not text[start].isspace() and not text[end - 1].isspace()


def test_snap_to_words_completes_partial_words():
    text = "Il colloquio telefonico tra Biden e Putin"
    start = text.index("lloquio")
    end = text.index("tele") + 3
    assert text[slice(*snap_to_words(text, start, end))] == "colloquio telefonico"
    assert snap_to_words(text, 2, 3) is None  # one space
    assert snap_to_words(text, 5, 5) is None  # zero length


def test_snap_keeps_combining_marks_with_their_letter():
    text = "cafe\u0301 noir"
    assert text[slice(*snap_to_words(text, 0, 2))] == "cafe\u0301"


def test_quote_context_and_paragraphs():
    text = "alpha beta\ngamma"
    ctx = quote_context(text, 6, 10, width=3)
    assert (ctx.prefix, ctx.quote, ctx.suffix) == ("ha ", "beta", "\nga")
    assert paragraph_spans(text) == [(0, 10), (11, 16)]
