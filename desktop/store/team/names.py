"""The names one team project takes on a PostgreSQL server: its schema, its four group roles, its
notification channel and its advisory-lock key. Derived from the project name alone, so every
client, the migrations and the administrator's commands agree without asking the server."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

PROJECT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
RESERVED = ("pg_", "information_schema", "public")
ROLES = ("viewer", "annotator", "reviewer", "admin")  # each includes the ones before it
ROLE_PHRASE = {
    "viewer": "read everything",
    "annotator": "also highlight, link and edit passages, claims and notes",
    "reviewer": "also set verdicts",
    "admin": "also import and edit articles, change settings and manage members",
}


class ProjectNameError(ValueError):
    """Not a usable team project name; the message says which are."""


def check_project_name(name: str) -> str:
    if not PROJECT_NAME.fullmatch(name) or name.startswith(RESERVED):
        raise ProjectNameError(
            f"{name!r} is not a team project name: use 1-40 lower-case letters, digits, '-' or '_', "
            "starting with a letter or digit (and not pg_..., public or information_schema)"
        )
    return name


@dataclass(frozen=True)
class ProjectNames:
    project: str

    def __post_init__(self) -> None:
        check_project_name(self.project)

    @property
    def schema(self) -> str:
        return self.project

    def role(self, kind: str) -> str:
        if kind not in ROLES:
            raise ProjectNameError(f"unknown role {kind!r}; use one of: {', '.join(ROLES)}")
        return f"crosscheck_{self.project}_{kind}"

    @property
    def channel(self) -> str:
        """LISTEN/NOTIFY channel: wakes the clients after each committed change."""
        return f"crosscheck_{self.project}"

    @property
    def lock_key(self) -> int:
        """pg_advisory_xact_lock key that orders change_log sequence numbers by commit."""
        return zlib.crc32(f"crosscheck:{self.project}".encode()) - 2**31
