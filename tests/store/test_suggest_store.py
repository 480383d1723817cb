"""Vector cache and rejections in the project file (schema 3), and the migration from 2."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from desktop.core.suggest import cache_key
from desktop.store import open_project, validate
from desktop.store.file_format import MIN_READER_VERSION, SCHEMA_VERSION
from desktop.store.project_file import backup_path
from desktop.store.schema_sql import ddl_for_version
from desktop.suggesting import SuggestionService
from tests.support.suggest_fakes import HashEncoder


def test_vectors_round_trip_and_stale_keys_give_nothing(sample_project):
    project = open_project(sample_project)
    try:
        pf = project.persistence
        spans = [(0, 10), (12, 40)]
        matrix = np.arange(8, dtype=np.float32).reshape(2, 4)
        pf.save_vectors([("a" * 64, "m-1/seg1", spans, matrix)])
        assert np.array_equal(pf.load_vectors("a" * 64, "m-1/seg1", spans), matrix)
        assert pf.load_vectors("a" * 64, "m-2/seg1", spans) is None  # other model version
        assert pf.load_vectors("b" * 64, "m-1/seg1", spans) is None  # other text
        assert pf.load_vectors("a" * 64, "m-1/seg1", [(0, 10), (12, 41)]) is None  # other units
        assert pf.cached_texts("m-1/seg1") == {"a" * 64}
        assert pf.drop_stale_vectors(["m-1/seg1"], []) == 2
    finally:
        project.persistence.close()


def test_service_caches_vectors_and_reuses_them_after_reopening(sample_project):
    project = open_project(sample_project)
    encoder = HashEncoder()
    service = SuggestionService(project, encoder)
    assert service.compute_missing() == len(project.state.articles)
    project.persistence.close()

    project = open_project(sample_project)
    try:
        again = SuggestionService(project, HashEncoder())
        assert again.pending_work() == []  # everything came from the cache
    finally:
        project.persistence.close()


def test_rejections_are_remembered_per_claim(sample_project):
    project = open_project(sample_project)
    claim = next(iter(project.state.claims.values()))
    service = SuggestionService(project, HashEncoder())
    service.compute_missing()
    passage = project.state.passages_of_claim(claim.id)[0]
    first = service.for_passage(passage.article_id, passage.start, passage.end, claim_id=claim.id, k=1)[0]
    service.reject(claim.id, first.article_id, first.start, first.end)
    project.persistence.close()

    project = open_project(sample_project)
    try:
        service = SuggestionService(project, HashEncoder())
        assert (first.article_id, first.start, first.end) in service.rejections(claim.id)
        found = service.for_passage(passage.article_id, passage.start, passage.end, claim_id=claim.id, k=0)
        assert all((s.article_id, s.start, s.end) != (first.article_id, first.start, first.end) for s in found)
        other = next(c for c in project.state.claims if c != claim.id)
        assert service.rejections(other) == set()
    finally:
        project.persistence.close()


def test_read_only_project_keeps_vectors_in_memory(sample_project):
    before = sample_project.read_bytes()
    project = open_project(sample_project, read_only=True)
    try:
        service = SuggestionService(project, HashEncoder())
        assert service.compute_missing() > 0 and service.pending_work() == []
    finally:
        project.persistence.close()
    assert sample_project.read_bytes() == before


def _version_2_file(path):
    conn = sqlite3.connect(path)
    for statement in ddl_for_version(2):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {0x4372436B}")
    conn.execute("PRAGMA user_version = 2")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("min_reader_version", "2"), ("app_version", "0.1.0")])
    conn.commit()
    conn.close()


def test_version_2_file_migrates_with_a_backup(tmp_path):
    path = tmp_path / "old.crosscheck"
    _version_2_file(path)
    project = open_project(path)
    project.persistence.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert {"unit_vector", "suggestion_rejection"} <= tables
    assert dict(conn.execute("SELECT key, value FROM meta"))["min_reader_version"] == str(MIN_READER_VERSION) == "2"
    conn.close()
    assert sqlite3.connect(backup_path(path, 2)).execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_version_2_reader_accepts_our_file_read_only(sample_project):
    """What a 0.1.0 build with schema 2 checks: our tables of version 2 unchanged, extras allowed."""
    conn = sqlite3.connect(sample_project)
    try:
        validate.check_schema(sample_project, conn, 2, newer=True)
        with pytest.raises(Exception, match=r"unexpected columns|never write"):
            validate.check_schema(sample_project, conn, 2, newer=False)
    finally:
        conn.close()


def test_vectors_written_behind_reach_the_file_and_our_watcher_sees_them_as_ours(sample_project):
    """The window's cache writes run on a thread with its own connection (no fsync on the GUI
    thread); after close() they are in the file, and each write notified the write hook."""
    from desktop.store import open_project
    from desktop.suggesting import SuggestionService

    project = open_project(sample_project)
    notified = []
    project.persistence.on_write(lambda: notified.append(1))
    service = SuggestionService(project, HashEncoder(), write_behind=True)
    service.compute_missing()
    service.close()
    written = len(notified)
    assert written >= 1
    for article in project.state.articles.values():
        spans = [(u.start, u.end) for u in service.index.units(article.id)]
        cached = project.persistence.load_vectors(article.sha256, cache_key(HashEncoder().name), spans)
        assert cached is not None and cached.shape[0] == len(spans)
    project.persistence.close()


def test_write_behind_on_a_file_that_went_read_only_keeps_vectors_in_memory(sample_project):
    import os
    import stat

    from desktop.store import open_project
    from desktop.suggesting import SuggestionService

    project = open_project(sample_project)
    before = sample_project.read_bytes()
    service = SuggestionService(project, HashEncoder(), write_behind=True)
    os.chmod(sample_project, stat.S_IRUSR)
    try:
        service.compute_missing()
        service.close()
        assert not service.computing()  # every article has its vectors, in memory
        assert service._writer is None
    finally:
        os.chmod(sample_project, stat.S_IRUSR | stat.S_IWUSR)
        project.persistence.close()
    assert sample_project.read_bytes() == before  # nothing written, nothing damaged
