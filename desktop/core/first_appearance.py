"""Who reported a claim first: the one rule, for the coverage chart, `crosscheck stats` and every
export (ClaimReview's `firstAppearance`).

A source is first only when it is truly first, never because it was imported first:

1. Only dated sources count (their `published` is a valid ISO 8601 date, see core.dates). A value
   such as `2021` or `2021-12` stands for every day of that year or month; a time with a UTC
   offset is an exact instant and counts on its UTC day; a date or a time without an offset
   counts on the day as written.
2. The source whose date span ends earliest sets the bar; every source whose span starts on or
   before that day could have been first. One such source: it is first.
3. Several: if they all give the same single day and all give a time of day (all with a UTC
   offset, or all without one), the earliest time wins, and equal earliest times tie.
4. Otherwise they tie: every tied source is listed and none is named first.

The chart needs this for thousands of claims at once, so the rule is written once over arrays
(`first_rows`: claims x articles); `first_appearance` runs it for one list of articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np

from .dates import InvalidDate, IsoDate, parse_iso_date
from .model import Article

# One line for `crosscheck stats` and the docs.
RULE = (
    "first appearance = the carrying source whose date is truly earliest (a year or month counts as its "
    "whole span; on the same day the earliest time if every tied source gives one); otherwise a tie, "
    "listed and none named first; undated sources never count"
)
NO_DAY = np.iinfo(np.int32).max  # int32 keeps the (claims x articles) passes light
NO_TIME = np.iinfo(np.int32).max
_NAIVE, _AWARE = 1, 2


def parse_published(text: str) -> IsoDate | None:
    """An article's date as the rule reads it; None when unknown or not a valid date."""
    if not text or not text.strip():
        return None
    try:
        return parse_iso_date(text, "published")
    except InvalidDate:
        return None


@dataclass(frozen=True)
class ArticleDates:
    """Per article (in the caller's order): day span as ordinals, and the time rank among the
    articles' times of the same kind (naive or with an offset); NO_DAY / NO_TIME when unknown."""

    first_day: np.ndarray  # int32
    last_day: np.ndarray  # int32
    time_rank: np.ndarray  # int32
    time_kind: np.ndarray  # int8: 0 none, 1 naive, 2 with an offset

    @classmethod
    def of(cls, published: Sequence[str]) -> ArticleDates:
        parsed = [parse_published(p) for p in published]
        n = len(parsed)
        first_day = np.full(n, NO_DAY, np.int32)
        last_day = np.full(n, NO_DAY, np.int32)
        time_kind = np.zeros(n, np.int8)
        moments: dict[int, list[tuple[datetime, int]]] = {_NAIVE: [], _AWARE: []}
        for i, value in enumerate(parsed):
            if value is None:
                continue
            first_day[i], last_day[i] = value.first_day.toordinal(), value.last_day.toordinal()
            if value.is_aware:  # an exact instant: its UTC day, so offsets cannot reorder days
                first_day[i] = last_day[i] = value.moment.astimezone(UTC).date().toordinal()  # type: ignore[union-attr]  # is_aware implies moment is set
            if value.moment is not None:
                kind = _AWARE if value.is_aware else _NAIVE
                time_kind[i] = kind
                moments[kind].append((value.moment, i))
        time_rank = np.full(n, NO_TIME, np.int32)
        for group in moments.values():  # ranks compare only within one kind
            distinct = sorted({moment for moment, _ in group})
            rank = {moment: r for r, moment in enumerate(distinct)}
            for moment, i in group:
                time_rank[i] = rank[moment]
        return cls(first_day, last_day, time_rank, time_kind)

    def order(self) -> np.ndarray:
        """Article indices from the earliest-dated (undated last; then import order)."""
        n = len(self.first_day)
        return np.lexsort((np.arange(n), self.time_rank, self.last_day, self.first_day)) if n else np.arange(0)


def first_rows(carried: np.ndarray, dates: ArticleDates) -> tuple[np.ndarray, np.ndarray]:
    """For each row of `carried` (bool, rows x articles: which articles carry the claim): the
    index of the first article, or -1 for a tie or no dated source; and the mask of the articles
    that could be first (one article when there is a first, several for a tie, none when unknown)."""
    rows = carried.shape[0]
    if carried.size == 0:
        return np.full(rows, -1, np.int64), np.zeros(carried.shape, bool)
    dated = carried & (dates.first_day != NO_DAY)
    bar = np.where(dated, dates.last_day, NO_DAY).min(axis=1)  # the earliest end of a date span
    candidates = dated & (dates.first_day <= bar[:, None])
    counts = candidates.sum(axis=1)
    several = np.flatnonzero(counts > 1)
    if len(several):
        subset = candidates[several]
        single_day = (dates.first_day == dates.last_day) & (dates.first_day == bar[several][:, None])
        kinds = np.where(subset, dates.time_kind, -1)
        kind = kinds.max(axis=1)
        same_kind = (kind > 0) & ((kinds == kind[:, None]) | ~subset).all(axis=1)
        by_time = same_kind & (single_day | ~subset).all(axis=1)
        earliest = np.where(subset, dates.time_rank, NO_TIME).min(axis=1)
        narrowed = subset & (dates.time_rank == earliest[:, None])
        candidates[several] = np.where(by_time[:, None], narrowed, subset)
        counts[several] = candidates[several].sum(axis=1)
    first = np.where(counts == 1, np.argmax(candidates, axis=1), -1).astype(np.int64)
    return first, candidates


@dataclass(frozen=True)
class FirstAppearance:
    """The outcome for one claim: `first` when one source is truly first, else None; `tied` lists
    the sources that could each be first (empty when no source is dated)."""

    first: Article | None
    tied: tuple[Article, ...]

    @property
    def is_tie(self) -> bool:
        return len(self.tied) > 1


def first_appearance(articles: Sequence[Article]) -> FirstAppearance:
    """The rule above for the articles that carry one claim (in project order)."""
    if not articles:
        return FirstAppearance(None, ())
    dates = ArticleDates.of([a.published for a in articles])
    first, mask = first_rows(np.ones((1, len(articles)), bool), dates)
    tied = tuple(a for a, m in zip(articles, mask[0], strict=True) if m)
    return FirstAppearance(articles[first[0]] if first[0] >= 0 else None, tied)


def first_appearances(articles: Sequence[Article], groups: Sequence[Sequence[Article]]) -> list[FirstAppearance]:
    """The rule for many claims at once (an export): `groups[i]` are the articles carrying claim
    i, all among `articles`. One pass over arrays instead of one small one per claim."""
    if not groups:
        return []
    dates = ArticleDates.of([a.published for a in articles])
    column = {a.id: n for n, a in enumerate(articles)}
    carried = np.zeros((len(groups), len(articles)), bool)
    for row, group in enumerate(groups):
        carried[row, [column[a.id] for a in group]] = True
    first, mask = first_rows(carried, dates)
    return [
        FirstAppearance(
            articles[int(first[row])] if first[row] >= 0 else None,
            tuple(articles[int(n)] for n in np.flatnonzero(mask[row])),
        )
        for row in range(len(groups))
    ]
