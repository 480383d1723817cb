"""A screen reader can name everything the keyboard can reach (issue 18): the accessibility
tree of the main window and of every dialog is walked, and a focusable widget without a name
fails; passages, suggestions, merge results and outside changes are announced."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from desktop.app import create_window
from desktop.core.commands import EditClaim
from desktop.core.model import Verdict
from desktop.store import open_project
from tests.support.dialogs import Catcher, team_dialogs
from tests.support.input import activate, click_row, press
from tests.support.paths import DATA
from tests.support.window_texts import unnamed_focusable

K = Qt.Key


@pytest.fixture
def catcher(monkeypatch) -> Catcher:
    return Catcher().install(monkeypatch)


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project, catcher):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    win.resize(1500, 900)
    activate(qtbot, win)
    yield win
    win.close()


def test_every_focusable_widget_of_the_window_has_a_name(window, qtbot):
    window.show_coverage()
    window.suggestions_dock.show()
    window.hint.show()
    qtbot.wait(50)
    click_row(qtbot, window.claims.table, 1)
    passage = window.bridge.state.passages_of_claim(window.workspace.current_claim)[0]
    window.present(window.gestures.show_passage(passage.id))
    window.panes.open_find()
    window.coverage.matrix.widget.setFocus()
    press(qtbot, K.Key_Down, widget=window.coverage.matrix.widget)
    qtbot.wait(20)
    unnamed = unnamed_focusable(window)
    window.coverage.set_mode("bars")
    qtbot.wait(20)
    unnamed += unnamed_focusable(window)
    window.show_shortcuts()
    unnamed += unnamed_focusable(window.shortcut_dialog)
    window.pick_claim_to_link()
    unnamed += unnamed_focusable(window.picker)
    window.picker.hide()
    window.close_project()
    unnamed += unnamed_focusable(window)  # the start page
    assert not unnamed, unnamed


def test_every_dialog_names_its_focusable_widgets(window, qtbot, catcher, tmp_path, sample_project):
    catcher.waits.append(lambda dialog: qtbot.waitUntil(lambda: not getattr(dialog, "reading", False)))
    window.io.import_files([DATA / "pages" / "it-quotidiano-telefonata.html"])
    window.io.export_set()
    window.save_copy()
    click_row(qtbot, window.claims.table, 0)
    window.claims.delete_selected()
    other = tmp_path / "other.crosscheck"
    shutil.copy(sample_project, other)
    claim_id = next(iter(window.bridge.state.claims))
    theirs = open_project(other)
    theirs.run(EditClaim(claim_id, verdict=Verdict.FALSE))
    theirs.persistence.close()
    window.bridge.run(EditClaim(claim_id, verdict=Verdict.MOSTLY_TRUE))
    catcher.accept.add("MergeDialog")
    window.io.merge_from(other)
    team_dialogs(window)
    dialogs = [s for s in catcher.shown if s.kind not in ("message", "file", "input")]
    assert {s.kind for s in dialogs} >= {
        "ImportDialog",
        "ExportDialog",
        "ShareDialog",
        "MergeDialog",
        "TeamAddressDialog",
        "QMessageBox",
    }
    unnamed = [name for s in dialogs for name in s.unnamed] + unnamed_focusable(window._kept_dialog)
    assert not unnamed, unnamed


# --- what is announced -----------------------------------------------------------------------------
@pytest.fixture
def heard(monkeypatch) -> list[tuple[str, str]]:
    """(kind, text) of every accessibility update the window sends: "announce" for a polite
    announcement, "description" for a widget whose description changed."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    events: list[tuple[str, str]] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            assert event.politeness() == QAccessible.AnnouncementPoliteness.Polite
            events.append(("announce", event.message()))
        elif event.type() == QAccessible.Event.DescriptionChanged:
            events.append(("description", event.object().accessibleDescription()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return events


def announced(heard) -> list[str]:
    return [text for kind, text in heard if kind == "announce"]


def test_a_selected_passage_says_its_claim_and_stance(window, qtbot, heard):
    state = window.bridge.state
    claim = next(c for c in state.claims.values() if state.passages_of_claim(c.id))
    passage = state.passages_of_claim(claim.id)[0]
    window.present(window.gestures.show_passage(passage.id))
    said = [t for t in announced(heard) if claim.statement[:40] in t]
    assert said and passage.stance.label.lower() in said[-1]
    pane = window.panes.pane_for_article(passage.article_id)
    assert claim.statement[:40] in pane.view.accessibleDescription()


def test_reading_with_the_caret_says_when_it_enters_a_passage(window, qtbot, heard):
    state = window.bridge.state
    pane = window.panes.panes[0]
    passage = state.passages_of_article(pane.article_id)[0]
    pane.view.setFocus()
    cursor = pane.view.textCursor()
    cursor.setPosition(pane.view.to_qt(passage.start) + 1)
    pane.view.setTextCursor(cursor)  # as the arrow keys move it
    claim = state.claims.get(passage.claim_id)
    expected = claim.statement[:40] if claim else passage.quote[:40]
    assert any(expected in t for t in announced(heard))
    before = len(announced(heard))
    cursor.setPosition(pane.view.to_qt(passage.start) + 2)
    pane.view.setTextCursor(cursor)  # still in the same passage: nothing new to say
    assert len(announced(heard)) == before


def test_the_chart_cursor_cell_is_readable(window, qtbot, heard):
    window.show_coverage()
    qtbot.waitUntil(lambda: window.coverage.matrix is not None)
    plot = window.coverage.matrix.widget
    plot.setFocus()
    qtbot.wait(20)
    press(qtbot, K.Key_Down, widget=plot)
    text = window.coverage.cursor_label.text()
    assert text and plot.accessibleDescription() == text
    assert text in announced(heard)


def test_a_new_best_suggestion_is_announced_once(qtbot, heard):
    from desktop.ui.suggestions.panel import SuggestionRow, SuggestionsPanel

    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    row = SuggestionRow("a1", "Telefonata di 50 minuti", "it", 0, 5, "Biden", probability=0.83)
    panel.show_suggestions([row])
    panel.show_suggestions([row])
    said = [t for t in announced(heard) if "Telefonata di 50 minuti" in t]
    assert len(said) == 1 and "83%" in said[0]


def test_a_merge_result_and_an_outside_change_are_announced(window, qtbot, heard, catcher, tmp_path, sample_project):
    other = tmp_path / "other.crosscheck"
    shutil.copy(sample_project, other)
    theirs = open_project(other)
    theirs.run(EditClaim(next(iter(theirs.state.claims)), verdict=Verdict.FALSE))
    theirs.persistence.close()
    catcher.accept.add("MergeDialog")
    window.io.merge_from(other)
    assert any(t.startswith("merged:") for t in announced(heard))
    window.io.watcher.removedFromDisk.emit(str(window.project_path))
    assert any("moved or deleted" in t for t in announced(heard))
