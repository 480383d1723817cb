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
    "open_project",
    "sqlite_version",
]


def sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def open_project(path: Path | str, *, author: str = "", read_only: bool = False, thorough: bool = False) -> Project:
    """Open a project file and load it. The Project's persistence is the ProjectFile."""
    project_file = ProjectFile.open(path, read_only=read_only, thorough=thorough)
    try:
        state = project_file.load()
    except BaseException:
        project_file.close()
        raise
    return Project(state, project_file, author=author)


def create_project(path: Path | str, *, author: str = "") -> Project:
    project_file = ProjectFile.create(path)
    return Project(project_file.load(), project_file, author=author)
