"""Gestures on the workspace with an in-memory project: no Qt, no display (issue 15)."""

from __future__ import annotations

import pytest

from desktop.core.commands import AddArticle
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.workspace.gestures import FOCUS_STATEMENT, Gestures
from desktop.workspace.state import CLAIM, MAX_PANES, PANES, PASSAGE, TEXT_SELECTION, TextSelection, Workspace

IT = "Il colloquio telefonico tra Biden e Putin si è chiuso dopo 50 minuti. Le sanzioni sono state discusse."
EN = "The call lasted fifty minutes, the White House said. Sanctions were discussed at length."


@pytest.fixture
def setup():
    project = Project(ProjectState(), MemoryPersistence(), author="Ana")
    project.run(AddArticle(title="Telefonata", text=IT, language="it"))
    project.run(AddArticle(title="The call", text=EN, language="en"))
    it_id, en_id = list(project.state.articles)
    workspace = Workspace()
    workspace.reset(project.state, [it_id, en_id])
    events = []
    workspace.subscribe(events.append)
    return project, workspace, Gestures(workspace, project), it_id, en_id, events


def select(workspace, article_id, text, needle):
    start = text.index(needle)
    workspace.set_current_pane(workspace.pane_of(article_id).key)
    workspace.set_text_selection(TextSelection(article_id, start, start + len(needle)))


def test_new_claim_then_link_across_languages(setup):
    project, workspace, gestures, it_id, en_id, events = setup
    select(workspace, it_id, IT, "si è chiuso dopo 50 minuti")
    outcome = gestures.new_claim_from_selection()
    assert outcome.done and outcome.focus == FOCUS_STATEMENT
    claim_id = workspace.current_claim
    assert project.state.claims[claim_id].statement == "si è chiuso dopo 50 minuti"
    assert workspace.selected_passage in project.state.passages
    assert not workspace.text_selection.has_text  # used up, the caret stays
    select(workspace, en_id, EN, "lasted fifty minu")  # mid-word: snapped to whole words
    assert gestures.link_to_current_claim().done
    quotes = sorted(p.quote for p in project.state.passages_of_claim(claim_id))
    assert quotes == ["lasted fifty minutes", "si è chiuso dopo 50 minuti"]
    assert project.undo_label == "Link passage"
    assert any(CLAIM in e for e in events) and any(TEXT_SELECTION in e for e in events)


def test_hints_when_there_is_nothing_to_work_on(setup):
    project, workspace, gestures, it_id, _en, _events = setup
    assert gestures.highlight().message == "Select some text in an article, then press H."
    assert "Select a claim" in gestures.link_to_current_claim().message
    workspace.set_text_selection(TextSelection(it_id, 3, 3))  # just a caret
    assert not gestures.new_claim_from_selection().done
    assert project.state.passages == {} and project.undo_label != "New claim"


def test_selecting_a_linked_passage_makes_its_claim_current_and_an_unlinked_one_clears_it(setup):
    project, workspace, gestures, it_id, _en, _events = setup
    select(workspace, it_id, IT, "50 minuti")
    gestures.new_claim_from_selection()
    claim_id, linked = workspace.current_claim, workspace.selected_passage
    select(workspace, it_id, IT, "Le sanzioni")
    gestures.highlight()
    unlinked = workspace.selected_passage
    assert workspace.current_claim is None  # an unlinked passage belongs to no claim
    workspace.select_passage(linked)
    assert workspace.current_claim == claim_id
    workspace.select_claims(None)
    assert workspace.selected_passage is None  # the passage went with its claim
    workspace.select_passage(unlinked)
    assert gestures.link_to(claim_id).done
    assert project.state.passages[unlinked].claim_id == claim_id


