"""desktop.core.first_appearance: a source is first only when it is truly first."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.first_appearance import ArticleDates, first_appearance, first_rows
from desktop.core.model import Article


def article(name: str, published: str) -> Article:
    return Article(id=name, title=name, text=name, sha256=name, published=published)


def outcome(*published: str) -> tuple[str | None, set[str]]:
    articles = [article(chr(ord("a") + n), p) for n, p in enumerate(published)]
    result = first_appearance(articles)
    return (result.first.id if result.first else None), {a.id for a in result.tied}


@pytest.mark.parametrize(
    "published, first, tied",
    [
        (("2021-12-30", "2021-12-31"), "a", {"a"}),
        (("2021-12-31", "2021-12-30"), "b", {"b"}),
        # Same date, no times: a tie, never "the one imported first".
        (("2021-12-30", "2021-12-30"), None, {"a", "b"}),
        # Same date, both timed: the earlier time wins.
        (("2021-12-30T10:00Z", "2021-12-30T09:00Z"), "b", {"b"}),
        (("2021-12-30T10:00+02:00", "2021-12-30T09:00Z"), "a", {"a"}),  # 08:00 UTC
        # Same date, one untimed: it may have been earlier, so a tie.
        (("2021-12-30T10:00Z", "2021-12-30"), None, {"a", "b"}),
        # Times with and without an offset cannot be compared.
        (("2021-12-30T10:00Z", "2021-12-30T09:00"), None, {"a", "b"}),
        # Equal earliest times tie; a later time drops out.
        (("2021-12-30T09:00Z", "2021-12-30T09:00Z", "2021-12-30T11:00Z"), None, {"a", "b"}),
        # A year or a month is its whole span (the defect: "2021" won outright).
        (("2021", "2021-12-30"), None, {"a", "b"}),
        (("2020", "2021-12-30"), "a", {"a"}),
        (("2021-12", "2021-12-30", "2022-01-02"), None, {"a", "b"}),
        (("2021-11", "2021-12-01"), "a", {"a"}),
        # An offset's instant counts on its UTC day: 23:30 at -05:00 is the 31st in UTC.
        (("2021-12-30T23:30-05:00", "2021-12-31T01:00+02:00"), "b", {"b"}),
        # Undated and invalid dates never count.
        (("", "2021-12-30"), "b", {"b"}),
        (("20/01/2022", "2022-02-01"), "b", {"b"}),
        (("", "not a date"), None, set()),
    ],
)
def test_the_rule(published, first, tied):
    assert outcome(*published) == (first, tied)


def test_no_articles():
    result = first_appearance([])
    assert result.first is None and result.tied == () and not result.is_tie


def test_order_puts_the_earliest_first_and_undated_last():
    dates = ArticleDates.of(["", "2021-12-31", "2021-12", "2021-12-31T08:00Z", "2021-12-30"])
    assert dates.order().tolist() == [2, 4, 3, 1, 0]


_published = st.one_of(
    st.just(""),
    st.sampled_from(["2021", "2021-12", "2022-01"]),
    st.dates().map(lambda d: d.replace(year=2021, month=12).isoformat()),
    st.integers(0, 23).map(lambda h: f"2021-12-30T{h:02d}:00Z"),
    st.integers(0, 23).map(lambda h: f"2021-12-30T{h:02d}:00"),
)


@given(st.lists(_published, min_size=1, max_size=8))
def test_first_is_earlier_than_every_other_and_rows_agree_with_one_by_one(published):
    articles = [article(str(n), p) for n, p in enumerate(published)]
    result = first_appearance(articles)
    dates = ArticleDates.of(published)
    if result.first is not None:
        n = articles.index(result.first)
        assert result.tied == (result.first,)
        for m in range(len(articles)):
            if m != n and dates.first_day[m] != np.iinfo(np.int32).max:
                # strictly earlier: its span ends before the other begins, or the same day earlier in time
                assert dates.last_day[n] < dates.first_day[m] or (
                    dates.first_day[n] == dates.first_day[m] and dates.time_rank[n] < dates.time_rank[m]
                )
    # The array form over many rows gives what the one-list form gives for each row.
    carried = np.array([[bool((row >> i) & 1) for i in range(len(articles))] for row in range(2 ** len(articles))])
    first, mask = first_rows(carried, dates)
    for row in range(0, len(carried), max(1, len(carried) // 16)):
        chosen = [a for a, keep in zip(articles, carried[row], strict=True) if keep]
        expected = first_appearance(chosen)
        assert (articles[first[row]] if first[row] >= 0 else None) == expected.first
        assert tuple(a for a, m in zip(articles, mask[row], strict=True) if m) == expected.tied
