"""Making and running team projects: `crosscheck team init`, `upgrade`, `add-member`, `members`,
`remove-member` and `publish`. Logins and passwords stay PostgreSQL's; these only create the
project's schema and roles (through its migrations) and grant or revoke the four project roles.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core.model import now_iso

from . import migrate
from .connect import connect
from .errors import TeamAccessError, TeamError, TeamNotFoundError, TeamVersionError
from .names import ROLES
from .url import TeamLocation, parse_team_url

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class Member:
    login: str
    role: str  # viewer, annotator, reviewer or admin
    display_name: str
    can_login: bool


def location_of(url: str | TeamLocation) -> TeamLocation:
    return url if isinstance(url, TeamLocation) else parse_team_url(url)


def schema_exists(conn: psycopg.Connection, schema: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone() is not None


def _check_can_create(location: TeamLocation, conn: psycopg.Connection) -> None:
    encoding = conn.execute("SHOW server_encoding").fetchone()
    if encoding is None or encoding[0].upper() not in ("UTF8", "UTF-8"):
        raise TeamError(
            location.display,
            f"the database uses the {encoding[0] if encoding else 'unknown'} encoding; team projects need UTF8 "
            "(offsets count Unicode characters): create the database with ENCODING 'UTF8'",
        )
    row = conn.execute(
        "SELECT rolsuper OR rolcreaterole, has_database_privilege(current_database(), 'CREATE') "
        "FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if row is None or not (row[0] and row[1]):
        raise TeamAccessError(
            location.display,
            f"{location.user or 'this login'} may not create team projects here: it needs CREATEROLE and CREATE on "
            f"the database {location.database!r} (ask the database administrator)",
        )
    names = location.names
    if schema_exists(conn, names.schema):
        raise TeamError(location.display, f"a team project {names.project!r} already exists on this server")
    taken = conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", ([names.role(kind) for kind in ROLES],)
    ).fetchone()
    if taken is not None:
        raise TeamError(location.display, f"the role {taken[0]} already exists; choose another project name")


def create_project(
    url: str | TeamLocation, display_name: str = "", fill: Callable[[Any], None] | None = None
) -> TeamLocation:
    """Create the team project: schema, roles, tables and triggers, with the caller as its first
    admin, in one transaction. `fill(connection)` may add content in the same transaction
    (publish), so a failure anywhere leaves nothing behind."""
    location = location_of(url)
    names = location.names
    with connect(location) as probe:
        _check_can_create(location, probe)
    with migrate.sqlalchemy_transaction(lambda: connect(location, application="crosscheck-admin")) as connection:
        raw = connection.connection.driver_connection
        raw.execute(f'CREATE SCHEMA "{names.schema}" AUTHORIZATION CURRENT_USER')
        migrate.upgrade(connection, names)
        raw.execute(f'SET LOCAL search_path TO "{names.schema}"')
        raw.cursor().executemany(
            "INSERT INTO meta (key, value) VALUES (%s, %s)",
            [
                ("min_reader_revision", migrate.HEAD),
                ("app_version", __version__),
                ("created", now_iso()),
                ("project", names.project),
            ],
        )
        raw.execute(f'GRANT "{names.role("admin")}" TO CURRENT_USER')
        raw.execute(
            "INSERT INTO member (login, display_name) VALUES (current_user, %s)",
            ((display_name or "").strip() or location.user or "admin",),
        )
        if fill is not None:
            fill(raw)
    return location


def upgrade_project(url: str | TeamLocation) -> str:
    """Bring an existing team project to this Crosscheck's schema; returns what was done."""
    location = location_of(url)
    names = location.names
    with migrate.sqlalchemy_transaction(lambda: connect(location, application="crosscheck-admin")) as connection:
        raw = connection.connection.driver_connection
        if not schema_exists(raw, names.schema):
            raise TeamNotFoundError(location.display, f"there is no team project {names.project!r} on this server")
        owner = raw.execute(
            "SELECT pg_get_userbyid(nspowner) = current_user FROM pg_namespace WHERE nspname = %s", (names.schema,)
        ).fetchone()
        if not owner or not owner[0]:
            raise TeamAccessError(location.display, "only the login that created the team project can upgrade it")
        before = current_revision(raw, names.schema)
        if before not in migrate.KNOWN:
            raise TeamVersionError(location.display, f"made by a newer Crosscheck (schema {before}); update Crosscheck")
        if before == migrate.HEAD:
            return f"{location.display}: already at schema {before}"
        migrate.upgrade(connection, names)
        raw.execute(f'SET LOCAL search_path TO "{names.schema}"')
        raw.execute("UPDATE meta SET value = %s WHERE key = 'min_reader_revision'", (migrate.HEAD,))
        raw.execute("UPDATE meta SET value = %s WHERE key = 'app_version'", (__version__,))
    return f"{location.display}: upgraded from schema {before} to {migrate.HEAD}"


def current_revision(conn: psycopg.Connection, schema: str) -> str:
    row = conn.execute(f'SELECT version_num FROM "{schema}".alembic_version').fetchone()
    return str(row[0]) if row else ""


def _admin_call(location: TeamLocation, sql: str, params: tuple[object, ...]) -> None:
    import psycopg

    with connect(location, application="crosscheck-admin") as conn:
        if not schema_exists(conn, location.names.schema):
            raise TeamNotFoundError(location.display, f"there is no team project {location.project!r} on this server")
        try:
            conn.execute(f'SET search_path TO "{location.names.schema}"')
            conn.execute(sql, params)
        except psycopg.errors.InsufficientPrivilege as error:
            message = _primary(error)
            if "permission denied for function" in message:  # EXECUTE is an admin's
                message = "only an admin of this team project can manage its members"
            raise TeamAccessError(location.display, message) from None
        except (psycopg.errors.UndefinedObject, psycopg.errors.InvalidParameterValue) as error:
            raise TeamError(location.display, _primary(error)) from None


