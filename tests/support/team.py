"""Team projects on the test cluster: logins for each role, fresh projects, and a digest of
everything a project holds on the server (to show that a refused command changed nothing)."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from pathlib import Path

import psycopg

from tests.support.pg import DATABASE, Cluster

# login -> (password, project role it gets in `TeamProject`); ada creates the projects.
LOGINS = {
    "ada": ("ada-secret", None),
    "vera": ("vera-secret", "viewer"),
    "anna": ("anna-secret", "annotator"),
    "rita": ("rita-secret", "reviewer"),
    "adam": ("adam-secret", "admin"),
    "maria": ("maria-secret", "reviewer"),
    "luca": ("luca-secret", "reviewer"),
    "otto": ("otto-secret", None),  # can log in, member of nothing
}
DISPLAY = {"ada": "Ada Lovelace", "maria": "Maria Rossi", "luca": "Luca Bianchi"}
_names = itertools.count(1)


def create_logins(cluster: Cluster) -> None:
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        for login, (secret, _role) in LOGINS.items():
            conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{secret}'")
            cluster.add_password(login, secret)
        # The project creator: may create roles and schemas, but is no superuser.
        conn.execute("ALTER ROLE ada CREATEROLE")
        conn.execute(f'GRANT CREATE ON DATABASE "{DATABASE}" TO ada')


def fresh_name(prefix: str = "t") -> str:
    return f"{prefix}{next(_names)}"


@dataclass
class TeamProject:
    cluster: Cluster
    name: str
    source: Path | None = None  # the project file it was published from, if it was

    def url(self, login: str = "ada") -> str:
        return self.cluster.url(login, project=self.name)

    def add_members(self) -> None:
        from desktop.store.team import admin

        for login, (_secret, role) in LOGINS.items():
            if role is not None:
                admin.add_member(self.url(), login, role, DISPLAY.get(login, login.capitalize()))

    def superuser(self) -> psycopg.Connection:
        conn = psycopg.connect(self.cluster.conninfo(), autocommit=True)
        conn.execute(f'SET search_path TO "{self.name}"')
        return conn

    def as_login(self, login: str) -> psycopg.Connection:
        """Plain psycopg as a member: what a modified client could send."""
        conn = psycopg.connect(self.cluster.conninfo(login), autocommit=True)
        conn.execute(f'SET search_path TO "{self.name}"')
        return conn

    def digest(self) -> str:
        """Every row of every table of the project, hashed: equal digests, identical content."""
        h = hashlib.sha256()
        with self.superuser() as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (self.name,)
                )
            ]
            for table in tables:
                if table == "presence":
                    continue  # who is looking is not content
                h.update(table.encode())
                for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                    h.update(repr(row).encode())
        return h.hexdigest()


def state_digest(state) -> str:
    """Every entity of a project state, hashed (clients' memories compared)."""
    h = hashlib.sha256()
    for table in (state.articles, state.claims, state.passages):
        for key in sorted(table):
            h.update(repr(table[key]).encode())
    return h.hexdigest()


CHECK_TRIGGERS = {
    "article": ("article_check",),
    "claim": ("claim_check",),
    "passage": ("passage_check_insert", "passage_check_update"),
}


def disable_checks(conn: psycopg.Connection, *tables: str) -> None:
    """Switch the server's own content checks off (as the project's owner could), to plant rows
    that a client must refuse by itself."""
    for table in tables or tuple(CHECK_TRIGGERS):
        for trigger in CHECK_TRIGGERS[table]:
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
