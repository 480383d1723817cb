"""Undo is per person and never clobbers a colleague's later change (team projects).

Someone else's steps arrive through Project.apply_remote (as a team store delivers them); these
tests play both people on one in-memory project, so no server is needed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.commands import (
    AddArticle,
    Compound,
    CreateClaim,
    DeleteClaim,
    DeletePassage,
    EditClaim,
    HighlightPassage,
    LinkPassage,
    new_claim_from_passage,
)
from desktop.core.model import Verdict
from desktop.core.persistence import MemoryPersistence
from desktop.core.project import Project, UndoConflict
from desktop.core.state import EntityChange, ProjectState

TEXT = "Biden and Putin spoke for fifty minutes. Sanctions were discussed. Talks follow in Geneva."


@pytest.fixture
def me() -> Project:
    project = Project(ProjectState(), MemoryPersistence(), author="Ada")
    project.run(AddArticle(title="Wire", text=TEXT))
    return project


def article_id(project: Project) -> str:
    return next(iter(project.state.articles))


def remote(project: Project, entity, **values) -> None:
    """Maria's edit of `entity`, arriving from the server."""
    before = project.state.current(entity)
    after = replace(before, **values, modified_by="Maria") if values else None
    project.apply_remote([EntityChange(before, after)], "Maria's edit")


def snapshot(project: Project):
    state = project.state
    return (dict(state.articles), dict(state.passages), dict(state.claims))


def test_remote_changes_reach_the_views_but_not_the_undo_history(me):
    seen = []
    me.subscribe(seen.append)
    command = CreateClaim("Spoke for fifty minutes")
    entity_changes = command.execute(me_copy(me), claim_context())
    me.apply_remote(entity_changes, "New claim")
    assert command.claim_id in me.state.claims
    assert [c.reason for c in seen] == ["remote"] and seen[0].claim_ids == {command.claim_id}
    assert me.undo_label == "Add article"


def claim_context():
    from desktop.core.commands import CommandContext

    return CommandContext(author="Maria")


def test_undo_reverts_our_field_and_keeps_their_other_field(me):
    create = CreateClaim("Spoke for fifty minutes")
    me.run(create)
    me.run(EditClaim(create.claim_id, note="ours"))
    remote(me, me.state.claims[create.claim_id], verdict=Verdict.FALSE)
    me.undo()
    claim = me.state.claims[create.claim_id]
    assert claim.note == "" and claim.verdict is Verdict.FALSE


def test_undo_of_a_field_they_changed_since_asks_and_then_keeps_theirs(me):
    create = CreateClaim("Spoke for fifty minutes")
    me.run(create)
    me.run(EditClaim(create.claim_id, verdict=Verdict.MOSTLY_TRUE))
    remote(me, me.state.claims[create.claim_id], verdict=Verdict.FALSE)
    before = snapshot(me)
    with pytest.raises(UndoConflict, match=r"Maria changed the verdict \(claim “Spoke for fifty minutes”\)") as info:
        me.undo()
    assert snapshot(me) == before and me.undo_label == "Edit claim"
    assert info.value.overlaps[0].theirs.verdict is Verdict.FALSE
    changes = me.undo(keep_theirs=True)
    assert changes is not None and not changes.entity_changes
    assert me.state.claims[create.claim_id].verdict is Verdict.FALSE
    assert me.undo_label == "New claim" and not me.can_redo


def test_undoing_a_passage_they_linked_since_leaves_it(me):
    highlight = HighlightPassage(article_id(me), 0, 15)
    me.run(highlight)
    claim = CreateClaim("Spoke")
    me.apply_remote(claim.execute(me_copy(me), claim_context()), "New claim")
    remote(me, me.state.passages[highlight.passage_id], claim_id=claim.claim_id)
    with pytest.raises(UndoConflict, match="Maria changed the claim"):
        me.undo()
    me.undo(keep_theirs=True)
    assert me.state.passages[highlight.passage_id].claim_id == claim.claim_id


def test_undoing_a_claim_they_linked_a_passage_to_keeps_the_claim_and_undoes_our_passage(me):
    step = new_claim_from_passage(article_id(me), 0, 15, "Biden and Putin spoke")
    me.run(step)
    claim_id = step.steps[0].claim_id
    theirs = HighlightPassage(article_id(me), 41, 66, claim_id=claim_id)
    me.apply_remote(theirs.execute(me_copy(me), claim_context()), "Link passage")
    with pytest.raises(UndoConflict, match="passages were linked to it since"):
        me.undo()
    me.undo(keep_theirs=True)
    assert claim_id in me.state.claims
    assert step.steps[1].passage_id not in me.state.passages
    assert me.state.passages[theirs.passage_id].claim_id == claim_id
    me.redo()  # brings back exactly what the undo took away
    assert step.steps[1].passage_id in me.state.passages


def me_copy(project: Project) -> ProjectState:
    """A second client's copy of the data (commands validate against it)."""
    state = project.state
    return ProjectState(state.articles.values(), state.passages.values(), state.claims.values())


def test_re_creating_a_passage_whose_claim_they_deleted_is_refused(me):
    step = new_claim_from_passage(article_id(me), 0, 15, "Biden and Putin spoke")
    me.run(step)
    passage_id, claim_id = step.steps[1].passage_id, step.steps[0].claim_id
    me.run(DeletePassage(passage_id))
    me.apply_remote(DeleteClaim(claim_id).execute(me_copy(me), claim_context()), "Delete claim")
    with pytest.raises(UndoConflict, match="its claim was deleted since"):
        me.undo()
    me.undo(keep_theirs=True)
    assert passage_id not in me.state.passages


def test_editing_something_they_deleted_is_not_undone_into_life(me):
    create = CreateClaim("Spoke for fifty minutes")
    me.run(create)
    me.run(EditClaim(create.claim_id, note="ours"))
    me.apply_remote(DeleteClaim(create.claim_id).execute(me_copy(me), claim_context()), "Delete claim")
    with pytest.raises(UndoConflict, match="deleted it"):
        me.undo()
    me.undo(keep_theirs=True)
    assert create.claim_id not in me.state.claims


def test_a_step_that_touches_one_entity_twice_undoes_and_redoes_cleanly(me):
    create = CreateClaim("first")
    me.run(Compound([create, EditClaim(create.claim_id, statement="second")], label="Two edits"))
    me.undo()
    assert create.claim_id not in me.state.claims
    me.redo()
    assert me.state.claims[create.claim_id].statement == "second"


def test_without_anyone_else_undo_and_redo_replay_exactly(me):
    create = CreateClaim("Spoke")
    me.run(create)
    highlight = HighlightPassage(article_id(me), 0, 15)
    me.run(highlight)
    me.run(LinkPassage(highlight.passage_id, create.claim_id))
    after = snapshot(me)
    me.undo()
    me.undo()
    me.redo()
    me.redo()
    assert snapshot(me) == after
