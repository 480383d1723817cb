"""The team schema comes from alembic revisions and matches the shared SQLModel classes: a column
added to a shared class fails here until a revision brings it to PostgreSQL as well."""

from __future__ import annotations

import pytest

from desktop.store.team import admin, migrate
from desktop.store.team.connect import connect
from desktop.store.team.schema import team_metadata
from desktop.store.team.url import parse_team_url


def schema_differences(project) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    location = parse_team_url(project.url())
    with migrate.sqlalchemy_transaction(lambda: connect(location)) as connection:
        connection.exec_driver_sql(f'SET LOCAL search_path TO "{project.name}"')
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, team_metadata())
    return [d for d in differences if not (d[0] == "remove_table" and d[1].name == "alembic_version")]


def test_the_migrated_schema_is_the_shared_tables_plus_the_teams(team_project):
    assert schema_differences(team_project) == [], (
        "the team schema differs from desktop/store/team/schema.py: add an alembic revision "
        "(python -m desktop.store.team.migrate revision MESSAGE)"
    )


def test_head_is_the_newest_script_and_every_known_revision_exists():
    assert migrate.script_heads() == (migrate.HEAD,)
    assert migrate.KNOWN[-1] == migrate.HEAD


def test_a_column_added_to_a_shared_class_shows_up_as_a_difference(team_project, monkeypatch):
    from sqlalchemy import Column, String

    from desktop.store import schema

    claim = schema.TABLES["claim"]
    extra = Column("claim_source_url", String, nullable=False, server_default="")
    claim.append_column(extra)
    try:
        differences = schema_differences(team_project)
    finally:
        claim._columns.remove(extra)  # SQLAlchemy has no public way to take a column back
    assert any(d[0] == "add_column" and d[3].name == "claim_source_url" for d in differences)


def test_downgrade_removes_everything_and_upgrade_rebuilds_it(team_project):
    from psycopg import errors

    location = parse_team_url(team_project.url())
    with migrate.sqlalchemy_transaction(lambda: connect(location)) as connection:
        migrate.downgrade(connection, location.names)
    with team_project.superuser() as conn:
        left = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (team_project.name,)).fetchall()
        assert left == [("alembic_version",)]
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"crosscheck_{team_project.name}_%",)
            ).fetchone()[0]
            == 0
        )
    with migrate.sqlalchemy_transaction(lambda: connect(location)) as connection:
        migrate.upgrade(connection, location.names)
    assert schema_differences(team_project) == []
    with team_project.superuser() as conn, pytest.raises(errors.UniqueViolation):
        conn.execute("INSERT INTO alembic_version VALUES (%s)", (migrate.HEAD,))


def test_upgrade_of_a_current_project_changes_nothing(team_project):
    before = team_project.digest()
    assert f"already at schema {migrate.HEAD}" in admin.upgrade_project(team_project.url())
    assert team_project.digest() == before


def test_a_project_of_an_older_crosscheck_is_refused_until_its_creator_upgrades_it(team_project):
    from desktop.store.team import TeamVersionError, open_team_project

    location = parse_team_url(team_project.url())
    with migrate.sqlalchemy_transaction(lambda: connect(location)) as connection:
        migrate.downgrade(connection, location.names, "0001")  # as made before claims had claimants
    with pytest.raises(TeamVersionError, match=r"made by an older Crosscheck \(schema 0001\).*team upgrade URL"):
        open_team_project(team_project.url("maria"))
    assert f"upgraded from schema 0001 to {migrate.HEAD}" in admin.upgrade_project(team_project.url())
    assert schema_differences(team_project) == []
    project = open_team_project(team_project.url("anna"))
    project.persistence.close()


def test_only_the_creator_upgrades(team_project):
    from desktop.store.team import TeamAccessError

    with pytest.raises(TeamAccessError, match="only the login that created"):
        admin.upgrade_project(team_project.url("adam"))


def test_a_newer_schema_is_refused_with_a_sentence(team_project):
    from desktop.store.team import TeamVersionError, open_team_project

    with team_project.superuser() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(TeamVersionError, match=r"made by a newer Crosscheck \(schema 0999\)"):
        open_team_project(team_project.url("anna"))
