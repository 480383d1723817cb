"""The project file (SQLite). The only package that imports sqlite3, SQLAlchemy or SQLModel."""

from __future__ import annotations

from pathlib import Path

from desktop.core.project import Project

from .errors import (
    CorruptProjectError,
    InterruptedSaveError,
    NotCrosscheckError,
    NotSQLiteError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ReadOnlyLocationError,
    StoreError,
    TargetRefusedError,
    TooNewError,
    UncleanProjectError,
    WriteFailedError,
)
from .project_file import SUFFIX, ProjectFile

__all__ = [
    "SUFFIX",
    "CorruptProjectError",
    "InterruptedSaveError",
    "NotCrosscheckError",
    "NotSQLiteError",
    "ProjectExistsError",
    "ProjectFile",
    "ProjectLockedError",
    "ProjectNotFoundError",
    "ReadOnlyLocationError",
    "StoreError",
    "TargetRefusedError",
    "TooNewError",
    "UncleanProjectError",
    "WriteFailedError",
    "create_project",
    "is_team_location",
    "open_project",
    "sqlite_version",
]


def sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def is_team_location(location: Path | str) -> bool:
    """A postgresql:// address (a team project) rather than a file; needs no psycopg."""
    from .team.url import is_team_location as is_url

    return is_url(location)


def open_project(path: Path | str, *, author: str = "", read_only: bool = False, thorough: bool = False) -> Project:
    """Open a project and load it: a file (its persistence is the ProjectFile), or a team project
    at a postgresql:// address (a TeamStore, whose author is the member's name on the server)."""
    if is_team_location(path):
        from .team import open_team_project

        return open_team_project(str(path), read_only=read_only)
    project_file = ProjectFile.open(path, read_only=read_only, thorough=thorough)
    try:
        state = project_file.load()
    except BaseException:
        project_file.close()
        raise
    return Project(state, project_file, author=author)


def create_project(path: Path | str, *, author: str = "") -> Project:
    """A new empty project: a file, or a team project at a postgresql:// address (created as
    `crosscheck team init` does, with this login as its first admin)."""
    if is_team_location(path):
        from .team import open_team_project
        from .team.admin import create_project as create_team_project

        create_team_project(str(path), author)
        return open_team_project(str(path))
    project_file = ProjectFile.create(path)
    return Project(project_file.load(), project_file, author=author)
