"""desktop.core.coverage: counts, cell states, ordering, first appearance, incremental updates.

The incremental path is checked against a fresh rebuild after every step of a random edit
sequence (including undo and redo), so a missed +1/-1 cannot hide.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from desktop.core.commands import (
    AddArticle,
    CreateClaim,
    DeleteClaim,
    EditArticle,
    EditClaim,
    EditPassage,
    HighlightPassage,
    LinkPassage,
    MergeClaims,
    RemoveArticle,
    UnlinkPassage,
)
from desktop.core.coverage import Cell, Coverage, GroupBy
from desktop.core.model import Stance, Verdict
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState

TEXT = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho."


def make_project(specs):
    """specs: (title, outlet, language, published) per article."""
    project = Project(ProjectState(), MemoryPersistence())
    ids = []
    for n, (title, outlet, language, published) in enumerate(specs):
        command = AddArticle(title=title, text=f"{TEXT} #{n}", outlet=outlet, language=language, published=published)
        project.run(command)
        ids.append(command.article_id)
    return project, ids


def claim(project, statement, verdict=Verdict.NOT_RATED):
    command = CreateClaim(statement=statement, verdict=verdict)
    project.run(command)
    return command.claim_id


def link(project, article_id, claim_id, stance=Stance.SUPPORTS, start=0):
    command = HighlightPassage(article_id, start, start + 5, claim_id=claim_id, stance=stance)
    project.run(command)
    return command.passage_id


@pytest.fixture
def small():
    project, (a, b, c) = make_project(
        [
            ("A", "Wire", "en", "2024-03-02"),
            ("B", "Blog", "it", "2024-03-01"),
            ("C", "Wire", "en", ""),
        ]
    )
    x = claim(project, "X", Verdict.TRUE)
    y = claim(project, "Y", Verdict.FALSE)
    z = claim(project, "Z")
    link(project, a, x)
    link(project, b, x, Stance.MENTIONS)
    link(project, c, x, Stance.REFUTES)
    link(project, a, y, Stance.SUPPORTS)
    link(project, a, y, Stance.REFUTES, start=10)
    link(project, c, z)
    return project, (a, b, c), (x, y, z)


def test_cells_counts_and_orders(small):
    project, (a, b, c), (x, y, z) = small
    view = Coverage(project.state).view()
    # Columns by date: B (03-01), A (03-02), C (unknown) last.
    assert [col.key for col in view.columns] == [b, a, c]
    # Rows by number of sources: X (3), then Y and Z (1 each) in creation order.
    assert view.claim_ids == (x, y, z)
    assert view.cells.dtype == np.uint8
    assert view.cells.tolist() == [
        [Cell.MENTIONS, Cell.SUPPORTS, Cell.REFUTES],
        [Cell.NONE, Cell.MIXED, Cell.NONE],
        [Cell.NONE, Cell.NONE, Cell.SUPPORTS],
    ]
    assert view.cell_counts(1, 1).tolist() == [1, 0, 1]  # supports, mentions, refutes
    assert view.row_sources.tolist() == [3, 1, 1]
    assert view.verdicts == (Verdict.TRUE, Verdict.FALSE, Verdict.NOT_RATED)
    assert view.column_claims.tolist() == [1, 2, 2]
    assert view.column_passages.tolist() == [[0, 1, 0], [2, 0, 1], [1, 0, 1]]
    # Bars: most claims first, ties in column order.
    assert [view.columns[i].key for i in view.bar_order] == [a, c, b]
    # First appearance: X is carried by B (earliest date); Z only by C (no date): unknown.
    assert view.first_article == (b, a, None)
    assert view.first_column.tolist() == [0, 1, -1]


def test_group_by_outlet_and_language(small):
    project, (a, _b, c), (x, _y, _z) = small
    view = Coverage(project.state).view(GroupBy.OUTLET)
    assert [col.key for col in view.columns] == ["outlet:Blog", "outlet:Wire"]
    wire = view.columns[1]
    assert wire.article_ids == (a, c)
    row_x = view.claim_ids.index(x)
    # Wire carries X with supports (A) and refutes (C): mixed.
    assert view.cells[row_x].tolist() == [Cell.MENTIONS, Cell.MIXED]
    assert view.cell_counts(row_x, 1).tolist() == [1, 0, 1]
    assert view.column_claims.tolist() == [1, 3]
    lang = Coverage(project.state).view(GroupBy.LANGUAGE)
    assert [col.label for col in lang.columns] == ["it", "en"]


def test_visible_claims_filter_restricts_rows_and_bars(small):
    project, (a, b, c), (_x, y, z) = small
    view = Coverage(project.state).view(visible_claims={y, z})
    assert set(view.claim_ids) == {y, z}
    by_key = {col.key: int(n) for col, n in zip(view.columns, view.column_claims, strict=False)}
    assert by_key == {a: 1, b: 0, c: 1}
    empty = Coverage(project.state).view(visible_claims=[])
    assert empty.cells.shape == (0, 3) and empty.column_claims.tolist() == [0, 0, 0]


def test_first_appearance_ties_and_times():
    project, (a, b, c, d) = make_project(
        [
            ("A", "", "", "2024-05-01T10:00:00+02:00"),  # 08:00 UTC
            ("B", "", "", "2024-05-01T09:00:00Z"),
            ("C", "", "", "2024-05-01"),
            ("D", "", "", "2024-04"),  # the whole of April
        ]
    )
    timed, tied, month, uncarried = (claim(project, n) for n in ("timed", "tied", "month", "uncarried"))
    for article in (a, b):
        link(project, article, timed)
    for article in (b, c, a):
        link(project, article, tied)
    for article in (d, a):
        link(project, article, month)
    view = Coverage(project.state).view()
    row = {cid: n for n, cid in enumerate(view.claim_ids)}
    assert view.first_article[row[timed]] == a and view.first_ties(row[timed]) == (a,)
    # C gives no time, so A, B, C tie on the date: nobody is named first, all three are listed.
    assert view.first_article[row[tied]] is None and set(view.first_ties(row[tied])) == {a, b, c}
    assert view.first_column[row[tied]] == -1 and view.first_tie_count[row[tied]] == 3
    # April ends before May 1st, so D is truly first even without a day.
    assert view.first_article[row[month]] == d
    assert view.first_article[row[uncarried]] is None and view.first_ties(row[uncarried]) == ()


def test_first_cells_outline_every_tied_source(small):
    project, (a, b, c), (x, _y, z) = small
    for article in (a, b, c):
        project.run(EditArticle(article, {"published": "2024-03-03"}))
    link(project, a, z)  # Z: A and C, both Wire
    view = Coverage(project.state).view()
    row = view.claim_ids.index(x)
    rows, cols, tied = view.first_cells(np.array([row]))
    assert rows.tolist() == [row] * 3 and tied.all()
    assert {view.columns[col].key for col in cols} == {a, b, c} == set(view.first_ties(row))
    # Grouped by outlet: X ties across Blog and Wire; Z's tied articles are both Wire, so Wire is first.
    by_outlet = Coverage(project.state).view(GroupBy.OUTLET)
    row_x, row_z = by_outlet.claim_ids.index(x), by_outlet.claim_ids.index(z)
    rows, cols, tied = by_outlet.first_cells(np.array([row_x, row_z]))
    cells = {(int(r), by_outlet.columns[int(c)].label, bool(t)) for r, c, t in zip(rows, cols, tied, strict=True)}
    assert cells == {(row_x, "Blog", True), (row_x, "Wire", True), (row_z, "Wire", False)}
    assert by_outlet.first_article[row_z] is None and by_outlet.columns[by_outlet.first_column[row_z]].label == "Wire"


def assert_matches_rebuild(coverage: Coverage, project: Project, visible=None):
    fresh = Coverage(project.state)
    for group_by in GroupBy:
        got, want = coverage.view(group_by, visible), fresh.view(group_by, visible)
        assert got.claim_ids == want.claim_ids
        assert got.verdicts == want.verdicts == tuple(project.state.claims[c].verdict for c in want.claim_ids)
        assert got.statements == want.statements == tuple(project.state.claims[c].statement for c in want.claim_ids)
        assert np.array_equal(got.row_sources, want.row_sources)
        assert np.array_equal(got.column_claims, want.column_claims)
        assert np.array_equal(got.column_cells, want.column_cells)
        assert np.array_equal(got.first_column, want.first_column)
        assert [c.key for c in got.columns] == [c.key for c in want.columns]
        assert np.array_equal(got.cells, want.cells)
        assert np.array_equal(got.column_passages, want.column_passages)
        assert np.array_equal(got.first_tie_count, want.first_tie_count)
        for r, c in zip(*np.nonzero(want.cells), strict=False):
            assert np.array_equal(got.cell_counts(r, c), want.cell_counts(r, c))
        assert got.first_article == want.first_article


def test_incremental_updates_equal_rebuild_through_do_undo_redo():
    rng = random.Random(7)
    project, _articles = make_project([(f"T{n}", f"O{n % 2}", "en", f"2024-01-0{n + 1}") for n in range(4)])
    coverage = Coverage(project.state)
    project.subscribe(lambda changes: coverage.apply(changes.entity_changes))
    claims = [claim(project, f"claim {n}") for n in range(3)]
    passages = []
    for step in range(120):
        action = rng.choice(
            [
                "link",
                "link",
                "relink",
                "unlink",
                "stance",
                "claim",
                "delete",
                "merge",
                "verdict",
                "date",
                "undo",
                "undo",
                "redo",
                "article",
                "remove",
            ]
        )
        live_claims = list(project.state.claims)
        live_passages = list(project.state.passages)
        if action == "link" and live_claims:
            art = rng.choice(list(project.state.articles))
            passages.append(link(project, art, rng.choice(live_claims), rng.choice(list(Stance)), rng.randrange(0, 60)))
        elif action == "relink" and live_passages and live_claims:
            project.run(LinkPassage(rng.choice(live_passages), rng.choice(live_claims)))
        elif action == "unlink" and live_passages:
            project.run(UnlinkPassage(rng.choice(live_passages)))
        elif action == "stance" and live_passages:
            project.run(EditPassage(rng.choice(live_passages), stance=rng.choice(list(Stance))))
        elif action == "claim":
            claims.append(claim(project, f"claim {step}"))
        elif action == "delete" and live_claims:
            project.run(DeleteClaim(rng.choice(live_claims), keep_passages=rng.random() < 0.5))
        elif action == "merge" and len(live_claims) >= 2:
            kept, absorbed = rng.sample(live_claims, 2)
            project.run(MergeClaims(kept, absorbed))
        elif action == "verdict" and live_claims:
            project.run(
                EditClaim(
                    rng.choice(live_claims),
                    verdict=rng.choice(list(Verdict)),
                    statement=f"edited {step}" if rng.random() < 0.5 else None,
                )
            )
        elif action == "date":
            project.run(
                EditArticle(
                    rng.choice(list(project.state.articles)), {"published": f"2024-02-{rng.randrange(1, 28):02d}"}
                )
            )
        elif action == "undo":
            project.undo()
        elif action == "redo":
            project.redo()
        elif action == "article":
            project.run(AddArticle(title=f"new {step}", text=f"{TEXT} step {step}", outlet="O9"))
        elif action == "remove" and len(project.state.articles) > 2:
            project.run(RemoveArticle(rng.choice(list(project.state.articles))))
        assert_matches_rebuild(coverage, project)
        if step % 5 == 0:  # the cached per-claim rows also serve a filtered view
            live = list(project.state.claims)
            assert_matches_rebuild(coverage, project, frozenset(rng.sample(live, len(live) // 2)))
    assert len(passages) >= 8 and project.state.claims  # the walk did real work


def test_a_link_recomputes_only_its_claims_row(small):
    """The incremental path: after one link, the cached rows of other claims are not recomputed."""
    project, (_a, b, _c), (x, _y, z) = small
    coverage = Coverage(project.state)
    project.subscribe(lambda changes: coverage.apply(changes.entity_changes))
    before = coverage.view()
    cached_cells = coverage._groupings[GroupBy.ARTICLE].cells
    link(project, b, z, Stance.REFUTES)
    assert coverage._groupings[GroupBy.ARTICLE].dirty == {coverage._row[z]}
    after = coverage.view()
    assert coverage._groupings[GroupBy.ARTICLE].cells is cached_cells  # updated in place, not rebuilt
    row = after.claim_ids.index(z)
    col = next(n for n, column in enumerate(after.columns) if column.key == b)
    assert Cell(int(after.cells[row, col])) is Cell.REFUTES
    assert int(after.row_sources[row]) == 2 and after.first_article[row] == b
    assert int(after.column_claims[col]) == int(before.column_claims[before.columns.index(after.columns[col])]) + 1
    # A verdict edit moves no row and leaves the cells alone.
    project.run(EditClaim(x, verdict=Verdict.FALSE))
    assert not coverage._groupings[GroupBy.ARTICLE].dirty
    again = coverage.view()
    assert again.claim_ids == after.claim_ids and np.array_equal(again.cells, after.cells)
    assert again.verdicts[again.claim_ids.index(x)] is Verdict.FALSE
