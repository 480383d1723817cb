"""Between a file and a team project: publish a file, snapshot a team project into a file (the
same content both ways), and merge a colleague's file into a team project as one transaction
through the existing merge plan."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.commands import CreateClaim, EditClaim
from desktop.core.model import Verdict
from desktop.merging import apply_plan, plan_from_file
from desktop.store import open_project
from desktop.store.team import TeamAccessError, TeamError, admin, open_team_project
from tests.support.team import TeamProject, fresh_name, state_digest


def test_publish_then_snapshot_gives_the_same_project_back(team_sample, sample_file, tmp_path):
    out = tmp_path / "snapshot.crosscheck"
    maria = open_team_project(team_sample.url("maria"))
    try:
        maria.persistence.save_copy(out)
    finally:
        maria.persistence.close()
    original, copy = open_project(sample_file, read_only=True), open_project(out, read_only=True)
    try:
        assert state_digest(copy.state) == state_digest(original.state)
        assert copy.persistence.tombstones() == original.persistence.tombstones()
    finally:
        original.persistence.close()
        copy.persistence.close()


def test_a_snapshot_can_leave_notes_and_authors_out(team_sample, tmp_path):
    out = tmp_path / "shared.crosscheck"
    anna = open_team_project(team_sample.url("anna"))
    try:
        claim = next(iter(anna.state.claims.values()))
        anna.run(EditClaim(claim.id, note="internal: do not send"))
        anna.persistence.save_copy(out, strip_notes=True, strip_authors=True)
    finally:
        anna.persistence.close()
    copy = open_project(out, read_only=True)
    try:
        assert all(c.note == "" and c.created_by == "" for c in copy.state.claims.values())
    finally:
        copy.persistence.close()


def test_publishing_onto_an_existing_project_is_refused_and_changes_nothing(team_sample, sample_file):
    before = team_sample.digest()
    with pytest.raises(TeamError, match=f"a team project '{team_sample.name}' already exists"):
        admin.publish_file(str(sample_file), team_sample.url())
    assert team_sample.digest() == before


def test_a_publish_that_fails_half_way_leaves_no_project_and_no_roles(pg_server, sample_file, tmp_path):
    """A file whose passage the server refuses (its quote no longer matches): nothing is created."""
    import sqlite3

    broken = tmp_path / "broken.crosscheck"
    shutil.copyfile(sample_file, broken)
    with sqlite3.connect(broken) as conn:
        conn.execute("UPDATE passage SET quote = 'not the text' WHERE rowid = (SELECT min(rowid) FROM passage)")
    project = TeamProject(pg_server, fresh_name("broken"))
    with pytest.raises(
        TeamError, match=r"the server refused the file's content .*quote does not match.*nothing was created"
    ):
        admin.publish_file(str(broken), project.url())
    with project.superuser() as conn:
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (project.name,)).fetchone()[0] == 0
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"crosscheck_{project.name}_%",)
            ).fetchone()[0]
            == 0
        )


@pytest.fixture
def colleague_file(team_sample, tmp_path):
    """Bob took a snapshot, worked offline on it, and sends it back."""
    bob_path = tmp_path / "bob.crosscheck"
    maria = open_team_project(team_sample.url("maria"))
    try:
        maria.persistence.save_copy(bob_path)
    finally:
        maria.persistence.close()
    bob = open_project(bob_path, author="Bob")
    try:
        new = CreateClaim("Bob's offline claim", verdict=Verdict.MOSTLY_FALSE)
        bob.run(new)
        claim = next(iter(bob.state.claims.values()))
        bob.run(EditClaim(claim.id, note="Bob checked the transcript offline."))
    finally:
        bob.persistence.close()
    return bob_path, new.claim_id, claim.id


def test_merging_a_colleagues_file_is_one_transaction_that_the_team_sees(team_sample, colleague_file):
    bob_path, new_id, edited_id = colleague_file
    maria = open_team_project(team_sample.url("maria"))
    try:
        plan = plan_from_file(maria, bob_path)
        before_seq = _last_seq(team_sample)
        report = apply_plan(maria, plan, str(bob_path))
        assert report.applied
        assert _steps_since(team_sample, before_seq) == 1  # one transaction, one step in the log
    finally:
        maria.persistence.close()
    luca = open_team_project(team_sample.url("luca"))
    try:
        assert luca.state.claims[new_id].verdict is Verdict.MOSTLY_FALSE
        assert luca.state.claims[edited_id].note == "Bob checked the transcript offline."
    finally:
        luca.persistence.close()


def test_a_merge_the_role_does_not_allow_changes_nothing(team_sample, colleague_file):
    bob_path, _new_id, _edited_id = colleague_file
    anna = open_team_project(team_sample.url("anna"))
    try:
        before = team_sample.digest()
        plan = plan_from_file(anna, bob_path)
        with pytest.raises(TeamAccessError, match="may not set or remove verdicts"):
            apply_plan(anna, plan, str(bob_path))
        assert team_sample.digest() == before
    finally:
        anna.persistence.close()


def _last_seq(project) -> int:
    with project.superuser() as conn:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])


def _steps_since(project, seq: int) -> int:
    with project.superuser() as conn:
        return int(conn.execute("SELECT count(DISTINCT step) FROM change_log WHERE seq > %s", (seq,)).fetchone()[0])
