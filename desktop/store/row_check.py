"""Every row's types and values, checked before an entity is built from it (issue 19, defect 6).

SQLite keeps whatever a hand-edited file holds: TEXT or REAL offsets, a BLOB title, 2**63 (which
arrives as a float), a tags column of 100,000 nested brackets. Built into entities, these crashed
the window ("unexpected IndexError", "TypeError", "RecursionError") and `check` said "ok". The
column types come from the entity classes of core/model.py; the checks run in SQLite (typeof
reads only the record header, so a scan of 50,000 passages costs a few milliseconds) and find
only the bad rows, which the messages name.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields

from desktop.core.model import Article, Claim, Passage, Stance, Verdict

KIND = {Article: "article", Passage: "passage", Claim: "claim"}
MAX_NAMED = 3  # rows named in a one-line message; `check` lists them all


@dataclass(frozen=True, slots=True)
class RowProblem:
    kind: str  # "article", "claim", "passage" or "tombstone"
    entity_id: str
    message: str  # e.g. "passage 9b1f…: start is text, not a whole number"


class UnreadableRows(ValueError):
    """Rows that cannot become entities; the message names the first few."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        named = "; ".join(p.message for p in problems[:MAX_NAMED])
        more = f"; and {len(problems) - MAX_NAMED} more" if len(problems) > MAX_NAMED else ""
        count = f"{len(problems)} row{'s' if len(problems) != 1 else ''}"
        super().__init__(f"{count} cannot be read: {named}{more}")


_WANTED = {"integer": "a whole number", "text": "text"}


def _column_types(cls: type) -> list[tuple[str, str, bool]]:
    """(column, SQLite type, may be NULL) from the entity's field annotations."""
    out = []
    for f in fields(cls):
        annotation = str(f.type)
        out.append((f.name, "integer" if annotation == "int" else "text", "None" in annotation))
    return out


def _shown_id(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _domain_checks(kind: str) -> list[tuple[str, str]]:
    """(SQL condition that is true for a bad value, what is wrong) on type-correct columns."""
    if kind == "passage":
        stances = ", ".join(f"'{s.value}'" for s in Stance)
        return [
            ("typeof(start) = 'integer' AND start < 0", "start is negative"),
            (
                "typeof(start) = 'integer' AND typeof(\"end\") = 'integer' AND \"end\" <= start",
                "end is not after start",
            ),
            (f"typeof(stance) = 'text' AND stance NOT IN ({stances})", "stance is not supports, mentions or refutes"),
        ]
    if kind == "claim":
        verdicts = ", ".join("'" + v.value.replace("'", "''") + "'" for v in Verdict)
        return [(f"typeof(verdict) = 'text' AND verdict NOT IN ({verdicts})", "verdict is not one of the scale")]
    return []


def _typed_problems(conn: sqlite3.Connection, kind: str, columns: list[tuple[str, str, bool]]) -> list[RowProblem]:
    # A file of an older format lacks the columns added since (they read as defaults).
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({kind})")}
    columns = [column for column in columns if column[0] in present]
    tests: list[tuple[str, str]] = []
    for name, sqltype, nullable in columns:
        allowed = f"'{sqltype}', 'null'" if nullable else f"'{sqltype}'"
        tests.append((f'typeof("{name}") NOT IN ({allowed})', f"{name} is %s, not {_WANTED[sqltype]}"))
    tests += _domain_checks(kind)
    flags = ", ".join(f"({condition})" for condition, _ in tests)
    types = ", ".join(f'typeof("{name}")' for name, _, _ in columns)
    where = " OR ".join(f"({condition})" for condition, _ in tests)
    sql = f"SELECT id, {types}, {flags} FROM {kind} WHERE {where}"
    problems = []
    for row in conn.execute(sql):
        entity_id, found, failed = row[0], row[1 : 1 + len(columns)], row[1 + len(columns) :]
        what = [
            message % found[i] if "%s" in message else message
            for i, ((_, message), bad) in enumerate(zip(tests, failed, strict=True))
            if bad
        ]
        problems.append(RowProblem(kind, _shown_id(entity_id), f"{kind} {_shown_id(entity_id)}: {', '.join(what)}"))
    return problems


def type_problems(conn: sqlite3.Connection) -> list[RowProblem]:
    """Rows of article, claim, passage and tombstone whose values are not of their column's type
    or outside its values (stance, verdict, negative or empty spans)."""
    problems: list[RowProblem] = []
    for cls, kind in KIND.items():
        problems += _typed_problems(conn, kind, _column_types(cls))
    problems += _typed_problems(
        conn, "tombstone", [("id", "text", False), ("kind", "text", False), ("deleted", "text", False)]
    )
    return problems


def parse_tags(raw: str, claim_id: str) -> tuple[str, ...]:
    """A claim's tags column: a JSON list of text, parsed without recursion blow-ups."""
    try:
        value = json.loads(raw or "[]")
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise UnreadableRows(
            [RowProblem("claim", claim_id, f"claim {_shown_id(claim_id)}: tags is not a JSON list of text")]
        )
    return tuple(value)
