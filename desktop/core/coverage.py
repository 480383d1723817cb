"""Coverage: which source carries which claim, with which stance (pure; no Qt).

`Coverage` keeps one count array `counts[claim, article, stance]` of linked passages, built once
from a ProjectState and then kept current from `Changes` records (a link, an undo: a few +1/-1),
so the chart never rescans 50,000 passages. `Coverage.view()` derives what the chart and
`crosscheck stats` show, vectorised with numpy:

- columns: one per article, or per outlet / language group; ordered by earliest `published`
  date (unknown last), then import order, so the first reporter is the leftmost coloured cell;
- rows: the claims, ordered by number of sources (columns) carrying them, then creation time;
- cells: NONE / SUPPORTS / MENTIONS / REFUTES, or MIXED when one source's passages for a claim
  have more than one stance (the counts stay available for the tooltip);
- per column: claims carried and linked passages by stance; per row: sources and first appearance.

First appearance rule (documented in stats output too): among the articles carrying a claim, the
one with the earliest publication *date*; if several share that date and all of them give a time
of day, the earliest time wins. Remaining ties go to the earliest imported article, and all tied
articles are listed (`first_ties`), because a fact-checker must not read a tie as a scoop. Articles
with an unknown or unparseable date are never "first"; a claim carried only by such articles has
no first appearance (None). Unlinked passages have no claim and are counted separately.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

import numpy as np

from .model import Article, Claim, Passage, Stance, Verdict
from .state import EntityChange, ProjectState

STANCES: tuple[Stance, ...] = (Stance.SUPPORTS, Stance.MENTIONS, Stance.REFUTES)
_STANCE_INDEX = {stance: n for n, stance in enumerate(STANCES)}


class Cell(enum.IntEnum):
    """Cell states of the claims x sources matrix; the values index the colour table."""

    NONE = 0
    SUPPORTS = 1
    MENTIONS = 2
    REFUTES = 3
    MIXED = 4

    @property
    def label(self) -> str:
        return "—" if self is Cell.NONE else self.name.capitalize()


class GroupBy(str, enum.Enum):
    ARTICLE = "article"
    OUTLET = "outlet"
    LANGUAGE = "language"


_NO_DATE = np.iinfo(np.int32).max  # int32: half the memory traffic of the (claims x articles) passes


def parse_published(text: str) -> tuple[date | None, datetime | None]:
    """(calendar date, UTC time if given) of a `published` value; (None, None) when unknown.
    A naive time is taken as UTC. Year-only or month-only values count as unknown."""
    text = (text or "").strip()
    if len(text) < 10:
        return None, None
    try:
        if len(text) == 10:
            return date.fromisoformat(text), None
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None, None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.date(), moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class Column:
    """One source in a view: an article, or the articles of one outlet or language."""

    key: str  # article id, or "outlet:<name>" / "language:<tag>"
    label: str  # short text for axes (the title, outlet or language; not truncated here)
    tooltip: str  # full description
    article_ids: tuple[str, ...]


# Stance presence bits (supports=1, mentions=2, refutes=4) -> cell state.
_CELL_OF_BITS = np.array([Cell.NONE, Cell.SUPPORTS, Cell.MENTIONS, Cell.MIXED,
                          Cell.REFUTES, Cell.MIXED, Cell.MIXED, Cell.MIXED], np.uint8)


@dataclass(frozen=True, eq=False)
class CoverageView:
    """Everything one rendering needs; arrays are indexed [row, column] in display order.

    Per-cell passage counts and tie lists are read on demand (tooltips, CSV, stats) from the
    Coverage's counts: take a new view after `Coverage.apply`."""

    group_by: GroupBy
    columns: tuple[Column, ...]
    claim_ids: tuple[str, ...]  # row order
    cells: np.ndarray  # uint8 (rows, columns) of Cell values
    column_claims: np.ndarray  # int (columns,) claims carried among the rows shown
    column_passages: np.ndarray  # int (columns, 3) linked passages by stance among the rows shown
    row_sources: np.ndarray  # int (rows,) number of columns carrying the claim
    verdicts: tuple[Verdict, ...]  # per row
    first_article: tuple[str | None, ...]  # per row: the first-appearance article id
    first_tie_count: np.ndarray  # int (rows,) articles tied for first (1 = no tie, 0 = unknown)
    first_column: np.ndarray  # int (rows,) column of the first appearance, -1 when unknown
    bar_order: np.ndarray  # column indices by claims carried, most first (ties: column order)
    _counts: np.ndarray  # (claims, articles, 3): the Coverage's counts (rows possibly filtered)
    _row_source: np.ndarray  # view row -> row of _counts
    _members: tuple[np.ndarray, ...]  # column -> article indices
    _tie_mask: np.ndarray  # (rows of _counts, articles) bool
    _article_ids: tuple[str, ...]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.claim_ids), len(self.columns)

    def cell_counts(self, row: int, col: int) -> np.ndarray:
        """Passages by stance (STANCES order) of one cell."""
        return self._counts[self._row_source[row]][self._members[col]].sum(axis=0)

    def first_ties(self, row: int) -> tuple[str, ...]:
        """Every article tied for the first appearance of a row's claim, in import order."""
        return tuple(self._article_ids[a] for a in np.flatnonzero(self._tie_mask[self._row_source[row]]))


