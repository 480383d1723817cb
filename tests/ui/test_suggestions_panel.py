"""The suggestions panel (keys, states) and the background vector worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.store import open_project
from desktop.suggesting import SuggestionService
from desktop.ui.suggestions.panel import SuggestionRow, SuggestionsPanel, excerpt
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
        probability=0.912,
        matched=((24, 26), (27, 34)),  # "50", "minutes"
    ),
    SuggestionRow(
        "a2",
        "Kremlin readout",
        "it",
        3,
        30,
        "Telefonata di 50 minuti.",
        score=0.41,
        probability=0.41,
        lexical_only=True,
    ),
    SuggestionRow("a3", "Peskov", "it", 5, 40, "Non escludiamo un altro contatto.", score=0.2, probability=0.08),
]


@pytest.fixture
def panel(qtbot):
    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_centre(panel, number):
    return panel.list.visualItemRect(panel.list.item(number)).center()


def test_rows_say_how_likely_in_plain_words(panel):
    panel.show_suggestions(ROWS)
    first, second, third = (panel.list.item(i).text().split("\n")[0] for i in range(3))
    assert first.endswith(" · EN · likely (91%)")
    assert second.endswith("unlikely (41%) · words and figures only")
    assert third.endswith("unlikely (8%)")
    assert "3 candidates, most likely first" in panel.status.text()


def test_each_row_draws_its_quote_in_context_below_the_heading(panel):
    panel.show_suggestions(ROWS)
    panel.list.viewport().grab()  # paints the visible rows
    line = panel.list.fontMetrics().lineSpacing()
    assert panel.list.visualItemRect(panel.list.item(0)).height() >= 4 * line  # heading + three lines
    drawn = panel.delegate._fitted
    first = next(markup for (row, _, _), markup in drawn.items() if row == 0)
    assert "It lasted approximately " in first and ">50</b>" in first and ">minutes</b>" in first
    assert "between Putin and Biden" in first  # the context fits beside a short quote


def test_a_long_quote_is_shown_around_its_matched_words():
    quote = " ".join(f"word{i}" for i in range(60)) + " lasted fifty minutes " + " ".join(f"tail{i}" for i in range(20))
    start = quote.index("fifty")
    row = SuggestionRow("a", "T", "en", 0, len(quote), quote, before="ctx " * 20, matched=((start, start + 5),))
    pieces = excerpt(row, 120)
    shown = "".join(text for text, _ in pieces)
    assert ("fifty", "match") in pieces and shown.startswith("…") and shown.endswith("…")
    assert "ctx" not in shown and len(shown) <= 124
    short = SuggestionRow(
        "b", "T", "en", 0, 5, "Short quote here.", before="one two three four five six", after="seven eight"
    )
    shown = "".join(text for text, _ in excerpt(short, 60))
    assert "Short quote here." in shown and "seven eight" in shown and "five six" in shown


def test_the_context_keeps_the_texts_own_spacing():
    # "The American President, Joe Biden" + ", and its Russian counterpart": no space before the comma.
    row = SuggestionRow("a", "T", "en", 0, 9, "Joe Biden", before="The American President, ", after=", and its Russian")
    assert "".join(text for text, _ in excerpt(row, 80)) == "…The American President, Joe Biden, and its Russian…"
    glued = SuggestionRow("b", "T", "en", 0, 4, "50 m", before="lasted ", after="inutes.")
    assert "".join(text for text, _ in excerpt(glued, 80)) == "…lasted 50 minutes.…"


def test_clicking_a_row_makes_it_current_and_highlights_it(panel, qtbot):
    panel.show_suggestions(ROWS)
    with qtbot.waitSignal(panel.highlighted) as signal:
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(panel, 1))
    assert signal.args == ["a2", 3, 30] and panel.current_row().article_id == "a2"


def test_arrow_keys_move_the_current_row_and_highlight_it(panel, qtbot):
    panel.show_suggestions(ROWS)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.highlighted) as signal:
        QTest.keyClick(panel.list, Qt.Key.Key_Down)
    assert signal.args == ["a2", 3, 30]
    with qtbot.waitSignal(panel.highlighted) as signal:
        QTest.keyClick(panel.list, Qt.Key.Key_Down)
    assert signal.args == ["a3", 5, 40]


def test_new_rows_keep_the_current_candidate_and_do_not_scroll_anything(panel, qtbot):
    panel.show_suggestions(ROWS)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(panel, 2))
    with qtbot.assertNotEmitted(panel.highlighted):
        panel.show_suggestions(list(reversed(ROWS)))  # a refresh, e.g. vectors came in
    assert panel.current_row().article_id == "a3" and panel.list.currentRow() == 0


def test_enter_accepts_the_selected_row(panel, qtbot):
    panel.show_suggestions(ROWS)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=row_centre(panel, 1))
    with qtbot.waitSignal(panel.accepted) as signal:
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert signal.args == ["a2", 3, 30]


def test_delete_rejects_hides_the_row_and_moves_to_the_next(panel, qtbot):
    panel.show_suggestions(ROWS)
    panel.list.setFocus()
    heard = []
    panel.rejected.connect(lambda *args: heard.append(("rejected", *args)))
    panel.highlighted.connect(lambda *args: heard.append(("highlighted", *args)))
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert heard == [("rejected", "a1", 10, 45), ("highlighted", "a2", 3, 30)]
    assert [r.article_id for r in panel.rows()] == ["a2", "a3"] and panel.list.count() == 2


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
