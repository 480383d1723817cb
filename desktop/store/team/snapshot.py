"""A team project as one project file: `crosscheck team snapshot URL OUT.crosscheck`, and the
team store's save_copy (File > Share a copy, `crosscheck share URL OUT`).

Everything is read from the server in one snapshot, written into a private project file in one
transaction, then copied to the target atomically by the file's own save_copy (which also strips
notes or authors when asked), so the target is either the whole snapshot or untouched.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.state import EntityChange

from ..project_file import ProjectFile
from ..rows import write_changes
from .errors import TeamDataError
from .rows import BadRow, build_state, select_sql

SOURCE_COLUMNS = ("sha256", "filename", "media_type", "encoding", "extractor", "extractor_version", "original")


def write_snapshot(
    read: Callable[[dict[str, str]], dict[str, list[tuple[Any, ...]]]],
    location: str,
    target: Path,
    *,
    strip_notes: bool = False,
    strip_authors: bool = False,
) -> Path:
    """`read` runs the named SELECTs in one snapshot (TeamStore.read_snapshot)."""
    tables = read(
        {
            **{kind: select_sql(kind) for kind in ("article", "claim", "passage")},
            "tombstone": "SELECT id, kind, deleted FROM tombstone",
            "setting": "SELECT key, value FROM meta WHERE key LIKE 'setting.%%'",
            "article_source": f"SELECT {', '.join(SOURCE_COLUMNS)} FROM article_source",
            "unit_vector": "SELECT sha256, model, unit_start, unit_end, vector FROM unit_vector",
            "suggestion_rejection": "SELECT claim_id, article_id, unit_start, unit_end, created FROM suggestion_rejection",
        }
    )
    try:
        state = build_state(tables).state
    except BadRow as error:
        raise TeamDataError(location, f"the server holds a damaged row ({error}); no copy was written") from None
    changes = [
        EntityChange(None, entity)
        for table in (state.articles, state.claims, state.passages)
        for entity in table.values()
    ]

    def fill(conn: sqlite3.Connection) -> None:
        write_changes(conn, changes)
        conn.executemany("INSERT OR REPLACE INTO tombstone (id, kind, deleted) VALUES (?, ?, ?)", tables["tombstone"])
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", tables["setting"])
        conn.executemany(
            f"INSERT INTO article_source ({', '.join(SOURCE_COLUMNS)}) VALUES ({', '.join('?' * len(SOURCE_COLUMNS))})",
            [(*row[:-1], bytes(row[-1])) for row in tables["article_source"]],
        )
        conn.executemany(
            "INSERT INTO unit_vector (sha256, model, unit_start, unit_end, vector) VALUES (?, ?, ?, ?, ?)",
            [(*row[:-1], bytes(row[-1])) for row in tables["unit_vector"]],
        )
        conn.executemany(
            "INSERT INTO suggestion_rejection (claim_id, article_id, unit_start, unit_end, created) VALUES (?, ?, ?, ?, ?)",
            tables["suggestion_rejection"],
        )

    with tempfile.TemporaryDirectory(prefix="crosscheck-snapshot-") as private:
        stage = ProjectFile.create(Path(private) / "snapshot.crosscheck")
        try:
            stage.write_in_transaction(fill)
            return stage.save_copy(target, strip_notes=strip_notes, strip_authors=strip_authors)
        finally:
            stage.close()
