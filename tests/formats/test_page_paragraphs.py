"""Imported web pages keep their paragraph breaks (issue 14 item 13)."""

from __future__ import annotations

from desktop.formats.html_import import read_html_bytes
from tests.support.paths import DATA


def test_paragraphs_of_a_saved_page_are_separated_by_a_blank_line():
    page = DATA / "pages" / "it-quotidiano-telefonata.html"
    text = read_html_bytes(page.read_bytes(), page.name).text
    paragraphs = text.strip().split("\n\n")
    assert len(paragraphs) >= 5
    assert all(p.strip() and "\n" not in p for p in paragraphs)
    assert "\n\n\n" not in text
