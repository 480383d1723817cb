"""Checks that run before a project file is trusted (docs/architecture.md §5).

A project may come from anyone by email. Before we read a row we check that the file is an SQLite
database of ours, not truncated, at a version we understand, and that its schema holds exactly our
tables and indexes (no triggers, views or virtual tables, which could run code or lie on read).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from desktop.core.files import SQLITE_HEADER, SpecialFileError, read_regular
from desktop.core.i18n import QT_TRANSLATE_NOOP

from .errors import CorruptProjectError, NotCrosscheckError, NotSQLiteError, UncleanProjectError, store_texts
from .file_format import APPLICATION_ID
from .schema_sql import ddl_for_version


def check_header(path: Path) -> None:
    """Cheap checks on the first 100 bytes, before SQLite sees the file."""
    try:
        size = path.stat().st_size
        header = read_regular(path, 100)[:100]  # never blocks on a FIFO (issue 19)
    except SpecialFileError as error:
        detail = store_texts.tr("it is {kind}", kind=error.kind)  # the kind in the user's language
        raise NotSQLiteError(path, detail) from None
    if size == 0:
        raise NotSQLiteError(path, store_texts.tr("the file is empty"))
    if not header.startswith(SQLITE_HEADER[:15]):
        if header[:2] == b"PK":
            raise NotSQLiteError(path, store_texts.tr("it looks like a zip archive"))
        raise NotSQLiteError(path)
    if len(header) < 100:
        raise CorruptProjectError(path, store_texts.tr("only %n bytes", None, size))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptProjectError(path, store_texts.tr("invalid page size in the header"))
    if size % page_size:
        raise CorruptProjectError(path, store_texts.tr("the file ends in the middle of a page"))
    pages_in_header = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    version_valid_for = header[92:96]
    if change_counter == version_valid_for and pages_in_header * page_size > size:
        raise CorruptProjectError(
            path, store_texts.tr("{size} of {expected} bytes present", size=size, expected=pages_in_header * page_size)
        )


def check_application_id(path: Path, conn: sqlite3.Connection) -> None:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise NotCrosscheckError(path)


# Defence in depth behind the exact schema: SQLite's own checks run with a time and memory
# budget, so no file can keep a reader busy for minutes (issue 19).
CHECK_SECONDS = 60.0
CHECK_SECONDS_PER_MB = 0.2
CHECK_MEMORY_BYTES = 1024**3
_PROGRESS_STEPS = 10_000  # SQLite instructions between two looks at the clock


def _resident_bytes() -> int | None:
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None  # not Linux: the time budget alone


@contextmanager
def check_budget(path: Path, conn: sqlite3.Connection, what: str) -> Iterator[None]:
    """Run SQLite's checks of `conn` within CHECK_SECONDS (more for big files) and
    CHECK_MEMORY_BYTES of growth; over either, UncleanProjectError."""
    size_mb = path.stat().st_size / 2**20 if path.exists() else 0.0
    seconds = CHECK_SECONDS + CHECK_SECONDS_PER_MB * size_mb
    deadline = time.monotonic() + seconds
    start = _resident_bytes()
    over: list[str] = []
    calls = [0]

    def progress() -> int:
        calls[0] += 1
        if time.monotonic() > deadline:
            over.append(f"{seconds:.0f} s")
            return 1
        if calls[0] % 16 == 0 and start is not None:
            now = _resident_bytes()
            if now is not None and now - start > CHECK_MEMORY_BYTES:
                over.append(f"{CHECK_MEMORY_BYTES // 2**20} MB of memory")
                return 1
        return 0

    conn.set_progress_handler(progress, _PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError:
        if over:
            raise UncleanProjectError(path, f"its {what} needed more than {over[0]}") from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def check_integrity(path: Path, conn: sqlite3.Connection, thorough: bool) -> None:
    pragma = "integrity_check" if thorough else "quick_check"
    with check_budget(path, conn, pragma):
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
        if rows != ["ok"]:
            raise CorruptProjectError(path, f"{pragma}: {integrity_text(rows[0])}")
        problems = list(conn.execute("PRAGMA foreign_key_check"))
    if problems:
        table, rowid, parent, _ = problems[0]
        raise CorruptProjectError(
            path,
            store_texts.tr(
                "%n dangling reference(s), e.g. {table} row {row} -> {parent}",
                None,
                len(problems),
                table=table,
                row=rowid,
                parent=parent,
            ),
        )


def integrity_text(row: str) -> str:
    """One of SQLite's integrity reports on one line ("*** in database main ***" comes first,
    on a line of its own)."""
    return "; ".join(line.strip() for line in str(row).splitlines() if line.strip())


# Schema objects we never write, which a file made to hurt may carry.
_FOREIGN_OBJECT = {
    "trigger": QT_TRANSLATE_NOOP("store_texts", "it contains a trigger ({name})"),
    "view": QT_TRANSLATE_NOOP("store_texts", "it contains a view ({name})"),
    "virtual": QT_TRANSLATE_NOOP("store_texts", "it contains a virtual table ({name})"),
}


# --- the schema: exactly the SQL we write ------------------------------------------------------
# Each object of sqlite_schema as (type, name, table, normalised SQL). Comparing names and column
# shapes let an expression index under our own index name through (60 s and 1.1 GB in
# integrity_check on a 150 KB file), and UNIQUE indexes and CHECK constraints that broke imports;
# expressions in a schema run on the reader's machine. So the whole SQL text must be ours, and it
# is compared before any statement that could evaluate it (issue 19).
SchemaObject = tuple[str, str, str, str]

# SQL tokens: quoted strings and identifiers whole (so their spaces count), comments, words,
# single characters. Each alternative's first character differs, so matching is linear.
_SQL_TOKEN = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*(?:[^*]|\*(?!/))*\*/|\s+|[A-Za-z0-9_$]+|."""
)


