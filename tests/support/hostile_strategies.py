"""Hypothesis strategies for the fuzz harness (issue 19): tampered project files, hostile pages and
sidecars, and W3C annotation files that are ours with hostile changes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from hypothesis import strategies as st

# --- tampered project files ------------------------------------------------------------------
COLUMNS = {
    "article": ["id", "title", "text", "sha256", "outlet", "url", "language", "published", "imported_at", "modified"],
    "passage": ["id", "article_id", "start", "end", "quote", "prefix", "claim_id", "stance", "created", "modified"],
    "claim": ["id", "statement", "verdict", "note", "tags", "colour", "claim_date", "created", "modified"],
    "tombstone": ["id", "kind", "deleted"],
    "meta": ["key", "value"],
    "article_source": ["sha256", "original", "filename"],
    "unit_vector": ["sha256", "unit_start", "vector"],
    "suggestion_rejection": ["claim_id", "unit_start", "unit_end"],
}
HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x1b[2J\x1b]0;pwned\x07",
        "\u202egnp.exe",
        "a\nb\r\nc",
        "[" * 5000,
        '["a", 1]',
        "{}",
        "null",
        "9" * 5000,
        "javascript:alert(1)",
        "Pants on fire",
        "loves",
        "2021-02-30",
        "x" * 100_000,
        "😀" * 50,
        "e\u0301" * 20,
    ]
)
VALUES = st.one_of(
    st.integers(min_value=-(2**66), max_value=2**66),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    HOSTILE_TEXT,
    st.binary(max_size=64),
    st.none(),
)
SCHEMA_CHANGES = st.sampled_from(
    [
        "CREATE TRIGGER t1 AFTER INSERT ON claim BEGIN DELETE FROM passage; END",
        "CREATE VIEW v1 AS SELECT * FROM claim",
        "CREATE TABLE extra (x)",
        "CREATE INDEX ix_extra ON claim (note)",
        "DROP INDEX ix_passage_claim_id",
        "DROP INDEX ix_passage_article_id",
        "CREATE INDEX ix_expr ON passage (article_id, length(hex(zeroblob(50000000))))",
        "CREATE UNIQUE INDEX ux_stance ON passage (stance, id)",
        "ALTER TABLE claim ADD COLUMN extra INTEGER DEFAULT 1",
        "ALTER TABLE claim ADD COLUMN big AS (hex(zeroblob(50000000)))",
        "ALTER TABLE tombstone DROP COLUMN deleted",
        "DROP TABLE tombstone",
        "PRAGMA user_version = 0",
        "PRAGMA user_version = 2",
        "PRAGMA user_version = 3",
        "PRAGMA user_version = 99",
        "PRAGMA user_version = -1",
        "PRAGMA application_id = 0",
        "DELETE FROM meta",
        "UPDATE meta SET value = '99' WHERE key = 'min_reader_version'",
        "UPDATE meta SET value = 'x' WHERE key = 'min_reader_version'",
        "DELETE FROM article WHERE rowid = 1",
        "INSERT INTO claim SELECT id, 'c', 'Not rated', '', '[]', '', '', '', created, '', modified, '' FROM passage LIMIT 1",
        "INSERT INTO article_source VALUES ('orphan', 'x', '', '', '', '', zeroblob(1000))",
        "UPDATE passage SET quote = quote || 'x'",
        'UPDATE passage SET "end" = "end" + 1000000',
    ]
)


@st.composite
def tampering(draw) -> list[tuple]:
    """1-3 changes: a cell set to a hostile value, a schema change, bytes overwritten, a cut."""
    changes = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["cell", "cell", "schema", "bytes", "truncate"]))
        if kind == "cell":
            table = draw(st.sampled_from(sorted(COLUMNS)))
            changes.append(
                ("cell", table, draw(st.sampled_from(COLUMNS[table])), draw(VALUES), draw(st.integers(1, 5)))
            )
        elif kind == "schema":
            changes.append(("schema", draw(SCHEMA_CHANGES)))
        elif kind == "bytes":
            changes.append(("bytes", draw(st.integers(0, 2**20)), draw(st.binary(min_size=1, max_size=16))))
        else:
            changes.append(("truncate", draw(st.floats(0.0, 1.0))))
    return changes


def _literal(value: object) -> tuple[str, tuple]:
    """SQL for a value: numbers as literals (an integer past 64 bits becomes REAL, as a hand
    edit makes it), text and blobs as parameters (they may hold NUL)."""
    if isinstance(value, bool) or value is None:
        return ("NULL" if value is None else str(int(value))), ()
    if isinstance(value, int):
        return str(value), ()
    if isinstance(value, float):
        if value != value:
            return "(0.0/0.0)", ()  # NULL in SQLite
        return ("9e999" if value > 0 else "-9e999") if value in (float("inf"), float("-inf")) else repr(value), ()
    return "?", (value,)


def apply_tampering(path: Path, changes: list[tuple]) -> None:
    for change in changes:
        if change[0] in ("cell", "schema"):
            conn = sqlite3.connect(path)
            try:
                if change[0] == "cell":
                    _, table, column, value, rowid = change
                    sql, params = _literal(value)
                    conn.execute(f'UPDATE {table} SET "{column}" = {sql} WHERE rowid = ?', (*params, rowid))
                else:
                    conn.executescript(change[1])
                conn.commit()
            except (sqlite3.Error, OverflowError):
                pass  # the change does not apply to this file (a constraint, a missing table): skip it
            finally:
                conn.close()
        elif change[0] == "bytes":
            data = bytearray(path.read_bytes())
            offset = change[1] % max(1, len(data))
            data[offset : offset + len(change[2])] = change[2]
            path.write_bytes(bytes(data))
        else:
            data = path.read_bytes()
            path.write_bytes(data[: int(len(data) * change[1])])


# --- hostile pages, text and sidecars --------------------------------------------------------
PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>" * 300,
        "<" * 2000,
        "<!--",
        "<script>",
        "<!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>",
        "&x;",
        "&amp;" * 100,
        "<meta charset='utf-16'>",
        "<meta charset='bogus'>",
        "<html lang='it'>",
        "<table><tr><td><p>x</p></td></tr></table>" * 50,
        "<title>Titolo</title>",
        "[x](" * 200,
        "[a\n" * 200,
        "# ",
        "---\ntitle: t\nurl: javascript:x\nlanguage: xx!\n---\n",
        "\x00",
        "\ufeff",
        "\u202e",
        "\x1b[2J",
        "\r\n",
        ". " * 500,
    ]
)
PROSE = st.sampled_from(
    [
        "Il Cremlino ha diffuso il resoconto della telefonata tra i due presidenti. ",
        "The call lasted fifty minutes, the White House said. ",
        "😀 e\u0301 “Città” ",
    ]
)
DOCUMENT = st.lists(st.one_of(PIECES, PROSE, st.text(max_size=30)), max_size=60).map("".join)
SUFFIXES = st.sampled_from([".html", ".htm", ".xhtml", ".md", ".txt", ".mhtml"])
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252", "latin-1"])
META = st.one_of(
    st.none(),
    st.dictionaries(
        st.sampled_from(["title", "outlet", "url", "language", "published", "author", "extra"]),
        st.one_of(HOSTILE_TEXT, st.integers(), st.lists(st.integers(), max_size=3), st.none()),
        max_size=6,
    ).map(json.dumps),
    st.sampled_from(['{"title": ' + "9" * 5000 + "}", "[" * 10000, "not json", ""]),
)


@st.composite
def hostile_article(draw) -> tuple[str, bytes, str | None]:
    """(file name, its bytes, the NAME.meta.json text or None)."""
    suffix = draw(SUFFIXES)
    text = draw(DOCUMENT)
    encoding = draw(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if suffix == ".mhtml":
        data = (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\n"
            b"Content-Type: text/html; charset=" + encoding.encode() + b"\r\n\r\n" + data + b"\r\n--B--\r\n"
        )
    return f"page{suffix}", data, draw(META)


# --- W3C annotation files --------------------------------------------------------------------
HOSTILE_JSON = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    HOSTILE_TEXT,
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["urn:uuid:00000000-0000-0000-0000-000000000000", "TextQuoteSelector", "Annotation"]),
)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def hostile_annotations(draw, base: dict, ids: list[str]) -> str:
    """Our export of the sample, with 1-4 of its values replaced, an id taken by another
    entity, a huge quote, or deep nesting."""
    doc = json.loads(json.dumps(base))
    paths = _paths(doc)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths[1:]))
        node = doc
        try:
            for key in path[:-1]:
                node = node[key]
            choice = draw(st.integers(0, 9))
            if choice == 0:
                value: object = "urn:uuid:" + draw(st.sampled_from(ids))
            elif choice == 1:
                value = "quote " * 200_000
            elif choice == 2:
                value = json.loads("[" * 500 + "]" * 500)
            else:
                value = draw(HOSTILE_JSON)
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    return json.dumps(doc)
