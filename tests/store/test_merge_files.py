"""Merging two edited copies of the sample project (issue 7, "done when"), through the files."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.commands import (
    CreateClaim,
    DeleteClaim,
    DeletePassage,
    EditClaim,
    HighlightPassage,
    new_claim_from_passage,
)
from desktop.core.merge import OURS, THEIRS, MergeError
from desktop.core.model import Verdict
from desktop.merging import apply_plan, plan_from_file
from desktop.store import open_project


def _snapshot(project):
    s = project.state
    return (dict(s.articles), dict(s.claims), dict(s.passages))


def _claims_by_statement(project):
    return {c.statement: c for c in project.state.claims.values()}


@pytest.fixture
def two_copies(sample_project, tmp_path):
    """Ann's copy (ours) and Bob's copy (theirs), edited differently after the split."""
    bob_path = tmp_path / "bob.crosscheck"
    shutil.copyfile(sample_project, bob_path)
    ann = open_project(sample_project, author="Ann")
    bob = open_project(bob_path, author="Bob")
    claims = list(ann.state.claims.values())
    c_call, c_second, c_third, c_fourth, c_fifth = claims[:5]
    art = next(iter(ann.state.articles.values()))
    facts = {"claims": claims, "article": art}

    # Ann: a new claim, a verdict change, a deleted passage, and the contested verdict first.
    ann.run(new_claim_from_passage(art.id, 0, 25, "Ann's new claim"))
    ann.run(EditClaim(c_second.id, verdict=Verdict.MIXED))
    facts["ann_deleted"] = ann.state.passages_of_claim(c_third.id)[0]
    ann.run(DeletePassage(facts["ann_deleted"].id))
    ann.run(EditClaim(c_call.id, verdict=Verdict.FALSE))

    # Bob, later: a new claim, another verdict change, a deleted passage and a deleted claim,
    # a note, and the same claim's verdict as Ann, differently (the conflict).
    bob_claim = CreateClaim("Bob's new claim", verdict=Verdict.MOSTLY_TRUE)
    bob.run(bob_claim)
    text = bob.state.articles[art.id].text
    start = text.index("Putin", 200)
    bob.run(HighlightPassage(art.id, start, start + 5, claim_id=bob_claim.claim_id))
    bob.run(EditClaim(c_third.id, verdict=Verdict.FALSE))
    facts["bob_deleted"] = bob.state.passages_of_claim(c_fourth.id)[0]
    bob.run(DeletePassage(facts["bob_deleted"].id))
    bob.run(EditClaim(c_fourth.id, note="Bob checked the transcript."))
    facts["bob_deleted_claim"] = c_fifth
    facts["fifth_passages"] = [p.id for p in bob.state.passages_of_claim(c_fifth.id)]
    bob.run(DeleteClaim(c_fifth.id, keep_passages=True))
    bob.run(EditClaim(c_call.id, verdict=Verdict.MOSTLY_TRUE))
    bob.persistence.close()
    yield ann, bob_path, facts
    ann.persistence.close()


def test_two_edited_copies_merge_into_the_expected_union(two_copies):
    ann, bob_path, f = two_copies
    c_call, c_second, c_third, c_fourth = f["claims"][:4]
    before = _snapshot(ann)
    plan = plan_from_file(ann, bob_path)
    [conflict] = plan.conflicts
    assert conflict.id == c_call.id and conflict.reason == "changed on both sides"
    assert conflict.fields == ("verdict",) and conflict.default == THEIRS  # Bob's edit is newer
    report = apply_plan(ann, plan, str(bob_path))

    by_statement = _claims_by_statement(ann)
    assert "Ann's new claim" in by_statement and "Bob's new claim" in by_statement
    assert by_statement["Bob's new claim"].verdict == Verdict.MOSTLY_TRUE
    assert len(ann.state.passages_of_claim(by_statement["Bob's new claim"].id)) == 1
    assert ann.state.claims[c_call.id].verdict == Verdict.MOSTLY_TRUE  # newer wins
    assert ann.state.claims[c_second.id].verdict == Verdict.MIXED  # Ann's alone
    assert ann.state.claims[c_third.id].verdict == Verdict.FALSE  # Bob's alone
    assert ann.state.claims[c_fourth.id].note == "Bob checked the transcript."
    assert f["ann_deleted"].id not in ann.state.passages  # stays deleted
    assert f["bob_deleted"].id not in ann.state.passages  # carried by Bob's tombstone
    assert f["bob_deleted_claim"].id not in ann.state.claims
    assert all(ann.state.passages[p].claim_id is None for p in f["fifth_passages"])  # kept, unlinked
    assert report.counts["conflicts"] == 1 and report.conflicts[0]["choice"] == THEIRS
    assert report.counts["added"] == 2 and report.counts["deleted"] == 2
    assert "1 conflicts" in report.to_text()

    # One undo step takes it all back; merging again finds nothing.
    assert ann.undo_label.startswith("Merge from")
    ann.undo()
    assert _snapshot(ann) == before
    ann.redo()
    again = plan_from_file(ann, bob_path)
    assert again.is_empty and any("Nothing to merge" in n for n in again.notes)


def test_choosing_ours_for_a_conflict_keeps_our_version(two_copies):
    ann, bob_path, f = two_copies
    plan = plan_from_file(ann, bob_path)
    plan.choose_all(OURS)
    report = apply_plan(ann, plan)
    assert ann.state.claims[f["claims"][0].id].verdict == Verdict.FALSE
    assert report.conflicts[0]["choice"] == OURS and report.conflicts[0]["default"] == THEIRS


def test_merging_back_converges(two_copies, tmp_path):
    ann, bob_path, _ = two_copies
    apply_plan(ann, plan_from_file(ann, bob_path))
    ann_path = ann.persistence.path
    bob = open_project(bob_path)
    try:
        plan = plan_from_file(bob, ann_path)
        assert not plan.conflicts
        apply_plan(bob, plan)
        assert _snapshot(bob) == _snapshot(ann)
    finally:
        bob.persistence.close()


def test_merging_a_project_into_itself_is_refused(sample_project):
    project = open_project(sample_project)
    before = sample_project.read_bytes()
    try:
        with pytest.raises(MergeError, match="cannot merge a project into itself"):
            plan_from_file(project, sample_project)
    finally:
        project.persistence.close()
    assert sample_project.read_bytes() == before


def test_a_failing_merge_changes_nothing(two_copies, monkeypatch):
    ann, bob_path, _ = two_copies
    before = _snapshot(ann)
    file_before = ann.persistence.path.read_bytes()
    plan = plan_from_file(ann, bob_path)

    def broken_write(changes):
        raise OSError("disk pulled out")

    monkeypatch.setattr(ann.persistence, "write", broken_write)
    with pytest.raises(OSError):
        apply_plan(ann, plan)
    assert _snapshot(ann) == before and not ann.undo_label.startswith("Merge")
    assert ann.persistence.path.read_bytes() == file_before