class Coverage:
    """The claim x article x stance counts of one project, kept current from Changes records."""

    def __init__(self, state: ProjectState) -> None:
        self.state = state
        self.rebuild(state)

    # --- building -----------------------------------------------------------------------------
    def rebuild(self, state: ProjectState | None = None) -> None:
        if state is not None:
            self.state = state
        self.article_ids: list[str] = list(self.state.articles)
        self.claim_ids: list[str] = list(self.state.claims)
        self._col = {a: n for n, a in enumerate(self.article_ids)}
        self._row = {c: n for n, c in enumerate(self.claim_ids)}
        self.counts = np.zeros((len(self.claim_ids), len(self.article_ids), len(STANCES)), np.int32)
        rows, cols, stances = [], [], []
        for passage in self.state.passages.values():
            if passage.claim_id is not None and passage.claim_id in self._row and passage.article_id in self._col:
                rows.append(self._row[passage.claim_id])
                cols.append(self._col[passage.article_id])
                stances.append(_STANCE_INDEX[passage.stance])
        if rows:
            np.add.at(self.counts, (np.array(rows), np.array(cols), np.array(stances)), 1)
        self._refresh_articles()
        self._refresh_claims()

    def _refresh_articles(self) -> None:
        """Date ranks of the articles (for first appearance and column order)."""
        parsed = [parse_published(self.state.articles[a].published) for a in self.article_ids]
        days = sorted({d for d, _ in parsed if d is not None})
        times = sorted({t for _, t in parsed if t is not None})
        day_rank, time_rank = {d: n for n, d in enumerate(days)}, {t: n for n, t in enumerate(times)}
        self._day = np.array([day_rank[d] if d is not None else _NO_DATE for d, _ in parsed], np.int32)
        self._time = np.array([time_rank[t] if t is not None else _NO_DATE for _, t in parsed], np.int32)

    def _refresh_claims(self) -> None:
        created = [self.state.claims[c].created for c in self.claim_ids]
        order = sorted(range(len(created)), key=created.__getitem__)
        self._created_rank = np.empty(len(created), np.int64)
        self._created_rank[order] = np.arange(len(created))

    # --- incremental update -------------------------------------------------------------------
    def apply(self, changes: Iterable[EntityChange]) -> None:
        """Bring the counts up to date after `changes` were applied to the state (do/undo/redo)."""
        changes = list(changes)
        structural_articles = any(
            isinstance(c.entity, Article) and (c.before is None or c.after is None) for c in changes
        )
        if structural_articles:
            self.rebuild()  # imports and removals are rare; article order may shift on undo
            return
        articles_edited = claims_changed = False
        added = [c.after for c in changes if isinstance(c.after, Claim) and c.before is None]
        if added:
            self._add_claims([claim.id for claim in added if claim.id not in self._row])
        for change in changes:
            if isinstance(change.entity, Passage):
                self._count(change.before, -1)
                self._count(change.after, +1)
            elif isinstance(change.entity, Article):
                articles_edited = True
            elif isinstance(change.entity, Claim):
                claims_changed = True
        removed = [c.before.id for c in changes if isinstance(c.before, Claim) and c.after is None]
        if removed:
            self._remove_claims(removed)
        if articles_edited:
            self._refresh_articles()
        if claims_changed:
            self._refresh_claims()

    def _count(self, passage: Passage | None, delta: int) -> None:
        if passage is None or passage.claim_id is None:
            return
        row, col = self._row.get(passage.claim_id), self._col.get(passage.article_id)
        if row is not None and col is not None:
            self.counts[row, col, _STANCE_INDEX[passage.stance]] += delta

    def _add_claims(self, claim_ids: Sequence[str]) -> None:
        for claim_id in claim_ids:
            self._row[claim_id] = len(self.claim_ids)
            self.claim_ids.append(claim_id)
        extra = np.zeros((len(claim_ids), len(self.article_ids), len(STANCES)), np.int32)
        self.counts = np.concatenate([self.counts, extra])

    def _remove_claims(self, claim_ids: Sequence[str]) -> None:
        gone = {self._row[c] for c in claim_ids if c in self._row}
        if not gone:
            return
        self.counts = np.delete(self.counts, sorted(gone), axis=0)
        self.claim_ids = [c for n, c in enumerate(self.claim_ids) if n not in gone]
        self._row = {c: n for n, c in enumerate(self.claim_ids)}

    # --- views --------------------------------------------------------------------------------
    def columns(self, group_by: GroupBy) -> tuple[list[Column], np.ndarray]:
        """The columns in display order and, per article (import order), its column index."""
        articles = [self.state.articles[a] for a in self.article_ids]
        # Column order: earliest date, then earliest time, then import order.
        order = np.lexsort((np.arange(len(articles)), self._time, self._day)) if articles else np.arange(0)
        if group_by is GroupBy.ARTICLE:
            columns = [
                Column(articles[n].id, articles[n].title, _article_tooltip(articles[n]), (articles[n].id,))
                for n in order
            ]
            index = np.empty(len(articles), np.int64)
            index[order] = np.arange(len(articles))
            return columns, index
        field = group_by.value
        groups: dict[str, list[int]] = {}
        for n in order:  # dict keeps first-seen order = the group's earliest article
            name = getattr(articles[n], field) or ""
            groups.setdefault(name, []).append(int(n))
        columns, index = [], np.empty(len(articles), np.int64)
        for g, (name, members) in enumerate(groups.items()):
            shown = name or f"(no {field})"
            titles = "\n".join(f"• {articles[m].title}" for m in members)
            columns.append(Column(f"{field}:{name}", shown, f"{shown} — {len(members)} article(s)\n{titles}",
                                  tuple(articles[m].id for m in members)))
            index[members] = g
        return columns, index

    def view(self, group_by: GroupBy = GroupBy.ARTICLE, visible_claims: Iterable[str] | None = None) -> CoverageView:
        group_by = GroupBy(group_by)
        columns, col_of_article = self.columns(group_by)
        n_cols, n_articles = len(columns), len(self.article_ids)
        counts = self.counts
        if visible_claims is not None:
            wanted = set(visible_claims)
            keep = np.fromiter((c in wanted for c in self.claim_ids), bool, len(self.claim_ids))
            base_rows = np.flatnonzero(keep)
            counts = counts[base_rows]
        else:
            base_rows = np.arange(len(self.claim_ids))
        # Stance presence as bits per (claim, article), then OR-ed per column.
        bits = (counts[:, :, 0] > 0).view(np.uint8).copy()
        bits |= (counts[:, :, 1] > 0).view(np.uint8) << 1
        bits |= (counts[:, :, 2] > 0).view(np.uint8) << 2
        members = [np.flatnonzero(col_of_article == c) for c in range(n_cols)]
        if group_by is GroupBy.ARTICLE:
            col_bits = bits[:, np.argsort(col_of_article)] if n_articles else bits
        else:
            col_bits = np.zeros((len(base_rows), n_cols), np.uint8)
            for article, col in enumerate(col_of_article):
                col_bits[:, col] |= bits[:, article]
        carried = col_bits != 0
        row_sources = carried.sum(axis=1)
        column_claims = carried.sum(axis=0)
        per_article = counts.sum(axis=0)  # (articles, 3)
        column_passages = np.zeros((n_cols, len(STANCES)), np.int64)
        np.add.at(column_passages, col_of_article, per_article)
        first_idx, tie_mask = self._first_appearance(bits != 0)
        created = self._created_rank[base_rows]
        row_order = np.lexsort((created, -row_sources)) if len(base_rows) else np.arange(0)
        ids = [self.claim_ids[r] for r in base_rows[row_order]]
        first_sorted = first_idx[row_order]
        first_col = np.where(first_sorted >= 0, col_of_article[np.maximum(first_sorted, 0)], -1) \
            if n_articles else np.full(len(row_order), -1)
        bar_order = np.lexsort((np.arange(n_cols), -column_claims)) if n_cols else np.arange(0)
        claims = self.state.claims
        return CoverageView(
            group_by=group_by,
            columns=tuple(columns),
            claim_ids=tuple(ids),
            cells=_CELL_OF_BITS[col_bits[row_order]],
            column_claims=column_claims,
            column_passages=column_passages,
            row_sources=row_sources[row_order],
            verdicts=tuple(claims[c].verdict for c in ids),
            first_article=tuple(self.article_ids[i] if i >= 0 else None for i in first_sorted),
            first_tie_count=tie_mask.sum(axis=1)[row_order],
            first_column=first_col,
            bar_order=bar_order,
            _counts=counts,
            _row_source=row_order,
            _members=tuple(members),
            _tie_mask=tie_mask,
            _article_ids=tuple(self.article_ids),
        )

    def _first_appearance(self, carried: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per row: the first-appearance article index (-1 if unknown) and the tie mask (rows, articles)."""
        if carried.size == 0:
            return np.full(carried.shape[0], -1, np.int64), np.zeros(carried.shape, bool)
        day = np.where(carried, self._day, _NO_DATE)
        min_day = day.min(axis=1)
        dated = min_day != _NO_DATE
        ties = (day == min_day[:, None]) & dated[:, None]
        # Times matter only where several carrying articles share the earliest date.
        multi = np.flatnonzero(ties.sum(axis=1) > 1)
        if len(multi):
            same_day = ties[multi]
            untimed = (same_day & (self._time == _NO_DATE)).any(axis=1)
            time = np.where(same_day, self._time, _NO_DATE)
            earliest = same_day & (self._time == time.min(axis=1)[:, None])
            ties[multi] = np.where(untimed[:, None], same_day, earliest)
        first = np.where(dated, np.argmax(ties, axis=1), -1)  # argmax: the first in import order
        return first, ties


def _article_tooltip(article: Article) -> str:
    details = " · ".join(x for x in (article.outlet, article.language, article.published or "date unknown") if x)
    return f"{article.title}\n{details}"


def view_to_csv_rows(view: CoverageView, state: ProjectState) -> list[list[str]]:
    """The matrix as a table: one row per claim, one column per source, cells as stance names."""
    header = ["claim_id", "statement", "verdict", "sources", "first_appearance"]
    header += [column.label for column in view.columns]
    rows = [header]
    for r, claim_id in enumerate(view.claim_ids):
        first = view.first_article[r]
        cells = []
        for c in range(len(view.columns)):
            state_ = Cell(int(view.cells[r, c]))
            if state_ is Cell.NONE:
                cells.append("")
            else:
                parts = [f"{STANCES[s].value} {int(n)}" for s, n in enumerate(view.cell_counts(r, c)) if n]
                cells.append(f"{state_.name.lower()} ({', '.join(parts)})")
        rows.append([
            claim_id, state.claims[claim_id].statement, view.verdicts[r].value, str(int(view.row_sources[r])),
            state.articles[first].title if first else "", *cells,
        ])
    return rows
