"""A fact-checker's first hour, driven through real input: mouse clicks on rows and text, drags
across words, keys on the focused widget (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.app import create_window
from tests.support.input import activate, click_row, drag_over, press, row_of_text, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1500, 900)
    activate(qtbot, win)
    yield win
    win.close()


def test_a_mouse_click_on_a_claim_row_selects_it_everywhere(window, qtbot):
    table = window.claims.table
    state = window.bridge.state
    row = row_of_text(table, "50")
    claim_id = table.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    click_row(qtbot, table, row)
    assert window.workspace.current_claim == claim_id
    assert window.inspector.claim_box.isVisible() and not window.inspector.empty.isVisible()
    assert window.inspector.statement.text() == state.claims[claim_id].statement
    # every open pane that carries it shows its passage, the others say they do not carry it
    for pane in window.panes.panes:
        own = [p for p in state.passages_of_claim(claim_id) if p.article_id == pane.article_id]
        if own:
            assert pane.view.span_y_range(own[0].start, own[0].end) is not None
            assert pane.view.highlighter.selected_claim == claim_id
        else:
            assert "does not carry" in pane.badge.text()


def test_ctrl_and_shift_click_select_several_and_arrows_move(window, qtbot):
    table = window.claims.table
    click_row(qtbot, table, 0)
    first = window.workspace.current_claim
    click_row(qtbot, table, 2, modifier=CTRL)
    assert len(window.workspace.selected_claims) == 2 and first in window.workspace.selected_claims
    assert window.workspace.current_claim == window.workspace.selected_claims[0]
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 3, modifier=SHIFT)
    assert len(window.workspace.selected_claims) == 4
    click_row(qtbot, table, 1)
    second = window.workspace.current_claim
    press(qtbot, K.Key_Down)
    third = window.workspace.current_claim
    assert third not in (None, second)
    assert window.inspector.statement.text() == window.bridge.state.claims[third].statement
    press(qtbot, K.Key_Up)
    assert window.workspace.current_claim == second


def test_journey_drag_new_claim_type_link_verdict(window, qtbot):
    state = window.bridge.state
    before = len(state.claims)
    pane1 = window.panes.panes[0]
    pane1.view.setFocus()
    drag_over(qtbot, pane1.view, "Il leader americano ha notato più volte")
    press(qtbot, K.Key_N)
    assert len(state.claims) == before + 1
    claim_id = window.workspace.current_claim
    assert window.inspector.statement.hasFocus()
    type_text(qtbot, "Biden said a nuclear war cannot be won")
    press(qtbot, K.Key_Return)
    assert state.claims[claim_id].statement == "Biden said a nuclear war cannot be won"
    assert pane1.view.hasFocus()
    # Link a passage from another pane, in English.
    pane3 = window.panes.panes[2]
    english = state.articles[pane3.article_id]
    quote = next(s for s in ("nuclear war", "war", "Biden") if s in english.text)
    pane3.view.setFocus()
    drag_over(qtbot, pane3.view, quote)
    press(qtbot, K.Key_L)
    assert {p.article_id for p in state.passages_of_claim(claim_id)} == {pane1.article_id, pane3.article_id}
    assert not pane3.view.textCursor().hasSelection()  # the gesture used the selection
    # Set a verdict in the inspector with the keyboard.
    verdict = window.inspector.verdict
    verdict.setFocus()
    press(qtbot, K.Key_Home)  # the first verdict on the scale: True
    assert state.claims[claim_id].verdict.value == "True"
    assert window.claims.model.index(window.claims.model.row_of(claim_id), 1).data() == "True"
