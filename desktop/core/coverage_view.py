"""What one rendering of the coverage chart needs (pure; no Qt): cell states, columns, the view.

Split from coverage.py, which keeps the counts current and derives these views.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from .i18n import Context, date_text
from .model import Article, Stance, Verdict
from .state import ProjectState

STANCES: tuple[Stance, ...] = (Stance.SUPPORTS, Stance.MENTIONS, Stance.REFUTES)


coverage_texts = Context("coverage_texts")


class Cell(enum.IntEnum):
    """Cell states of the claims x sources matrix; the values index the colour table."""

    NONE = 0
    SUPPORTS = 1
    MENTIONS = 2
    REFUTES = 3
    MIXED = 4

    @property
    def label(self) -> str:
        """The state's name for the user: a stance's, or "Mixed" for several stances."""
        if self is Cell.NONE:
            return "—"
        if self is Cell.MIXED:
            return coverage_texts.tr("Mixed", "a source whose passages take several stances")
        return Stance(self.name.lower()).label


N_CELLS = len(Cell)


class GroupBy(enum.StrEnum):
    ARTICLE = "article"
    OUTLET = "outlet"
    LANGUAGE = "language"


@dataclass(frozen=True)
class Column:
    """One source in a view: an article, or the articles of one outlet or language."""

    key: str  # article id, or "outlet:<name>" / "language:<tag>"
    label: str  # short text for axes (the title, outlet or language; not truncated here)
    tooltip: str  # full description
    article_ids: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class CoverageView:
    """Everything one rendering needs; arrays are indexed [row, column] in display order.

    Per-cell passage counts and tie lists are read on demand (tooltips, CSV, stats) from the
    Coverage's arrays, which later changes update in place: take a new view after `Coverage.apply`."""

    group_by: GroupBy
    columns: tuple[Column, ...]
    claim_ids: tuple[str, ...]  # row order
    cells: np.ndarray  # uint8 (rows, columns) of Cell values
    column_claims: np.ndarray  # int (columns,) claims carried among the rows shown
    column_cells: np.ndarray  # int (columns, N_CELLS) rows per cell state among the rows shown
    column_passages: np.ndarray  # int (columns, 3) linked passages by stance among the rows shown
    row_sources: np.ndarray  # int (rows,) number of columns carrying the claim
    verdicts: tuple[Verdict, ...]  # per row
    statements: tuple[str, ...]  # per row
    first_article: tuple[str | None, ...]  # per row: the first-appearance article id; None for a tie or unknown
    first_tie_count: np.ndarray  # int (rows,) articles that could be first (1 = a first, >1 = a tie, 0 = unknown)
    first_column: np.ndarray  # int (rows,) column of the first appearance; -1 for a tie across columns or unknown
    bar_order: np.ndarray  # column indices by claims carried, most first (ties: column order)
    _counts: np.ndarray  # (claims, articles, 3): the Coverage's counts, all claims
    _row_source: np.ndarray  # view row -> claim row of _counts
    _members: tuple[np.ndarray, ...]  # column -> article indices
    _tie_mask: np.ndarray  # (claims, articles) bool: the articles that could be first
    _article_ids: tuple[str, ...]
    _col_of_article: np.ndarray  # article index -> column

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.claim_ids), len(self.columns)

    def cell_counts(self, row: int, col: int) -> np.ndarray:
        """Passages by stance (STANCES order) of one cell."""
        counts: np.ndarray = self._counts[self._row_source[row]][self._members[col]].sum(axis=0)
        return counts

    def first_ties(self, row: int) -> tuple[str, ...]:
        """Every article that could be the first appearance of a row's claim, in import order: the
        first one alone, every tied one, or none when no source is dated."""
        return tuple(self._article_ids[a] for a in np.flatnonzero(self._tie_mask[self._row_source[row]]))

    def first_cells(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The cells to outline as first appearance among `rows` (view rows): (rows, columns, tied).
        A row with a first source has its one cell; a tie has the cell of every tied source, each
        flagged tied (several tied articles in one column make that column first)."""
        rows = np.asarray(rows, np.intp)
        mask = self._tie_mask[self._row_source[rows]] if len(rows) else np.zeros((0, 0), bool)
        r, a = np.nonzero(mask)
        if not len(r):
            empty = np.zeros(0, np.int64)
            return empty, empty, np.zeros(0, bool)
        n_cols = max(len(self.columns), 1)
        cells = np.unique(r.astype(np.int64) * n_cols + self._col_of_article[a])
        cell_rows, cell_cols = rows[cells // n_cols], cells % n_cols
        return cell_rows, cell_cols, self.first_column[cell_rows] < 0


def state_counts(cells: np.ndarray) -> np.ndarray:
    """(columns, N_CELLS): how many rows of each column are in each cell state."""
    return (
        np.stack([(cells == state).sum(axis=0) for state in range(N_CELLS)], axis=1)
        if cells.ndim == 2
        else np.zeros((0, N_CELLS), np.int64)
    )


def article_tooltip(article: Article) -> str:
    published = date_text(article.published) or coverage_texts.tr("date unknown")
    details = " · ".join(x for x in (article.outlet, article.language, published) if x)
    return f"{article.title}\n{details}"


def view_to_csv_rows(view: CoverageView, state: ProjectState) -> list[list[str]]:
    """The matrix as a table: one row per claim, one column per source, cells as stance names."""
    header = ["claim_id", "statement", "verdict", "sources", "first_appearance"]  # blank for a tie or unknown
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
        rows.append(
            [
                claim_id,
                state.claims[claim_id].statement,
                view.verdicts[r].value,
                str(int(view.row_sources[r])),
                state.articles[first].title if first else "",
                *cells,
            ]
        )
    return rows
