"""The coverage chart wired into the window: live updates, navigation by click, source filter, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.core.commands import HighlightPassage
from desktop.core.coverage import Cell

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.actions_by_name["actionShowCoverage"].trigger()
    qtbot.waitUntil(lambda: win.coverage.matrix is not None and not win.coverage.stale, timeout=10_000)
    yield win
    win.close()


def cell(panel, claim_id, article_id):
    view = panel.view
    col = next(i for i, c in enumerate(view.columns) if article_id in c.article_ids)
    return Cell(int(view.cells[view.claim_ids.index(claim_id), col]))


def test_chart_follows_a_link_and_its_undo(window):
    state = window.bridge.state
    claim_id = next(c.id for c in state.claims.values() if "nuclear war" in c.statement)
    article_id = next(a for a in state.articles if a not in state.sources_of_claim(claim_id))
    assert cell(window.coverage, claim_id, article_id) is Cell.NONE
    redraws = window.coverage.redraws
    window.bridge.run(HighlightPassage(article_id, 0, 10, claim_id=claim_id))
    QApplication.processEvents()
    assert cell(window.coverage, claim_id, article_id) is Cell.SUPPORTS
    assert window.coverage.redraws > redraws
    window.actions_by_name["actionUndo"].trigger()
    QApplication.processEvents()
    assert cell(window.coverage, claim_id, article_id) is Cell.NONE


def test_clicking_a_cell_selects_the_claim_and_shows_the_passage(window):
    panel = window.coverage
    view = panel.view
    row = len(view.claim_ids) - 1
    col = next(c for c in range(len(view.columns)) if Cell(int(view.cells[row, c])) is not Cell.NONE)
    claim_id, article_id = view.claim_ids[row], view.columns[col].article_ids[0]
    panel.matrix.ensure_visible(row, col)  # the last row may be a scroll away
    widget = panel.matrix.widget
    point = widget.mapFromScene(panel.matrix.cell_scene_pos(row, col))
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.claims.current_claim() == claim_id
    pane = window.panes.pane_for_article(article_id)
    passage = next(p for p in window.bridge.state.passages_of_claim(claim_id) if p.article_id == article_id)
    assert pane is not None and pane.view.span_y_range(passage.start, passage.end) is not None


def test_clicking_a_source_filters_the_claims(window):
    panel = window.coverage
    column = next(c for c in panel.view.columns if "Peskov" in window.bridge.state.articles[c.article_ids[0]].title)
    panel.sourceClicked.emit(column.key, list(column.article_ids))
    carried = {p.claim_id for p in window.bridge.state.passages_of_article(column.article_ids[0]) if p.claim_id}
    assert window.claims.proxy.rowCount() == len(carried) < len(window.bridge.state.claims)
    window.actions_by_name["actionShowAllClaims"].trigger()
    assert window.claims.proxy.rowCount() == len(window.bridge.state.claims)


def test_png_export_and_csv(window, tmp_path):
    from PySide6.QtGui import QImage

    path = window.coverage.export_image(tmp_path / "coverage.png")
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    csv_text = window.coverage.csv_text()
    assert csv_text.count("\n") >= len(window.bridge.state.claims)


def test_enter_on_the_cursor_cell_selects_the_claim_and_shows_the_passage(window, qtbot):
    from PySide6.QtCore import Qt

    panel = window.coverage
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    panel.matrix.widget.setFocus()
    qtbot.waitUntil(panel.matrix.widget.hasFocus, timeout=3000)
    view = panel.view
    row = len(view.claim_ids) - 1
    col = next(c for c in range(len(view.columns)) if Cell(int(view.cells[row, c])) is not Cell.NONE)
    qtbot.keyClick(panel.matrix.widget, Qt.Key.Key_End)
    for _ in range(col):
        qtbot.keyClick(panel.matrix.widget, Qt.Key.Key_Right)
    assert (panel.keys.row, panel.keys.col) == (row, col)
    qtbot.keyClick(panel.matrix.widget, Qt.Key.Key_Return)
    claim_id, article_id = view.claim_ids[row], view.columns[col].article_ids[0]
    assert window.claims.current_claim() == claim_id
    pane = window.panes.pane_for_article(article_id)
    passage = next(p for p in window.bridge.state.passages_of_claim(claim_id) if p.article_id == article_id)
    assert pane is not None and pane.view.span_y_range(passage.start, passage.end) is not None
    QApplication.processEvents()
    assert panel.matrix.selection.isVisible() and panel.matrix.selection.rect().top() == panel.row_of(claim_id)


def test_cell_text_splits_stances_only_for_a_mixed_cell(window):
    from desktop.core.coverage import Cell

    panel = window.coverage
    view = panel.view
    texts = {}
    for row in range(len(view.claim_ids)):
        for col in range(len(view.columns)):
            texts.setdefault(Cell(int(view.cells[row, col])), panel.tooltip_text("cell", row, col))
    assert "(" not in texts[Cell.SUPPORTS].splitlines()[3]  # "Supports: 1 passage", no repeat
    assert Cell.MIXED in texts and " · " in texts[Cell.MIXED].splitlines()[3]


def test_at_1366x768_rows_are_readable_and_a_click_picks_the_row_under_the_mouse(
    qtbot, qsettings_isolated, sample_project
):
    """The first trial at 1366x768: nine claims squeezed into 12-pixel rows, where a click could
    land on the neighbour's row, and the words under the chart kept describing the cell clicked
    before even when another claim was chosen in the list."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetricsF

    from desktop.ui.claims.model import CLAIM_ID_ROLE
    from tests.support.input import click_row

    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.actions_by_name["actionShowCoverage"].trigger()
    qtbot.waitUntil(lambda: win.coverage.matrix is not None and not win.coverage.stale, timeout=10_000)
    panel, matrix = win.coverage, win.coverage.matrix
    widget = matrix.widget
    low, high = matrix.vb.viewRange()[1]
    row_px = matrix.vb.height() / (high - low)
    assert row_px >= QFontMetricsF(matrix.left.font()).height() + 4, row_px
    assert high - low < len(panel.view.claim_ids)  # not all fit: the rest are a scroll away
    assert matrix.vscroll.bar.isVisible()
    for row in range(int(low), int(high)):
        for col in range(panel.view.shape[1]):
            point = widget.mapFromScene(matrix.cell_scene_pos(row, col))
            qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
            assert win.workspace.current_claim == panel.view.claim_ids[row], (
                row,
                col,
                matrix.vb.viewRange()[1],
                matrix.hit(matrix.cell_scene_pos(row, col)),
                panel.view.claim_ids.index(win.workspace.current_claim),
            )
    statement = win.bridge.state.claims[win.workspace.current_claim].statement
    assert statement[:30] in panel.cursor_label.text()
    # Another claim chosen in the list: the chart's words follow it.
    shown = win.claims.table.model()
    other = next(
        r for r in range(shown.rowCount()) if shown.index(r, 0).data(CLAIM_ID_ROLE) != win.workspace.current_claim
    )
    click_row(qtbot, win.claims.table, other)
    statement = win.bridge.state.claims[win.workspace.current_claim].statement
    assert statement[:30] in panel.cursor_label.text()
    win.close()
