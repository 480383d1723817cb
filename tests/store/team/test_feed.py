"""Live updates: each client applies the others' commits as Changes(reason="remote") within a second,
catches up from its last sequence number after a dropped connection, hears who is editing what,
and refuses rows that do not hold together."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from desktop.core.commands import CreateClaim, EditClaim, HighlightPassage, LinkPassage, RemoveArticle
from desktop.core.project import Project, UndoConflict
from desktop.store.team import open_team_project, start_feed
from desktop.store.team.feed import ConnectionState, PresenceChanged, Rejected, RemoteStep
from tests.support.team import disable_checks, state_digest


class Client:
    """One member's headless client: the project, its feed, and what the feed has told it."""

    def __init__(self, url: str) -> None:
        self.project: Project = open_team_project(url)
        self.woken = threading.Event()
        self.feed = start_feed(self.project, self.woken.set)
        self.events: list = []
        self.changes: list = []
        self.project.subscribe(self.changes.append)

    def wait_for(self, done: Callable[[], bool], timeout: float = 15.0) -> float:
        """Poll as a window would on each wake-up, until `done()`; returns the seconds it took."""
        start = time.perf_counter()
        while not done():
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise AssertionError(f"not within {timeout} s; events: {self.events[-5:]}")
            self.woken.wait(min(left, 0.2))
            self.woken.clear()
            self.events += self.feed.poll()
        return time.perf_counter() - start

    def close(self) -> None:
        self.project.persistence.close()


@pytest.fixture
def pair(team_sample):
    maria, luca = Client(team_sample.url("maria")), Client(team_sample.url("luca"))
    for client in (maria, luca):
        client.wait_for(lambda c=client: any(isinstance(e, PresenceChanged) for e in c.events))
    yield maria, luca
    maria.close()
    luca.close()


def test_a_link_reaches_the_other_client_within_a_second_as_remote_changes(pair):
    maria, luca = pair
    article = next(iter(maria.project.state.articles.values()))
    claim = next(iter(maria.project.state.claims.values()))
    highlight = HighlightPassage(article.id, 0, 12)
    maria.project.run(highlight)
    start = time.perf_counter()
    maria.project.run(LinkPassage(highlight.passage_id, claim.id))
    luca.wait_for(
        lambda: (
            luca.project.state.passages.get(highlight.passage_id, None) is not None
            and luca.project.state.passages[highlight.passage_id].claim_id == claim.id
        )
    )
    assert time.perf_counter() - start < 1.0
    remote = [c for c in luca.changes if c.reason == "remote"]
    assert remote and all(highlight.passage_id in c.passage_ids for c in remote)
    steps = [e for e in luca.events if isinstance(e, RemoteStep)]
    assert any(step.description == "Maria Rossi linked a passage" for step in steps)
    assert luca.project.undo_label == ""  # nothing of Maria's joins Luca's undo history
    assert state_digest(luca.project.state) == state_digest(maria.project.state)


def test_after_a_dropped_connection_it_catches_up_from_its_last_sequence_number(pair, team_sample):
    maria, luca = pair
    with team_sample.superuser() as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crosscheck-feed' "
            "AND usename = 'luca'"
        )
    created = [CreateClaim(f"claim made while Luca was away {n}") for n in range(3)]
    for command in created:
        maria.project.run(command)  # their notifications reach no one on Luca's side
    luca.wait_for(lambda: all(c.claim_id in luca.project.state.claims for c in created))
    assert any(isinstance(e, ConnectionState) and not e.connected for e in luca.events)
    assert luca.feed.state.connected and not luca.project.read_only
    assert state_digest(luca.project.state) == state_digest(maria.project.state)


