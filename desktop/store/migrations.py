"""Schema migrations: each step takes a file from version N to N+1 inside one transaction.

A step creates what its version added (tables declared with SINCE = N+1 in schema.py) and may
run data changes of its own. The caller backs the file up first and commits all steps at once, so
a failed or interrupted migration leaves the old file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .schema_sql import SINCE, ddl_for_tables


def _create_added_tables(version: int) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in ddl_for_tables([name for name, since in SINCE.items() if since == version]):
            conn.execute(statement)

    return step


# MIGRATIONS[n] takes a file from version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_added_tables(2),  # 0.1.0: article_source keeps imported originals
    2: _create_added_tables(3),  # 0.1.0: unit_vector and suggestion_rejection for link suggestions
}


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Run the steps in the caller's open transaction and set user_version."""
    for version in range(from_version, to_version):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA user_version = {int(to_version)}")
