"""Running a team project's alembic migrations (desktop/store/team/migrations/).

The migrations run on a SQLAlchemy connection over our own psycopg connection (so the keyring and
the error messages are the same as everywhere), inside the caller's transaction, with search_path
set to the project's schema: creating or upgrading a project is all or nothing.

To add a revision (for a column added to a shared SQLModel class, say):
    python -m desktop.store.team.migrate revision "claim claimant and claim date"
then fill in upgrade() and downgrade(); tests/store/team/test_migrations.py tells you when the
migrated schema and desktop/store/team/schema.py agree.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .names import ProjectNames

if TYPE_CHECKING:
    import psycopg

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0002"  # the newest revision this Crosscheck knows (a test checks it against the scripts)
KNOWN = ("0001", "0002")  # every revision this Crosscheck knows, oldest first


def _config(connection: Any = None, names: ProjectNames | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["names"] = names
    return config


def script_heads() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory.from_config(_config()).get_heads())


@contextmanager
def sqlalchemy_transaction(open_connection: Callable[[], psycopg.Connection]) -> Iterator[Any]:
    """A SQLAlchemy connection in one transaction over a fresh psycopg connection; committed at
    the end of the block, rolled back on any error."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def creator() -> psycopg.Connection:
        raw = open_connection()
        raw.autocommit = False  # SQLAlchemy runs the transaction
        return raw

    engine = create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def upgrade(connection: Any, names: ProjectNames, target: str = "head") -> None:
    """Bring the project's schema to `target` inside the connection's open transaction."""
    from alembic import command

    connection.exec_driver_sql(f'SET LOCAL search_path TO "{names.schema}"')
    command.upgrade(_config(connection, names), target)


def downgrade(connection: Any, names: ProjectNames, target: str = "base") -> None:
    from alembic import command

    connection.exec_driver_sql(f'SET LOCAL search_path TO "{names.schema}"')
    command.downgrade(_config(connection, names), target)


def _new_revision(message: str) -> None:
    from alembic import command

    number = f"{len(KNOWN) + 1:04d}"
    command.revision(_config(), message=message, rev_id=number)
    print(f"wrote revision {number}: add it to HEAD and KNOWN in {__file__}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        print("usage: python -m desktop.store.team.migrate revision MESSAGE", file=sys.stderr)
        raise SystemExit(1)
    _new_revision(sys.argv[2])