def sql_tokens(sql: str) -> list[str]:
    """The tokens of a CREATE statement without white space: what two spellings of the same
    schema share (SQLite stores the statement's text as written)."""
    return [token for token in _SQL_TOKEN.findall(sql) if not token.isspace()]


# A damaged byte in the schema's SQL or in meta (found by the fuzz harness): SQLite still reads the
# file, but Python cannot decode the text, or SQLite's error message quoting it (UnicodeDecodeError).
NOT_UTF8 = "its schema or settings hold text that is not UTF-8"
MAX_SCHEMA_SQL = 65_536  # ours are under 1 KB each; a longer text is not ours, and not tokenised


def normalised_sql(sql: str | None) -> str:
    if not sql:
        return ""
    return " ".join(sql_tokens(sql)) if len(sql) <= MAX_SCHEMA_SQL else sql


def schema_objects(conn: sqlite3.Connection) -> set[SchemaObject]:
    """Reading sqlite_schema evaluates nothing of what it describes."""
    return {
        (kind, name, table, normalised_sql(sql))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    }


def _objects_of(created: int, migrated_to: int) -> frozenset[SchemaObject]:
    """The schema of a file created at version `created`, then migrated to `migrated_to`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statement in ddl_for_version(created):
            conn.execute(statement)
        if migrated_to > created:
            from .migrations import MIGRATIONS  # the migrations' own SQL, not a copy of it

            conn.execute("BEGIN")
            for step in range(created, migrated_to):
                MIGRATIONS[step](conn)
            conn.execute("COMMIT")
        return frozenset(schema_objects(conn))
    finally:
        conn.close()


@cache
def accepted_schemas(version: int) -> tuple[frozenset[SchemaObject], ...]:
    """The schemas a file of `version` may hold: what a new file of that version holds, and what
    a file made at each older version holds once the migrations took it to `version`. Both are
    derived from schema_sql.py and migrations.py by running them on an empty database."""
    found = [_objects_of(version, version)]
    for older in range(1, version):
        migrated = _objects_of(older, version)
        if migrated not in found:
            found.append(migrated)
    return tuple(found)


def _describe(obj: SchemaObject) -> str:
    kind, name, table, _sql = obj
    if kind == "table":
        return f"the table {name}"
    return f"the {kind} {name}" + (f" on {table}" if table != name else "")


# Words that make SQL in a schema run: expressions (CHECK, generated columns, DEFAULT (...),
# expression and partial indexes), collations, and every kind of object but tables and indexes.
_ACTIVE_WORDS = {"CHECK", "GENERATED", "AS", "COLLATE", "WHERE", "TRIGGER", "VIEW", "VIRTUAL", "USING"}


def _is_plain(obj: SchemaObject) -> bool:
    """A table or index of a newer Crosscheck that can be read without evaluating anything:
    column definitions, keys and references; literal defaults; plain column lists."""
    kind, _name, _table, sql = obj
    if kind not in ("table", "index"):
        return False
    if not sql:
        return kind == "index"  # an automatic index of a PRIMARY KEY or UNIQUE
    if len(sql) > MAX_SCHEMA_SQL:
        return False
    tokens = sql.split(" ")
    if _ACTIVE_WORDS & {token.upper() for token in tokens}:
        return False
    for i, token in enumerate(tokens[:-1]):
        if token.upper() == "DEFAULT" and tokens[i + 1] == "(":
            return False
    if kind == "index":  # CREATE [UNIQUE] INDEX name ON table ( col [ASC|DESC], ... )
        inside = tokens[tokens.index("(") + 1 : -1] if "(" in tokens else []
        if "(" in inside or tokens[-1] != ")":
            return False
    return True


def check_schema(path: Path, conn: sqlite3.Connection, version: int, newer: bool = False) -> None:
    """Exactly our schema for `version`, SQL for SQL. A newer file (opened read-only) must hold
    our tables' columns as we know them, and may add tables, columns and indexes only of kinds
    that evaluate nothing; never a trigger, view or virtual table."""
    if version < 1:
        raise UncleanProjectError(path, f"it claims format version {version}, which no Crosscheck writes")
    try:
        found = schema_objects(conn)
    except UnicodeDecodeError:
        raise CorruptProjectError(path, NOT_UTF8) from None
    for obj in sorted(found):
        if obj[0] in ("trigger", "view"):
            raise UncleanProjectError(path, store_texts.tr(_FOREIGN_OBJECT[obj[0]], name=obj[1]))
        if obj[0] == "table" and obj[3].upper().startswith("CREATE VIRTUAL"):
            raise UncleanProjectError(path, store_texts.tr(_FOREIGN_OBJECT["virtual"], name=obj[1]))
    accepted = accepted_schemas(version)
    if not newer:
        if found in accepted:
            return
        ours = min(accepted, key=lambda schema: len(schema ^ found))
        extra, missing = sorted(found - ours), sorted(ours - found)
        changed = {(o[0], o[1]) for o in extra} & {(o[0], o[1]) for o in missing}
        if changed:
            kind, name = sorted(changed)[0]
            if kind == "table":
                raise UncleanProjectError(path, f"the table {name} has unexpected columns or constraints")
            raise UncleanProjectError(path, f"the {kind} {name} is not the one Crosscheck writes")
        if missing:
            raise UncleanProjectError(path, f"{_describe(missing[0])} is missing")
        kind, name = extra[0][0], extra[0][1]
        if kind == "table":
            raise UncleanProjectError(path, store_texts.tr("it has a table we never write ({name})", name=name))
        if kind == "index":
            raise UncleanProjectError(path, store_texts.tr("it has an index we never write ({name})", name=name))
        raise UncleanProjectError(path, f"it has a {kind} we never write ({name})")
    ours = accepted[0]
    for obj in sorted(found - ours):
        if not _is_plain(obj):
            raise UncleanProjectError(path, f"{_describe(obj)} holds SQL that Crosscheck never writes")
    tables = {o[1] for o in found if o[0] == "table"}
    for kind, name, _table, _sql in sorted(ours):
        if kind == "table" and name not in tables:
            raise UncleanProjectError(path, store_texts.tr("the table {name} is missing", name=name))
    _check_columns_kept(path, conn, version)


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, int, int]]:
    return {c[1]: (c[2].upper(), c[3], c[5]) for c in conn.execute(f'PRAGMA table_xinfo("{table}")')}


def _check_columns_kept(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """A newer file's version of our tables still has our columns, typed as ours."""
    reference = sqlite3.connect(":memory:")
    try:
        for statement in ddl_for_version(version):
            reference.execute(statement)
        for (table,) in reference.execute("SELECT name FROM sqlite_schema WHERE type = 'table'"):
            theirs = _columns(conn, table)
            for column, shape in _columns(reference, table).items():
                if theirs.get(column) != shape:
                    raise UncleanProjectError(
                        path, store_texts.tr("the table {name} has unexpected columns", name=table)
                    )
    finally:
        reference.close()


def meta_table_is_ours(conn: sqlite3.Connection) -> bool:
    """Whether the meta table can be read as ours before the rest of a newer file is checked
    (a generated column there would run on SELECT)."""
    ours = {o for o in accepted_schemas(1)[0] if o[2] == "meta"}
    return {o for o in schema_objects(conn) if o[2] == "meta"} == ours
