"""Issue 19, defect 5: the open-time schema check compares the whole SQL of every schema object
with what Crosscheck writes (derived from schema_sql.py and the migrations, never copied), and
refuses anything else before a statement could evaluate it; SQLite's own check runs on a budget."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.store import UncleanProjectError, open_project, validate
from desktop.store.file_format import APPLICATION_ID, SCHEMA_VERSION
from desktop.store.inspect import check_file
from desktop.store.schema_sql import ddl_for_version
from tests.support.hostile import run_with_cpu_ceiling, tamper

# A schema change that keeps every name and column shape, and what the refusal says.
SAME_NAMES = {
    "expression index under our name": (
        [
            "DROP INDEX ix_passage_article_id",
            "CREATE INDEX ix_passage_article_id ON passage (article_id, length(hex(zeroblob(100000000))))",
        ],
        "the index ix_passage_article_id is not the one Crosscheck writes",
    ),
    "unique index under our name": (
        ["DROP INDEX ix_passage_claim_id", "CREATE UNIQUE INDEX ix_passage_claim_id ON passage (claim_id, id)"],
        "the index ix_passage_claim_id is not the one Crosscheck writes",
    ),
    "partial index under our name": (
        ["DROP INDEX ix_passage_claim_id", "CREATE INDEX ix_passage_claim_id ON passage (claim_id) WHERE start > 0"],
        "the index ix_passage_claim_id is not the one Crosscheck writes",
    ),
    "check constraint": (
        [
            "CREATE TABLE t2 AS SELECT * FROM tombstone",
            "DROP TABLE tombstone",
            "CREATE TABLE tombstone (\n\tid VARCHAR NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tdeleted VARCHAR NOT NULL"
            " CHECK (length(hex(zeroblob(99999999))) > 0), \n\tPRIMARY KEY (id)\n)",
            "INSERT INTO tombstone SELECT * FROM t2",
            "DROP TABLE t2",
        ],
        "the table tombstone has unexpected columns or constraints",
    ),
}


def rewrite_schema(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.parametrize("case", SAME_NAMES, ids=list(SAME_NAMES))
def test_same_names_other_sql_is_refused_before_anything_runs(capsys, sample_project, case):
    statements, words = SAME_NAMES[case]
    rewrite_schema(sample_project, *statements)
    before = sample_project.read_bytes()
    for kwargs in ({}, {"thorough": True}, {"read_only": True}):
        with pytest.raises(UncleanProjectError, match=words):
            open_project(sample_project, **kwargs)
    result = check_file(sample_project)
    assert [f.code for f in result.findings] == ["UncleanProjectError"] and words in result.findings[0].message
    assert sample_project.read_bytes() == before


def test_an_expression_index_never_runs(sample_project):
    """It made integrity_check take over 60 s and 1.1 GB: refused before, within a CPU ceiling."""
    rewrite_schema(sample_project, *SAME_NAMES["expression index under our name"][0])
    run_with_cpu_ceiling(
        f"""
        from desktop.store import UncleanProjectError, open_project
        try:
            open_project({str(sample_project)!r}, thorough=True)
        except UncleanProjectError:
            pass
        """,
        seconds=10,
    )


def test_a_type_respelled_is_refused(sample_project):
    rewrite_schema(
        sample_project,
        "CREATE TABLE t2 AS SELECT * FROM tombstone",
        "DROP TABLE tombstone",
        "CREATE TABLE tombstone (id TEXT NOT NULL, kind VARCHAR NOT NULL, deleted VARCHAR NOT NULL, PRIMARY KEY (id))",
        "INSERT INTO tombstone SELECT * FROM t2",
        "DROP TABLE t2",
    )
    with pytest.raises(UncleanProjectError, match="the table tombstone has unexpected columns"):
        open_project(sample_project)


def test_white_space_alone_does_not_matter():
    spaced = 'CREATE  TABLE meta (\n  "key" VARCHAR NOT NULL,\n value VARCHAR NOT NULL, PRIMARY KEY ("key"))'
    ours = next(s for s in ddl_for_version(SCHEMA_VERSION) if s.startswith("CREATE TABLE meta"))
    assert validate.normalised_sql(spaced) == validate.normalised_sql(ours)
    assert validate.normalised_sql("DEFAULT 'a  b'") != validate.normalised_sql("DEFAULT 'a b'")  # literals kept


def make_file(path, version: int):
    """A file as Crosscheck `version` created it (its own DDL from schema_sql.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in ddl_for_version(version):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("min_reader_version", str(version)), ("app_version", "0.1.0")])
    conn.close()
    return path


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_older_format_is_accepted_before_and_after_its_migration(tmp_path, version):
    path = make_file(tmp_path / f"v{version}.crosscheck", version)
    reader = open_project(path, read_only=True)  # as it is: checked against its own version
    reader.persistence.close()
    writer = open_project(path)  # migrated to ours, in one transaction
    writer.persistence.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert validate.schema_objects(conn) in validate.accepted_schemas(SCHEMA_VERSION)
    conn.close()
    assert check_file(path).ok


