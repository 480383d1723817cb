"""Entities to and from a team server's rows, and the checks every row passes before use.

Data from the server is untrusted like a received file (a member with raw SQL, or another
program, may have written it): each row's types, sizes and enumerations are checked as it is
decoded, and offsets, quotes, hashes and references by core/consistency.py over the whole state
(on open) or over what a remote step touches (live), before anything reaches the views.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields

from desktop.core.commands import MAX_NOTE, MAX_STATEMENT, MAX_TAG
from desktop.core.model import Article, Claim, Entity, Passage, Stance, Verdict
from desktop.core.state import ProjectState
from desktop.store.row_check import KIND
from desktop.store.rows import to_row

KINDS = {name: cls for cls, name in KIND.items()}
COLUMNS: dict[type, list[str]] = {cls: [f.name for f in fields(cls)] for cls in KIND}
ORDER = {"article": "imported_at, id", "claim": "created, id", "passage": ""}
MAX_ID = 200
MAX_TEXT = 20 * 1024 * 1024  # no importer takes a file over 20 MB, so no text is longer
MAX_SHORT = 10_000  # titles, outlets, URLs, names, timestamps
MAX_TAGS_JSON = 100_000
INTS = {"start", "end"}
LONG = {
    "text": MAX_TEXT,
    "quote": MAX_TEXT,
    "note": MAX_NOTE,
    "statement": MAX_STATEMENT,
    "prefix": 1_000,
    "suffix": 1_000,
}
_STANCES = {s.value: s for s in Stance}
_VERDICTS = {v.value: v for v in Verdict}


class BadRow(ValueError):
    """A row that cannot be an entity; the message names it and what is wrong."""


def quoted(name: str) -> str:
    return f'"{name}"'


def select_sql(kind: str, where: str = "") -> str:
    cols = ", ".join(map(quoted, COLUMNS[KINDS[kind]]))
    order = f" ORDER BY {ORDER[kind]}" if ORDER[kind] and not where else ""
    return f"SELECT {cols}, version FROM {kind}{(' WHERE ' + where) if where else ''}{order}"


def insert_sql(kind: str) -> str:
    cols = COLUMNS[KINDS[kind]]
    return (
        f"INSERT INTO {kind} ({', '.join(map(quoted, cols))}) VALUES ({', '.join(['%s'] * len(cols))}) "
        "RETURNING id, version"
    )


def row_values(entity: Entity) -> list[object]:
    row = to_row(entity)
    return [row[name] for name in COLUMNS[type(entity)]]


def column_value(entity: Entity, name: str) -> object:
    return to_row(entity)[name]


def _text(kind: str, row_id: object, name: str, value: object) -> str:
    if not isinstance(value, str):
        raise BadRow(f"{kind} {row_id!s:.60}: {name} is not text")
    if len(value) > LONG.get(name, MAX_SHORT):
        raise BadRow(f"{kind} {row_id!s:.60}: {name} is too long ({len(value)} characters)")
    return value


def decode(kind: str, row: Sequence[object]) -> tuple[Entity, int]:
    """One row (the columns of select_sql) as an entity and its version, or BadRow."""
    cls = KINDS[kind]
    names = COLUMNS[cls]
    if len(row) != len(names) + 1:
        raise BadRow(f"a {kind} row has {len(row)} columns, not {len(names) + 1}")
    row_id = row[0]
    if not isinstance(row_id, str) or not 0 < len(row_id) <= MAX_ID:
        raise BadRow(f"a {kind} row has no usable id")
    values: dict[str, object] = {}
    for name, value in zip(names, row, strict=False):
        if name in INTS:
            if not isinstance(value, int) or isinstance(value, bool):
                raise BadRow(f"{kind} {row_id:.60}: {name} is not a whole number")
            values[name] = value
        elif name == "claim_id" and value is None:
            values[name] = None
        else:
            values[name] = _text(kind, row_id, name, value)
    if kind == "passage":
        stance = _STANCES.get(str(values["stance"]))
        if stance is None:
            raise BadRow(f"passage {row_id:.60}: unknown stance {values['stance']!s:.40}")
        values["stance"] = stance
        if values["claim_id"] is not None and len(str(values["claim_id"])) > MAX_ID:
            raise BadRow(f"passage {row_id:.60}: claim_id is not an id")
    elif kind == "claim":
        verdict = _VERDICTS.get(str(values["verdict"]))
        if verdict is None:
            raise BadRow(f"claim {row_id:.60}: unknown verdict {values['verdict']!s:.40}")
        values["verdict"] = verdict
        values["tags"] = _tags(row_id, str(values["tags"]))
    version = row[-1]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadRow(f"{kind} {row_id:.60}: version is not a positive number")
    return cls(**values), version


def _tags(row_id: str, text: str) -> tuple[str, ...]:
    if len(text) > MAX_TAGS_JSON:
        raise BadRow(f"claim {row_id:.60}: tags are too long")
    try:
        tags = json.loads(text or "[]")
    except (ValueError, RecursionError):
        raise BadRow(f"claim {row_id:.60}: tags are not a JSON list") from None
    if not isinstance(tags, list) or not all(isinstance(t, str) and len(t) <= MAX_TAG for t in tags):
        raise BadRow(f"claim {row_id:.60}: tags are not a list of short texts")
    return tuple(tags)


# The PostgreSQL type of every entity column (checked on open, so rows need no type checks).
PG_TYPES = {name: "integer" if name in INTS else "character varying" for cls in KIND for name in COLUMNS[cls]}


def column_problem(columns: Iterable[tuple[str, str, str]]) -> str:
    """What is wrong with the entity tables' columns (table, column, data_type), or ""."""
    found = {(table, column): data_type for table, column, data_type in columns}
    for cls, kind in KIND.items():
        for name in [*COLUMNS[cls], "version"]:
            wanted = "bigint" if name == "version" else PG_TYPES[name]
            have = found.get((kind, name))
            if have is None:
                return f"the {kind} table has no column {name}"
            if have != wanted:
                return f"the {kind} table's column {name} is {have}, not {wanted}"
    return ""


