"""A fact-checker's first hour, driven through real input: mouse clicks on rows and text, drags
across words, keys on the focused widget (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import create_window
from desktop.ui.common.i18n import datetime_text
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


# --- item 2: the window on a small screen ---------------------------------------------------------
def test_every_dock_open_fits_a_1366x768_screen(window, qtbot):
    window.showNormal()
    window.resize(1366, 700)
    window.show_coverage()
    window.suggestions_dock.show()
    click_row(qtbot, window.claims.table, 1)
    first = window.bridge.state.passages_of_claim(window.workspace.current_claim)[0]
    window.present(window.gestures.show_passage(first.id))  # the inspector's passage section too
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    # 768 less a title bar (~30) and a panel (~30): the status bar stays on screen.
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() <= window.height()
    for dock, minimum in ((window.library_dock, 180), (window.claims_dock, 250)):
        assert dock.width() >= minimum, (dock.objectName(), dock.width())


def test_opening_the_passage_section_does_not_move_the_other_docks(window, qtbot):
    click_row(qtbot, window.claims.table, 1)
    qtbot.wait(20)
    before = window.claims_dock.geometry()
    passage = window.bridge.state.passages_of_claim(window.workspace.current_claim)[0]
    window.present(window.gestures.show_passage(passage.id))
    qtbot.wait(20)
    assert window.inspector.passage_box.isVisible()
    assert window.claims_dock.geometry() == before


def test_a_layout_saved_on_a_small_screen_restores_readable(qtbot, qsettings_isolated, sample_project):
    from PySide6.QtCore import QSettings

    small = create_window(sample_project)
    qtbot.addWidget(small)
    small.show()
    small.resize(1024, 700)
    small.resizeDocks([small.library_dock], [10], Qt.Orientation.Horizontal)  # dragged as far as it goes
    small.close()
    assert QSettings().value("window/state") is not None
    again = create_window(sample_project)
    qtbot.addWidget(again)
    activate(qtbot, again)
    qtbot.wait(20)
    assert again.library_dock.width() >= 180 and again.claims_dock.width() >= 250
    again.close()


# --- item 3: the claim column -----------------------------------------------------------------------
def test_the_statement_stays_readable_in_a_narrow_claims_panel(window, qtbot):
    from desktop.ui.claims.model import STATEMENT
    from desktop.ui.claims.panel import MIN_STATEMENT_WIDTH

    window.resizeDocks([window.claims_dock], [window.claims.minimumWidth()], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    header = window.claims.table.horizontalHeader()
    assert header.sectionSize(STATEMENT) >= MIN_STATEMENT_WIDTH - 10
    rows = window.claims.table.verticalHeader()
    assert rows.defaultSectionSize() >= 2 * window.claims.table.fontMetrics().lineSpacing()  # two lines


# --- item 8: the inspector ------------------------------------------------------------------------
def test_the_inspector_never_shows_stale_facts(window, qtbot):
    state = window.bridge.state
    table = window.claims.table
    click_row(qtbot, table, 1)
    claim_id = window.workspace.current_claim
    passage = state.passages_of_claim(claim_id)[0]
    window.present(window.gestures.show_passage(passage.id))
    inspector = window.inspector
    inspector.statement.setFocus()
    inspector.statement.selectAll()
    type_text(qtbot, "A brand new statement")
    press(qtbot, K.Key_Return)
    assert inspector.linked.text() == "Linked to: A brand new statement"
    edited = inspector.provenance.text()
    qtbot.wait(1100)  # the provenance line shows seconds: a later edit must move it
    inspector.verdict.setFocus()
    press(qtbot, K.Key_End)
    assert state.claims[claim_id].verdict.value == "Not rated"
    assert inspector.provenance.text() != edited
    assert datetime_text(state.claims[claim_id].modified) in inspector.provenance.text()  # seconds, the locale's way


def test_tab_leaves_the_note_and_the_note_is_saved_while_typing(window, qtbot):
    from desktop.ui.claims.inspector import NOTE_PAUSE_MS

    click_row(qtbot, window.claims.table, 0)
    claim_id = window.workspace.current_claim
    note = window.inspector.claim_note
    note.setFocus()
    note.moveCursor(note.textCursor().MoveOperation.End)
    type_text(qtbot, " Checked with the Kremlin readout.")
    qtbot.wait(NOTE_PAUSE_MS + 300)  # a pause: saved, focus still in the note
    assert note.hasFocus()
    assert window.bridge.state.claims[claim_id].note.endswith("Checked with the Kremlin readout.")
    steps = window.actions_by_name["actionUndo"].text()
    press(qtbot, K.Key_Tab)
    assert not note.hasFocus() and "\t" not in window.bridge.state.claims[claim_id].note
    assert window.actions_by_name["actionUndo"].text() == steps  # leaving saved nothing twice


def test_closing_the_window_while_typing_a_note_keeps_it(qtbot, qsettings_isolated, sample_project):
    from desktop.store import open_project

    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1500, 900)
    activate(qtbot, win)
    click_row(qtbot, win.claims.table, 0)
    claim_id = win.workspace.current_claim
    win.inspector.claim_note.setFocus()
    type_text(qtbot, "typed just before closing")
    win.close()  # at once: no pause, no focus change
    project = open_project(sample_project)
    try:
        assert "typed just before closing" in project.state.claims[claim_id].note
    finally:
        project.persistence.close()


def test_quotes_are_not_doubled(window, qtbot):
    from desktop.core.commands import HighlightPassage, LinkPassage

    state = window.bridge.state
    pane = window.panes.panes[2]
    text = state.articles[pane.article_id].text
    start = text.index("“")
    end = text.index("”", start) + 1
    claim_id = next(iter(state.claims))
    command = HighlightPassage(pane.article_id, start, end)
    window.bridge.run(command)
    window.bridge.run(LinkPassage(command.passage_id, claim_id))
    window.workspace.select_passage(command.passage_id)
    shown = window.inspector.quote.text()
    assert shown.startswith("“") and not shown.startswith("““") and not shown.startswith('“"')
    assert "””" not in shown


# --- item 9: the keyboard -------------------------------------------------------------------------
def test_find_selects_the_hit_so_n_makes_a_claim_f3_steps_esc_closes(window, qtbot):
    click_row(qtbot, window.claims.table, 0)  # the inspector's statement (with its own Esc) on screen
    pane = window.panes.panes[0]
    pane.view.setFocus()
    press(qtbot, K.Key_F, CTRL)
    assert pane.find_bar.edit.hasFocus()
    type_text(qtbot, "sanzioni")
    hits = len(pane.find_bar.hits)
    assert hits >= 2 and pane.find_bar.count.text() == f"1 of {hits}"
    first = pane.view.selection_span()
    press(qtbot, K.Key_F3)
    assert pane.find_bar.count.text() == f"2 of {hits}" and pane.view.selection_span() != first
    press(qtbot, K.Key_F3, SHIFT)
    assert pane.find_bar.count.text() == f"1 of {hits}"
    press(qtbot, K.Key_Escape)
    assert not pane.find_bar.isVisible() and pane.view.hasFocus()
    before = len(window.bridge.state.claims)
    press(qtbot, K.Key_N)
    assert len(window.bridge.state.claims) == before + 1
    claim = window.bridge.state.claims[window.workspace.current_claim]
    assert "sanzioni" in claim.statement.casefold()


def test_keys_move_between_panes_and_shift_tab_skips_close_buttons(window, qtbot):
    panes = window.panes.panes
    panes[0].view.setFocus()
    press(qtbot, K.Key_3, CTRL)
    assert panes[2].view.hasFocus()
    press(qtbot, K.Key_F6)
    assert panes[0].view.hasFocus()  # wraps round
    press(qtbot, K.Key_F6, SHIFT)
    assert panes[2].view.hasFocus()
    from PySide6.QtWidgets import QApplication, QToolButton

    press(qtbot, K.Key_Backtab)
    landed = QApplication.focusWidget()
    assert not (isinstance(landed, QToolButton) and landed.accessibleName() == "Close pane")


# --- item 11: no dead ends ---------------------------------------------------------------------------
def test_an_empty_project_says_how_to_import_with_the_button_there(qtbot, qsettings_isolated, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.store import create_project

    path = tmp_path / "empty.crosscheck"
    create_project(path).persistence.close()
    win = create_window(path)
    qtbot.addWidget(win)
    activate(qtbot, win)
    pane = win.panes.panes[0]
    assert pane.empty.isVisible() and "no articles yet" in pane.empty_text.text()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append(a[1]), ([], ""))[1])
    qtbot.mouseClick(pane.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import articles"]  # the import file dialog opened
    win.close()


def test_the_start_page_lists_recent_projects_and_opens_one(qtbot, qsettings_isolated, sample_project):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    activate(qtbot, win)
    win.close_project()
    assert win.stack.currentWidget() is win.start_page
    recent = win.start_page.recent
    assert recent.isVisible() and recent.count() == 1
    click_row(qtbot, recent, 0)
    recent.setFocus()
    press(qtbot, K.Key_Return)
    assert win.bridge is not None and win.project_path == sample_project.resolve()
    win.close()


def test_share_a_copy_offers_to_leave_out_notes_and_authors(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.store import open_project
    from desktop.ui.io.project_files import ShareDialog

    target = tmp_path / "for-the-source.crosscheck"

    def fill(dialog):
        dialog.path.setText(str(target))
        for box in (dialog.strip_notes, dialog.strip_authors):  # on the words, where a person clicks
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(30, box.height() // 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ShareDialog, "exec", lambda self: (self.show(), fill(self))[1])
    window.actions_by_name["actionSaveCopy"].trigger()
    copy = open_project(target)
    try:
        assert copy.state.claims and all(not c.note for c in copy.state.claims.values())
        assert all(not c.created_by and not c.modified_by for c in copy.state.claims.values())
    finally:
        copy.persistence.close()
    assert "without notes and author names" in window.statusBar().currentMessage()


# --- item 12: the theme ---------------------------------------------------------------------------------
def test_view_theme_switches_and_is_remembered(window, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QPalette

    from desktop.ui.common.theme import apply_theme

    try:
        dark = window.findChild(QAction, "actionThemeDark")
        dark.trigger()
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert base.lightness() < 128 and QSettings().value("ui/theme") == "dark"
        assert window.panes.panes[0].view.highlighter.scheme.dark
        window.findChild(QAction, "actionThemeLight").trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128
        assert not window.panes.panes[0].view.highlighter.scheme.dark
        assert QSettings().value("ui/theme") == "light"
    finally:
        apply_theme("system", remember=True)


# --- item 14: without the sample ------------------------------------------------------------------------
def test_the_window_opens_on_the_start_page_when_there_is_no_sample(qtbot, qsettings_isolated, tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_SAMPLES", str(tmp_path / "nowhere"))
    monkeypatch.setattr("desktop.sample.sample_folder", _missing_sample, raising=True)
    win = create_window(None)
    qtbot.addWidget(win)
    assert win.bridge is None and win.stack.currentWidget() is win.start_page
    assert "sample project is not available" in win.start_page.message.text()
    assert not win.start_page.buttons[2].isVisibleTo(win.start_page)  # no button that cannot work
    assert win.start_page.buttons[0].isVisibleTo(win.start_page)
    win.close()


def _missing_sample():
    from desktop.sample import SampleMissingError

    raise SampleMissingError("the sample articles are not installed")


def test_the_inspector_records_who_made_the_claim_and_when(window, qtbot):
    click_row(qtbot, window.claims.table, 0)
    claim_id = window.workspace.current_claim
    inspector = window.inspector
    inspector.claimant.setFocus()
    inspector.claimant.selectAll()
    type_text(qtbot, "Yuri Ushakov")
    press(qtbot, K.Key_Tab)
    assert window.bridge.state.claims[claim_id].claimant == "Yuri Ushakov"
    date = inspector.claim_date.edit
    date.setFocus()
    date.selectAll()
    type_text(qtbot, "2021-02-30")  # no such day
    press(qtbot, K.Key_Return)
    assert window.bridge.state.claims[claim_id].claim_date != "2021-02-30"
    assert "February" in date.toolTip() or "30" in date.toolTip()
    date.selectAll()
    type_text(qtbot, "2021-12-30")
    press(qtbot, K.Key_Return)
    assert window.bridge.state.claims[claim_id].claim_date == "2021-12-30"


def test_tab_leaves_the_claims_list_and_the_current_pane_is_framed(window, qtbot):
    click_row(qtbot, window.claims.table, 0)
    first = window.workspace.current_claim
    press(qtbot, K.Key_Tab)
    assert not window.claims.table.hasFocus()  # Tab moved on instead of walking the cells
    assert window.workspace.current_claim == first
    panes = window.panes.panes
    panes[1].view.setFocus()
    qtbot.wait(10)
    assert panes[1].property("current") and not panes[0].property("current")
    press(qtbot, K.Key_1, CTRL)
    assert panes[0].property("current") and not panes[1].property("current")


def test_alt_5_takes_the_keyboard_to_the_chart(window, qtbot):
    window.panes.panes[0].view.setFocus()
    press(qtbot, K.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.coverage.matrix is not None, timeout=5000)
    qtbot.wait(20)
    focused = QApplication.focusWidget()
    assert focused is window.coverage.matrix.widget
