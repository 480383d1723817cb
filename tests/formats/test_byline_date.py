"""Byline dates for pages whose metadata has none (the first trial: a saved Italian blog post
imported without its date)."""

from __future__ import annotations

import pytest

from desktop.formats.byline_date import BYLINE_CHARS, byline_date, date_in
from desktop.formats.html_safety import parse_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pubblicato il 20 gennaio 2022 da Piero Galli", "2022-01-20"),
        ("31 dicembre 2021, ore 10:15", "2021-12-31"),
        ("1º marzo 2022", "2022-03-01"),
        ("Published January 3, 2022 by Priya Raman", "2022-01-03"),
        ("Posted on Dec 30th, 2021", "2021-12-30"),
        ("le 30 décembre 2021", "2021-12-30"),
        ("30 de diciembre de 2021", "2021-12-30"),
        ("30. Dezember 2021", "2021-12-30"),
        ("updated 2021-12-31T09:00", "2021-12-31"),
        ("31 febbraio 2022", ""),  # no such day
        ("20 gennaio 1850", ""),  # not a web page's date
        ("Dicembre 2021", ""),  # a month is not a date
        ("nothing here", ""),
    ],
)
def test_dates_in_a_byline(text, expected):
    assert date_in(text) == expected


def test_only_bylines_count_not_links_or_body_text():
    root = parse_html(
        "<html><body>"
        "<div class='archivio'><a class='data' href='x'>20 dicembre 2021</a></div>"
        "<p>Il 7 dicembre 2021 si era parlato di altro.</p>"
        "<p class='data'>Pubblicato il 20 gennaio 2022</p>"
        "</body></html>"
    )
    assert byline_date(root) == "2022-01-20"


def test_a_time_element_gives_its_datetime():
    root = parse_html("<html><body><time datetime='2021-12-30'>ieri</time></body></html>")
    assert byline_date(root) == "2021-12-30"


def test_the_search_is_bounded_on_a_hostile_page():
    # 20,000 date-classed elements of digits (under the page limit): only the first MAX_ELEMENTS
    # are looked at, each for BYLINE_CHARS characters, so this returns at once with nothing.
    junk = "<p class='date'>" + "9 " * (BYLINE_CHARS // 8) + "</p>"
    root = parse_html("<html><body>" + junk * 20_000 + "<p class='date'>20 gennaio 2022</p></body></html>")
    assert byline_date(root) == ""
