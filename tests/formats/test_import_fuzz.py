"""Fuzzing the importers (issue 4): any bytes give a candidate or a clear refusal, never a crash.
Bounded: a fixed number of examples per reader, no deadline per example. Run with -m slow."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.text import normalise_text
from desktop.formats.candidate import ImportCandidate
from desktop.formats.errors import ImportRefused
from desktop.formats.html_import import read_html_bytes
from desktop.formats.markdown_import import read_markdown_bytes
from desktop.formats.mhtml_import import read_mhtml_bytes
from desktop.formats.plain_text import text_candidate

pytestmark = pytest.mark.slow

TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<article>",
    "<html lang='it'>",
    "<body>",
    "<!DOCTYPE html>",
    "<meta charset='utf-8'>",
    "<meta charset='cp1252'>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<table><tr><td>",
    "</td></tr></table>",
    "&amp;",
    "&#x1F600;",
    "&bogus;",
    "<title>",
    "</title>",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    "<h1>",
    "</h1>",
    "<nav>",
    "<br>",
    "\r\n",
    "\u2028",
    "\ufeff",
    "\x00",
]
WORDS = st.sampled_from(
    ["Il Cremlino", "la telefonata", "Biden", "è durata", "50 minuti", "😀", "e\u0301", "\u00a0", "“", "lorem"]
)
HTMLISH = st.lists(st.one_of(st.sampled_from(TAGS), WORDS, st.text(max_size=20)), max_size=200).map("".join)
MARKDOWNISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "# ",
                "> ",
                "- ",
                "**",
                "_",
                "`",
                "```\n",
                "[a](",
                ")",
                "|",
                "---\n",
                "\n",
                "\n\n",
                "<div>",
                "title: x\n",
                "    ",
            ]
        ),
        WORDS,
        st.text(max_size=20),
    ),
    max_size=200,
).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"])


def check(reader, data: bytes, name: str) -> None:
    try:
        candidate = reader(data, name)
    except ImportRefused as error:
        assert str(error) and "\n" not in str(error)
        return
    assert isinstance(candidate, ImportCandidate)
    assert candidate.text.strip() and candidate.text == normalise_text(candidate.text)
    assert "\r" not in candidate.text and "\x00" not in candidate.text


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    for reader, name in (
        (read_html_bytes, "f.html"),
        (read_markdown_bytes, "f.md"),
        (read_mhtml_bytes, "f.mhtml"),
        (lambda d, n: text_candidate(d, n), "f.txt"),
    ):
        check(reader, data, name)


@FUZZ
@given(HTMLISH, ENCODINGS)
def test_html_like_text(text, encoding):
    data = text.encode(encoding, errors="replace")
    check(read_html_bytes, data, "page.html")
    check(read_html_bytes, data, "page.xhtml")


@FUZZ
@given(MARKDOWNISH, ENCODINGS)
def test_markdown_like_text(text, encoding):
    check(read_markdown_bytes, text.encode(encoding, errors="replace"), "note.md")
