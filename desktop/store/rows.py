"""Entity <-> row mapping and the SQL used to load and persist them.

Statements are compiled once from the SQLModel tables and run with `executemany`: the ORM costs
30x more per row at 50,000 passages (docs/architecture.md §5).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import Any

from desktop.core.consistency import offset_findings
from desktop.core.dates import repair_date
from desktop.core.model import Article, Claim, Entity, Passage, Stance, Verdict, now_iso
from desktop.core.state import EntityChange, ProjectState
from desktop.core.tombstone import Tombstone

from .row_check import KIND, RowProblem, UnreadableRows, parse_tags, type_problems

_COLUMNS = {cls: [f.name for f in fields(cls)] for cls in KIND}


Row = dict[str, object]  # one entity's columns, as executemany binds them
# An article date a migration or a read-only load removed. Stored in meta as JSON and read back
# from files made elsewhere, so the values are checked where they are used.
DateFlag = dict[str, object]


def _q(name: str) -> str:
    return f'"{name}"'


def _insert_sql(cls: type[Entity]) -> str:
    cols = _COLUMNS[cls]
    return f"INSERT INTO {KIND[cls]} ({', '.join(map(_q, cols))}) VALUES ({', '.join(':' + c for c in cols)})"


def _update_sql(cls: type[Entity]) -> str:
    cols = [c for c in _COLUMNS[cls] if c != "id"]
    return f"UPDATE {KIND[cls]} SET {', '.join(f'{_q(c)} = :{c}' for c in cols)} WHERE id = :id"


def _delete_sql(cls: type[Entity]) -> str:
    return f"DELETE FROM {KIND[cls]} WHERE id = :id"


SQL = {
    (cls, op): maker(cls)
    for cls in KIND
    for op, maker in (("insert", _insert_sql), ("update", _update_sql), ("delete", _delete_sql))
}


def to_row(entity: Entity) -> Row:
    # Shallow: every field is a str, int, enum or tuple of str. (dataclasses.asdict deep-copies
    # each value; it was a third of committing a 500-article import.)
    row: Row = {name: getattr(entity, name) for name in _COLUMNS[type(entity)]}
    if isinstance(entity, Claim):
        row["verdict"] = entity.verdict.value
        row["tags"] = json.dumps(list(entity.tags), ensure_ascii=False)
    elif isinstance(entity, Passage):
        row["stance"] = entity.stance.value
    return row


def _grouped(changes: Sequence[EntityChange]) -> Iterable[tuple[type[Entity], str, list[Row]]]:
    """Consecutive changes of the same kind and operation as one executemany batch. Order is kept,
    so foreign keys hold at every statement (passages go before their article on removal)."""
    batch_key: tuple[type[Entity], str] | None = None
    batch: list[Row] = []
    for change in changes:
        cls = type(change.entity)
        row: Row
        if change.after is None:  # never both None (EntityChange checks)
            op, row = "delete", {"id": change.id}
        elif change.before is None:
            op, row = "insert", to_row(change.after)
        else:
            op, row = "update", to_row(change.after)
        key = (cls, op)
        if key != batch_key and batch_key is not None and batch:
            yield batch_key[0], batch_key[1], batch
            batch = []
        batch_key = key
        batch.append(row)
    if batch_key is not None and batch:
        yield batch_key[0], batch_key[1], batch


def write_changes(conn: sqlite3.Connection, changes: Sequence[EntityChange]) -> None:
    """Apply the changes inside the caller's transaction. Deletions leave tombstones; a creation
    (e.g. the undo of a deletion) lifts its tombstone."""
    deleted_at = now_iso()
    for cls, op, rows in _grouped(changes):
        cursor = conn.executemany(SQL[(cls, op)], rows)
        if op != "insert" and cursor.rowcount != len(rows):
            # The file no longer matches memory (changed behind our back): refuse to guess.
            raise sqlite3.IntegrityError(f"{KIND[cls]} rows changed outside this window")
        ids = [(row["id"],) for row in rows]
        if op == "delete":
            conn.executemany(
                "INSERT OR REPLACE INTO tombstone (id, kind, deleted) VALUES (?, ?, ?)",
                [(i, KIND[cls], deleted_at) for (i,) in ids],
            )
        elif op == "insert":
            conn.executemany("DELETE FROM tombstone WHERE id = ?", ids)


def load_state(
    conn: sqlite3.Connection,
    flagged: list[DateFlag] | None = None,
    problems: list[RowProblem] | None = None,
    check_spans: bool = True,
) -> ProjectState:
    """Read every entity with plain SELECTs (the ORM would cost 8x at 50k passages).

    A file of an older format (opened read-only, so not migrated) may lack columns added since:
    they read as their defaults. With `flagged`, dates are repaired as the migration would
    (core.dates.repair_date) and each removed one is appended there.

    Rows of the wrong type or range raise UnreadableRows naming them, before any entity is
    built, so nothing opens half-way (issue 19). With a `problems` list (`crosscheck check`) bad
    rows are left out and listed there instead, and out-of-range spans stay for check_state to
    report. `check_spans=False` (a colleague's file read for a merge, never shown) leaves spans
    past the text to the merge, which re-anchors them by their quote."""
    found = type_problems(conn)
    if found and problems is None:
        raise UnreadableRows(found)
    skip = {(p.kind, p.entity_id) for p in found}
    if problems is not None:
        problems.extend(found)

    def select(cls: type[Entity], order: str = "") -> Iterable[Any]:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({KIND[cls]})")}
        cols = ", ".join(_q(c) if c in present else f"'' AS {_q(c)}" for c in _COLUMNS[cls])
        rows = conn.execute(f"SELECT {cols} FROM {KIND[cls]}" + (f" ORDER BY {order}" if order else ""))
        return (row for row in rows if (KIND[cls], row[0]) not in skip) if skip else rows

    articles = [Article(*row) for row in select(Article, "imported_at, id")]
    if flagged is not None:
        articles = [_repaired(article, flagged) for article in articles]
    claims = []
    claim_cols = _COLUMNS[Claim]
    verdict_at, tags_at = claim_cols.index("verdict"), claim_cols.index("tags")
    for row in select(Claim, "created, id"):
        values = list(row)
        values[verdict_at] = Verdict(values[verdict_at])
        try:
            values[tags_at] = parse_tags(values[tags_at], values[0])
        except UnreadableRows as error:
            if problems is None:
                raise
            problems.extend(error.problems)
            continue
        claims.append(Claim(*values))
    assert _COLUMNS[Passage][8] == "stance", "the tuple unpacking below follows Passage's field order"
    stances = {s.value: s for s in Stance}
    # Positional construction without an intermediate list: this loop is most of a 50k load.
    # No ORDER BY: the state sorts an article's passages when asked, and sorting 50k rows in
    # SQLite's temporary b-tree cost a third of the load.
    passages = (
        Passage(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], stances[r[8]], r[9], r[10], r[11], r[12], r[13])
        for r in select(Passage)
    )
    state = ProjectState(articles, passages, claims)
    if problems is None and check_spans:
        outside = offset_findings(state)
        if outside:
            raise UnreadableRows([RowProblem("passage", f.entity_id, f.message) for f in outside])
    return state


def _repaired(article: Article, flagged: list[DateFlag]) -> Article:
    stored, problem = repair_date(article.published, "published")
    if stored == article.published:
        return article
    if problem:
        flagged.append(date_flag(article.id, article.title, article.published, problem))
    return replace(article, published=stored)


def date_flag(article_id: str, title: str, value: str, problem: str) -> DateFlag:
    """The record of an article date that was removed because it was not a valid date."""
    return {
        "kind": "article",
        "id": article_id,
        "title": title,
        "field": "published",
        "value": value,
        "problem": problem,
    }


def load_tombstones(conn: sqlite3.Connection) -> dict[str, Tombstone]:
    """Every deletion the file remembers, by entity id (merges need both sides'). Their types
    were checked with the entities' (type_problems)."""
    return {row[0]: Tombstone(*row) for row in conn.execute("SELECT id, kind, deleted FROM tombstone")}
