"""Faults on a real server: it goes away (the project turns read-only and reconnects by itself),
it restarts, an edit is in flight when it dies (committed or reported failed, never half, never
twice), a commit's answer is lost, a client is killed inside its transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from desktop.core.commands import CreateClaim, EditClaim
from desktop.core.project import ReadOnlyProjectError
from desktop.store.team import TeamUnavailableError, TeamWriteFailed, open_team_project, start_feed
from desktop.store.team import store as team_store
from desktop.store.team.feed import ConnectionState, StepResolved
from tests.support.paths import REPO
from tests.support.team import state_digest


class Client:
    def __init__(self, url: str) -> None:
        self.project = open_team_project(url)
        self.woken = threading.Event()
        self.feed = start_feed(self.project, self.woken.set)
        self.events: list = []

    def wait_for(self, done, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError(f"not within {timeout} s; events: {self.events[-5:]}")
            self.woken.wait(0.2)
            self.woken.clear()
            self.events += self.feed.poll()

    def close(self) -> None:
        self.project.persistence.close()


@pytest.fixture
def luca(team_sample):
    client = Client(team_sample.url("luca"))
    yield client
    client.close()


@pytest.mark.parametrize("mode", ["immediate", "fast"])
def test_a_server_that_goes_away_turns_the_project_read_only_until_it_is_back(team_sample, pg_server, luca, mode):
    pg_server.stop(mode)
    luca.wait_for(lambda: luca.project.read_only)
    assert any(isinstance(e, ConnectionState) and not e.connected for e in luca.events)
    assert "reconnecting" in luca.project.persistence.read_only_reason
    with pytest.raises(ReadOnlyProjectError):
        luca.project.run(CreateClaim("while the server is away"))
    pg_server.start()  # a restarted server is picked up again
    luca.wait_for(lambda: not luca.project.read_only)
    maria = open_team_project(team_sample.url("maria"))
    try:
        claim = CreateClaim("after the restart")
        maria.run(claim)
        luca.wait_for(lambda: claim.claim_id in luca.project.state.claims)
        luca.project.run(CreateClaim("Luca writes again"))
    finally:
        maria.persistence.close()


def _dying_in_the_update(pg_server, then=None):
    """Make the next write's update statement find the server gone (stopped mid-transaction)."""
    original = team_store.changed_columns
    calls = []

    def stop_server(before, after):
        if not calls:
            calls.append(1)
            pg_server.stop("immediate")
            if then is not None:
                then()
        return original(before, after)

    return original, stop_server


def test_an_edit_in_flight_when_the_server_dies_is_reported_failed_and_nowhere(
    team_sample, pg_server, luca, monkeypatch
):
    claim = next(iter(luca.project.state.claims.values()))
    before_server = team_sample.digest()
    before_memory = state_digest(luca.project.state)
    restart = threading.Timer(0.5, pg_server.start)  # back within the write's wait: it can tell
    _, dying = _dying_in_the_update(pg_server, then=restart.start)
    monkeypatch.setattr(team_store, "changed_columns", dying)
    with pytest.raises(TeamWriteFailed, match="the server went away during the change; nothing was saved"):
        luca.project.run(EditClaim(claim.id, note="in flight"))
    restart.join()
    assert state_digest(luca.project.state) == before_memory and not luca.project.can_undo
    assert team_sample.digest() == before_server


def test_when_the_server_stays_away_the_edit_is_unconfirmed_then_resolved(team_sample, pg_server, luca, monkeypatch):
    claim = next(iter(luca.project.state.claims.values()))
    before_server = team_sample.digest()
    _, dying = _dying_in_the_update(pg_server)
    monkeypatch.setattr(team_store, "changed_columns", dying)
    with pytest.raises(TeamUnavailableError, match="not shown as saved"):
        luca.project.run(EditClaim(claim.id, note="in flight"))
    assert luca.project.persistence.in_doubt
    pg_server.start()
    luca.wait_for(lambda: any(isinstance(e, StepResolved) for e in luca.events))
    resolved = [e for e in luca.events if isinstance(e, StepResolved)]
    assert [e.committed for e in resolved] == [False]
    assert team_sample.digest() == before_server


def test_a_commit_whose_answer_is_lost_counts_once(team_sample, pg_server):
    from tests.support.pg_proxy import CommitSwallowingProxy

    proxy = CommitSwallowingProxy(pg_server.socket_dir / f".s.PGSQL.{pg_server.port}")
    pg_server.add_password_for_host("127.0.0.1", proxy.port, "maria", "maria-secret")
    url = f"postgresql://maria@127.0.0.1:{proxy.port}/crosscheck?project={team_sample.name}"
    maria = open_team_project(url)
    try:
        claim = CreateClaim("committed, though the answer never came")
        proxy.swallow_next_commit.set()
        maria.run(claim)  # the client hears nothing, asks the server again, and learns it committed
        assert proxy.swallowed.is_set()
        assert claim.claim_id in maria.state.claims and maria.can_undo
        with team_sample.superuser() as conn:
            count = conn.execute("SELECT count(*) FROM claim WHERE id = %s", (claim.claim_id,)).fetchone()[0]
            steps = conn.execute(
                "SELECT count(DISTINCT step) FROM change_log WHERE entity_id = %s", (claim.claim_id,)
            ).fetchone()[0]
        assert (count, steps) == (1, 1)
        maria.run(EditClaim(claim.claim_id, note="the version is known: no conflict with ourselves"))
    finally:
        maria.persistence.close()
        proxy.close()


def test_a_client_killed_inside_its_transaction_leaves_the_server_as_it_was(pg_server, sample_file):
    from desktop.store.team import admin
    from tests.support.team import TeamProject, fresh_name

    project = TeamProject(pg_server, fresh_name("killed"))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.team_kill_child", str(sample_file), project.url()],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "MID-TRANSACTION", child.stderr.read()
        with project.superuser() as conn:
            open_transactions = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = 'ada' AND xact_start IS NOT NULL"
            ).fetchone()[0]
            assert open_transactions == 1
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    with project.superuser() as conn:
        deadline = time.monotonic() + 10  # the server notices the closed socket at once; allow for a busy machine
        while conn.execute("SELECT count(*) FROM pg_stat_activity WHERE usename = 'ada'").fetchone()[0]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (project.name,)).fetchone()[0] == 0
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"crosscheck_{project.name}_%",)
            ).fetchone()[0]
            == 0
        )
    admin.publish_file(str(sample_file), project.url())  # nothing half-made stands in the way
