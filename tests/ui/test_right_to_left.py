"""A right-to-left language (Arabic, Hebrew) does not break the panes, the connectors or the
chart (issue 18), tried with Qt's own switch, QGuiApplication.setLayoutDirection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.core.coverage import Cell
from tests.support.input import activate

RTL = Qt.LayoutDirection.RightToLeft


@pytest.fixture
def rtl_window(qtbot, qsettings_isolated, sample_project):
    QApplication.setLayoutDirection(RTL)
    window = create_window(sample_project)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    activate(qtbot, window)
    yield window
    window.close()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _carried_in_two_panes(window):
    """A claim whose passages are in the first two panes, made current."""
    state = window.bridge.state
    first, second = (p.article_id for p in window.panes.panes[:2])
    claim_id = next(c for c in state.claims if {first, second} <= {p.article_id for p in state.passages_of_claim(c)})
    window.workspace.select_claims(claim_id)
    QApplication.processEvents()
    return claim_id


def test_panes_run_right_to_left_and_keep_their_offsets(rtl_window, qtbot):
    window = rtl_window
    assert window.layoutDirection() == RTL
    splitter = window.panes.splitter
    xs = [splitter.widget(i).geometry().x() for i in range(splitter.count())]
    assert xs == sorted(xs, reverse=True)  # the first pane is the rightmost
    state = window.bridge.state
    pane = window.panes.panes[0]
    passage = state.passages_of_article(pane.article_id)[0]
    pane.view.select_span(passage.start, passage.end)
    cursor = pane.view.textCursor()
    assert (pane.view.from_qt(cursor.selectionStart()), pane.view.from_qt(cursor.selectionEnd())) == (
        passage.start,
        passage.end,
    )


def test_connectors_join_the_passages_they_link_whichever_side_each_pane_is_on(rtl_window, qtbot):
    window = rtl_window
    _carried_in_two_panes(window)
    splitter = window.panes.splitter
    handle = splitter.handle(1)  # between the first pane (right) and the second (left)
    before, after = splitter.widget(0), splitter.widget(1)
    assert before.geometry().x() > handle.geometry().x() > after.geometry().x()
    bands = window.panes._bands(before, after, handle)
    drawn = handle.bands()
    assert bands and len(drawn) == len(bands)
    width = handle.width()
    for (_, (b_top, _b), (a_top, _a), _), (path, _, _) in zip(bands, drawn, strict=True):
        start = path.elementAt(0)
        assert (start.x, start.y) == (width, b_top)  # from the pane before, on the right
        assert any(
            abs(path.elementAt(i).x) < 1e-6 and abs(path.elementAt(i).y - a_top) < 1e-6
            for i in range(path.elementCount())
        )


def test_the_chart_keeps_its_axes_and_a_click_still_opens_the_cell(rtl_window, qtbot):
    window = rtl_window
    window.show_coverage()
    qtbot.waitUntil(lambda: window.coverage.matrix is not None and not window.coverage.stale)
    panel = window.coverage
    assert panel.matrix.frame.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert panel.mode_box.layoutDirection() == RTL  # the toolbar around it follows the window
    left = panel.matrix.left.sceneBoundingRect()
    right = panel.matrix.right.sceneBoundingRect()
    assert left.center().x() < right.center().x()  # statements left, verdicts right, as always
    view = panel.view
    row, col = next((r, c) for r in range(view.shape[0]) for c in range(view.shape[1]) if view.cells[r, c] != Cell.NONE)
    with qtbot.waitSignal(panel.cellActivated) as got:
        panel.activate_at(panel.matrix, panel.matrix.cell_scene_pos(row, col))
    article = panel.carrying_passages(row, col)[0].article_id
    assert got.args == [view.claim_ids[row], article]
    assert panel.matrix.hit(QPointF(panel.matrix.cell_scene_pos(row, col))) == ("cell", row, col)
