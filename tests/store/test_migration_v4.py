"""Format 4: a claim's claimant and date, and article dates checked. A format-3 file migrates to
exactly the schema a new file has, keeps every row and reference, and has its invalid dates
removed and flagged (never kept, never exported as they were)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main
from desktop.core.commands import CreateClaim
from desktop.core.merge_resolve import resolve_merge
from desktop.core.text import text_sha256
from desktop.merging import plan_from_file
from desktop.store import create_project, open_project
from desktop.store import migrations as migrations_module
from desktop.store.file_format import APPLICATION_ID, SCHEMA_VERSION
from desktop.store.migrations import FLAGGED_DATES_KEY
from desktop.store.project_file import backup_path
from desktop.store.schema_sql import ddl_for_version
from tests.support.paths import file_bytes

ARTICLES = [  # id, published as a format-3 file may hold it
    ("a1", "2021-12-30"),
    ("a2", "2021-12-31 10:00"),  # valid once written with the T
    ("a3", "20/01/2022"),
    ("a4", "2021-02-30"),
    ("a5", "2021-12-31T25:99"),
    ("a6", ""),
]
STAMP = "2021-01-01T00:00:00.000000Z"


def make_v3_file(path) -> None:
    """A project as format 3 wrote it, with dates that were stored unchecked."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    for statement in ddl_for_version(3):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("min_reader_version", "2"), ("app_version", "0.1.0")])
    for n, (article_id, published) in enumerate(ARTICLES):
        text = f"Text number {n} with words."
        conn.execute(
            "INSERT INTO article VALUES (?, ?, '', '', 'en', ?, '', ?, ?, ?, '', ?, '')",
            (article_id, f"Article {n}", published, text, text_sha256(text), STAMP, STAMP),
        )
    conn.execute(
        "INSERT INTO claim VALUES ('c1', 'They spoke.', 'True', 'a note', '[\"call\"]', '#0072b2', ?, 'Ada', ?, 'Ada')",
        (STAMP, STAMP),
    )
    conn.execute(
        "INSERT INTO passage VALUES ('p1', 'a1', 0, 4, 'Text', '', ' number 0', 'c1', 'supports', '', ?, '', ?, '')",
        (STAMP, STAMP),
    )
    conn.close()


def schema_rows(path) -> set[tuple]:
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    finally:
        conn.close()


@pytest.fixture
def v3_path(tmp_path):
    path = tmp_path / "old.crosscheck"
    make_v3_file(path)
    return path


def test_migrated_file_has_exactly_the_schema_of_a_new_file(v3_path, tmp_path):
    fresh = tmp_path / "fresh.crosscheck"
    create_project(fresh).persistence.close()
    open_project(v3_path).persistence.close()
    assert schema_rows(v3_path) == schema_rows(fresh)  # the same SQL text for every object
    conn = sqlite3.connect(v3_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert list(conn.execute("PRAGMA foreign_key_check")) == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    # The untrusted-file check accepts it (thorough open of a copy).
    from desktop.store.shared import open_shared

    opened = open_shared(v3_path, copies_dir=tmp_path / "copies")
    opened.close()


def test_migration_keeps_rows_and_links_and_adds_empty_claim_fields(v3_path):
    project = open_project(v3_path)
    claim = project.state.claims["c1"]
    assert (claim.statement, claim.note, claim.tags, claim.created_by) == ("They spoke.", "a note", ("call",), "Ada")
    assert (claim.claimant, claim.claim_date) == ("", "")
    assert project.state.passages["p1"].claim_id == "c1"
    project.run(CreateClaim("New", claimant="Joe Biden", claim_date="2021-12-30"))  # the new columns take writes
    project.persistence.close()
    assert backup_path(v3_path, 3).exists()
    assert sqlite3.connect(backup_path(v3_path, 3)).execute("PRAGMA user_version").fetchone()[0] == 3


def test_invalid_dates_are_removed_and_flagged_valid_ones_normalised(v3_path):
    project = open_project(v3_path)
    published = {a.id: a.published for a in project.state.articles.values()}
    assert published == {"a1": "2021-12-30", "a2": "2021-12-31T10:00", "a3": "", "a4": "", "a5": "", "a6": ""}
    flags = project.persistence.flagged_dates()
    project.persistence.close()
    assert [(f["id"], f["value"]) for f in flags] == [
        ("a3", "20/01/2022"),
        ("a4", "2021-02-30"),
        ("a5", "2021-12-31T25:99"),
    ]
    assert "day and month order is not ISO 8601" in flags[0]["problem"] and flags[0]["version"] == 3
    # The flags are in the file, so a later open (and `crosscheck check`) still shows them.
    stored = dict(sqlite3.connect(v3_path).execute("SELECT key, value FROM meta"))
    assert len(json.loads(stored[FLAGGED_DATES_KEY])) == 3


def test_check_reports_invalid_dates_before_and_flags_after_the_upgrade(v3_path, capsys):
    before = file_bytes(v3_path)
    assert main(["check", str(v3_path)]) == 1
    out = capsys.readouterr().out
    assert "published '20/01/2022' is not a valid ISO 8601 date" in out and "published '2021-02-30'" in out
    assert file_bytes(v3_path) == before  # check never changes a file
    open_project(v3_path).persistence.close()
    assert main(["check", str(v3_path)]) == 0
    out = capsys.readouterr().out
    assert "note: article a3" in out and "'20/01/2022' was not a valid ISO 8601 date and was removed" in out


def test_an_older_file_read_without_upgrading_is_unchanged_and_reads_repaired(v3_path):
    before = file_bytes(v3_path)
    project = open_project(v3_path, read_only=True)
    assert project.state.claims["c1"].claimant == ""
    assert project.state.articles["a3"].published == ""  # never the invalid value
    assert [f["id"] for f in project.persistence.flagged_dates()] == ["a3", "a4", "a5"]
    project.persistence.close()
    assert file_bytes(v3_path) == before and not backup_path(v3_path, 3).exists()


def test_a_failed_migration_leaves_the_file_as_it_was(v3_path, monkeypatch):
    before = file_bytes(v3_path)

    def broken(conn, from_version):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations_module, "flag_invalid_dates", broken)
    with pytest.raises(Exception, match="disk I/O error"):
        open_project(v3_path)
    assert file_bytes(v3_path) == before


def test_merging_an_older_colleague_file_leaves_its_invalid_dates_out_and_says_so(v3_path, tmp_path):
    ours = create_project(tmp_path / "ours.crosscheck")
    plan = plan_from_file(ours, v3_path)
    resolution = resolve_merge(plan)
    added = {e.id: e for e in resolution.entities}
    assert added["a3"].published == "" and added["a2"].published == "2021-12-31T10:00"
    assert any("'20/01/2022', which is not a valid ISO 8601 date; it was left out" in n for n in plan.notes)
    ours.run(resolution.command())  # the merged values pass the commands' date check
    ours.persistence.close()
