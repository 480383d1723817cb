"""The tables of a team project, as SQLAlchemy metadata: the project file's own tables (the same
SQLModel classes, desktop/store/schema.py) plus what a shared project needs on top.

- `article`, `claim` and `passage` carry a `version`: a number from one sequence per project,
  renewed by a trigger on every insert and update, so an update can expect the version it last
  saw and a client can tell a newer fact from a stale one, even across a delete and re-create.
- Foreign keys are checked at commit (DEFERRABLE INITIALLY DEFERRED): one step's rows can go in
  any order, as the core emits them.
- `change_log` (written only by triggers, never by clients), `member` and `presence`.

Migrations (migrations/versions/) create this; tests/store/team/test_migrations.py compares the
migrated schema with this metadata, so a column added to a shared SQLModel class fails that test
until an alembic revision brings it to PostgreSQL too.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Index, Integer, MetaData, String, Table, text

from desktop.store.schema import TABLES

SHARED = ("meta", "article", "claim", "passage", "tombstone", "article_source", "unit_vector", "suggestion_rejection")
VERSIONED = ("article", "claim", "passage")
ROW_VERSION_SEQUENCE = "row_version"
CHANGE_SEQUENCE = "change_seq"


def team_metadata() -> MetaData:
    metadata = MetaData()
    for name in SHARED:
        table = TABLES[name].to_metadata(metadata)
        for constraint in table.foreign_key_constraints:
            constraint.deferrable = True
            constraint.initially = "DEFERRED"
        if name in VERSIONED:
            table.append_column(Column("version", BigInteger, nullable=False))  # stamped by a trigger
    change_log = Table(
        "change_log",
        metadata,
        Column("seq", BigInteger, primary_key=True, server_default=text(f"nextval('{CHANGE_SEQUENCE}')")),
        Column("step", String, nullable=False),  # the client's id for its transaction
        Column("kind", String, nullable=False),  # "article", "claim" or "passage"
        Column("entity_id", String, nullable=False),
        Column("op", String, nullable=False),  # "insert", "update" or "delete"
        Column("version", BigInteger, nullable=False),  # the row's version after (for a delete: a new one)
        Column("author", String, nullable=False),  # the login (session_user): no client can forge it
        Column("at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    )
    Index("ix_change_log_step", change_log.c.step)
    Index("ix_change_log_entity_id", change_log.c.entity_id)
    Table(
        "member",
        metadata,
        Column("login", String, primary_key=True),  # the PostgreSQL role
        Column("display_name", String, nullable=False),  # the Author the project shows
        Column("added", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    )
    Table(
        "presence",
        metadata,
        Column("pid", Integer, primary_key=True, server_default=text("pg_backend_pid()")),
        Column("login", String, nullable=False, server_default=text("session_user")),
        Column("kind", String, nullable=False),  # what is being edited: "claim", "passage" or "article"
        Column("entity_id", String, nullable=False),
        Column("since", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    )
    return metadata
