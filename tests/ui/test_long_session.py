"""Long sessions: thousands of random commands through the command layer, and a few hundred
gestures through the real widgets. Memory stays bounded and the state stays consistent."""

from __future__ import annotations

import gc
import random
import tracemalloc

import pytest

from desktop.core.commands import CommandError, DeleteClaim, DeletePassage
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.store import open_project
from tests.support.crash_child import random_command


def assert_consistent(state: ProjectState) -> None:
    for passage in state.passages.values():
        article = state.articles[passage.article_id]
        assert article.text[passage.start : passage.end] == passage.quote
        assert passage.claim_id is None or passage.claim_id in state.claims
    for claim_id in state.claims:
        assert all(p.claim_id == claim_id for p in state.passages_of_claim(claim_id))
    assert sum(state.passage_count(a) for a in state.articles) == len(state.passages)


def balanced_command(project, rng):
    """Random commands that keep the project's size steady, so growth means a leak."""
    state = project.state
    if len(state.passages) > 150 and rng.random() < 0.5:
        return DeletePassage(rng.choice(list(state.passages)))
    if len(state.claims) > 40 and rng.random() < 0.5:
        return DeleteClaim(rng.choice(list(state.claims)), keep_passages=False)
    return random_command(project, rng)


def run_commands(project, rng, count):
    for _ in range(count):
        try:
            project.run(balanced_command(project, rng))
        except CommandError:
            continue
        roll = rng.random()
        if roll < 0.08:
            project.undo()
        elif roll < 0.12:
            project.redo()


def test_ten_thousand_commands_memory_stays_bounded(sample_project):
    loaded = open_project(sample_project)
    state = loaded.state
    loaded.persistence.close()
    project = Project(state, MemoryPersistence())
    project.persistence.transactions = None  # keep nothing per write: we measure the app, not the test double
    project.persistence.write = lambda changes: None
    rng = random.Random(11)
    run_commands(project, rng, 2_000)  # warm up: the undo history fills to its limit
    gc.collect()
    tracemalloc.start()
    run_commands(project, rng, 2_000)
    gc.collect()
    after_warmup, _ = tracemalloc.get_traced_memory()
    run_commands(project, rng, 6_000)
    gc.collect()
    at_end, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert at_end < after_warmup * 1.5 + 2_000_000, (after_warmup, at_end)
    assert_consistent(project.state)


@pytest.mark.slow
def test_ten_thousand_commands_on_a_real_file(sample_project):
    project = open_project(sample_project)
    run_commands(project, random.Random(5), 10_000)
    expected = (dict(project.state.claims), dict(project.state.passages))
    project.persistence.close()
    reopened = open_project(sample_project, thorough=True)
    assert (dict(reopened.state.claims), dict(reopened.state.passages)) == expected
    assert_consistent(reopened.state)
    reopened.persistence.close()


@pytest.mark.ui
def test_hundreds_of_gestures_through_the_widgets(qtbot, qsettings_isolated, sample_project, qtlog):
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window

    window = create_window(sample_project)
    qtbot.addWidget(window)
    rng = random.Random(3)
    actions = window.actions_by_name
    gestures = [
        "actionHighlight",
        "actionNewClaimFromSelection",
        "actionLinkToCurrentClaim",
        "actionUndo",
        "actionRedo",
        "actionNextClaimPassage",
        "actionNextPassage",
        "actionUnlinkPassage",
        "actionAddPane",
        "actionClosePane",
    ]
    for _ in range(300):
        slot = rng.choice(window.workspace.panes)
        if slot.article_id is None:  # a pane added after every article was already open
            window.workspace.show_in_pane(slot.key, rng.choice(list(window.bridge.state.articles)))
        pane = window.panes.widgets[slot.key]
        text = pane.view.article.text
        start = rng.randrange(0, len(text) - 40)
        window.panes.focus_pane(pane)
        pane.view.select_span(start, start + rng.randint(1, 40))
        roll = rng.random()
        if roll < 0.2 and window.bridge.state.claims:
            window.claims.select_claim(rng.choice(list(window.bridge.state.claims)))
        name = rng.choice(gestures)
        if actions[name].isEnabled():
            actions[name].trigger()
        QApplication.processEvents()
        if window.inspector.statement.hasFocus():
            window.focus_article()
    assert_consistent(window.bridge.state)
    # The claims table shows exactly the claims, row by row updates never drifted.
    model = window.claims.model
    assert sorted(model.claim_id(r) for r in range(model.rowCount())) == sorted(window.bridge.state.claims)
    warnings = [
        r.message
        for r in qtlog.records
        if "propagateSizeHints" not in r.message and r.type.name in ("QtWarningMsg", "QtCriticalMsg", "QtFatalMsg")
    ]
    assert warnings == []
    window.close()
