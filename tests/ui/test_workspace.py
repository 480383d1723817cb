"""The workspace, driven as a user would through its actions (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.app import create_window
from desktop.store import open_project

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1500, 900)
    qtbot.waitExposed(win)
    yield win
    win.close()


def trigger(win, name):
    action = win.findChild(type(win.actions_by_name[name]), name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


def select_text(win, pane, needle):
    text = pane.view.article.text
    start = text.index(needle)
    win.panes.focus_pane(pane)
    pane.view.select_span(start, start + len(needle))
    return start, start + len(needle)


def test_automation_contract(window):
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit

    panes = window.findChildren(type(window.panes.panes[0]), "articlePane")
    assert len(panes) == 3
    assert all(isinstance(p.findChild(QPlainTextEdit, "articleText"), QPlainTextEdit) for p in panes)
    assert isinstance(window.findChild(QAbstractItemView, "claimList"), QAbstractItemView)
    assert window.findChild(QAbstractItemView, "articleLibrary") is not None
    for name in (
        "actionHighlight",
        "actionNewClaimFromSelection",
        "actionLinkToCurrentClaim",
        "actionUndo",
        "actionRedo",
        "actionOpen",
        "actionNew",
        "actionSaveCopy",
    ):
        assert name in window.actions_by_name
    assert window.windowTitle().startswith("sample")


def test_user_journey(window, sample_project, qtbot):
    state = window.bridge.state
    claims_before = len(state.claims)
    pane1, pane2 = window.panes.panes[0], window.panes.panes[1]
    open_ids = set(window.panes.article_ids())
    english = next(a for a in state.articles.values() if a.language == "en" and a.id not in open_ids)
    window.workspace.show_in_pane(window.workspace.panes[1].key, english.id)

    # 1. Highlight in pane 1 and create a new claim.
    italian_quote = "Il leader americano ha notato più volte"
    select_text(window, pane1, italian_quote)
    trigger(window, "actionNewClaimFromSelection")
    assert len(state.claims) == claims_before + 1
    claim_id = window.claims.current_claim()
    assert claim_id is not None and state.claims[claim_id].statement == italian_quote
    assert [p.quote for p in state.passages_of_claim(claim_id)] == [italian_quote]
    window.inspector.statement.setText("Biden said a nuclear war cannot be won")
    window.inspector.statement.editingFinished.emit()
    assert state.claims[claim_id].statement == "Biden said a nuclear war cannot be won"

    # 2. Highlight in pane 2, in the other language, and link it to the current claim.
    english_quote = english.text.split("\n")[0][:40].rsplit(" ", 1)[0]
    select_text(window, pane2, english_quote)
    trigger(window, "actionLinkToCurrentClaim")
    assert state.sources_of_claim(claim_id) == sorted(state.sources_of_claim(claim_id), key=list(state.articles).index)
    assert {p.article_id for p in state.passages_of_claim(claim_id)} == {pane1.article_id, english.id}

    # 3. Select the claim: both panes scroll to it.
    window.claims.select_claim(next(c for c in state.claims if c != claim_id))
    pane1.view.verticalScrollBar().setValue(pane1.view.verticalScrollBar().maximum())
    window.claims.select_claim(claim_id)
    for pane in (pane1, pane2):
        passage = next(p for p in state.passages_of_claim(claim_id) if p.article_id == pane.article_id)
        assert pane.view.span_y_range(passage.start, passage.end) is not None
    # The third pane's article does not carry the new claim, and says so.
    assert "does not carry" in window.panes.panes[2].badge.text()
    assert "open but not carrying it" in window.statusBar().currentMessage()

    # 4. Undo twice (the link, the new-claim gesture), then redo once.
    assert "Link" in window.actions_by_name["actionUndo"].text()
    trigger(window, "actionUndo")  # the statement edit
    trigger(window, "actionUndo")  # the link
    assert len(state.passages_of_claim(claim_id)) == 1
    assert state.claims[claim_id].statement == italian_quote
    trigger(window, "actionRedo")
    assert state.claims[claim_id].statement == "Biden said a nuclear war cannot be won"

    # 5. Reopen the file: the state persisted.
    window.close()
    reopened = open_project(sample_project)
    try:
        assert reopened.state.claims[claim_id].statement == "Biden said a nuclear war cannot be won"
        assert [p.quote for p in reopened.state.passages_of_claim(claim_id)] == [italian_quote]
    finally:
        reopened.persistence.close()


def test_utf16_boundary_emoji_and_crlf(qtbot, qsettings_isolated, tmp_path):
    from desktop.core.commands import AddArticle
    from desktop.store import create_project

    raw = "Intro 😀😀 riga\r\nLa claim 👍🏽 è qui, e\u0301 vera.\r\nFine 🇮🇹.\r\n"
    path = tmp_path / "emoji.crosscheck"
    project = create_project(path)
    project.run(AddArticle(title="Emoji", text=raw))
    project.persistence.close()
    win = create_window(path)
    qtbot.addWidget(win)
    pane = win.panes.panes[0]
    stored = pane.view.article.text
    assert "\r" not in stored
    # Select as a user would, in Qt (UTF-16) positions computed independently of our mapping.
    wanted = "claim 👍🏽 è qui, e\u0301"
    wanted = __import__("unicodedata").normalize("NFC", wanted)
    cp_start = stored.index(wanted)
    q_start = len(stored[:cp_start].encode("utf-16-le")) // 2
    q_end = q_start + len(wanted.encode("utf-16-le")) // 2
    cursor = pane.view.textCursor()
    cursor.setPosition(q_start)
    cursor.setPosition(q_end, QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    win.panes.focus_pane(pane)
    trigger(win, "actionHighlight")
    passage = next(iter(win.bridge.state.passages.values()))
    assert passage.quote == wanted == stored[passage.start : passage.end]
    # A selection that ends inside the flag (a surrogate pair) snaps to whole characters.
    flag_at = len(stored[: stored.index("🇮🇹")].encode("utf-16-le")) // 2
    cursor.setPosition(flag_at - 5)
    cursor.setPosition(flag_at + 1, QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    span = pane.view.selection_span()
    assert stored[span[0] : span[1]].startswith("Fine")
    win.close()


def test_overlapping_passages_both_render(window):
    from desktop.core.commands import HighlightPassage

    pane = window.panes.panes[0]
    text = pane.view.article.text
    start = text.index("Telefonata secca")
    window.bridge.run(HighlightPassage(pane.article_id, start, start + 30))
    window.bridge.run(HighlightPassage(pane.article_id, start + 10, start + 50))
    runs = pane.view.highlighter._runs[0]
    overlapping = [r for r in runs if len(r[2]) == 2]
    assert overlapping and overlapping[0][0] == 10
    block = pane.view.document().findBlockByNumber(0)
    formats = block.layout().formats()
    assert len([f for f in formats if f.start < 60]) >= 3  # before, overlap, after
    overlap_format = next(f.format for f in formats if f.start == 10)
    assert (
        overlap_format.fontUnderline() or overlap_format.underlineStyle() != overlap_format.UnderlineStyle.NoUnderline
    )


def test_dark_scheme_renders_readably(qtbot, qsettings_isolated, sample_project):
    from PySide6.QtWidgets import QApplication

    from desktop.core.model import CLAIM_PALETTE
    from desktop.ui.common.theme import contrast, current_scheme, dark_palette

    app = QApplication.instance()
    app.setPalette(dark_palette())
    try:
        win = create_window(sample_project)
        qtbot.addWidget(win)
        scheme = current_scheme()
        assert scheme.dark
        for hue in CLAIM_PALETTE:
            for selected in (False, True):
                assert contrast(scheme.passage_background(hue, selected, False), scheme.text) >= 4.5
        image = win.grab().toImage()
        assert not image.isNull() and image.pixelColor(5, image.height() // 2).lightness() < 128
        win.close()
    finally:
        app.setPalette(app.style().standardPalette())


def test_light_palette_contrast():
    from desktop.core.model import CLAIM_PALETTE
    from desktop.ui.common.theme import contrast, current_scheme

    scheme = current_scheme()
    for hue in (*CLAIM_PALETTE, None):
        for selected in (False, True):
            for overlap in (False, True):
                assert contrast(scheme.passage_background(hue, selected, overlap), scheme.text) >= 4.5


def test_claim_picker_links_by_typing(window, qtbot):
    from PySide6.QtCore import Qt

    state = window.bridge.state
    pane = window.panes.panes[0]
    select_text(window, pane, "Telefonata secca")
    trigger(window, "actionLinkToClaim")
    assert window.picker.isVisible()
    target = next(c for c in state.claims.values() if "50 minutes" in c.statement)
    qtbot.keyClicks(window.picker.edit, "lasted about 50")
    qtbot.keyClick(window.picker.edit, Qt.Key.Key_Return)
    assert not window.picker.isVisible()
    assert any(p.quote == "Telefonata secca" for p in state.passages_of_claim(target.id))
    assert window.claims.current_claim() == target.id


def test_blank_selection_does_nothing(window):
    pane = window.panes.panes[0]
    text = pane.view.article.text
    gap = text.index("\n\n")
    window.panes.focus_pane(pane)
    pane.view.select_span(gap, gap + 2)
    before = len(window.bridge.state.passages)
    trigger(window, "actionHighlight")
    assert len(window.bridge.state.passages) == before
    assert "Select some text" in window.statusBar().currentMessage()


def test_delete_claim_keeps_passages_when_asked_and_undo(window, monkeypatch):
    from desktop.ui.claims import panel as claims_panel

    monkeypatch.setattr(claims_panel.ClaimsPanel, "_ask_keep_passages", lambda self, n: True)
    state = window.bridge.state
    claim_id = next(iter(state.claims))
    passages = [p.id for p in state.passages_of_claim(claim_id)]
    window.claims.select_claim(claim_id)
    trigger(window, "actionDeleteClaim")
    assert claim_id not in state.claims and all(state.passages[p].claim_id is None for p in passages)
    assert window.claims.model.row_of(claim_id) == -1
    trigger(window, "actionUndo")
    assert claim_id in state.claims and window.claims.model.row_of(claim_id) >= 0


def test_merge_two_claims(window):
    from PySide6.QtCore import QItemSelectionModel

    state = window.bridge.state
    first, second = list(state.claims)[:2]
    window.claims.select_claim(first)
    index = window.claims.proxy.mapFromSource(window.claims.model.index(window.claims.model.row_of(second), 0))
    window.claims.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    passages = len(state.passages_of_claim(first)) + len(state.passages_of_claim(second))
    trigger(window, "actionMergeClaims")
    assert second not in state.claims and len(state.passages_of_claim(first)) == passages


def test_layout_and_panes_survive_a_restart(qtbot, qsettings_isolated, sample_project):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    last = list(win.bridge.state.articles)[-1]
    win.workspace.show_in_pane(win.workspace.panes[0].key, last)
    win.close()
    again = create_window(sample_project)
    qtbot.addWidget(again)
    assert again.panes.article_ids()[0] == last
    again.close()


def test_store_error_on_open_shows_message_and_keeps_project(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "bogus.crosscheck"
    bogus.write_text("not a project")
    assert not window.open_project_file(bogus)
    assert shown and "not a Crosscheck project" in shown[0]
    assert window.bridge is not None and len(window.bridge.state.articles) == 5


def test_find_in_article_counts_matches(window, qtbot):
    pane = window.panes.panes[0]
    window.panes.focus_pane(pane)
    trigger(window, "actionFind")
    qtbot.keyClicks(pane.find_bar.edit, "putin")
    expected = pane.view.article.text.casefold().count("putin")
    assert pane.find_bar.count.text() == f"1 of {expected}"


def test_shortcut_list_lists_every_shortcut(window):
    trigger(window, "actionShortcuts")
    from PySide6.QtWidgets import QTableWidget

    table = window.shortcut_dialog.findChild(QTableWidget, "shortcutList")
    keys = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert keys["Highlight passage"] == "H" and keys["New claim from selection"] == "N"


def test_screenshots_come_from_the_real_window_filling_a_small_screen(qsettings_isolated, tmp_path):
    from PySide6.QtGui import QImage

    from desktop.screenshots import take

    written = take(tmp_path, sizes=((1366, 768),), schemes=("light",))
    assert [p.name for p in written] == [
        "workspace-light-1366x768.png",
        "suggestions-light.png",
        "coverage-panel.png",
        "coverage-cursor.png",
        "export-dialog.png",
        "merge-review.png",
    ]
    image = QImage(str(written[0]))
    # maximised on the small screen with every dock open: only the window frame is not in the picture
    assert 1350 <= image.width() <= 1366 and 740 <= image.height() <= 768
    for dialog in written[4:]:  # the dialogs fit the small screen with a title bar
        image = QImage(str(dialog))
        assert image.width() <= 1366 and image.height() <= 768 - 30, (dialog.name, image.size())


def test_new_claim_statement_typed_over_then_enter_returns_to_the_article(window, qtbot):
    from PySide6.QtCore import Qt

    window.activateWindow()
    pane = window.panes.panes[0]
    select_text(window, pane, "Telefonata secca di 50 minuti")
    trigger(window, "actionNewClaimFromSelection")
    claim_id = window.claims.current_claim()
    statement = window.inspector.statement
    assert statement.hasFocus() and statement.selectedText() == "Telefonata secca di 50 minuti"
    qtbot.keyClicks(statement, "The call was curt and lasted 50 minutes")
    qtbot.keyClick(statement, Qt.Key.Key_Return)
    assert window.bridge.state.claims[claim_id].statement == "The call was curt and lasted 50 minutes"
    assert pane.view.hasFocus()
    # Esc while editing keeps the stored statement.
    window.actions_by_name["actionEditStatement"].trigger()
    qtbot.keyClicks(statement, "discarded")
    qtbot.keyClick(statement, Qt.Key.Key_Escape)
    assert statement.text() == "The call was curt and lasted 50 minutes"
    assert window.bridge.state.claims[claim_id].statement == "The call was curt and lasted 50 minutes"


def test_zoom_actions_change_every_pane_and_reset_restores_the_reading_font(window):
    from desktop.ui.panes.article_view import reading_font

    views = [pane.view for pane in window.panes.panes]
    assert len(views) >= 2
    base = [view.font().pointSizeF() for view in views]
    window.actions_by_name["actionZoomIn"].trigger()
    assert all(view.font().pointSizeF() > size for view, size in zip(views, base, strict=False))
    window.actions_by_name["actionZoomOut"].trigger()
    window.actions_by_name["actionZoomOut"].trigger()
    assert all(view.font().pointSizeF() < size for view, size in zip(views, base, strict=False))
    window.actions_by_name["actionZoomReset"].trigger()
    assert all(view.font().pointSizeF() == reading_font().pointSizeF() for view in views)
