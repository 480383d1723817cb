"""The project file: format, autosave, migrations, and typed errors on bad files (docs/architecture.md §5)."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from desktop.core.commands import AddArticle, CreateClaim, HighlightPassage, new_claim_from_passage
from desktop.store import (
    CorruptProjectError,
    NotCrosscheckError,
    NotSQLiteError,
    ProjectExistsError,
    ProjectFile,
    ProjectLockedError,
    ReadOnlyLocationError,
    TooNewError,
    UncleanProjectError,
    WriteFailedError,
    create_project,
    open_project,
)
from desktop.store.file_format import APPLICATION_ID, MIN_READER_VERSION, SCHEMA_VERSION
from desktop.store.project_file import backup_path
from desktop.store.schema_sql import ddl_for_version


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "p.crosscheck"
    project = create_project(path, author="Ada")
    project.run(AddArticle(title="One", text="Biden e Putin 😀 hanno parlato per 50 minuti.\nSeconda riga."))
    article_id = next(iter(project.state.articles))
    project.run(new_claim_from_passage(article_id, 0, 13, "They spoke"))
    project.persistence.close()
    return path


def test_file_format_pragmas_and_meta(project_path):
    conn = sqlite3.connect(project_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["min_reader_version"] == str(MIN_READER_VERSION) and meta["app_version"]
    conn.close()
    assert not list(project_path.parent.glob("*-journal")) and not list(project_path.parent.glob("*-wal"))


def test_every_command_is_saved_at_once(project_path):
    project = open_project(project_path)
    article_id = next(iter(project.state.articles))
    claim = CreateClaim("Another")
    project.run(claim)
    project.run(HighlightPassage(article_id, 14, 15, claim_id=claim.claim_id))
    # Read through a second connection while the first is still open: already on disk.
    other = sqlite3.connect(project_path)
    assert other.execute("SELECT count(*) FROM passage").fetchone()[0] == 2
    project.undo()
    assert other.execute("SELECT count(*) FROM passage").fetchone()[0] == 1
    assert other.execute("SELECT kind FROM tombstone").fetchall() == [("passage",)]
    project.redo()
    assert other.execute("SELECT count(*) FROM tombstone").fetchone()[0] == 0
    other.close()
    project.persistence.close()
    reopened = open_project(project_path)
    passages = reopened.state.passages_of_article(article_id)
    assert [p.quote for p in passages] == ["Biden e Putin", "😀"]
    reopened.persistence.close()


def test_create_refuses_to_overwrite(project_path):
    with pytest.raises(ProjectExistsError, match="already exists"):
        create_project(project_path)


# --- bad files: a clear typed error, and the file byte-identical afterwards -----------------------


def _assert_refused(path, error, match, **kwargs):
    before = path.read_bytes()
    with pytest.raises(error, match=match):
        open_project(path, **kwargs)
    assert path.read_bytes() == before


def test_text_file_named_crosscheck(tmp_path):
    path = tmp_path / "notes.crosscheck"
    path.write_text("just some notes\n")
    _assert_refused(path, NotSQLiteError, "not a Crosscheck project: the file is not an SQLite database")


def test_zip_named_crosscheck(tmp_path):
    path = tmp_path / "archive.crosscheck"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _assert_refused(path, NotSQLiteError, "zip archive")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.crosscheck"
    path.write_bytes(b"")
    _assert_refused(path, NotSQLiteError, "empty")


def test_another_applications_sqlite_file(tmp_path):
    path = tmp_path / "firefox.crosscheck"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    _assert_refused(path, NotCrosscheckError, "another application")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_project(project_path, keep):
    data = project_path.read_bytes()
    project_path.write_bytes(data[: int(len(data) * keep)])
    _assert_refused(project_path, CorruptProjectError, "damaged or truncated")


def test_truncated_at_a_page_boundary(project_path):
    data = project_path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    project_path.write_bytes(data[: page * 2])
    _assert_refused(project_path, CorruptProjectError, "damaged or truncated")


def test_newer_user_version_but_readable_opens_read_only(project_path):
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = project_path.read_bytes()
    project = open_project(project_path)
    assert project.read_only and "newer" in project.persistence.read_only_reason
    assert len(project.state.claims) == 1
    project.persistence.close()
    assert project_path.read_bytes() == before


def test_too_new_project_names_the_version_needed(project_path):
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'min_reader_version'", (str(SCHEMA_VERSION + 3),))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('min_reader_app', '2.4.0')")
    conn.commit()
    conn.close()
    _assert_refused(project_path, TooNewError, "needs Crosscheck 2.4.0 or later")


@pytest.mark.parametrize(
    "ddl, what",
    [
        ("CREATE TRIGGER t AFTER INSERT ON claim BEGIN DELETE FROM article; END", "trigger"),
        ("CREATE VIEW v AS SELECT * FROM claim", "view"),
        ("CREATE TABLE extra (x)", "table we never write"),
        ("CREATE INDEX sneaky ON claim(note)", "index we never write"),
    ],
)
def test_unclean_schema_is_refused(project_path, ddl, what):
    conn = sqlite3.connect(project_path)
    conn.execute(ddl)
    conn.commit()
    conn.close()
    _assert_refused(project_path, UncleanProjectError, what)


def test_read_only_location(project_path):
    folder = project_path.parent
    project_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        _assert_refused(project_path, ReadOnlyLocationError, "read-only location")
        project = open_project(project_path, read_only=True)  # reading still works
        assert len(project.state.articles) == 1 and project.read_only
        project.persistence.close()
    finally:
        project_path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        _assert_refused(project_path, ReadOnlyLocationError, "read-only location")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_locked_by_another_process(project_path):
    first = open_project(project_path)
    try:
        _assert_refused(project_path, ProjectLockedError, "open in another Crosscheck")
        second = open_project(project_path, read_only=True)
        assert second.read_only
        second.persistence.close()
    finally:
        first.persistence.close()
    open_project(project_path).persistence.close()  # lock released on close


def test_deleted_file_mid_session_refuses_to_write(project_path):
    project = open_project(project_path)
    project_path.unlink()
    with pytest.raises(WriteFailedError, match="moved or deleted"):
        project.run(CreateClaim("lost?"))
    assert "lost?" not in [c.statement for c in project.state.claims.values()]
    project.persistence.close()


def test_save_copy_is_a_clean_single_file(project_path, tmp_path):
    project = open_project(project_path)
    copy = project.persistence.save_copy(tmp_path / "copy.crosscheck")
    project.persistence.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")] == []
    reopened = open_project(copy, thorough=True)
    assert len(reopened.state.passages) == 1
    reopened.persistence.close()


# --- migrations --------------------------------------------------------------------------------


def make_v1_file(path):
    """A project as version 1 of the format wrote it (no article_source table)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in ddl_for_version(1):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("min_reader_version", "1"), ("app_version", "0.0.9")])
    conn.execute(
        "INSERT INTO article VALUES ('a1', 'Old', '', '', 'it', '', '', 'old text', 'abc', "
        "'2021-01-01T00:00:00Z', '', '2021-01-01T00:00:00Z', '')"
    )
    conn.close()


def test_opening_a_v1_file_backs_up_and_migrates(tmp_path):
    path = tmp_path / "old.crosscheck"
    make_v1_file(path)
    project = open_project(path)
    assert project.state.articles["a1"].title == "Old"
    project.persistence.store_sources([{"sha256": "abc", "original": b"old text"}])
    project.persistence.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM article_source").fetchone()[0] == 1
    conn.close()
    backup = sqlite3.connect(backup_path(path, 1))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT title FROM article").fetchall() == [("Old",)]
    backup.close()


def test_project_file_open_checks_integrity_thoroughly(project_path):
    with ProjectFile.open(project_path, thorough=True) as project_file:
        assert project_file.load().articles


def test_generated_ddl_matches_the_sqlmodel_classes():
    """schema_sql.py is generated from schema.py; regenerate with `python -m desktop.store.schema`."""
    from pathlib import Path

    from desktop.store import schema, schema_sql

    assert Path(schema_sql.__file__).read_text(encoding="utf-8") == schema.render_schema_sql()


def test_opening_a_project_does_not_import_sqlalchemy(project_path):
    import subprocess
    import sys

    code = (
        "import sys; from desktop.store import open_project; p = open_project(sys.argv[1]); "
        "print('sqlalchemy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(project_path)], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
