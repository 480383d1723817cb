"""The coverage chart from the keyboard: cursor cell, Enter, paging, zoom, scrollbars, bars, Tab.

Every test checks an effect (cursor moved, signal emitted, view range or scrollbar changed), on the
sample opened_project or, where scrolling matters, on a generated 24 sources x 300 claims opened_project.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop.core.coverage import Cell

pytestmark = pytest.mark.ui
K = Qt.Key


def show_panel(qtbot, opened_project):
    """The panel in a window with a line edit after it (for Tab) and a window-wide Ctrl+0 action."""
    from desktop.ui.coverage.panel import CoveragePanel

    window = QWidget()
    qtbot.addWidget(window)
    panel = CoveragePanel(window)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(panel)
    layout.addWidget(after)
    window.window_resets = []
    reset = QAction("Reset article zoom", window)
    reset.setShortcut(QKeySequence("Ctrl+0"))
    reset.triggered.connect(lambda: window.window_resets.append(1))
    window.addAction(reset)
    panel.set_project(opened_project)
    opened_project.subscribe(panel.apply_changes)
    window.resize(1100, 640)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    panel.flush()
    panel.after = after
    return panel


def focus_matrix(qtbot, panel):
    panel.matrix.widget.setFocus()
    qtbot.waitUntil(panel.matrix.widget.hasFocus, timeout=3000)
    return panel.matrix.widget


@pytest.fixture
def panel(qtbot, opened_project):
    return show_panel(qtbot, opened_project)


@pytest.fixture
def big(qtbot):
    from benchmarks.chart import build_project

    return show_panel(qtbot, build_project(24, 300))


def y_range(panel):
    low, high = panel.matrix.vb.viewRange()[1]
    return low, high


def test_arrows_move_the_cursor_cell_and_its_text_is_shown(panel, qtbot):
    widget = focus_matrix(qtbot, panel)
    keys, matrix = panel.keys, panel.matrix
    assert (keys.row, keys.col) == (0, 0)  # first focus: the top-left cell
    assert matrix.cursor.isVisible()
    qtbot.keyClick(widget, K.Key_Right)
    qtbot.keyClick(widget, K.Key_Right)
    qtbot.keyClick(widget, K.Key_Down)
    assert (keys.row, keys.col) == (1, 2)
    rect = matrix.cursor.rect()
    assert rect.contains(2.5, 1.5) and not rect.contains(1.5, 1.5) and not rect.contains(2.5, 2.5)
    qtbot.keyClick(widget, K.Key_Up)
    qtbot.keyClick(widget, K.Key_Up)  # stops at the first row
    qtbot.keyClick(widget, K.Key_Left)
    assert (keys.row, keys.col) == (0, 1)
    # What hovering would show, in the label under the chart.
    text = panel.cursor_label.text()
    assert panel.cursor_label.isVisible()
    assert text == " · ".join(line for line in panel.tooltip_text("cell", 0, 1).splitlines() if line)
    assert panel.view.columns[1].tooltip.splitlines()[0] in text
    assert panel.view.statements[0][:30] in text


def test_cursor_differs_from_the_selection_and_follows_focus(panel, qtbot):
    widget = focus_matrix(qtbot, panel)
    qtbot.keyClick(widget, K.Key_Down)
    panel.set_selected_claim(panel.view.claim_ids[1])
    matrix = panel.matrix
    assert matrix.selection.isVisible() and matrix.cursor.isVisible()
    assert matrix.cursor.rect().width() < 2 < matrix.selection.rect().width()  # one cell vs the whole row
    assert matrix.cursor.pen().color() != matrix.selection_core.pen().color()
    assert matrix.cursor.zValue() > matrix.selection_core.zValue()
    panel.after.setFocus()
    qtbot.waitUntil(lambda: not matrix.cursor.isVisible(), timeout=3000)
    assert panel.cursor_label.text()  # the text stays for the last cursor cell
    widget.setFocus()
    qtbot.waitUntil(matrix.cursor.isVisible, timeout=3000)
    assert (panel.keys.row, panel.keys.col) == (1, 0)  # the cursor kept its place


def test_enter_and_space_do_what_a_click_does(panel, opened_project, qtbot):
    widget = focus_matrix(qtbot, panel)
    view = panel.view
    row, col = map(int, np.argwhere(view.cells == Cell.REFUTES)[0])
    for _ in range(row):
        qtbot.keyClick(widget, K.Key_Down)
    for _ in range(col):
        qtbot.keyClick(widget, K.Key_Right)
    assert (panel.keys.row, panel.keys.col) == (row, col)
    claim_id = view.claim_ids[row]
    expected = next(
        p.article_id for p in opened_project.state.passages_of_claim(claim_id) if p.stance.value == "refutes"
    )
    with qtbot.waitSignal(panel.cellActivated, timeout=2000) as blocker:
        qtbot.keyClick(widget, K.Key_Return)
    assert blocker.args == [claim_id, expected]
    empty_row, empty_col = map(int, np.argwhere(view.cells == Cell.NONE)[0])
    qtbot.keyClick(widget, K.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert (panel.keys.row, panel.keys.col) == (0, 0)
    for _ in range(empty_row):
        qtbot.keyClick(widget, K.Key_Down)
    for _ in range(empty_col):
        qtbot.keyClick(widget, K.Key_Right)
    with qtbot.waitSignal(panel.claimActivated, timeout=2000) as blocker:
        qtbot.keyClick(widget, K.Key_Space)
    assert blocker.args == [view.claim_ids[empty_row]]


def test_page_home_end_move_the_cursor_and_scroll_the_view(big, qtbot):
    panel = big
    widget = focus_matrix(qtbot, panel)
    rows, cols = panel.view.shape
    vbar = panel.matrix.vscroll.bar
    assert vbar.isVisible() and vbar.value() == 0  # 300 rows, 40 shown
    low, high = y_range(panel)
    page = int(high - low)
    qtbot.keyClick(widget, K.Key_PageDown)
    qtbot.keyClick(widget, K.Key_PageDown)
    assert panel.keys.row == 2 * page
    low, high = y_range(panel)
    assert low <= 2 * page and 2 * page + 1 <= high and low > 0  # scrolled to keep the cursor in view
    assert vbar.value() == round(low * 100)
    qtbot.keyClick(widget, K.Key_End)
    assert panel.keys.row == rows - 1
    assert y_range(panel)[1] == pytest.approx(rows)
    assert vbar.value() == vbar.maximum() > 0
    qtbot.keyClick(widget, K.Key_PageUp)
    assert panel.keys.row == rows - 1 - page
    qtbot.keyClick(widget, K.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert (panel.keys.row, panel.keys.col) == (rows - 1, cols - 1)
    qtbot.keyClick(widget, K.Key_Home)
    assert panel.keys.row == 0 and y_range(panel)[0] == pytest.approx(0) and vbar.value() == 0


def test_zoom_keys_change_the_view_and_ctrl_0_resets_it(big, qtbot):
    panel = big
    widget = focus_matrix(qtbot, panel)
    vb, hbar = panel.matrix.vb, panel.matrix.hscroll.bar
    (x0, x1), (y0, y1) = vb.viewRange()
    fit = panel.matrix.rows_that_fit()  # as many rows as the plot shows at a readable height
    assert 5 < fit < 40
    assert (x0, x1) == (0, 24) and (y0, y1) == (0, fit)
    assert not hbar.isVisible()  # every source fits
    qtbot.keyClick(widget, K.Key_Plus)
    qtbot.keyClick(widget, K.Key_Plus)
    (a0, a1), (b0, b1) = vb.viewRange()
    assert a1 - a0 < 24 * 0.7 and b1 - b0 < fit * 0.7
    assert a0 <= 0 + 0.5 <= a1 and b0 <= 0.5 <= b1  # zoomed around the cursor cell, still in view
    assert hbar.isVisible() and hbar.maximum() > 0  # now the sources scroll too
    qtbot.keyClick(widget, K.Key_Minus)
    (c0, c1), _ = vb.viewRange()
    assert c1 - c0 > a1 - a0
    resets = panel.window().window_resets
    qtbot.keyClick(widget, K.Key_0, Qt.KeyboardModifier.ControlModifier)
    # The sources' scrollbar goes away with the zoom, and the plot regains its height when the
    # layout next runs: then the reset view holds as many rows as at first.
    qtbot.waitUntil(lambda: vb.viewRange() == [[0, 24], [0, fit]], timeout=2000)
    assert resets == []  # the chart took Ctrl+0 while focused; the window's action did not fire
    assert not hbar.isVisible()
    panel.after.setFocus()
    qtbot.waitUntil(panel.after.hasFocus, timeout=3000)
    qtbot.keyClick(panel.after, K.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert resets == [1]  # elsewhere Ctrl+0 is the window's again


def test_scrollbars_move_the_view_and_follow_it(big, panel, qtbot):
    matrix = big.matrix
    vbar = matrix.vscroll.bar
    vbar.setValue(vbar.maximum())
    low, high = y_range(big)
    fit = matrix.rows_that_fit()
    assert high == pytest.approx(big.view.shape[0]) and high - low == pytest.approx(fit)
    vbar.triggerAction(vbar.SliderAction.SliderPageStepSub)
    assert y_range(big)[1] == pytest.approx(big.view.shape[0] - fit)
    matrix.vb.setYRange(100, 140, padding=0)  # panning with the mouse moves the bar
    assert vbar.value() == 100 * 100
    # The sample fits: no scrollbars.
    assert not panel.matrix.vscroll.bar.isVisible() and not panel.matrix.hscroll.bar.isVisible()


def test_bar_view_left_right_and_enter_filter_by_source(panel, qtbot):
    panel.set_mode("bars")
    widget = panel.bars.widget
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    bars = panel.bars
    assert panel.keys.bar == 0 and bars.cursor.isVisible()
    qtbot.keyClick(widget, K.Key_Right)
    qtbot.keyClick(widget, K.Key_Right)
    qtbot.keyClick(widget, K.Key_Left)
    assert panel.keys.bar == 1
    assert bars.cursor.rect().contains(0.1, 1.5) and not bars.cursor.rect().contains(0.1, 0.5)
    column = panel.view.columns[int(bars.order[1])]
    assert column.tooltip.splitlines()[0] in panel.cursor_label.text()
    with qtbot.waitSignal(panel.sourceClicked, timeout=2000) as blocker:
        qtbot.keyClick(widget, K.Key_Return)
    assert blocker.args == [column.key, list(column.article_ids)]
    qtbot.keyClick(widget, K.Key_End)
    assert panel.keys.bar == len(bars.order) - 1


def test_tab_moves_focus_into_and_out_of_the_chart(panel, qtbot):
    panel.export_button.setFocus()
    qtbot.waitUntil(panel.export_button.hasFocus, timeout=3000)
    qtbot.keyClick(panel.export_button, K.Key_Tab)
    assert QApplication.focusWidget() is panel.matrix.widget
    assert panel.matrix.cursor.isVisible()
    qtbot.keyClick(panel.matrix.widget, K.Key_Tab)
    assert QApplication.focusWidget() is panel.after  # no focus trap
    assert not panel.matrix.cursor.isVisible()
    qtbot.keyClick(panel.after, K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.matrix.widget
    qtbot.keyClick(panel.matrix.widget, K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.export_button


def test_cursor_stays_on_its_claim_when_the_rows_reorder(panel, opened_project, qtbot):
    from desktop.core.commands import HighlightPassage

    widget = focus_matrix(qtbot, panel)
    last = panel.view.shape[0] - 1
    qtbot.keyClick(widget, K.Key_End)
    claim_id = panel.view.claim_ids[last]
    col = next(c for c in range(panel.view.shape[1]) if panel.view.cells[last, c] == Cell.NONE)
    article_id = panel.view.columns[col].article_ids[0]
    opened_project.run(HighlightPassage(article_id, 0, 5, claim_id=claim_id))  # gains a source: moves up
    qtbot.waitUntil(lambda: not panel.stale, timeout=5000)
    assert panel.keys.row == panel.row_of(claim_id) and panel.view.claim_ids[panel.keys.row] == claim_id
    assert panel.matrix.cursor.rect().contains(0.5, panel.keys.row + 0.5)


def test_a_click_moves_the_cursor_and_export_leaves_it_out(panel, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    widget = focus_matrix(qtbot, panel)
    view = panel.view
    row, col = view.shape[0] - 2, view.shape[1] - 1
    point = widget.mapFromScene(panel.matrix.cell_scene_pos(row, col))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert (panel.keys.row, panel.keys.col) == (row, col)
    qtbot.keyClick(widget, K.Key_Left)
    assert (panel.keys.row, panel.keys.col) == (row, col - 1)
    assert panel.matrix.cursor.isVisible()
    path = panel.export_image(tmp_path / "chart.png")
    assert panel.matrix.cursor.isVisible()  # restored after the export
    # Where the ring's black band is on screen, the exported image shows the cell's own colour.
    image = QImage(str(path))
    corner = panel.matrix.vb.mapViewToScene(panel.matrix.cursor.rect().topLeft())
    x, y = round(corner.x()) + 3, round(corner.y()) + 3
    on_screen = panel.matrix.widget.grab().toImage()
    assert on_screen.pixelColor(x, y).lightness() < 40  # the ring, in the light scheme
    assert image.pixelColor(x, y).lightness() > 60  # a cell colour: no ring in the export