def test_the_accepted_schemas_come_from_our_own_ddl_and_migrations():
    for version in range(1, SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:")
        for statement in ddl_for_version(version):
            conn.execute(statement)
        assert validate.schema_objects(conn) == validate.accepted_schemas(version)[0]
        conn.close()


def newer(path, *statements):
    tamper(
        path,
        *statements,
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
    )
    return path


def test_a_newer_file_with_plain_additions_opens_read_only(sample_project):
    newer(
        sample_project,
        "CREATE TABLE future (id VARCHAR NOT NULL, weight INTEGER DEFAULT 0, PRIMARY KEY (id))",
        "CREATE INDEX ix_future_weight ON future (weight DESC)",
        "ALTER TABLE claim ADD COLUMN priority INTEGER DEFAULT 3",
    )
    project = open_project(sample_project)
    assert project.read_only and len(project.state.claims) == 9
    project.persistence.close()


@pytest.mark.parametrize(
    "statement, words",
    [
        ("CREATE INDEX ix_future ON claim (length(note))", "the index ix_future on claim holds SQL"),
        ("CREATE INDEX ix_future ON claim (note) WHERE note != ''", "the index ix_future on claim holds SQL"),
        ("CREATE TABLE future (x INTEGER CHECK (x > 0))", "the table future holds SQL"),
        ("CREATE TABLE future (x INTEGER DEFAULT (random()))", "the table future holds SQL"),
        ("CREATE TABLE future (x INTEGER, y AS (x * 2))", "the table future holds SQL"),
        ("ALTER TABLE claim ADD COLUMN big AS (hex(zeroblob(99999999)))", "the table claim holds SQL"),
    ],
)
def test_a_newer_file_with_expressions_is_refused(sample_project, statement, words):
    newer(sample_project, statement)
    before = sample_project.read_bytes()
    with pytest.raises(UncleanProjectError, match=words):
        open_project(sample_project)
    assert sample_project.read_bytes() == before


def test_a_newer_file_without_our_columns_is_refused(sample_project):
    newer(sample_project, "ALTER TABLE claim DROP COLUMN note")
    with pytest.raises(UncleanProjectError, match="the table claim has unexpected columns"):
        open_project(sample_project)


def test_format_version_zero_is_refused(sample_project):
    tamper(sample_project, "PRAGMA user_version = 0")
    with pytest.raises(UncleanProjectError, match="format version 0, which no Crosscheck writes"):
        open_project(sample_project)


def test_integrity_check_runs_on_a_budget(sample_project, monkeypatch):
    monkeypatch.setattr(validate, "CHECK_SECONDS", -1.0)  # spent before it starts
    monkeypatch.setattr(validate, "CHECK_SECONDS_PER_MB", 0.0)
    monkeypatch.setattr(validate, "_PROGRESS_STEPS", 1)
    before = sample_project.read_bytes()
    with pytest.raises(UncleanProjectError, match="its integrity_check needed more than"):
        open_project(sample_project, thorough=True)
    assert sample_project.read_bytes() == before


def test_integrity_check_runs_on_a_memory_budget(sample_project, monkeypatch):
    monkeypatch.setattr(validate, "CHECK_MEMORY_BYTES", -1)  # any growth, even none, is too much
    monkeypatch.setattr(validate, "_PROGRESS_STEPS", 1)
    with pytest.raises(UncleanProjectError, match="MB of memory"):
        open_project(sample_project, thorough=True)
