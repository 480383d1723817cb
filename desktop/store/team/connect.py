"""Opening a connection to a team server, with libpq's own password sources first (the URL for
one command, .pgpass, a service file, PGPASSWORD) and the system keyring after them. Passwords are
never written to our settings; `crosscheck team login URL` puts one in the keyring.

Every failure becomes one sentence that names the project by its address without a password.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from .errors import TeamError, TeamLoginError, TeamNotFoundError, TeamUnavailableError
from .url import TeamLocation

if TYPE_CHECKING:
    import psycopg

KEYRING_SERVICE = "crosscheck-postgresql"
CONNECT_TIMEOUT_S = 5
# A server that vanishes without closing the connection (a cable, a suspended laptop) is noticed
# within ~15 s by TCP keepalives and the user timeout; a Unix socket reports it at once.
TCP_SETTINGS = {
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "15000",
}


def keyring_password(location: TeamLocation) -> str | None:
    """The login's password from the system keyring, or None (no keyring, or nothing kept)."""
    try:
        import keyring
    except ImportError:  # pragma: no cover - a dependency; a stripped install may lack it
        return None
    with contextlib.suppress(Exception):  # no backend, a locked keyring, no session bus: not kept
        return keyring.get_password(KEYRING_SERVICE, location.keyring_key)
    return None


def store_keyring_password(location: TeamLocation, secret: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, location.keyring_key, secret)
    except KeyringError as error:
        raise TeamLoginError(
            location.display, f"the system keyring cannot keep the password ({error}); use ~/.pgpass instead"
        ) from None


def connect(
    location: TeamLocation, *, application: str = "crosscheck", password: str | None = None
) -> psycopg.Connection:
    """An autocommit connection to the team server (callers open transactions explicitly).
    `password` is for checking one before it is kept (`crosscheck team login`)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(location.conninfo)
    except psycopg.ProgrammingError as error:
        raise TeamError(location.display, f"not a usable address ({_first_line(error)})") from None
    extra: dict[str, Any] = {"application_name": application}  # libpq parameters, all text
    if "connect_timeout" not in given:
        extra["connect_timeout"] = str(CONNECT_TIMEOUT_S)
    host = str(given.get("host", ""))
    if host and not host.startswith("/"):
        extra.update({key: value for key, value in TCP_SETTINGS.items() if key not in given})
    if password is not None:
        try:
            return psycopg.connect(location.conninfo, autocommit=True, password=password, **extra)
        except psycopg.OperationalError as error:
            raise describe_connect_error(location, error, from_keyring=True) from None
    try:
        return psycopg.connect(location.conninfo, autocommit=True, **extra)
    except psycopg.OperationalError as error:
        if "password" in given or not _wants_password(error):
            raise describe_connect_error(location, error) from None
        first = error
    secret = keyring_password(location)
    if secret is None:
        raise describe_connect_error(location, first) from None
    try:
        return psycopg.connect(location.conninfo, autocommit=True, password=secret, **extra)
    except psycopg.OperationalError as error:
        raise describe_connect_error(location, error, from_keyring=True) from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[-1].strip() if "\n" in text else text


def _wants_password(error: BaseException) -> bool:
    text = str(error)
    return "no password supplied" in text or "password authentication failed" in text


def describe_connect_error(location: TeamLocation, error: BaseException, from_keyring: bool = False) -> TeamError:
    text = str(error)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    detail = next((line for line in reversed(lines) if "FATAL" in line), lines[-1] if lines else type(error).__name__)
    detail = detail.split("FATAL:", 1)[-1].strip()
    user = location.user or "you"
    where = (
        "~/.pgpass, a service file, or `crosscheck team login URL` (the system keyring)"
        if not from_keyring
        else "the system keyring; run `crosscheck team login URL` again"
    )
    if "password authentication failed" in text:
        return TeamLoginError(location.display, f"the server refused the password for {user}; correct it in {where}")
    if "no password supplied" in text:
        return TeamLoginError(location.display, f"the server wants a password for {user}: keep it in {where}")
    if "does not exist" in text and "role" in text:
        return TeamLoginError(location.display, f"the server has no login named {user}; ask your administrator")
    if "does not exist" in text and "database" in text:
        return TeamNotFoundError(location.display, f"the server has no database {location.database!r}")
    if "no pg_hba.conf entry" in text or "not permitted" in text:
        return TeamLoginError(location.display, f"the server does not let {user} log in from here ({detail})")
    return TeamUnavailableError(location.display, f"cannot reach the team server ({detail})")
