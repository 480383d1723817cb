"""Issue 19, defect 6: rows of the wrong type or range are refused when loading, with the bad rows
named, and nothing opens half-way; `check` lists them instead of saying "ok"."""

from __future__ import annotations

import fcntl
import os
import sqlite3

import pytest

from desktop.store import CorruptProjectError, open_project
from desktop.store.inspect import check_file
from tests.support.cli import run
from tests.support.hostile import refused, tamper

# name -> (SQL on the first row of the table, words the message must hold)
TAMPERED = {
    "end past the text": ('UPDATE passage SET "end" = 1000000 WHERE rowid = 1', "run outside the text"),
    "negative start": ("UPDATE passage SET start = -5 WHERE rowid = 1", "start is negative"),
    "start of 2**63": ("UPDATE passage SET start = 9223372036854775808 WHERE rowid = 1", "start is real"),
    "text offsets": ("UPDATE passage SET start = 'abc' WHERE rowid = 1", "start is text, not a whole number"),
    "real offsets": ('UPDATE passage SET "end" = 12.5 WHERE rowid = 1', "end is real, not a whole number"),
    "empty span": ('UPDATE passage SET "end" = start WHERE rowid = 1', "end is not after start"),
    "blob title": ("UPDATE article SET title = X'00ff' WHERE rowid = 1", "title is blob, not text"),
    "blob text": ("UPDATE article SET text = X'00ff' WHERE rowid = 1", "text is blob, not text"),
    "blob note": ("UPDATE passage SET note = X'01' WHERE rowid = 1", "note is blob"),
    "deep tags": ("UPDATE claim SET tags = '" + "[" * 100_000 + "' WHERE rowid = 1", "tags is not a JSON list"),
    "tags not text": ("UPDATE claim SET tags = '[1, 2]' WHERE rowid = 1", "tags is not a JSON list of text"),
    "bad stance": ("UPDATE passage SET stance = 'loves' WHERE rowid = 1", "stance is not supports"),
    "bad verdict": ("UPDATE claim SET verdict = 'Pants on fire' WHERE rowid = 1", "verdict is not one of the scale"),
    "blob tombstone": ("INSERT INTO tombstone VALUES ('x', 'claim', X'00')", "tombstone x: deleted is blob"),
}


def tampered_project(sample_project, case):
    sql, words = TAMPERED[case]
    table = sql.split()[1] if sql.startswith("UPDATE") else "tombstone"
    conn = sqlite3.connect(sample_project)
    first_id = conn.execute(f"SELECT id FROM {table} WHERE rowid = 1").fetchone()[0] if table != "tombstone" else "x"
    conn.close()
    tamper(sample_project, sql)
    return first_id, words


@pytest.mark.parametrize("case", TAMPERED, ids=list(TAMPERED))
def test_opening_refuses_and_names_the_row(sample_project, case):
    entity_id, words = tampered_project(sample_project, case)
    before = sample_project.read_bytes()
    for kwargs in ({}, {"read_only": True}, {"thorough": True}):
        with pytest.raises(CorruptProjectError) as raised:
            open_project(sample_project, **kwargs)
        message = str(raised.value)
        assert words in message and str(entity_id)[:30] in message and "\n" not in message
    assert sample_project.read_bytes() == before


@pytest.mark.parametrize("case", TAMPERED, ids=list(TAMPERED))
def test_check_lists_it_and_fails(capsys, sample_project, case):
    _entity_id, words = tampered_project(sample_project, case)
    before = sample_project.read_bytes()
    result = check_file(sample_project)
    assert not result.ok and any(words in f.message for f in result.findings), result.findings
    code, out, err = run(capsys, "check", sample_project)
    assert code == 1 and words in out and "unexpected" not in out + err and "ok: no problems" not in out
    assert sample_project.read_bytes() == before


@pytest.mark.parametrize("command", [("articles",), ("claims", "--json"), ("stats",)])
def test_commands_refuse_in_one_line(capsys, sample_project, command):
    tampered_project(sample_project, "blob title")
    refused(capsys, sample_project, command[0], sample_project, *command[1:], match="title is blob")


def test_many_bad_rows_are_counted_and_the_first_named(sample_project):
    tamper(sample_project, "UPDATE passage SET start = 'x'")
    with pytest.raises(CorruptProjectError, match=r"33 rows cannot be read: passage .*; and 30 more"):
        open_project(sample_project)


def test_a_refused_open_leaves_no_lock(sample_project):
    tampered_project(sample_project, "text offsets")
    with pytest.raises(CorruptProjectError):
        open_project(sample_project)
    fd = os.open(sample_project, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # would raise if the failed open kept it
    finally:
        os.close(fd)
