"""The four roles are PostgreSQL's to enforce: with plain psycopg, as each role, a modified client
(or anyone with psql) cannot do more than its role allows. Each refusal leaves the project's
content on the server exactly as it was."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from desktop.core.model import Verdict, new_id, now_iso
from desktop.core.text import text_sha256

TEXT = "A new wire report that nobody has imported yet."


def first(conn: psycopg.Connection, sql: str) -> tuple:
    return conn.execute(sql).fetchone()


def passage_row(conn: psycopg.Connection) -> tuple[str, str, int, int, str]:
    """An existing passage's article and a valid span in that article's text."""
    article_id, text = first(conn, "SELECT id, text FROM article ORDER BY id LIMIT 1")
    return article_id, text


def insert_passage_sql() -> str:
    return (
        'INSERT INTO passage (id, article_id, start, "end", quote, prefix, suffix, claim_id, stance, note, '
        "created, created_by, modified, modified_by) VALUES (%s, %s, 0, 5, %s, '', '', NULL, 'supports', '', "
        "%s, 'x', %s, 'x')"
    )


def insert_claim_sql() -> str:
    return (
        "INSERT INTO claim (id, statement, verdict, note, tags, colour, created, created_by, modified, modified_by) "
        "VALUES (%s, 'a claim', %s, '', '[]', '', %s, 'x', %s, 'x')"
    )


def insert_article_sql() -> str:
    return (
        "INSERT INTO article (id, title, outlet, url, language, published, author, text, sha256, imported_at, "
        "created_by, modified, modified_by) VALUES (%s, 't', '', '', '', '', '', %s, %s, %s, 'x', %s, 'x')"
    )


def refused(conn: psycopg.Connection, sql: str, params: tuple = (), error=errors.InsufficientPrivilege) -> None:
    with pytest.raises(error):
        conn.execute(sql, params)


def test_viewer_reads_everything_and_writes_nothing(team_sample):
    before = team_sample.digest()
    with team_sample.as_login("vera") as conn:
        assert first(conn, "SELECT count(*) FROM passage")[0] > 0
        assert first(conn, "SELECT count(*) FROM claim")[0] > 0
        article_id, text = passage_row(conn)
        stamp = now_iso()
        refused(conn, insert_passage_sql(), (new_id(), article_id, text[:5], stamp, stamp))
        refused(conn, insert_claim_sql(), (new_id(), "Not rated", stamp, stamp))
        refused(conn, "UPDATE claim SET note = 'mine'")
        refused(conn, "DELETE FROM passage")
        refused(conn, "UPDATE article SET title = 'x'")
        refused(conn, "INSERT INTO unit_vector VALUES ('a', 'm', 0, 1, '\\x00')")
        refused(conn, "UPDATE meta SET value = 'x'")
    assert team_sample.digest() == before


def test_annotator_writes_passages_and_claims_but_never_verdicts(team_sample):
    with team_sample.as_login("anna") as conn:
        article_id, text = passage_row(conn)
        stamp = now_iso()
        conn.execute(insert_passage_sql(), (new_id(), article_id, text[:5], stamp, stamp))
        claim_id = new_id()
        conn.execute(insert_claim_sql(), (claim_id, "Not rated", stamp, stamp))
        conn.execute("UPDATE claim SET note = 'an annotator note' WHERE id = %s", (claim_id,))
        before = team_sample.digest()
        # a verdict: not on an update (column privilege), not on a new claim (row-level security)
        refused(conn, "UPDATE claim SET verdict = 'False' WHERE id = %s", (claim_id,))
        refused(conn, insert_claim_sql(), (new_id(), Verdict.FALSE.value, stamp, stamp))
        # a rated claim cannot be deleted by an annotator: the row is invisible to the DELETE
        rated = first(conn, "SELECT id FROM claim WHERE verdict <> 'Not rated' LIMIT 1")[0]
        assert conn.execute("DELETE FROM claim WHERE id = %s", (rated,)).rowcount == 0
        # articles, settings and members are an admin's
        refused(conn, insert_article_sql(), (new_id(), TEXT, text_sha256(TEXT), stamp, stamp))
        refused(conn, "UPDATE article SET title = 'x'")
        refused(conn, "DELETE FROM article")
        refused(conn, "INSERT INTO meta VALUES ('setting.x', 'y')")
        refused(conn, "SELECT add_member('otto', 'admin', 'Otto', false, NULL)")
    assert team_sample.digest() == before


def test_reviewer_sets_verdicts_but_not_articles_or_members(team_sample):
    with team_sample.as_login("rita") as conn:
        claim_id = first(conn, "SELECT id FROM claim LIMIT 1")[0]
        conn.execute("UPDATE claim SET verdict = 'Mostly false' WHERE id = %s", (claim_id,))
        stamp = now_iso()
        conn.execute(insert_claim_sql(), (new_id(), Verdict.TRUE.value, stamp, stamp))
        before = team_sample.digest()
        refused(conn, insert_article_sql(), (new_id(), TEXT, text_sha256(TEXT), stamp, stamp))
        refused(conn, "INSERT INTO meta VALUES ('setting.x', 'y')")
        refused(conn, "SELECT add_member('otto', 'admin', 'Otto', false, NULL)")
    assert team_sample.digest() == before


def test_admin_manages_articles_settings_and_members_but_not_the_texts_or_the_log(team_sample):
    with team_sample.as_login("adam") as conn:
        stamp = now_iso()
        conn.execute(insert_article_sql(), (new_id(), TEXT, text_sha256(TEXT), stamp, stamp))
        conn.execute("INSERT INTO meta VALUES ('setting.publisher', 'Desk')")
        conn.execute("SELECT add_member('otto', 'viewer', 'Otto', false, NULL)")
        before = team_sample.digest()
        refused(conn, "UPDATE article SET text = 'rewritten'")  # an article's text never changes
        # the project's own meta rows are invisible to an admin's UPDATE (row-level security)
        assert conn.execute("UPDATE meta SET value = 'x' WHERE key = 'min_reader_revision'").rowcount == 0
        refused(conn, "DELETE FROM change_log")
        refused(conn, "INSERT INTO tombstone VALUES ('x', 'claim', 'now')")
        refused(conn, "DROP TABLE passage")
        refused(conn, "ALTER TABLE claim DISABLE ROW LEVEL SECURITY")
        refused(conn, "CREATE TABLE sneaky (x int)")
    assert team_sample.digest() == before


def test_no_member_can_forge_the_change_log_versions_or_offsets(team_sample):
    with team_sample.as_login("rita") as conn:
        refused(
            conn,
            "INSERT INTO change_log (step, kind, entity_id, op, version, author) VALUES ('s', 'claim', 'x', 'update', 1, 'maria')",
        )
        refused(conn, "UPDATE change_log SET author = 'maria'")
        claim_id, version = first(conn, "SELECT id, version FROM claim LIMIT 1")
        refused(conn, "UPDATE claim SET version = 1 WHERE id = %s", (claim_id,))
        conn.execute("UPDATE claim SET note = 'x' WHERE id = %s", (claim_id,))
        assert first(conn, f"SELECT version FROM claim WHERE id = '{claim_id}'")[0] > version
        author = first(conn, "SELECT author FROM change_log ORDER BY seq DESC LIMIT 1")[0]
        assert author == "rita"
        article_id, text = passage_row(conn)
        stamp = now_iso()
        with pytest.raises(errors.CheckViolation, match="outside the article text"):
            conn.execute(
                insert_passage_sql().replace("0, 5", "0, 99999999"), (new_id(), article_id, text[:5], stamp, stamp)
            )
        with pytest.raises(errors.CheckViolation, match="quote does not match"):
            conn.execute(insert_passage_sql(), (new_id(), article_id, "WRONG", stamp, stamp))


def test_presence_is_only_ever_ones_own(team_sample):
    with team_sample.as_login("vera") as vera, team_sample.as_login("anna") as anna:
        vera.execute("INSERT INTO presence (kind, entity_id) VALUES ('claim', 'c1')")
        refused(
            anna,
            "INSERT INTO presence (pid, login, kind, entity_id) VALUES (1, 'vera', 'claim', 'c2')",
            error=errors.InsufficientPrivilege,
        )
        assert anna.execute("UPDATE presence SET entity_id = 'forged'").rowcount == 0
        assert anna.execute("DELETE FROM presence").rowcount == 0
        assert first(anna, "SELECT login, entity_id FROM presence") == ("vera", "c1")


def test_logins_outside_the_project_see_nothing(team_sample):
    schema = f'"{team_sample.name}"'
    with team_sample.as_login("otto") as conn:
        refused(conn, f"SELECT count(*) FROM {schema}.passage")
        refused(conn, f"SELECT count(*) FROM {schema}.change_log")
        refused(conn, "SELECT add_member('otto', 'admin', 'Otto', false, NULL)", error=errors.UndefinedFunction)
