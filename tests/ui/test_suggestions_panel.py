"""The suggestions panel (keys, states) and the background vector worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store import open_project
from desktop.suggesting import SuggestionService
from desktop.ui.suggestions.panel import SuggestionRow, SuggestionsPanel
from tests.support.suggest_fakes import HashEncoder, LoadResultStub

pytestmark = pytest.mark.ui

ROWS = [
    SuggestionRow(
        "a1",
        "Ushakov briefing",
        "en",
        10,
        45,
        "It lasted approximately 50 minutes.",
        before="between Putin and Biden. ",
        after=" Aide to the",
        score=0.91,
        likely=True,
    ),
    SuggestionRow(
        "a2", "Kremlin readout", "it", 3, 30, "Telefonata di 50 minuti.", score=0.41, likely=False, lexical_only=True
    ),
]


@pytest.fixture
def panel(qtbot):
    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_rows_show_language_confidence_and_context(panel):
    panel.show_suggestions(ROWS)
    first, second = panel.list.topLevelItem(0), panel.list.topLevelItem(1)
    where, context = first.text(0).split("\n")
    assert " · EN · " in where and "likely" in where and "91%" in where
    assert "«It lasted approximately 50 minutes.»" in context and "Putin and Biden" in context
    assert "lexical" in second.text(0).split("\n")[0] and "unlikely" in second.text(0)
    assert "2 candidates" in panel.status.text()


def test_enter_accepts_the_selected_row(panel, qtbot):
    panel.show_suggestions(ROWS)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.accepted) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert signal.args == ["a1", 10, 45]


def test_delete_rejects_and_hides_the_row(panel, qtbot):
    panel.show_suggestions(ROWS)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.rejected) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert signal.args == ["a1", 10, 45]
    assert [r.article_id for r in panel.rows()] == ["a2"] and panel.list.topLevelItemCount() == 1


def test_computing_and_empty_states(panel):
    panel.show_computing(3, 10)
    assert "Computing" in panel.status.text() and "3 of 10" in panel.status.text()
    panel.show_suggestions([])
    assert "No candidates" in panel.status.text() and not panel.accept_button.isEnabled()
    panel.reject_current()  # nothing selected: nothing happens
    panel.show_message("Suggestions are off: the model could not be loaded.")
    assert "could not be loaded" in panel.status.text()


def test_background_worker_loads_the_model_lazily_and_caches_vectors(sample_project, qtbot):
    from desktop.ui.suggestions.worker import SuggestionComputer

    project = open_project(sample_project)
    try:
        service = SuggestionService(project)  # no model yet
        encoder = HashEncoder()
        computer = SuggestionComputer(service, loader=lambda: LoadResultStub(encoder))
        added = []
        computer.vectors_added.connect(added.append)
        with qtbot.waitSignal(computer.idle, timeout=20000):
            assert computer.start()
        assert service.encoder is encoder and service.pending_work() == []
        assert sorted(added) == sorted(project.state.articles)
        assert not computer.start()  # nothing left to do
    finally:
        project.persistence.close()


def test_a_model_that_fails_to_load_is_reported(sample_project, qtbot):
    from desktop.ui.suggestions.worker import SuggestionComputer

    project = open_project(sample_project)
    try:
        service = SuggestionService(project)
        computer = SuggestionComputer(service, loader=lambda: LoadResultStub(None, "no weights"))
        with qtbot.waitSignal(computer.model_state, timeout=10000) as signal:
            computer.start()
        qtbot.waitUntil(lambda: not computer.busy(), timeout=10000)
        assert signal.args == ["no weights"] and service.model_error == "no weights"
        assert not computer.start()  # no retry loop
        claim = next(iter(project.state.claims))
        assert service.for_claim(claim)  # lexical suggestions still work
    finally:
        project.persistence.close()


def test_worker_splits_new_articles_off_the_gui_thread(sample_project, qtbot):
    from desktop.ui.suggestions.worker import SuggestionComputer

    project = open_project(sample_project)
    try:
        service = SuggestionService(project, build=False)
        assert service.index.article_ids() == [] and len(service.unprepared()) == len(project.state.articles)
        computer = SuggestionComputer(service, loader=lambda: LoadResultStub(HashEncoder()))
        with qtbot.waitSignal(computer.idle, timeout=20000):
            assert computer.start()
        assert service.unprepared() == [] and service.pending_work() == []
        claim = next(iter(project.state.claims))
        assert any(f.best for f in service.for_claim(claim))
    finally:
        project.persistence.close()
