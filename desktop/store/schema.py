"""The tables of a `.crosscheck` file, declared once as SQLModel classes.

Each table says in which file-format version it appeared (`SINCE`), so the DDL of any past version
can be rebuilt: migrations create what a version added, and the untrusted-file check compares a
file's schema with the reference for the version it claims (see validate.py).

Importing SQLAlchemy costs ~0.6 s, too much for every start, so the DDL compiled from these classes
is written to schema_sql.py (`python -m desktop.store.schema`), which the app uses at run time;
tests/test_store.py fails if the two ever differ.
"""

from __future__ import annotations

from sqlalchemy import MetaData, Table
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import Column, Field, LargeBinary, SQLModel

from .file_format import APPLICATION_ID, SCHEMA_VERSION  # noqa: F401 - re-exported


class MetaRow(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class ArticleRow(SQLModel, table=True):
    __tablename__ = "article"
    id: str = Field(primary_key=True)
    title: str
    outlet: str = ""
    url: str = ""
    language: str = ""
    published: str = ""
    author: str = ""
    text: str
    sha256: str = Field(unique=True)
    imported_at: str
    created_by: str = ""
    modified: str
    modified_by: str = ""


class ClaimRow(SQLModel, table=True):
    __tablename__ = "claim"
    id: str = Field(primary_key=True)
    statement: str
    verdict: str
    note: str = ""
    tags: str = "[]"  # JSON array of strings
    colour: str = ""
    claimant: str = ""
    claim_date: str = ""
    created: str
    created_by: str = ""
    modified: str
    modified_by: str = ""


class PassageRow(SQLModel, table=True):
    __tablename__ = "passage"
    id: str = Field(primary_key=True)
    article_id: str = Field(foreign_key="article.id", index=True)
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    claim_id: str | None = Field(default=None, foreign_key="claim.id", index=True)
    stance: str
    note: str = ""
    created: str
    created_by: str = ""
    modified: str
    modified_by: str = ""


class TombstoneRow(SQLModel, table=True):
    """A deleted entity, remembered so a merge does not bring it back."""

    __tablename__ = "tombstone"
    id: str = Field(primary_key=True)
    kind: str  # "article", "passage" or "claim"
    deleted: str


class ArticleSourceRow(SQLModel, table=True):
    """What an article was imported from: the original bytes and the extractor that made the text.
    Keyed by the text hash, so it survives undo of a removal and never changes."""

    __tablename__ = "article_source"
    sha256: str = Field(primary_key=True)
    filename: str = ""
    media_type: str = ""
    encoding: str = ""
    extractor: str = ""
    extractor_version: str = ""
    original: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class UnitVectorRow(SQLModel, table=True):
    """A cached sentence vector of one unit of an article's text, for link suggestions. Keyed by
    the text hash, the unit's span and the model (name, version and unit cutter), so a vector
    is only ever used for the exact text, span and model it was computed with."""

    __tablename__ = "unit_vector"
    sha256: str = Field(primary_key=True)
    model: str = Field(primary_key=True)
    unit_start: int = Field(primary_key=True)
    unit_end: int = Field(primary_key=True)
    vector: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # float32, little-endian


class SuggestionRejectionRow(SQLModel, table=True):
    """A suggested span the user rejected for a claim (or a lone passage), so it is not offered
    again. Not part of undo: a preference, like a setting."""

    __tablename__ = "suggestion_rejection"
    claim_id: str = Field(primary_key=True)
    article_id: str = Field(primary_key=True)
    unit_start: int = Field(primary_key=True)
    unit_end: int = Field(primary_key=True)
    created: str


SINCE = {
    "meta": 1,
    "article": 1,
    "claim": 1,
    "passage": 1,
    "tombstone": 1,
    "article_source": 2,
    "unit_vector": 3,
    "suggestion_rejection": 3,
}

# Columns added to an existing table, with the version that added them. A file of an older
# version has the table without them; the migration rebuilds the table with the new DDL, so a
# migrated file's sqlite_schema holds exactly the SQL a new file gets.
COLUMN_SINCE = {
    "claim": {"claimant": 4, "claim_date": 4},
}

TABLES = {name: SQLModel.metadata.tables[name] for name in SINCE}
_DIALECT = sqlite_dialect.dialect()


def _table_at(table: Table, version: int) -> Table:
    """The table as it was in `version`: without the columns added later."""
    later = {name for name, since in COLUMN_SINCE.get(table.name, {}).items() if since > version}
    if not later:
        return table
    if table.foreign_keys:  # a copy would need its referenced tables; none of ours needs it yet
        raise NotImplementedError(f"versioned columns on {table.name}, which has foreign keys")
    return Table(table.name, MetaData(), *[column._copy() for column in table.columns if column.name not in later])


def ddl_for_tables(names: list[str], version: int = SCHEMA_VERSION) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements for the named tables as they are in `version`,
    in dependency order."""
    statements: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in names:
            continue
        table = _table_at(table, version)
        statements.append(str(CreateTable(table).compile(dialect=_DIALECT)).strip())
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            statements.append(str(CreateIndex(index).compile(dialect=_DIALECT)).strip())
    return statements


def tables_in_version(version: int) -> list[str]:
    return [name for name, since in SINCE.items() if since <= version]


def render_schema_sql() -> str:
    """The text of schema_sql.py: the DDL of every table in every version, compiled from the
    classes above. This is the one place that says which SQL each version's files hold."""
    lines = [
        '"""GENERATED by `python -m desktop.store.schema` from the SQLModel classes in schema.py.',
        "Do not edit; change schema.py and regenerate (tests/test_store.py checks they agree).",
        "",
        "DDL_BY_VERSION[version][table] is the SQL a file of that version holds for the table (a fresh",
        'file and a migrated one alike); DDL is the current version\'s."""',
        "",
        "from .file_format import SCHEMA_VERSION",
        "",
        f"SINCE = {SINCE!r}",
        "",
        "DDL_BY_VERSION = {",
    ]
    for version in range(1, SCHEMA_VERSION + 1):
        lines.append(f"    {version}: {{")
        for table in SQLModel.metadata.sorted_tables:
            if table.name in tables_in_version(version):
                lines.append(f"        {table.name!r}: {ddl_for_tables([table.name], version)!r},")
        lines.append("    },")
    lines += [
        "}",
        "DDL = DDL_BY_VERSION[SCHEMA_VERSION]",
        "",
        "",
        "def tables_in_version(version: int) -> list[str]:",
        "    return [name for name, since in SINCE.items() if since <= version]",
        "",
        "",
        "def ddl_for_tables(names: list[str], version: int = SCHEMA_VERSION) -> list[str]:",
        '    """CREATE statements for the named tables as they are in `version`, in dependency order."""',
        "    tables = DDL_BY_VERSION[version]",
        "    return [statement for table, statements in tables.items() if table in names for statement in statements]",
        "",
        "",
        "def ddl_for_version(version: int) -> list[str]:",
        '    """Every CREATE statement of a file of `version`."""',
        "    return ddl_for_tables(tables_in_version(version), version)",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("schema_sql.py")
    target.write_text(render_schema_sql(), encoding="utf-8")
    print(f"wrote {target}")