def test_deleting_the_current_claim_lets_go_of_it_and_undo_brings_it_back(setup):
    project, workspace, gestures, it_id, _en, _events = setup
    project.subscribe(workspace.follow)  # as the window does
    select(workspace, it_id, IT, "50 minuti")
    gestures.new_claim_from_selection()
    claim_id, passage_id = workspace.current_claim, workspace.selected_passage
    assert gestures.delete_claims(keep_passages=False).done
    assert claim_id not in project.state.claims
    assert workspace.current_claim is None and workspace.selected_passage is None
    project.undo()
    assert claim_id in project.state.claims and passage_id in project.state.passages


def test_deleting_the_selected_passage_clears_it(setup):
    project, workspace, gestures, it_id, _en, events = setup
    select(workspace, it_id, IT, "Le sanzioni")
    gestures.highlight()
    seen = []
    project.subscribe(lambda changes: (workspace.follow(changes), seen.append(changes)))
    assert gestures.delete_passage().done
    assert workspace.selected_passage is None
    assert any(PASSAGE in e for e in events)


def test_merge_needs_two_claims_and_keeps_the_current_one(setup):
    project, workspace, gestures, it_id, en_id, _events = setup
    select(workspace, it_id, IT, "50 minuti")
    gestures.new_claim_from_selection()
    first = workspace.current_claim
    select(workspace, en_id, EN, "fifty minutes")
    gestures.new_claim_from_selection()
    second = workspace.current_claim
    assert "exactly two" in gestures.merge_claims().message
    workspace.select_claims(first, [first, second])
    assert gestures.merge_claims().done
    assert second not in project.state.claims and len(project.state.passages_of_claim(first)) == 2


def test_navigation_walks_a_claim_across_articles_and_asks_to_scroll(setup):
    project, workspace, gestures, it_id, en_id, _events = setup
    select(workspace, it_id, IT, "50 minuti")
    gestures.new_claim_from_selection()
    select(workspace, en_id, EN, "fifty minutes")
    gestures.link_to_current_claim()
    claim_id = workspace.current_claim
    visited = []
    for _ in range(3):
        gestures.step_claim_passage(+1)
        visited.append(project.state.passages[workspace.selected_passage].article_id)
        assert workspace.reveal_request.article_id == visited[-1]
    assert visited[0] != visited[1] and visited[0] == visited[2]
    assert workspace.current_claim == claim_id


def test_panes_open_close_and_stay_within_the_limit(setup):
    _project, workspace, gestures, it_id, en_id, events = setup
    assert [p.article_id for p in workspace.panes] == [it_id, en_id]
    for _ in range(MAX_PANES):
        gestures.add_pane()
    assert len(workspace.panes) == MAX_PANES
    assert "Six panes" in gestures.add_pane().message
    while workspace.close_pane():
        pass
    assert len(workspace.panes) == 1  # the last pane stays
    assert any(PANES in e for e in events)
    pane = workspace.open_article(en_id)
    assert pane.article_id == en_id and workspace.current_article == en_id


def test_an_event_names_only_what_changed(setup):
    _project, workspace, _gestures, it_id, _en, events = setup
    events.clear()
    workspace.select_claims(None)  # already none: nothing to say
    workspace.set_current_pane(workspace.current_pane.key)
    assert events == []
    workspace.set_text_selection(TextSelection(it_id, 0, 4))
    assert [e.fields for e in events] == [frozenset({TEXT_SELECTION})]


def test_linking_words_of_another_claim_never_takes_them_from_it(setup):
    project, workspace, gestures, it_id, en_id, _events = setup
    select(workspace, en_id, EN, "lasted fifty minutes")
    gestures.new_claim_from_selection()
    first = workspace.current_claim
    select(workspace, it_id, IT, "Le sanzioni")
    gestures.new_claim_from_selection()
    second = workspace.current_claim
    select(workspace, en_id, EN, "lasted fifty minutes")  # the same words, for the second claim
    assert gestures.link_to(second).done
    assert [p.quote for p in project.state.passages_of_claim(first)] == ["lasted fifty minutes"]
    assert "lasted fifty minutes" in [p.quote for p in project.state.passages_of_claim(second)]
    select(workspace, en_id, EN, "lasted fifty minutes")
    assert "already linked" in gestures.link_to(second).message
