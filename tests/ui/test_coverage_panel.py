"""The coverage chart panel on a real opened_project opened from the sample (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.core.commands import Compound, CreateClaim, EditClaim, HighlightPassage
from desktop.core.coverage import Cell, GroupBy
from desktop.core.model import Verdict

pytestmark = pytest.mark.ui


@pytest.fixture
def panel(qtbot, opened_project):
    from desktop.ui.coverage.panel import CoveragePanel

    panel = CoveragePanel()
    qtbot.addWidget(panel)
    panel.set_project(opened_project)
    opened_project.subscribe(panel.apply_changes)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def settle(qtbot, panel):
    """Changes are coalesced by a zero-timer: let it fire, as the event loop would."""
    qtbot.waitUntil(lambda: not panel.stale, timeout=5000)


def article_by_prefix(opened_project, prefix):
    """The sample article whose title starts with `prefix`."""
    return next(a for a in opened_project.state.articles.values() if a.title.startswith(prefix))


def test_importing_the_panel_does_not_import_pyqtgraph():
    code = "import sys, desktop.ui.coverage.panel; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_hidden_panel_marks_itself_stale_and_draws_when_shown(qtbot, opened_project):
    from desktop.ui.coverage.panel import CoveragePanel

    panel = CoveragePanel()
    qtbot.addWidget(panel)
    panel.set_project(opened_project)
    opened_project.subscribe(panel.apply_changes)
    assert panel.stale and panel.matrix is None and panel.redraws == 0
    opened_project.run(EditClaim(next(iter(opened_project.state.claims)), verdict=Verdict.FALSE))
    assert panel.stale and panel.redraws == 0
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.stale and panel.redraws == 1
    assert Verdict.FALSE in panel.view.verdicts


def test_chart_updates_after_link_and_after_undo(panel, opened_project, qtbot):
    matrix, bars = panel.matrix, panel.bars
    image_item, bar_items = matrix.image, dict(bars.bars)
    rows_before, cols = panel.view.shape
    cells_before = panel.view.cells.copy()
    peskov = article_by_prefix(opened_project, "Peskov")
    text = peskov.text
    start = text.index("Putin")
    create = CreateClaim(statement="Putin and Biden may speak again soon.")
    opened_project.run(
        Compound(
            [create, HighlightPassage(peskov.id, start, start + 5, claim_id=create.claim_id)],
            label="New claim from selection",
        )
    )
    settle(qtbot, panel)
    # The same items were updated, not replaced.
    assert matrix.image is image_item and dict(bars.bars) == bar_items
    assert panel.view.shape == (rows_before + 1, cols)
    row, col = panel.row_of(create.claim_id), panel.column_of(peskov.id)
    assert Cell(int(matrix.image.image[row, col])) is Cell.SUPPORTS
    assert int(np.count_nonzero(matrix.image.image[row])) == 1
    bar_index = int(np.flatnonzero(bars.order == col)[0])
    assert bars.bars[Cell.SUPPORTS].opts["width"][bar_index] == 1  # Peskov's site had no supported claim
    opened_project.undo()
    settle(qtbot, panel)
    assert panel.view.shape == (rows_before, cols)
    assert np.array_equal(matrix.image.image, cells_before)
    assert bars.bars[Cell.SUPPORTS].opts["width"][bar_index] == 0
    opened_project.redo()
    settle(qtbot, panel)
    assert panel.row_of(create.claim_id) is not None


def test_clicking_a_cell_emits_claim_and_article(panel, opened_project, qtbot):
    from PySide6.QtCore import Qt

    view = panel.view
    row, col = map(int, np.argwhere(view.cells == Cell.REFUTES)[0])  # the sample's one refuting cell
    claim_id = view.claim_ids[row]
    expected_article = next(
        p.article_id for p in opened_project.state.passages_of_claim(claim_id) if p.stance.value == "refutes"
    )
    widget = panel.matrix.widget
    point = widget.mapFromScene(panel.matrix.cell_scene_pos(row, col))
    assert panel.matrix.hit(panel.matrix.cell_scene_pos(row, col)) == ("cell", row, col)
    with qtbot.waitSignal(panel.cellActivated, timeout=2000) as blocker:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [claim_id, expected_article]
    # An empty cell selects the claim only.
    empty_row, empty_col = map(int, np.argwhere(view.cells == Cell.NONE)[0])
    with qtbot.waitSignal(panel.claimActivated, timeout=2000) as blocker:
        panel.activate_at(panel.matrix, panel.matrix.cell_scene_pos(empty_row, empty_col))
    assert blocker.args == [view.claim_ids[empty_row]]


def test_clicking_a_bar_emits_the_source(panel, opened_project, qtbot):
    from PySide6.QtCore import Qt

    panel.set_mode("bars")
    panel.set_group_by(GroupBy.OUTLET)
    settle(qtbot, panel)
    column = panel.view.columns[int(panel.view.bar_order[0])]
    widget = panel.bars.widget
    point = widget.mapFromScene(panel.bars.bar_scene_pos(int(panel.view.bar_order[0])))
    with qtbot.waitSignal(panel.sourceClicked, timeout=2000) as blocker:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0] == column.key and blocker.args[0].startswith("outlet:")
    assert blocker.args[1] == list(column.article_ids)
    assert [opened_project.state.articles[a].outlet for a in blocker.args[1]] == [column.label]


def test_tooltip_names_source_claim_count_and_quote(panel, opened_project):
    view = panel.view
    row, col = map(int, np.argwhere(view.cells == Cell.MIXED)[0])
    passages = panel.carrying_passages(row, col)
    text = panel.tooltip_text("cell", row, col)
    claim = opened_project.state.claims[view.claim_ids[row]]
    assert claim.statement[:40] in text
    assert opened_project.state.articles[passages[0].article_id].title in text
    assert f"{len(passages)} passages" in text and "Mixed" in text
    assert " ".join(passages[0].quote.split()[:5]) in text
    assert view.verdicts[row].value in panel.tooltip_text("claim", row, -1)
    source_tip = panel.tooltip_text("source", -1, col)
    assert view.columns[col].tooltip.splitlines()[0] in source_tip and "claims carried" in source_tip


def test_filter_and_selection_follow_the_claims_panel(panel, opened_project, qtbot):
    some = list(opened_project.state.claims)[:3]
    panel.set_visible_claims(some)
    settle(qtbot, panel)
    assert set(panel.view.claim_ids) == set(some)
    panel.set_selected_claim(some[1])
    row = panel.row_of(some[1])
    assert panel.matrix.selection.isVisible() and panel.matrix.selection.rect().top() == row
    panel.set_visible_claims(None)
    settle(qtbot, panel)
    assert len(panel.view.claim_ids) == len(opened_project.state.claims)
    assert panel.matrix.selection.rect().top() == panel.row_of(some[1])
    panel.set_selected_claim(None)
    assert not panel.matrix.selection.isVisible()


def test_png_and_svg_export_and_csv(panel, tmp_path, opened_project):
    from PySide6.QtGui import QImage

    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    png = panel.export_image(tmp_path / "chart.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 4  # not a blank canvas
    svg = panel.export_image(tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and len(svg) > 1000
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(tmp_path / "chart.svg")).isValid()
    with pytest.raises(ValueError, match=r"use \.png or \.svg"):
        panel.export_image(tmp_path / "chart.gif")
    assert not (tmp_path / "chart.gif").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]  # no temp files left
    rows = list(csv.reader(io.StringIO(panel.csv_text())))
    assert len(rows) == 1 + len(opened_project.state.claims)
    assert rows[0][:5] == ["claim_id", "statement", "verdict", "sources", "first_appearance"]
    assert len(rows[0]) == 5 + len(opened_project.state.articles)
    panel.copy_csv()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == panel.csv_text()
    panel.set_mode("bars")
    bars_rows = list(csv.reader(io.StringIO(panel.csv_text())))
    assert bars_rows[0][:3] == ["source_key", "source", "claims"] and len(bars_rows) == 1 + len(
        opened_project.state.articles
    )


@pytest.mark.parametrize("dark", [False, True])
def test_colours_are_distinct_in_both_schemes(qapp, dark):
    from desktop.ui.coverage.style import BAR_STATES, chart_style

    style = chart_style(dark=dark)
    lut = style.lut().astype(int)
    used = [int(cell) for cell in (Cell.NONE, *BAR_STATES)]
    for a in used:
        for b in used:
            if a < b:
                assert np.abs(lut[a, :3] - lut[b, :3]).sum() > 90, (a, b)
    # Empty cells sit close to the background, carried ones stand out from it.
    background = np.array(style.background.getRgb()[:3])
    assert np.abs(lut[0, :3] - background).sum() < 60
    assert all(np.abs(lut[i, :3] - background).sum() > 150 for i in used[1:])


def test_a_burst_of_changes_is_drawn_once(panel, opened_project, qtbot):
    claims = list(opened_project.state.claims)
    redraws = panel.redraws
    for claim_id in claims[:4]:
        opened_project.run(EditClaim(claim_id, verdict=Verdict.MOSTLY_FALSE))
    panel.set_visible_claims(claims)
    assert panel.stale and panel.redraws == redraws  # nothing drawn yet: one zero-timer pending
    settle(qtbot, panel)
    assert panel.redraws == redraws + 1
    assert [panel.view.verdicts[panel.row_of(c)] for c in claims[:4]] == [Verdict.MOSTLY_FALSE] * 4


def test_every_tied_source_is_outlined_and_the_legend_mark_matches(panel, opened_project, qtbot):
    """The sample's 50-minute claim is carried by three articles of 31 December, none earlier:
    all three cells get the dashed outline, and no article is called first."""
    settle(qtbot, panel)
    view = panel.view
    row = next(r for r, s in enumerate(view.statements) if s.startswith("The Biden–Putin phone call"))
    assert view.first_article[row] is None and view.first_tie_count[row] == 3
    tied_xs, tied_ys = panel.matrix.first[True].getData()
    cells = {(int(x), int(y)) for x, y in zip(tied_xs[::8], tied_ys[::8], strict=True)}  # 8 points per cell
    row_cells = {col for col, y in cells if y == row}
    tied_columns = {c for c, column in enumerate(view.columns) if set(column.article_ids) & set(view.first_ties(row))}
    assert row_cells == tied_columns and len(row_cells) == 3
    _solid_xs, solid_ys = panel.matrix.first[False].getData()
    assert row not in {int(y) for y in solid_ys[::8]}  # and no solid "first" outline on that row
    text = panel.tooltip_text("claim", row, 0)
    assert "First appearance: a tie between 3 sources" in text
    # The legend's sample is drawn with the outlines' own pen: the same short flat-capped dashes.
    outline_pen = panel.matrix.first[True].opts["pen"]
    legend_pens = [item.opts["pen"] for item in panel.matrix._legend_samples]
    assert any(p.dashPattern() == outline_pen.dashPattern() == [2.0, 1.5] for p in legend_pens)
    assert outline_pen.capStyle() == Qt.PenCapStyle.FlatCap
