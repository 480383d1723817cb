"""Coverage: which source carries which claim, with which stance (pure; no Qt).

`Coverage` keeps one count array `counts[claim, article, stance]` of linked passages, built once
from a ProjectState and then kept current from `Changes` records (a link, an undo: a few +1/-1),
so the chart never rescans 50,000 passages. `Coverage.view()` derives what the chart and
`crosscheck stats` show:

- columns: one per article, or per outlet / language group; ordered by earliest `published`
  date (unknown last), then import order, so the first reporter is the leftmost coloured cell;
- rows: the claims, ordered by number of sources (columns) carrying them, then creation time;
- cells: NONE / SUPPORTS / MENTIONS / REFUTES, or MIXED when one source's passages for a claim
  have more than one stance (the counts stay available for the tooltip);
- per column: claims carried and linked passages by stance; per row: sources and first appearance.

Incremental: a link touches one (claim, article) pair, so only that claim's row is out of date.
The derived per-claim arrays (stance bits, the cells of each grouping, sources per claim, first
appearance) are kept for every claim and recomputed for the changed rows only; a view is then a
sort of 5,000 keys and one gather, not a pass over the whole 5,000 x 100 x 3 count array.
Article edits, claim removals and rebuilds drop these caches (recomputed on the next view).

First appearance: core.first_appearance decides it (one rule for the chart, stats and exports);
this module evaluates it for every claim's row at once and keeps it current row by row. A tie
names no article first; `first_ties` lists every tied article. Unlinked passages have no claim
and are counted separately.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from .coverage_view import (  # noqa: F401 - re-exported: the coverage API lives here
    N_CELLS,
    STANCES,
    Cell,
    Column,
    CoverageView,
    GroupBy,
    article_tooltip,
    coverage_texts,
    state_counts,
    view_to_csv_rows,
)
from .first_appearance import ArticleDates, first_rows
from .i18n import QT_TRANSLATE_NOOP
from .model import Article, Claim, Entity, Passage
from .state import EntityChange, ProjectState

# The column of the sources without an outlet (or language), when grouped by it.
_NO_VALUE = {
    GroupBy.OUTLET: QT_TRANSLATE_NOOP("coverage_texts", "(no outlet)"),
    GroupBy.LANGUAGE: QT_TRANSLATE_NOOP("coverage_texts", "(no language)"),
}

_STANCE_INDEX = {stance: n for n, stance in enumerate(STANCES)}
# Stance presence bits (supports=1, mentions=2, refutes=4) -> cell state.
_CELL_OF_BITS = np.array(
    [Cell.NONE, Cell.SUPPORTS, Cell.MENTIONS, Cell.MIXED, Cell.REFUTES, Cell.MIXED, Cell.MIXED, Cell.MIXED], np.uint8
)
_BIT_WEIGHTS = np.array([1, 2, 4], np.uint8)


class _Grouping:
    """One grouping's columns and the cells of every claim in it, kept current row by row."""

    def __init__(self, columns: list[Column], col_of_article: np.ndarray, bits: np.ndarray) -> None:
        self.columns = tuple(columns)
        self.col_of_article = col_of_article
        self.perm = np.argsort(col_of_article, kind="stable")  # articles grouped by column
        self.starts = np.searchsorted(col_of_article[self.perm], np.arange(len(columns)))
        ends = np.append(self.starts[1:], len(self.perm)).astype(np.int64)
        self.members = tuple(self.perm[s:e] for s, e in zip(self.starts, ends, strict=True))
        self.cells = self.cells_of(bits)
        self.row_sources = np.count_nonzero(self.cells, axis=1)
        self.states = state_counts(self.cells)  # (columns, N_CELLS) over all claims
        self.dirty: set[int] = set()

    def cells_of(self, bits: np.ndarray) -> np.ndarray:
        if not len(self.columns):
            return np.zeros((len(bits), 0), np.uint8)
        if len(bits) == 0:
            return np.zeros((0, len(self.columns)), np.uint8)
        return _CELL_OF_BITS[np.bitwise_or.reduceat(bits[:, self.perm], self.starts, axis=1)]

    def sync(self, bits: np.ndarray) -> None:
        if not self.dirty:
            return
        rows = np.fromiter(self.dirty, np.intp, len(self.dirty))
        self.dirty.clear()
        new = self.cells_of(bits[rows])
        self.states += state_counts(new) - state_counts(self.cells[rows])
        self.cells[rows] = new
        self.row_sources[rows] = np.count_nonzero(new, axis=1)

    def add_rows(self, count: int) -> None:
        self.cells = np.concatenate([self.cells, np.zeros((count, len(self.columns)), np.uint8)])
        self.row_sources = np.concatenate([self.row_sources, np.zeros(count, self.row_sources.dtype)])
        self.states[:, Cell.NONE] += count


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
        n_claims, n_articles, n_stances = len(self.claim_ids), len(self.article_ids), len(STANCES)
        flat = []  # (claim, article, stance) as one index: bincount is ~2x faster than np.add.at
        for passage in self.state.passages.values():
            row = self._row.get(passage.claim_id) if passage.claim_id is not None else None
            col = self._col.get(passage.article_id)
            if row is not None and col is not None:
                flat.append((row * n_articles + col) * n_stances + _STANCE_INDEX[passage.stance])
        self.counts = (
            np.bincount(np.array(flat, np.intp), minlength=n_claims * n_articles * n_stances)
            .astype(np.int32)
            .reshape(n_claims, n_articles, n_stances)
        )
        present = self.counts > 0  # stance presence as bits per (claim, article)
        self.bits = (
            present[:, :, 0].view(np.uint8)
            | (present[:, :, 1].view(np.uint8) << 1)
            | (present[:, :, 2].view(np.uint8) << 2)
        )
        self.article_passages = self.counts.sum(axis=0, dtype=np.int64)  # (articles, 3)
        self._refresh_articles()
        self._refresh_claims()

    def _drop_caches(self) -> None:
        self._groupings: dict[GroupBy, _Grouping] = {}
        self._first: np.ndarray | None = None  # per claim: first-appearance article index, -1 unknown
        self._ties = np.zeros((0, 0), bool)
        self._tie_count = np.zeros(0, np.int64)
        self._first_dirty: set[int] = set()
        self._visible: tuple[frozenset[str], np.ndarray] | None = None

    def _refresh_articles(self) -> None:
        """The articles' dates as the first-appearance rule reads them (also the column order)."""
        self._dates = ArticleDates.of([self.state.articles[a].published for a in self.article_ids])
        self._drop_caches()  # column order, grouping and first appearance may all change

    def _refresh_claims(self) -> None:
        claims = self.state.claims
        created = [claims[c].created for c in self.claim_ids]
        order = sorted(range(len(created)), key=created.__getitem__)
        self._created_rank = np.empty(len(created), np.int64)
        self._created_rank[order] = np.arange(len(created))
        self._claim_array = np.array([*self.claim_ids, None], object)[:-1]  # object array, even if empty
        self._verdicts = np.array([claims[c].verdict for c in self.claim_ids] + [None], object)[:-1]
        self._statements = np.array([claims[c].statement for c in self.claim_ids] + [None], object)[:-1]

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
        articles_edited = claims_reordered = False
        edited_claims = []
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
                edited_claims.append(change.entity.id)
                claims_reordered |= (
                    not isinstance(change.before, Claim)
                    or not isinstance(change.after, Claim)
                    or change.before.created != change.after.created
                )
        removed = [c.before.id for c in changes if isinstance(c.before, Claim) and c.after is None]
        if removed:
            self._remove_claims(removed)
        if articles_edited:
            self._refresh_articles()
        if claims_reordered:
            self._refresh_claims()
        else:  # a verdict or statement edit: no row moves, no cell changes
            for claim_id in edited_claims:
                if claim_id in self._row:
                    claim = self.state.claims[claim_id]
                    self._verdicts[self._row[claim_id]] = claim.verdict
                    self._statements[self._row[claim_id]] = claim.statement

    def _count(self, passage: Entity | None, delta: int) -> None:
        if not isinstance(passage, Passage) or passage.claim_id is None:
            return
        row, col = self._row.get(passage.claim_id), self._col.get(passage.article_id)
        if row is None or col is None:
            return
        stance = _STANCE_INDEX[passage.stance]
        self.counts[row, col, stance] += delta
        self.article_passages[col, stance] += delta
        self.bits[row, col] = ((self.counts[row, col] > 0) * _BIT_WEIGHTS).sum()
        for grouping in self._groupings.values():
            grouping.dirty.add(row)
        self._first_dirty.add(row)

    def _add_claims(self, claim_ids: Sequence[str]) -> None:
        for claim_id in claim_ids:
            self._row[claim_id] = len(self.claim_ids)
            self.claim_ids.append(claim_id)
        count, n_articles = len(claim_ids), len(self.article_ids)
        self.counts = np.concatenate([self.counts, np.zeros((count, n_articles, len(STANCES)), np.int32)])
        self.bits = np.concatenate([self.bits, np.zeros((count, n_articles), np.uint8)])
        for grouping in self._groupings.values():
            grouping.add_rows(count)
        if self._first is not None:
            self._first = np.concatenate([self._first, np.full(count, -1, self._first.dtype)])
            self._ties = np.concatenate([self._ties, np.zeros((count, n_articles), bool)])
            self._tie_count = np.concatenate([self._tie_count, np.zeros(count, self._tie_count.dtype)])
        self._visible = None
        self._refresh_claims()

    def _remove_claims(self, claim_ids: Sequence[str]) -> None:
        gone = sorted({self._row[c] for c in claim_ids if c in self._row})
        if not gone:
            return
        self.counts = np.delete(self.counts, gone, axis=0)
        self.bits = np.delete(self.bits, gone, axis=0)
        self.claim_ids = [c for n, c in enumerate(self.claim_ids) if n not in set(gone)]
        self._row = {c: n for n, c in enumerate(self.claim_ids)}
        self._drop_caches()  # rows shift: rare enough (delete, merge) to recompute once
        self._refresh_claims()

    # --- views --------------------------------------------------------------------------------
    def columns(self, group_by: GroupBy) -> tuple[list[Column], np.ndarray]:
        """The columns in display order and, per article (import order), its column index."""
        articles = [self.state.articles[a] for a in self.article_ids]
        # Column order: earliest date, then earliest time, then import order.
        order = self._dates.order()
        if group_by is GroupBy.ARTICLE:
            columns = [
                Column(articles[n].id, articles[n].title, article_tooltip(articles[n]), (articles[n].id,))
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
            shown = name or coverage_texts.tr(_NO_VALUE[group_by])
            titles = "\n".join(f"• {articles[m].title}" for m in members)
            tooltip = coverage_texts.tr("{name} — %n article(s)", None, len(members), name=shown)
            columns.append(
                Column(f"{field}:{name}", shown, f"{tooltip}\n{titles}", tuple(articles[m].id for m in members))
            )
            index[members] = g
        return columns, index

    def _grouping(self, group_by: GroupBy) -> _Grouping:
        grouping = self._groupings.get(group_by)
        if grouping is None:
            grouping = self._groupings[group_by] = _Grouping(*self.columns(group_by), self.bits)
        grouping.sync(self.bits)
        return grouping

    def _first_appearances(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._first is None:
            self._first, self._ties = self._first_appearance(self.bits != 0)
            self._tie_count = self._ties.sum(axis=1)
        elif self._first_dirty:
            rows = np.fromiter(self._first_dirty, np.intp, len(self._first_dirty))
            self._first[rows], self._ties[rows] = self._first_appearance(self.bits[rows] != 0)
            self._tie_count[rows] = self._ties[rows].sum(axis=1)
        self._first_dirty.clear()
        return self._first, self._ties, self._tie_count

    def _rows_of(self, visible_claims: Iterable[str]) -> np.ndarray:
        """Claim rows of a filter, in claim order; the last answer is reused for the same set."""
        key = visible_claims if isinstance(visible_claims, frozenset) else None
        if key is not None and self._visible is not None and self._visible[0] == key:
            return self._visible[1]
        rows = np.sort(np.fromiter((self._row[c] for c in set(visible_claims) if c in self._row), np.intp))
        self._visible = (key, rows) if key is not None else None
        return rows

    def view(self, group_by: GroupBy = GroupBy.ARTICLE, visible_claims: Iterable[str] | None = None) -> CoverageView:
        group_by = GroupBy(group_by)
        grouping = self._grouping(group_by)
        first, ties, tie_count = self._first_appearances()
        n_cols = len(grouping.columns)
        if visible_claims is None:
            row_sources, states, created = grouping.row_sources, grouping.states.copy(), self._created_rank
            per_article = self.article_passages
            base = None
        else:
            base = self._rows_of(visible_claims)
            sub = grouping.cells[base]
            row_sources, states, created = np.count_nonzero(sub, axis=1), state_counts(sub), self._created_rank[base]
            per_article = self.counts[base].sum(axis=0, dtype=np.int64)
        order = np.lexsort((created, -row_sources)) if len(row_sources) else np.arange(0)
        rows = order if base is None else base[order]
        column_passages = np.zeros((n_cols, len(STANCES)), np.int64)
        np.add.at(column_passages, grouping.col_of_article, per_article)
        column_claims = states[:, Cell.NONE + 1 :].sum(axis=1) if n_cols else np.zeros(0, np.int64)
        first_sorted = first[rows]
        col_of = grouping.col_of_article
        first_col = (
            np.where(first_sorted >= 0, col_of[np.maximum(first_sorted, 0)], -1) if len(col_of) else first_sorted
        )
        if group_by is not GroupBy.ARTICLE:  # tied articles of one outlet or language: that column is first
            tied = np.flatnonzero(tie_count[rows] > 1)
            if len(tied):
                mask = ties[rows[tied]]
                low = np.where(mask, col_of, n_cols).min(axis=1)
                high = np.where(mask, col_of, -1).max(axis=1)
                first_col[tied] = np.where(low == high, low, -1)
        bar_order = np.lexsort((np.arange(n_cols), -column_claims)) if n_cols else np.arange(0)
        article_array = np.array([*self.article_ids, None], object)  # index -1 -> None
        return CoverageView(
            group_by=group_by,
            columns=grouping.columns,
            claim_ids=tuple(self._claim_array[rows]),
            cells=grouping.cells[rows],
            column_claims=column_claims,
            column_cells=states,
            column_passages=column_passages,
            row_sources=row_sources[order],
            verdicts=tuple(self._verdicts[rows]),
            statements=tuple(self._statements[rows]),
            first_article=tuple(article_array[first_sorted]),
            first_tie_count=tie_count[rows],
            first_column=first_col,
            bar_order=bar_order,
            _counts=self.counts,
            _row_source=rows,
            _members=grouping.members,
            _tie_mask=ties,
            _article_ids=tuple(self.article_ids),
            _col_of_article=col_of,
        )

    def _first_appearance(self, carried: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per row: the first-appearance article index (-1 for a tie or unknown) and the mask of
        the articles that could be first (rows, articles)."""
        return first_rows(carried, self._dates)
