"""Alembic's environment for team projects. Not run from an alembic.ini: desktop/store/team/migrate.py
hands over an open SQLAlchemy connection (inside the caller's transaction, search_path set to
the project's schema) and the project's names in `config.attributes`."""

from __future__ import annotations

from alembic import context

from desktop.store.team.schema import team_metadata

config = context.config
connection = config.attributes["connection"]
names = config.attributes["names"]

context.configure(
    connection=connection,
    target_metadata=team_metadata(),
    version_table_schema=names.schema,  # each project keeps its own alembic_version
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations(names=names)
