"""The team store as the core's Persistence: writes with expected versions, conflicts reported with
the colleague's value and name (never overwritten), roles said in our words, data from the server
checked like an untrusted file, and every refusal a sentence that changes nothing on the server."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.commands import (
    CreateClaim,
    DeletePassage,
    EditClaim,
    EditPassage,
    HighlightPassage,
    LinkPassage,
)
from desktop.core.model import Claim, Stance, Verdict
from desktop.core.project import Project
from desktop.core.state import EntityChange
from desktop.store import open_project
from desktop.store.team import (
    EditConflict,
    TeamAccessError,
    TeamDataError,
    TeamLoginError,
    TeamNotFoundError,
    TeamWriteFailed,
    open_team_project,
)
from tests.support.team import disable_checks, state_digest


@pytest.fixture
def clients(team_sample):
    """Maria's and Luca's clients on the sample team project (no live feed: each sees the other
    only by reopening, or through the conflicts its writes meet)."""
    opened = [open_team_project(team_sample.url(login)) for login in ("maria", "luca")]
    yield opened
    for project in opened:
        project.persistence.close()


def an_article(project: Project):
    return next(iter(project.state.articles.values()))


def a_claim(project: Project):
    return next(iter(project.state.claims.values()))


def reopened(team_sample, login: str = "ada") -> Project:
    project = open_team_project(team_sample.url(login))
    project.persistence.close()
    return project


def test_open_loads_what_was_published_and_knows_who_we_are(team_sample, sample_file):
    from_file = open_project(sample_file, read_only=True)
    try:
        team = open_team_project(team_sample.url("maria"))
        try:
            assert state_digest(team.state) == state_digest(from_file.state)
            assert team.author == "Maria Rossi" and team.persistence.role == "reviewer"
            assert team.persistence.path is None and "password" not in team.persistence.location
            assert team.persistence.location.startswith("postgresql://maria@")
        finally:
            team.persistence.close()
    finally:
        from_file.persistence.close()


def test_open_project_and_the_cli_opener_take_a_url(team_sample):
    project = open_project(team_sample.url("anna"))
    try:
        assert project.persistence.role == "annotator" and project.state.articles
    finally:
        project.persistence.close()


def test_a_step_is_one_transaction_that_the_next_opener_sees(clients, team_sample):
    maria, _ = clients
    article = an_article(maria)
    claim = CreateClaim("Fifty minutes")
    maria.run(claim)
    highlight = HighlightPassage(article.id, 0, 10, claim_id=claim.claim_id, stance=Stance.MENTIONS)
    maria.run(highlight)
    seen = reopened(team_sample)
    assert seen.state.passages[highlight.passage_id].claim_id == claim.claim_id
    assert seen.state.claims[claim.claim_id].created_by == "Maria Rossi"
    maria.undo()
    assert highlight.passage_id not in reopened(team_sample).state.passages
    assert highlight.passage_id in maria.persistence.tombstones()


def test_two_people_adding_passages_and_links_to_one_claim_both_succeed(clients, team_sample):
    maria, luca = clients
    claim = a_claim(maria)
    article = an_article(maria)
    one = HighlightPassage(article.id, 0, 6, claim_id=claim.id)
    two = HighlightPassage(article.id, 7, 12)
    maria.run(one)
    luca.run(two)
    luca.run(LinkPassage(two.passage_id, claim.id))
    final = reopened(team_sample)
    assert {one.passage_id, two.passage_id} <= {p.id for p in final.state.passages_of_claim(claim.id)}


def test_the_same_field_changed_twice_is_a_conflict_with_their_value_and_name(clients, team_sample):
    maria, luca = clients
    claim = a_claim(maria)
    maria.run(EditClaim(claim.id, verdict=Verdict.FALSE))
    before = team_sample.digest()
    luca_before = state_digest(luca.state)
    with pytest.raises(EditConflict) as info:
        luca.run(EditClaim(claim.id, verdict=Verdict.MOSTLY_TRUE))
    message = str(info.value)
    assert "Maria Rossi changed the verdict" in message and "“False” (yours: “Mostly true”)" in message
    assert "nothing was saved" in message and "\n" not in message
    conflict = info.value.conflicts[0]
    assert (conflict.field, conflict.theirs, conflict.ours, conflict.author) == (
        "verdict",
        Verdict.FALSE,
        Verdict.MOSTLY_TRUE,
        "Maria Rossi",
    )
    assert team_sample.digest() == before and state_digest(luca.state) == luca_before


def test_different_fields_of_one_claim_both_stay(clients, team_sample):
    maria, luca = clients
    claim = a_claim(maria)
    maria.run(EditClaim(claim.id, verdict=Verdict.FALSE))
    luca.run(EditClaim(claim.id, note="Luca's note"))
    final = reopened(team_sample).state.claims[claim.id]
    assert (final.verdict, final.note) == (Verdict.FALSE, "Luca's note")


def test_editing_what_they_deleted_and_deleting_what_they_edited_are_conflicts(clients, team_sample):
    maria, luca = clients
    article = an_article(maria)
    highlight = HighlightPassage(article.id, 0, 10)
    maria.run(highlight)
    luca.state = luca.persistence.load()  # Luca has seen the new passage
    maria.run(EditPassage(highlight.passage_id, note="Maria's reading"))
    with pytest.raises(EditConflict, match="Maria Rossi changed the note of the passage"):
        luca.run(DeletePassage(highlight.passage_id))
    maria.run(DeletePassage(highlight.passage_id))
    with pytest.raises(EditConflict, match="deleted the passage"):
        luca.run(EditPassage(highlight.passage_id, stance=Stance.REFUTES))
    assert highlight.passage_id not in reopened(team_sample).state.passages


def test_roles_are_said_in_our_words_before_the_server_refuses(team_sample):
    anna = open_team_project(team_sample.url("anna"))
    try:
        before = team_sample.digest()
        with pytest.raises(
            TeamAccessError, match="as an annotator of this team project you may not set or remove verdicts"
        ):
            claim = a_claim(anna)
            anna.run(EditClaim(claim.id, verdict=Verdict.MIXED if claim.verdict is Verdict.TRUE else Verdict.TRUE))
        from desktop.core.commands import RemoveArticle

        with pytest.raises(TeamAccessError, match="may not import, edit or remove articles"):
            anna.run(RemoveArticle(an_article(anna).id))
        with pytest.raises(TeamAccessError, match="may not change the project settings"):
            anna.persistence.set_setting("publisher", "x")
        assert team_sample.digest() == before
        anna.run(EditClaim(a_claim(anna).id, note="an annotator may"))
    finally:
        anna.persistence.close()


def test_a_viewer_opens_read_only_with_the_reason(team_sample):
    from desktop.core.project import ReadOnlyProjectError

    vera = open_team_project(team_sample.url("vera"))
    try:
        assert vera.read_only and "viewer" in vera.persistence.read_only_reason
        with pytest.raises(ReadOnlyProjectError):
            vera.run(CreateClaim("x"))
    finally:
        vera.persistence.close()


def test_settings_sources_vectors_and_rejections_are_kept_on_the_server(team_sample):
    adam = open_team_project(team_sample.url("adam"))
    try:
        store = adam.persistence
        store.set_setting("claimreview.publisher_name", "Desk")
        sha = an_article(adam).sha256
        store.store_sources([{"sha256": "f" * 64, "original": b"<p>page</p>", "filename": "page.html"}])
        matrix = np.arange(6, dtype=np.float32).reshape(2, 3)
        store.save_vectors([(sha, "m/1", [(0, 4), (5, 9)], matrix)])
        store.save_vectors([(sha, "m/1", [(0, 4), (5, 9)], matrix * 2)])  # a second member's, upserted
        writer = store.vector_writer()
        writer.save(sha, "m/2", [(0, 4)], matrix[:1])
        writer.close()
        store.add_rejection("claim-x", an_article(adam).id, 0, 4)
    finally:
        adam.persistence.close()
    anna = open_team_project(team_sample.url("anna"))
    try:
        store = anna.persistence
        assert store.setting("claimreview.publisher_name") == "Desk"
        assert store.source("f" * 64)["original"] == b"<p>page</p>"
        assert np.array_equal(store.load_vectors(sha, "m/1", [(0, 4), (5, 9)]), matrix * 2)
        assert store.load_vectors(sha, "m/2", [(0, 4)]).shape == (1, 3)
        assert store.rejections("claim-x") == {(an_article(anna).id, 0, 4)}
    finally:
        store.close()


def test_tampered_rows_on_the_server_are_refused_on_open(team_sample):
    with team_sample.superuser() as conn:
        disable_checks(conn, "passage")
        conn.execute('UPDATE passage SET "end" = 10000000 WHERE id = (SELECT min(id) FROM passage)')
    with pytest.raises(TeamDataError, match=r"does not hold together \(passage .* run outside the text"):
        open_team_project(team_sample.url("maria"))


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE claim SET verdict = 'Sort of' WHERE id = (SELECT min(id) FROM claim)", "unknown verdict"),
        ("UPDATE claim SET tags = '{\"a\": 1}' WHERE id = (SELECT min(id) FROM claim)", "tags are not a list"),
        ("UPDATE passage SET stance = 'hates' WHERE id = (SELECT min(id) FROM passage)", "unknown stance"),
        ("UPDATE article SET title = repeat('x', 20000) WHERE id = (SELECT min(id) FROM article)", "title is too long"),
    ],
)
def test_rows_of_the_wrong_shape_are_refused_with_a_sentence(team_sample, sql, message):
    with team_sample.superuser() as conn:
        disable_checks(conn)
        conn.execute(sql)
    with pytest.raises(TeamDataError, match=message) as info:
        open_team_project(team_sample.url("maria"))
    assert "\n" not in str(info.value)


def test_who_may_open_what(team_sample, pg_server):
    with pytest.raises(TeamAccessError, match="otto is not a member of the team project"):
        open_team_project(team_sample.url("otto"))
    with pytest.raises(TeamNotFoundError, match="there is no team project 'nope'"):
        open_team_project(pg_server.url("maria", project="nope"))
    with pytest.raises(TeamNotFoundError, match="no database 'elsewhere'"):
        open_team_project(pg_server.url("maria", project=team_sample.name, database="elsewhere"))
    with pytest.raises(TeamLoginError, match="wants a password for ghost"):  # SCRAM tells no one which logins exist
        open_team_project(pg_server.url("ghost", project=team_sample.name))


def test_a_wrong_password_says_where_to_fix_it(team_sample, pg_server, monkeypatch, tmp_path):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{pg_server.socket_dir}:{pg_server.port}:*:maria:wrong\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with pytest.raises(TeamLoginError, match=r"refused the password for maria; correct it in ~/.pgpass"):
        open_team_project(team_sample.url("maria"))


def test_the_keyring_supplies_a_password_libpq_does_not_have(team_sample, pg_server, monkeypatch, tmp_path):
    import keyring

    from desktop.store.team.connect import KEYRING_SERVICE
    from desktop.store.team.url import parse_team_url
    from tests.support.keyring_memory import MemoryKeyring

    empty = tmp_path / "pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        url = team_sample.url("maria")
        with pytest.raises(TeamLoginError, match="wants a password for maria"):
            open_team_project(url)
        keyring.set_password(KEYRING_SERVICE, parse_team_url(url).keyring_key, "maria-secret")
        project = open_team_project(url)
        project.persistence.close()
        keyring.set_password(KEYRING_SERVICE, parse_team_url(url).keyring_key, "stale")
        with pytest.raises(TeamLoginError, match="run `crosscheck team login URL` again"):
            open_team_project(url)
    finally:
        keyring.set_keyring(previous)


def test_a_write_while_disconnected_is_refused_and_nothing_is_sent(clients, team_sample):
    maria, _ = clients
    maria.persistence._mark_unavailable("the team server went away; reconnecting")
    before = team_sample.digest()
    assert maria.read_only and "reconnecting" in maria.persistence.read_only_reason
    claim = Claim(id="c-offline", statement="written while away")
    with pytest.raises(TeamWriteFailed, match="reconnecting; nothing was saved"):
        maria.persistence.write([EntityChange(None, claim)])  # (Project.run refuses even earlier)
    assert team_sample.digest() == before