def _limit(name: str) -> int:
    return MAX_ID if name in ("id", "article_id", "claim_id") else LONG.get(name, MAX_SHORT)


def limits_sql(kind: str) -> str:
    """One aggregate over a table, in the load's snapshot, that says whether every row is within
    the limits decode() checks row by row: the server scans 50,000 rows in milliseconds."""
    names = COLUMNS[KINDS[kind]]
    parts = []
    for name in names:
        column = quoted(name)
        if name in INTS:
            parts.append(f"coalesce(min({column}) >= 0, true)")
        elif name == "claim_id":
            parts.append(f"coalesce(max(char_length({column})) <= {_limit(name)}, true)")
        else:
            parts.append(f"coalesce(bool_and({column} IS NOT NULL AND char_length({column}) <= {_limit(name)}), true)")
    parts.append("coalesce(min(version) >= 1, true)")
    if kind == "passage":
        parts.append("coalesce(bool_and(stance IN ('supports', 'mentions', 'refutes')), true)")
    elif kind == "claim":
        verdicts = ", ".join(f"'{v}'" for v in _VERDICTS)
        parts.append(f"coalesce(bool_and(verdict IN ({verdicts})), true)")
    return f"SELECT {' AND '.join(parts)} FROM {kind}"


def _decode_table(kind: str, rows: Sequence[Sequence[object]], within_limits: bool) -> tuple[list[Entity], list[int]]:
    """A whole table. When the server's aggregate (limits_sql) vouches for sizes, enumerations
    and versions, and the column types were checked on open, the entities are built positionally
    (most of opening a large project); otherwise row by row, to name the bad one."""
    cls = KINDS[kind]
    names = COLUMNS[cls]
    if not within_limits or (rows and len(rows[0]) != len(names) + 1):
        decoded = [decode(kind, row) for row in rows]  # raises BadRow naming the first bad row
        return [entity for entity, _ in decoded], [version for _, version in decoded]
    versions = [int(r[-1]) for r in rows]  # type: ignore[call-overload]  # bigint, checked by the aggregate
    if kind == "article":
        return [cls(*r[:-1]) for r in rows], versions
    if kind == "passage":
        # Positional, without a list per row: this loop is most of opening 50,000 passages.
        assert names[8] == "stance" and len(names) == 14, "the construction below follows Passage's fields"
        stances = _STANCES
        return [
            # (types are the columns', checked on open; mypy only sees objects)
            Passage(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], stances[r[8]], r[9], r[10], r[11], r[12], r[13])  # type: ignore[arg-type, index]  # row cells are objects to mypy; their types are the columns', checked on open
            for r in rows
        ], versions
    verdict_at, tags_at = names.index("verdict"), names.index("tags")
    claims: list[Entity] = []
    for r in rows:
        values = list(r[:-1])
        values[verdict_at] = _VERDICTS[values[verdict_at]]  # type: ignore[index]  # as above: the verdict cell is a str, checked by the server's aggregate
        values[tags_at] = _tags(str(values[0]), str(values[tags_at]))
        claims.append(cls(*values))
    return claims, versions


@dataclass
class Loaded:
    state: ProjectState
    versions: dict[tuple[str, str], int]


def build_state(
    rows: Mapping[str, Sequence[Sequence[object]]], within_limits: Mapping[str, bool] | None = None
) -> Loaded:
    """The project state from every entity row (by kind), with each row's version.
    `within_limits` is limits_sql's answer per kind (None: check every row here)."""
    versions: dict[tuple[str, str], int] = {}
    decoded: dict[str, list[Entity]] = {}
    for kind in ("article", "claim", "passage"):
        entities, numbers = _decode_table(kind, rows[kind], bool(within_limits and within_limits.get(kind)))
        for entity, version in zip(entities, numbers, strict=True):
            versions[(kind, entity.id)] = version
        if len(versions) != sum(len(v) for v in decoded.values()) + len(entities):
            raise BadRow(f"a {kind} id appears twice")
        decoded[kind] = entities
    articles = [e for e in decoded["article"] if isinstance(e, Article)]
    claims = [e for e in decoded["claim"] if isinstance(e, Claim)]
    passages = [e for e in decoded["passage"] if isinstance(e, Passage)]
    return Loaded(ProjectState(articles, passages, claims), versions)
