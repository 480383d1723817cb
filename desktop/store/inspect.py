"""`crosscheck check`: validate a project file and list every problem found, without changing it.

Unlike opening (which stops at the first problem), this goes on as far as the file allows: the
format checks first, then SQLite's integrity and foreign keys, then the content (core/consistency).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.consistency import Finding, check_state

from . import validate
from .errors import CorruptProjectError, StoreError, TooNewError
from .file_format import SCHEMA_VERSION
from .migrations import FLAGGED_DATES_KEY
from .project_file import _connect, _map_sqlite_error, _min_reader, is_interrupted_save, orphan_sources
from .row_check import RowProblem
from .rows import DateFlag, load_state


@dataclass
class FileCheck:
    path: Path
    format_version: int | None = None
    app_version: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # not problems (e.g. "made by a newer Crosscheck")

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "counts": self.counts,
            "notes": self.notes,
            "findings": [f.to_dict() for f in self.findings],
        }


def check_file(path: Path | str) -> FileCheck:
    path = Path(path)
    result = FileCheck(path)
    if not path.exists():
        result.findings.append(Finding("missing", f"{path}: no such project file"))
        return result
    conn = None
    try:
        validate.check_header(path)
        conn = _connect(path, read_only=True)
        validate.check_application_id(path, conn)
        _check_version(path, conn, result)
        validate.check_schema(
            path,
            conn,
            min(result.format_version or 0, SCHEMA_VERSION),
            newer=(result.format_version or 0) > SCHEMA_VERSION,
        )
        with validate.check_budget(path, conn, "integrity_check"):
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check(100)")]
        if rows != ["ok"]:
            result.findings += [
                Finding("integrity", f"integrity_check: {validate.integrity_text(row)}") for row in rows
            ]
            return result
        _check_references(conn, result)
        _check_duplicate_ids(conn, result)
        unreadable: list[RowProblem] = []
        state = load_state(conn, problems=unreadable)  # bad rows listed and left out, not fatal
        result.findings += [Finding("rows", p.message, p.entity_id) for p in unreadable]
        result.notes += [_flag_note(flag) for flag in _stored_flags(conn)]
        lost = orphan_sources(conn) if "article_source" in _tables(conn) else 0
        if lost:
            result.notes.append(
                f"{lost} stored original{' belongs' if lost == 1 else 's belong'} to no article (left by an "
                "interrupted import or a removed article); opening the project for writing removes "
                f"{'it' if lost == 1 else 'them'}"
            )
        result.counts = {"articles": len(state.articles), "claims": len(state.claims), "passages": len(state.passages)}
        seen = {(f.code, f.entity_id) for f in result.findings}
        result.findings += [f for f in check_state(state) if (f.code, f.entity_id) not in seen]
    except StoreError as error:
        result.findings.append(Finding(type(error).__name__, str(error)))
    except sqlite3.Error as error:
        code = "interrupted" if is_interrupted_save(error) else "sqlite"  # check never repairs: it only reads
        result.findings.append(Finding(code, str(_map_sqlite_error(path, error))))
    except UnicodeDecodeError:
        result.findings.append(Finding("sqlite", str(CorruptProjectError(path, validate.NOT_UTF8))))
    except (ValueError, TypeError, KeyError, RecursionError) as error:
        result.findings.append(Finding("rows", f"{path}: a row cannot be read ({error})"))
    finally:
        if conn is not None:
            conn.close()
    return result


def _check_version(path: Path, conn: sqlite3.Connection, result: FileCheck) -> None:
    result.format_version = conn.execute("PRAGMA user_version").fetchone()[0]
    with contextlib.suppress(sqlite3.Error):
        result.app_version = dict(conn.execute("SELECT key, value FROM meta")).get("app_version", "")
    if result.format_version > SCHEMA_VERSION:
        needed, needed_app = _min_reader(conn)
        if needed > SCHEMA_VERSION:
            raise TooNewError(path, needed_app, SCHEMA_VERSION)
        result.notes.append(f"made by a newer Crosscheck (format {result.format_version}); this one opens it read-only")
    elif result.format_version < SCHEMA_VERSION:
        result.notes.append(
            f"an older format ({result.format_version}); opening it for writing backs it up and upgrades it"
        )


def _stored_flags(conn: sqlite3.Connection) -> list[DateFlag]:
    with contextlib.suppress(sqlite3.Error, ValueError):
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (FLAGGED_DATES_KEY,)).fetchone()
        return [f for f in json.loads(row[0]) if isinstance(f, dict)] if row else []
    return []


def _flag_note(flag: DateFlag) -> str:
    return (
        f"article {flag.get('id', '?')} (“{flag.get('title', '')}”): its published date {flag.get('value', '')!r} "
        f"was not a valid ISO 8601 date and was removed when the file was upgraded; set it again"
    )


def _check_references(conn: sqlite3.Connection, result: FileCheck) -> None:
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        row = (
            conn.execute(f'SELECT id, article_id, claim_id FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            if table == "passage"
            else None
        )
        if row is None:
            result.findings.append(Finding("dangling", f"a {table} row refers to a missing {parent}"))
            continue
        missing = row[1] if parent == "article" else row[2]
        result.findings.append(Finding("dangling", f"passage {row[0]} refers to a missing {parent} {missing}", row[0]))


def _check_duplicate_ids(conn: sqlite3.Connection, result: FileCheck) -> None:
    sql = (
        "SELECT id, group_concat(kind) FROM (SELECT id, 'article' AS kind FROM article UNION ALL "
        "SELECT id, 'claim' FROM claim UNION ALL SELECT id, 'passage' FROM passage) "
        "GROUP BY id HAVING count(*) > 1"
    )
    for entity_id, kinds in conn.execute(sql):
        result.findings.append(
            Finding("duplicate-id", f"the id {entity_id} is used more than once ({kinds})", entity_id)
        )
    for sha, count in conn.execute("SELECT sha256, count(*) FROM article GROUP BY sha256 HAVING count(*) > 1"):
        result.findings.append(Finding("duplicate-id", f"{count} articles share the text hash {sha[:12]}…"))


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
