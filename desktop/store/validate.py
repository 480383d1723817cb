"""Checks that run before a project file is trusted (docs/architecture.md §5).

A project may come from anyone by email. Before we read a row we check that the file is an SQLite
database of ours, not truncated, at a version we understand, and that its schema holds exactly our
tables and indexes (no triggers, views or virtual tables, which could run code or lie on read).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from desktop.core.files import SQLITE_HEADER, SpecialFileError, read_regular

from .errors import CorruptProjectError, NotCrosscheckError, NotSQLiteError, UncleanProjectError
from .file_format import APPLICATION_ID
from .schema_sql import ddl_for_version


def check_header(path: Path) -> None:
    """Cheap checks on the first 100 bytes, before SQLite sees the file."""
    try:
        size = path.stat().st_size
        header = read_regular(path, 100)[:100]  # never blocks on a FIFO (issue 19)
    except SpecialFileError as error:
        raise NotSQLiteError(path, f"it is {error.kind}") from None
    if size == 0:
        raise NotSQLiteError(path, "the file is empty")
    if not header.startswith(SQLITE_HEADER[:15]):
        if header[:2] == b"PK":
            raise NotSQLiteError(path, "it looks like a zip archive")
        raise NotSQLiteError(path)
    if len(header) < 100:
        raise CorruptProjectError(path, f"only {size} bytes")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptProjectError(path, "invalid page size in the header")
    if size % page_size:
        raise CorruptProjectError(path, "the file ends in the middle of a page")
    pages_in_header = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    version_valid_for = header[92:96]
    if change_counter == version_valid_for and pages_in_header * page_size > size:
        raise CorruptProjectError(path, f"{size} of {pages_in_header * page_size} bytes present")


def check_application_id(path: Path, conn: sqlite3.Connection) -> None:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise NotCrosscheckError(path)


def check_integrity(path: Path, conn: sqlite3.Connection, thorough: bool) -> None:
    pragma = "integrity_check" if thorough else "quick_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    if rows != ["ok"]:
        raise CorruptProjectError(path, f"{pragma}: {integrity_text(rows[0])}")
    problems = list(conn.execute("PRAGMA foreign_key_check"))
    if problems:
        table, rowid, parent, _ = problems[0]
        raise CorruptProjectError(path, f"{len(problems)} dangling reference(s), e.g. {table} row {rowid} -> {parent}")


def integrity_text(row: str) -> str:
    """One of SQLite's integrity reports on one line ("*** in database main ***" comes first,
    on a line of its own)."""
    return "; ".join(line.strip() for line in str(row).splitlines() if line.strip())


SchemaShape = dict[str, tuple]


def _shape(conn: sqlite3.Connection) -> tuple[SchemaShape, set[str]]:
    """Tables with their columns (name, type, not-null, pk) and the set of index names."""
    tables: SchemaShape = {}
    indexes: set[str] = set()
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_schema"):
        if kind == "table":
            if name.startswith("sqlite_"):
                continue
            if sql and "VIRTUAL" in sql.upper().split("(")[0]:
                tables[name] = ("virtual",)
                continue
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            tables[name] = tuple((c[1], c[2].upper(), c[3], c[5], c[6]) for c in columns)
        elif kind == "index":
            indexes.add(name)
        else:
            tables[f"{kind}:{name}"] = (kind,)
    return tables, indexes


@cache
def reference_shape(version: int) -> tuple[SchemaShape, frozenset[str]]:
    conn = sqlite3.connect(":memory:")
    try:
        for statement in ddl_for_version(version):
            conn.execute(statement)
        tables, indexes = _shape(conn)
        return tables, frozenset(indexes)
    finally:
        conn.close()


def check_schema(path: Path, conn: sqlite3.Connection, version: int, newer: bool = False) -> None:
    """Exactly our schema for `version`. A newer file (opened read-only) may add tables and
    indexes, but ours must be there unchanged, and nothing may be a trigger, view or virtual table."""
    tables, indexes = _shape(conn)
    for name, shape in tables.items():
        if shape and shape[0] in ("trigger", "view", "virtual"):
            kind = name.split(":")[0] if ":" in name else "virtual table"
            raise UncleanProjectError(path, f"it contains a {kind} ({name.split(':')[-1]})")
    expected_tables, expected_indexes = reference_shape(version)
    for name, shape in expected_tables.items():
        if name not in tables:
            raise UncleanProjectError(path, f"the table {name} is missing")
        if tables[name] != shape and not newer:
            raise UncleanProjectError(path, f"the table {name} has unexpected columns")
    if not newer:
        extra = sorted(set(tables) - set(expected_tables))
        if extra:
            raise UncleanProjectError(path, f"it has a table we never write ({extra[0]})")
        extra_indexes = sorted(indexes - expected_indexes)
        if extra_indexes:
            raise UncleanProjectError(path, f"it has an index we never write ({extra_indexes[0]})")