def _primary(error: Any) -> str:
    diag = getattr(error, "diag", None)  # psycopg's Diagnostic: the server's own sentence
    return str(diag.message_primary if diag is not None and diag.message_primary else error).strip().splitlines()[0]


def add_member(
    url: str | TeamLocation,
    login: str,
    role: str,
    display_name: str = "",
    create: bool = False,
    password: str | None = None,
) -> str:
    """Give `login` the project role `role` (replacing any other), optionally creating the login;
    a password is sent only as a SCRAM verifier computed here, never in plain text."""
    location = location_of(url)
    if role not in ROLES:
        raise TeamError(location.display, f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
    verifier = None
    if password is not None:
        with connect(location) as conn:
            verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    _admin_call(location, "SELECT add_member(%s, %s, %s, %s, %s)", (login, role, display_name, create, verifier))
    return f"{login} is now {'an' if role[0] in 'aeiou' else 'a'} {role} of {location.project}"


def remove_member(url: str | TeamLocation, login: str) -> str:
    location = location_of(url)
    _admin_call(location, "SELECT remove_member(%s)", (login,))
    return f"{login} is no longer a member of {location.project}"


def members(url: str | TeamLocation) -> list[Member]:
    """Every login holding one of the project's roles (its highest), with its display name."""
    import psycopg

    location = location_of(url)
    names = location.names
    roles = {names.role(kind): kind for kind in ROLES}
    with connect(location) as conn:
        if not schema_exists(conn, names.schema):
            raise TeamNotFoundError(location.display, f"there is no team project {names.project!r} on this server")
        granted = conn.execute(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members am "
            "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
            "WHERE g.rolname = ANY(%s) AND NOT m.rolname = ANY(%s)",
            (list(roles), list(roles)),
        ).fetchall()
        shown: dict[str, str] = {}
        with contextlib.suppress(psycopg.errors.InsufficientPrivilege):  # not a member: names stay hidden
            shown = {
                str(k): str(v) for k, v in conn.execute(f'SELECT login, display_name FROM "{names.schema}".member')
            }
    best: dict[str, tuple[int, bool]] = {}
    for login, group, can_login in granted:
        rank = ROLES.index(roles[group])
        if login not in best or rank > best[login][0]:
            best[login] = (rank, bool(can_login))
    return [
        Member(login, ROLES[rank], str(shown.get(login, login)), can_login)
        for login, (rank, can_login) in sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    ]


@dataclass(frozen=True)
class Published:
    location: TeamLocation
    articles: int
    claims: int
    passages: int


def publish_file(path: str, url: str | TeamLocation, display_name: str = "") -> Published:
    """Make a new team project from a project file, everything in one transaction: articles,
    claims, passages, tombstones, settings, imported originals, the vector cache and rejections."""
    import psycopg

    from desktop.store import open_project
    from desktop.store.project_file import _connect

    from .rows import COLUMNS, KINDS, row_values

    location = location_of(url)
    project = open_project(path, read_only=True, thorough=True)
    try:
        state = project.state
        tombstones = project.persistence.tombstones()
        conn = _connect(project.persistence.path or Path(path), read_only=True)
        try:
            extra = {
                "meta": conn.execute("SELECT key, value FROM meta WHERE key LIKE 'setting.%'").fetchall(),
                "article_source": conn.execute(
                    "SELECT sha256, filename, media_type, encoding, extractor, extractor_version, original "
                    "FROM article_source"
                ).fetchall(),
                "unit_vector": conn.execute(
                    "SELECT sha256, model, unit_start, unit_end, vector FROM unit_vector"
                ).fetchall(),
                "suggestion_rejection": conn.execute(
                    "SELECT claim_id, article_id, unit_start, unit_end, created FROM suggestion_rejection"
                ).fetchall(),
            }
        finally:
            conn.close()
    finally:
        project.persistence.close()
    columns = {
        "meta": ("key", "value"),
        "article_source": (
            "sha256",
            "filename",
            "media_type",
            "encoding",
            "extractor",
            "extractor_version",
            "original",
        ),
        "unit_vector": ("sha256", "model", "unit_start", "unit_end", "vector"),
        "suggestion_rejection": ("claim_id", "article_id", "unit_start", "unit_end", "created"),
    }

    def fill(raw: psycopg.Connection) -> None:
        cursor = raw.cursor()
        for kind, table in (("article", state.articles), ("claim", state.claims), ("passage", state.passages)):
            names = ", ".join(f'"{c}"' for c in COLUMNS[KINDS[kind]])
            with cursor.copy(f"COPY {kind} ({names}) FROM STDIN") as copy:
                for entity in table.values():
                    copy.write_row(row_values(entity))
        with cursor.copy("COPY tombstone (id, kind, deleted) FROM STDIN") as copy:
            for tombstone in tombstones.values():
                copy.write_row((tombstone.id, tombstone.kind, tombstone.deleted))
        for name, rows in extra.items():
            with cursor.copy(f"COPY {name} ({', '.join(columns[name])}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        # The log is for clients that were open while something changed; there were none yet.
        cursor.execute("DELETE FROM change_log")

    try:
        create_project(location, display_name, fill)
    except psycopg.errors.IntegrityError as error:
        raise TeamError(
            location.display, f"the server refused the file's content ({_primary(error)}); nothing was created"
        ) from None
    except psycopg.errors.DataError as error:
        raise TeamError(
            location.display, f"the server cannot store the file's content ({_primary(error)}); nothing was created"
        ) from None
    return Published(location, len(state.articles), len(state.claims), len(state.passages))