def test_who_is_editing_what(pair):
    maria, luca = pair
    claim = next(iter(maria.project.state.claims.values()))
    maria.project.persistence.set_presence("claim", claim.id)
    luca.wait_for(lambda: luca.feed.editing("claim", claim.id) == ["Maria Rossi"])
    maria.project.persistence.set_presence(None)
    luca.wait_for(lambda: luca.feed.editing("claim", claim.id) == [])
    maria.project.persistence.set_presence("claim", claim.id)
    luca.wait_for(lambda: luca.feed.editing("claim", claim.id) == ["Maria Rossi"])
    maria.close()  # a client that goes away stops editing at once, whatever it left behind
    luca.project.persistence.set_presence("claim", claim.id)  # any presence change makes Luca re-read
    luca.wait_for(lambda: luca.feed.editing("claim", claim.id) == [])


def test_a_removed_article_and_its_passages_arrive_together(team_sample, pair):
    _maria, luca = pair
    adam = open_team_project(team_sample.url("adam"))
    try:
        article = next(iter(adam.state.articles.values()))
        passages = [p.id for p in adam.state.passages_of_article(article.id)]
        adam.run(RemoveArticle(article.id))
    finally:
        adam.persistence.close()
    luca.wait_for(lambda: article.id not in luca.project.state.articles)
    assert not any(p in luca.project.state.passages for p in passages)
    assert any(isinstance(e, RemoteStep) and "removed an article" in e.description for e in luca.events)


def test_rows_that_do_not_fit_are_refused_and_said(pair, team_sample):
    _maria, luca = pair
    article = next(iter(luca.project.state.articles.values()))
    before = state_digest(luca.project.state)
    with team_sample.superuser() as conn:
        disable_checks(conn, "passage")
        conn.execute(
            'INSERT INTO passage (id, article_id, start, "end", quote, prefix, suffix, claim_id, stance, note, created, '
            "created_by, modified, modified_by) VALUES ('bad', %s, 5, 99999999, 'x', '', '', NULL, 'supports', '', "
            "'t', 'x', 't', 'x')",
            (article.id,),
        )
    luca.wait_for(lambda: any(isinstance(e, Rejected) for e in luca.events))
    assert "bad" not in luca.project.state.passages and state_digest(luca.project.state) == before


def test_undo_after_a_colleague_changed_the_same_field_asks_and_never_clobbers_it(pair, team_sample):
    maria, luca = pair
    claim = next(iter(maria.project.state.claims.values()))
    maria.project.run(EditClaim(claim.id, note="Maria's note"))
    luca.wait_for(lambda: luca.project.state.claims[claim.id].note == "Maria's note")
    luca.project.run(EditClaim(claim.id, note="Luca's better note"))
    maria.wait_for(lambda: maria.project.state.claims[claim.id].note == "Luca's better note")
    before = team_sample.digest()
    with pytest.raises(UndoConflict, match="Luca Bianchi changed the note"):
        maria.project.undo()
    assert team_sample.digest() == before
    maria.project.undo(keep_theirs=True)
    assert team_sample.digest() == before and maria.project.state.claims[claim.id].note == "Luca's better note"


def test_undo_of_our_field_keeps_the_colleagues_other_field(pair, team_sample):
    maria, luca = pair
    claim = next(iter(maria.project.state.claims.values()))
    maria.project.run(EditClaim(claim.id, note="Maria's note"))
    luca.wait_for(lambda: luca.project.state.claims[claim.id].note == "Maria's note")
    luca.project.run(EditClaim(claim.id, statement="Luca rewrote the statement"))
    maria.wait_for(lambda: maria.project.state.claims[claim.id].statement == "Luca rewrote the statement")
    maria.project.undo()
    luca.wait_for(lambda: luca.project.state.claims[claim.id].note == claim.note)
    on_server = open_team_project(team_sample.url("ada"))
    on_server.persistence.close()
    final = on_server.state.claims[claim.id]
    assert (final.note, final.statement) == (claim.note, "Luca rewrote the statement")


def test_closing_stops_the_feed(team_sample):
    client = Client(team_sample.url("maria"))
    thread = client.feed._thread
    client.close()
    assert not thread.is_alive()
