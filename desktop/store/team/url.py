"""A team project's address: a libpq URL with our own `project` parameter.

    postgresql://maria@desk.example.org/newsroom?project=biden-putin
    postgresql://maria@/newsroom?host=/run/postgresql&project=biden-putin&sslmode=require

Everything but `project` is libpq's, so .pgpass, service files (`?service=desk`), `sslmode` and
the PG* environment work as in psql. A password may be given in the URL for one command, but is
never shown or remembered: `display` leaves it out, and that is what the recent list keeps.
Parsing needs no psycopg: the CLI and the window can tell a URL from a file cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from .names import ProjectNameError, ProjectNames, check_project_name

SCHEMES = ("postgresql", "postgres")


class TeamAddressError(ValueError):
    """Not a usable team project address; the message says why and what to write."""


def is_team_location(text: object) -> bool:
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class TeamLocation:
    conninfo: str  # what libpq is given: the URL without `project` (with its password, if any)
    display: str  # the URL without its password: for titles, messages and the recent list
    names: ProjectNames
    user: str
    host: str
    port: str
    database: str

    @property
    def project(self) -> str:
        return self.names.project

    @property
    def keyring_key(self) -> str:
        """Under which name the system keyring keeps this login's password."""
        return f"{self.user}@{self.host or 'local'}:{self.port or '5432'}/{self.database}"


def parse_team_url(text: str) -> TeamLocation:
    if not is_team_location(text):
        raise TeamAddressError(f"{text}: not a team project address (postgresql://USER@HOST/DATABASE?project=NAME)")
    parts = urlsplit(text)
    query = parse_qsl(parts.query, keep_blank_values=True)
    projects = [value for key, value in query if key == "project"]
    display_parts = parts._replace(netloc=_without_password(parts))
    shown = urlunsplit(display_parts)
    if len(projects) != 1 or not projects[0]:
        raise TeamAddressError(f"{shown}: name the team project once, with ?project=NAME at the end of the address")
    try:
        names = ProjectNames(check_project_name(projects[0]))
    except ProjectNameError as error:
        raise TeamAddressError(f"{shown}: {error}") from None
    rest = [(key, value) for key, value in query if key != "project"]
    libpq = urlunsplit(parts._replace(query=urlencode(rest, quote_via=quote, safe="/")))
    options = dict(rest)
    database = unquote(parts.path.lstrip("/")) or options.get("dbname", "")
    user = unquote(parts.username or "") or options.get("user", "")
    host = parts.hostname or options.get("host", "")
    port = str(parts.port or options.get("port", ""))
    return TeamLocation(libpq, shown, names, user, host, port, database)


def _without_password(parts) -> str:  # type: ignore[no-untyped-def]  # urllib's SplitResult
    netloc = str(parts.netloc)
    if "@" not in netloc:
        return netloc
    userinfo, _, hostport = netloc.rpartition("@")
    return f"{userinfo.split(':', 1)[0]}@{hostport}"
