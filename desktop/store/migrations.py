"""Schema migrations: each step takes a file from version N to N+1 inside one transaction.

A step creates what its version added (tables declared with SINCE = N+1 in schema.py) and may
run data changes of its own. The caller backs the file up first and commits all steps at once, so
a failed or interrupted migration leaves the old file as it was.

A table that gained columns is rebuilt from the new version's DDL (copy aside, drop, create,
copy back) rather than altered: `ALTER TABLE ... ADD COLUMN` leaves different SQL text in
sqlite_schema, and the open-time check compares that text with what a new file holds.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from desktop.core.dates import repair_date

from .rows import DateFlag, date_flag
from .schema_sql import SINCE, ddl_for_tables

FLAGGED_DATES_KEY = "flagged_dates"  # meta: JSON list of the dates a migration had to remove


def _create_added_tables(version: int) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in ddl_for_tables([name for name, since in SINCE.items() if since == version], version):
            conn.execute(statement)

    return step


def rebuild_table(conn: sqlite3.Connection, table: str, version: int, added: dict[str, object]) -> None:
    """Give `table` the DDL of `version`, keeping its rows; the `added` columns get the values
    given (our DDL declares no SQL defaults). Foreign keys are checked at commit (deferred), so
    rows that refer to the table may wait for it to be filled again."""
    old_columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{name}"' for name in [*old_columns, *added])
    values = ", ".join([*(f'"{name}"' for name in old_columns), *("?" for _ in added)])
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute(f'CREATE TEMP TABLE "old_{table}" AS SELECT * FROM main."{table}"')
    conn.execute(f'DROP TABLE main."{table}"')
    for statement in ddl_for_tables([table], version):
        conn.execute(statement)
    conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM temp."old_{table}"', list(added.values()))
    conn.execute(f'DROP TABLE temp."old_{table}"')


def flag_invalid_dates(conn: sqlite3.Connection, from_version: int) -> list[DateFlag]:
    """Articles' `published` as stored from now on: valid dates in their normal form, invalid ones
    removed and listed in meta, so nothing exports them as they were and the user can see what
    to set again. Returns the new flags."""
    flags = []
    for article_id, title, published in conn.execute("SELECT id, title, published FROM article").fetchall():
        stored, problem = repair_date(published, "published")
        if stored == published:
            continue
        conn.execute("UPDATE article SET published = ? WHERE id = ?", (stored, article_id))
        if problem:
            flags.append(date_flag(article_id, title, published, problem) | {"version": from_version})
    if flags:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (FLAGGED_DATES_KEY,)).fetchone()
        earlier = json.loads(row[0]) if row else []
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (FLAGGED_DATES_KEY, json.dumps(earlier + flags, ensure_ascii=False)),
        )
    return flags


def _claimant_and_dates(conn: sqlite3.Connection) -> None:
    rebuild_table(conn, "claim", 4, {"claimant": "", "claim_date": ""})
    flag_invalid_dates(conn, 3)


# MIGRATIONS[n] takes a file from version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_added_tables(2),  # 0.1.0: article_source keeps imported originals
    2: _create_added_tables(3),  # 0.1.0: unit_vector and suggestion_rejection for link suggestions
    3: _claimant_and_dates,  # 0.1.0: a claim's claimant and date; invalid article dates flagged
}


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run the steps in the caller's open transaction and set user_version."""
    for version in range(from_version, to_version):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA user_version = {int(to_version)}")
