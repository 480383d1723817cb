"""A team project on PostgreSQL as the core's Persistence (desktop/core/persistence.py).

Each write is one transaction that first takes the project's advisory lock, then locks the rows it
updates or deletes and compares their versions with the ones this client last saw. A row nobody
else touched is written at once; a row someone changed is still written when the fields we change
are not the ones they changed (their other fields stay); a field both changed is an EditConflict
with their value and name, and nothing is written. The server's triggers stamp versions, write
the change log and tombstones, and wake the other clients (see migrations/versions/0001).

Threads: the store's main connection belongs to the thread that opened it (the window's GUI
thread, a CLI command); the live feed (feed.py) and the vector writer have connections of their own.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.commands import MAX_NOTE
from desktop.core.consistency import check_state
from desktop.core.model import Article, Claim, Entity, Passage, Verdict
from desktop.core.persistence import ArticleSource, Rejection, Span, VectorSave, VectorWriter
from desktop.core.replay import BOOKKEEPING, entity_name
from desktop.core.state import EntityChange, ProjectState
from desktop.core.tombstone import Tombstone

from . import migrate
from .admin import current_revision, schema_exists
from .connect import connect
from .errors import (
    EditConflict,
    FieldConflict,
    TeamAccessError,
    TeamDataError,
    TeamError,
    TeamNotFoundError,
    TeamUnavailableError,
    TeamVersionError,
    TeamWriteFailed,
)
from .names import ROLES
from .rows import (
    COLUMNS,
    BadRow,
    build_state,
    column_problem,
    column_value,
    decode,
    limits_sql,
    row_values,
    select_sql,
)
from .url import TeamLocation, parse_team_url

if TYPE_CHECKING:
    import numpy as np
    import psycopg

KIND_OF = {Article: "article", Claim: "claim", Passage: "passage"}
LOCK_TIMEOUT = "5s"  # a write waits this long for a colleague's, then says the server is busy
RECONNECT_WAIT_S = 3.0  # how long a write whose commit went unanswered tries to find out
WRITE_ATTEMPTS = 5  # reads and plans again when a row changed between its read and its write


class FeedHandle(Protocol):
    """What the store asks of its live feed (feed.Feed), which it does not import."""

    def request(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


def kind_of(entity: Entity) -> str:
    return KIND_OF[type(entity)]


@dataclass(frozen=True)
class _Write:
    """One entity's net change in a step (a step may touch an entity more than once)."""

    kind: str
    before: Entity | None
    after: Entity | None
    # For a row merged with someone's newer fields: the version we merged onto. Our memory then
    # lacks their fields, so we keep that version, and the feed brings the merged row in as news.
    seen: int = 0

    @property
    def entity(self) -> Entity:
        return self.after if self.after is not None else self.before  # type: ignore[return-value]  # one of the two is always set (a change has a before or an after)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.entity.id)


def _net(changes: Sequence[EntityChange]) -> list[_Write]:
    first: dict[tuple[str, str], _Write] = {}
    for change in changes:
        kind = kind_of(change.entity)
        key = (kind, change.id)
        earlier = first.get(key)
        first[key] = _Write(kind, earlier.before if earlier else change.before, change.after)
    return [w for w in first.values() if w.before != w.after]


def changed_columns(before: Entity, after: Entity) -> list[str]:
    return [f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)]


def _describe_db_error(error: Exception) -> str:
    diag = getattr(error, "diag", None)
    text = diag.message_primary if diag is not None and diag.message_primary else str(error)
    return " ".join(str(text).split())[:300]


class TeamStore:
    """An open team project. Use `open()`; `close()` when done."""

    path: Path | None = None

    def __init__(self, location: TeamLocation, conn: psycopg.Connection, role: str, author: str, revision: str) -> None:
        self.team_location = location
        self._conn = conn
        self.role = role  # viewer, annotator, reviewer, admin (the project's creator is an admin too)
        self.author = author  # the member's display name: the Author of every change made here
        self.revision = revision
        self._role_reason = (
            f"you are a viewer of the team project {location.project}; ask its admin for a role that can annotate"
            if role == "viewer"
            else ""
        )
        self._opened_read_only = bool(self._role_reason)
        self.connected = True
        self.unavailable_reason = ""
        self._versions: dict[tuple[str, str], int] = {}
        self.last_seq = 0
        self._write_observers: list[Callable[[], None]] = []
        self._lock = threading.Lock()  # the main connection is used by its owner thread and close()
        self.in_doubt: list[str] = []  # steps whose commit went unanswered and could not be checked yet
        self.last_step = ""  # the id of our last committed transaction (other clients' RemoteStep.step)
        self.feed: FeedHandle | None = None

    # --- opening --------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | TeamLocation, *, read_only: bool = False) -> tuple[TeamStore, ProjectState]:
        """Connect, check the project's schema and our role, and load it. Raises TeamError
        subclasses (one sentence each); never writes."""
        import psycopg

        store = cls._open_unloaded(url if isinstance(url, TeamLocation) else parse_team_url(url))
        try:
            if read_only and not store._role_reason:
                store._role_reason = "opened read-only"
                store._opened_read_only = True
            state = store.load()
        except psycopg.Error as error:
            store.close()
            raise TeamUnavailableError(store.location, f"the server failed ({_describe_db_error(error)})") from None
        except BaseException:
            store.close()
            raise
        return store, state

    @classmethod
    def _open_unloaded(cls, location: TeamLocation) -> TeamStore:
        """Connected and checked (schema, revision, role), nothing loaded yet."""
        import psycopg

        conn = connect(location)
        try:
            return cls._checked(location, conn)
        except psycopg.Error as error:
            conn.close()
            raise TeamUnavailableError(location.display, f"the server failed ({_describe_db_error(error)})") from None
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _checked(cls, location: TeamLocation, conn: psycopg.Connection) -> TeamStore:
        names = location.names
        if not schema_exists(conn, names.schema):
            raise TeamNotFoundError(
                location.display,
                f"there is no team project {names.project!r} on this server (an admin creates it with "
                "`crosscheck team init URL` or `crosscheck team publish FILE URL`)",
            )
        allowed = conn.execute("SELECT has_schema_privilege(%s, 'USAGE')", (names.schema,)).fetchone()
        if not allowed or not allowed[0]:
            raise TeamAccessError(
                location.display,
                f"{location.user or 'this login'} is not a member of the team project {names.project}; ask its "
                f"admin to run `crosscheck team add-member URL {location.user or 'NAME'} --role annotator`",
            )
        revision = current_revision(conn, names.schema)
        if revision not in migrate.KNOWN:
            raise TeamVersionError(
                location.display, f"made by a newer Crosscheck (schema {revision}); update Crosscheck to open it"
            )
        if revision != migrate.HEAD:
            raise TeamVersionError(
                location.display,
                f"made by an older Crosscheck (schema {revision}); its creator can run `crosscheck team upgrade URL`",
            )
        conn.execute(f'SET search_path TO "{names.schema}"')
        conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        columns = conn.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = %s AND table_name IN ('article', 'claim', 'passage')",
            (names.schema,),
        ).fetchall()
        problem = column_problem(columns)
        if problem:
            raise TeamDataError(
                location.display, f"the team project's tables are not ours ({problem}); it was not opened"
            )
        role = cls._role_of(conn, location)
        shown = conn.execute("SELECT display_name FROM member WHERE login = session_user").fetchone()
        author = str(shown[0]) if shown else (location.user or "")
        return cls(location, conn, role, author, revision)

    @staticmethod
    def _role_of(conn: psycopg.Connection, location: TeamLocation) -> str:
        names = location.names
        row = conn.execute(
            "SELECT " + ", ".join(["pg_has_role(session_user, %s, 'MEMBER')"] * len(ROLES)),
            [names.role(kind) for kind in ROLES],
        ).fetchone()
        held = [kind for kind, has in zip(ROLES, row or (), strict=False) if has]
        if not held:
            raise TeamAccessError(location.display, f"this login holds no role in the team project {names.project}")
        return held[-1]

    def load(self) -> ProjectState:
        """Every entity, with its version and the change log's position, from one snapshot."""
        with self._lock, self._conn.transaction():
            self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            seq = self._conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()
            kinds = ("article", "claim", "passage")
            rows = {kind: self._conn.execute(select_sql(kind)).fetchall() for kind in kinds}
            within = {kind: bool(self._conn.execute(limits_sql(kind)).fetchone()[0]) for kind in kinds}  # type: ignore[index]  # an aggregate without GROUP BY always returns one row
        try:
            loaded = build_state(rows, within)
        except BadRow as error:
            raise TeamDataError(self.location, f"the server holds a damaged row ({error}); it was not opened") from None
        findings = check_state(loaded.state) + duplicate_ids(loaded.state)
        if findings:
            more = f" and {len(findings) - 1} more" if len(findings) > 1 else ""
            raise TeamDataError(
                self.location,
                f"the team project does not hold together ({findings[0].message}{more}); "
                "`crosscheck check URL` lists every problem",
            )
        self._versions = loaded.versions
        self.last_seq = int(seq[0]) if seq else 0
        return loaded.state

    # --- Persistence: identity and state --------------------------------------------------
    @property
    def location(self) -> str:
        return self.team_location.display

    @property
    def read_only(self) -> bool:
        return self._opened_read_only or not self.connected

    @property
    def read_only_reason(self) -> str:
        if self._role_reason:
            return self._role_reason
        if not self.connected:
            return self.unavailable_reason or "the team server cannot be reached; reconnecting"
        return ""

    def on_write(self, observer: Callable[[], None]) -> Callable[[], None]:
        self._write_observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._write_observers:
                self._write_observers.remove(observer)

        return unsubscribe

    def _wrote(self) -> None:
        for observer in list(self._write_observers):
            observer()

    def version_of(self, kind: str, entity_id: str) -> int:
        """The row version this client last saw (0: never)."""
        return self._versions.get((kind, entity_id), 0)

    def note_version(self, kind: str, entity_id: str, version: int) -> bool:
        """Take a newer version seen on the server; False if ours is as new or newer."""
        key = (kind, entity_id)
        if version <= self._versions.get(key, 0):
            return False
        self._versions[key] = version
        return True

    # --- writing --------------------------------------------------------------------------
    def write(self, changes: Sequence[EntityChange]) -> None:
        """All changes in one transaction, or an error and none (see the module docstring)."""
        if self.read_only:
            raise TeamWriteFailed(self.location, f"{self.read_only_reason}; nothing was saved")
        writes = _net(changes)
        if not writes:
            return
        self._check_role(writes)
        step = str(uuid.uuid4())
        import psycopg

        try:
            with self._lock:
                versions = self._write(step, writes)
        except EditConflict:
            if self.feed is not None:
                self.feed.request()  # bring their version in
            raise
        except psycopg.errors.InsufficientPrivilege as error:
            raise TeamAccessError(
                self.location, f"your role ({self.role}) does not allow this change ({_describe_db_error(error)})"
            ) from None
        except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as error:
            if self.feed is not None:
                self.feed.request()
            raise TeamWriteFailed(
                self.location,
                f"the server refused the change, probably because a colleague changed the same thing meanwhile "
                f"({_describe_db_error(error)}); nothing was saved",
            ) from None
        except psycopg.OperationalError as error:
            if not self._conn.broken:  # a lock or statement timeout, a deadlock: the server said no
                raise TeamWriteFailed(
                    self.location,
                    f"the server is busy with a colleague's change ({_describe_db_error(error)}); "
                    "try again; nothing was saved",
                ) from None
            self._committed_after_all(step, error)
            versions = self._versions_after_commit(writes)
        for key, version in versions.items():
            self._versions[key] = max(version, self._versions.get(key, 0))
        self.last_step = step
        self._wrote()

    def _check_role(self, writes: Sequence[_Write]) -> None:
        """Say in our words what the server would refuse (the server refuses it regardless)."""
        rank = ROLES.index(self.role)
        for w in writes:
            needed, what = "annotator", "change passages and claims"
            if w.kind == "article":
                needed, what = "admin", "import, edit or remove articles"
            elif w.kind == "claim" and _touches_verdict(w):
                needed, what = "reviewer", "set or remove verdicts (or delete a claim that has one)"
            if rank < ROLES.index(needed):
                raise TeamAccessError(
                    self.location,
                    f"as {'an' if self.role[0] in 'aeiou' else 'a'} {self.role} of this team project you may not {what}; "
                    f"a {needed} can; nothing was saved",
                )

    def _write(self, step: str, writes: Sequence[_Write]) -> dict[tuple[str, str], int]:
        """Read the rows, plan, then commit in one pipelined round trip; if a row changed in
        between (the server refuses the version we expect), read and plan again."""
        import psycopg

        for _attempt in range(WRITE_ATTEMPTS):
            current = self._read_rows(writes)
            plan, conflicts = self._plan(writes, current)
            if conflicts:
                raise EditConflict(self.location, self._with_authors(conflicts))
            try:
                return self._commit(step, plan, current)
            except (psycopg.errors.SerializationFailure, psycopg.errors.UniqueViolation):
                continue  # someone committed between our read and our write: nothing of ours went in
        raise TeamWriteFailed(self.location, "colleagues kept changing the same things; try again; nothing was saved")

    def _commit(
        self, step: str, plan: Sequence[_Write], current: dict[tuple[str, str], tuple[Entity, int] | None]
    ) -> dict[tuple[str, str], int]:
        """The whole step as one message of several statements, which PostgreSQL runs as one
        implicit transaction, back to back: the project's write lock (taken first, for the change
        log's order) is then held for the server's time only, never while a client waits for its
        turn on a busy machine. Each update and delete names the version it expects."""
        from psycopg import sql

        conn = self._conn
        statements = [
            sql.SQL("SELECT set_config('crosscheck.step', {}, true), pg_advisory_xact_lock({})").format(
                sql.Literal(step), sql.Literal(self.team_location.names.lock_key)
            )
        ]
        expected: list[tuple[str, _Write | None]] = [("", None)]  # what each statement returns
        for kind in ("passage", "claim", "article"):
            gone = [w for w in plan if w.kind == kind and w.after is None]
            if gone:
                pairs = sql.SQL(", ").join(
                    sql.SQL("({}, {})").format(sql.Literal(w.entity.id), sql.Literal(_seen(current, w))) for w in gone
                )
                statements.append(
                    sql.SQL(
                        "WITH d AS (DELETE FROM {} WHERE (id, version) IN ({}) RETURNING 1) "
                        "SELECT expect_rows((SELECT count(*) FROM d), {})"
                    ).format(sql.Identifier(kind), pairs, sql.Literal(len(gone)))
                )
                expected.append(("", None))
        for kind in ("article", "claim", "passage"):
            new = [w.after for w in plan if w.kind == kind and w.before is None and w.after is not None]
            if new:
                columns = sql.SQL(", ").join(sql.Identifier(c) for c in COLUMNS[type(new[0])])
                rows = sql.SQL(", ").join(
                    sql.SQL("({})").format(sql.SQL(", ").join(sql.Literal(v) for v in row_values(e))) for e in new
                )
                statements.append(
                    sql.SQL("INSERT INTO {} ({}) VALUES {} RETURNING id, version").format(
                        sql.Identifier(kind), columns, rows
                    )
                )
                expected.append((kind, None))
        for w in plan:
            if w.before is not None and w.after is not None:
                after = w.after
                sets = sql.SQL(", ").join(
                    sql.SQL("{} = {}").format(sql.Identifier(c), sql.Literal(column_value(after, c)))
                    for c in changed_columns(w.before, after)
                    if c != "id"
                )
                statements.append(
                    sql.SQL(
                        "WITH u AS (UPDATE {} SET {} WHERE id = {} AND version = {} RETURNING version) "
                        "SELECT expect_rows((SELECT count(*) FROM u), 1), (SELECT version FROM u)"
                    ).format(sql.Identifier(w.kind), sets, sql.Literal(after.id), sql.Literal(_seen(current, w)))
                )
                expected.append((w.kind, w))
        message = sql.SQL("; ").join(statements).as_string(conn)
        cursor = conn.execute(message)  # no parameters: the simple protocol, one implicit transaction
        versions: dict[tuple[str, str], int] = {}
        for number, (kind, planned) in enumerate(expected):
            if number and not cursor.nextset():
                break
            if not kind:
                continue
            for row in cursor.fetchall():
                if planned is None:
                    versions[(kind, str(row[0]))] = int(row[1])
                else:
                    versions[planned.key] = planned.seen or int(row[1])
        return versions

    def _read_rows(self, writes: Sequence[_Write]) -> dict[tuple[str, str], tuple[Entity, int] | None]:
        found: dict[tuple[str, str], tuple[Entity, int] | None] = {w.key: None for w in writes}
        cursors = []
        with self._conn.pipeline():
            for kind in ("article", "claim", "passage"):
                ids = [w.entity.id for w in writes if w.kind == kind]
                if ids:
                    cursors.append((kind, self._conn.execute(select_sql(kind, "id = ANY(%s)"), (ids,))))
        for kind, cursor in cursors:
            for row in cursor.fetchall():
                try:
                    entity, version = decode(kind, row)
                except BadRow as error:
                    raise TeamDataError(
                        self.location, f"the server holds a damaged row ({error}); nothing was saved"
                    ) from None
                found[(kind, entity.id)] = (entity, version)
        return found

    def _plan(
        self, writes: Sequence[_Write], current: dict[tuple[str, str], tuple[Entity, int] | None]
    ) -> tuple[list[_Write], list[FieldConflict]]:
        plan: list[_Write] = []
        conflicts: list[FieldConflict] = []
        for w in writes:
            server = current[w.key]
            theirs, version = server if server is not None else (None, 0)
            unchanged = server is not None and version == self._versions.get(w.key)
            if w.before is None:  # a new entity (or the undo of a deletion)
                if theirs is not None:
                    conflicts.append(FieldConflict(w.kind, w.entity.id, entity_name(w.entity), "", w.after, theirs, ""))
                else:
                    plan.append(w)
            elif theirs is None:  # deleted on the server since
                if w.after is not None:
                    conflicts.append(FieldConflict(w.kind, w.entity.id, entity_name(w.entity), "", w.after, None, ""))
            elif unchanged or theirs == w.before:
                plan.append(_Write(w.kind, theirs, w.after))
            elif w.after is None:  # deleting what they changed since
                field = next(iter(sorted(_differing(w.before, theirs))), "")
                conflicts.append(
                    FieldConflict(
                        w.kind, w.entity.id, entity_name(theirs), field, None, getattr(theirs, field, theirs), ""
                    )
                )
            else:
                ours = _differing(w.before, w.after)
                clash = ours & _differing(w.before, theirs)
                for field in sorted(clash):
                    conflicts.append(
                        FieldConflict(
                            w.kind,
                            w.entity.id,
                            entity_name(theirs),
                            field,
                            getattr(w.after, field),
                            getattr(theirs, field),
                            "",
                        )
                    )
                if not clash:  # their other fields stay: write only ours over their row
                    merged = _with_fields(theirs, w.after, ours | (BOOKKEEPING & set(changed_columns(theirs, w.after))))
                    plan.append(_Write(w.kind, theirs, merged, seen=version))
        return plan, conflicts

    def _with_authors(self, conflicts: Sequence[FieldConflict]) -> list[FieldConflict]:
        ids = sorted({c.entity_id for c in conflicts})
        rows = self._conn.execute(
            "SELECT DISTINCT ON (c.entity_id) c.entity_id, coalesce(m.display_name, c.author) FROM change_log c "
            "LEFT JOIN member m ON m.login = c.author WHERE c.entity_id = ANY(%s) ORDER BY c.entity_id, c.seq DESC",
            (ids,),
        ).fetchall()
        authors = {str(entity_id): str(name) for entity_id, name in rows}
        return [
            FieldConflict(c.kind, c.entity_id, c.name, c.field, c.ours, c.theirs, authors.get(c.entity_id, ""))
            for c in conflicts
        ]

    def _committed_after_all(self, step: str, error: Exception) -> None:
        """The connection broke during a write: find out whether its commit happened. Return if
        it did; otherwise raise the failure (nothing was saved) or, when the server cannot be
        asked, say so and remember the step (the feed reports it once it can tell)."""
        import time

        self._mark_unavailable(f"the team server went away ({_describe_db_error(error)}); reconnecting")
        deadline = time.monotonic() + RECONNECT_WAIT_S
        while time.monotonic() < deadline:
            try:
                self._reconnect()
            except TeamError:
                time.sleep(0.2)
                continue
            row = self._conn.execute("SELECT 1 FROM change_log WHERE step = %s LIMIT 1", (step,)).fetchone()
            if row is not None:
                return
            raise TeamWriteFailed(self.location, "the server went away during the change; nothing was saved") from None
        self.in_doubt.append(step)
        raise TeamUnavailableError(
            self.location,
            "the server went away during the change, so it is not shown as saved; if it reached the server it "
            "will appear once the connection is back",
        ) from None

    def _versions_after_commit(self, writes: Sequence[_Write]) -> dict[tuple[str, str], int]:
        versions: dict[tuple[str, str], int] = {}
        for kind in ("article", "claim", "passage"):
            ids = [w.entity.id for w in writes if w.kind == kind and w.after is not None]
            if ids:
                for entity_id, version in self._conn.execute(
                    f"SELECT id, version FROM {kind} WHERE id = ANY(%s)", (ids,)
                ):
                    versions[(kind, str(entity_id))] = int(version)
        return versions

    # --- the connection -------------------------------------------------------------------
    def _mark_unavailable(self, reason: str) -> None:
        self.connected = False
        self.unavailable_reason = reason

    def _reconnect(self) -> None:
        """A new main connection (on the owner's thread); raises TeamError while the server is away."""
        old = self._conn
        conn = connect(self.team_location)
        conn.execute(f'SET search_path TO "{self.team_location.names.schema}"')
        conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        self._conn = conn
        self.connected = True
        self.unavailable_reason = ""
        old.close()  # never raises, even on a broken connection

    def ensure_connected(self) -> bool:
        """Reconnect the main connection if it is broken; True when connected."""
        if not self.connected or self._conn.closed or self._conn.broken:
            try:
                self._reconnect()
            except TeamError as error:
                self._mark_unavailable(str(error))
        return self.connected

    def cursor_for_feed(self) -> psycopg.Connection:
        """A new connection for the live feed's thread."""
        conn = connect(self.team_location, application="crosscheck-feed")
        conn.execute(f'SET search_path TO "{self.team_location.names.schema}"')
        return conn

    def close(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        with self._lock:
            self._conn.close()

    # --- tombstones, sources, settings ----------------------------------------------------
    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except psycopg.OperationalError as error:
            if self._conn.broken:
                self._mark_unavailable(f"the team server went away ({_describe_db_error(error)}); reconnecting")
            raise TeamUnavailableError(
                self.location, f"the team server cannot answer ({_describe_db_error(error)})"
            ) from None

    def _write_sql(self, work: Callable[[psycopg.Connection], object], what: str) -> None:
        import psycopg

        if self.read_only:
            raise TeamWriteFailed(self.location, f"{self.read_only_reason}; the {what} was not saved")
        try:
            with self._lock, self._conn.transaction():
                work(self._conn)
        except psycopg.errors.InsufficientPrivilege:
            raise TeamAccessError(
                self.location, f"as {self.role} of this team project you may not change the {what}"
            ) from None
        except psycopg.OperationalError as error:
            if self._conn.broken:
                self._mark_unavailable(f"the team server went away ({_describe_db_error(error)}); reconnecting")
            raise TeamUnavailableError(
                self.location, f"the team server cannot answer ({_describe_db_error(error)}); the {what} was not saved"
            ) from None
        self._wrote()

    def tombstones(self) -> dict[str, Tombstone]:
        return {
            str(row[0]): Tombstone(str(row[0]), str(row[1]), str(row[2]))
            for row in self._read("SELECT id, kind, deleted FROM tombstone")
        }

    def store_sources(self, sources: Sequence[ArticleSource]) -> None:
        columns = ("sha256", "filename", "media_type", "encoding", "extractor", "extractor_version", "original")
        rows = [tuple(source.get(c, "") for c in columns) for source in sources]
        sql = (
            f"INSERT INTO article_source ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
            "ON CONFLICT (sha256) DO NOTHING"
        )
        if rows:
            self._write_sql(lambda conn: conn.cursor().executemany(sql, rows), "articles (importing is an admin's)")

    @contextmanager
    def with_sources(self, sources: Sequence[ArticleSource]) -> Iterator[None]:
        """Stored first, in a transaction of their own: the server writes a step as one
        pipelined message that has no room for them. An import cut off between the two leaves
        only unreachable originals (immutable, keyed by text hash), never half an import."""
        self.store_sources(sources)
        yield

    def source(self, sha256: str) -> ArticleSource | None:
        rows = self._read(
            "SELECT sha256, filename, media_type, encoding, extractor, extractor_version, original "
            "FROM article_source WHERE sha256 = %s",
            (sha256,),
        )
        if not rows:
            return None
        names = ("sha256", "filename", "media_type", "encoding", "extractor", "extractor_version", "original")
        return {
            name: (bytes(value) if name == "original" else value) for name, value in zip(names, rows[0], strict=True)
        }

    def setting(self, key: str, default: str = "") -> str:
        rows = self._read("SELECT value FROM meta WHERE key = %s", (f"setting.{key}",))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        if len(value) > MAX_NOTE:
            raise TeamWriteFailed(self.location, "a setting is limited to 100,000 characters; nothing was saved")
        self._write_sql(
            lambda conn: conn.execute(
                "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (f"setting.{key}", value),
            ),
            "project settings",
        )

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._read("SELECT key, value FROM meta")}

    # --- the suggestion memory ------------------------------------------------------------
    def load_vectors(self, sha256: str, model: str, spans: Sequence[Span]) -> np.ndarray | None:
        from desktop.store import vectors

        with self._lock:
            return vectors.load_vectors(self._conn, sha256, model, spans, mark="%s")

    def save_vectors(self, saves: Sequence[VectorSave]) -> None:
        self._write_sql(lambda conn: upsert_vectors(conn, saves), "vector cache")

    def vector_writer(self) -> VectorWriter:
        from desktop.store import vectors

        side: list[psycopg.Connection] = []

        def save_batch(batch: Sequence[VectorSave]) -> None:
            if not side:
                side.append(self.cursor_for_feed())
            with side[0].transaction():
                upsert_vectors(side[0], batch)
            self._wrote()

        def finish() -> None:
            for conn in side:
                conn.close()

        return vectors.VectorCacheWriter(save_batch, finish)

    def rejections(self, claim_id: str) -> set[Rejection]:
        from desktop.store import vectors

        with self._lock:
            return vectors.rejections(self._conn, claim_id, mark="%s")

    def add_rejection(self, claim_id: str, article_id: str, start: int, end: int) -> None:
        from desktop.store import vectors

        self._write_sql(
            lambda conn: vectors.insert_rejection(conn, claim_id, article_id, start, end, mark="%s"),
            "rejected suggestion",
        )

    # --- copies ---------------------------------------------------------------------------
    def read_snapshot(self, queries: dict[str, str]) -> dict[str, list[tuple[Any, ...]]]:
        """Several SELECTs from one consistent snapshot of the project."""
        import psycopg

        try:
            with self._lock, self._conn.transaction():
                self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                return {name: self._conn.execute(sql).fetchall() for name, sql in queries.items()}
        except psycopg.OperationalError as error:
            if self._conn.broken:
                self._mark_unavailable(f"the team server went away ({_describe_db_error(error)}); reconnecting")
            raise TeamUnavailableError(
                self.location, f"the team server cannot answer ({_describe_db_error(error)})"
            ) from None

    def save_copy(self, target: Path | str, *, strip_notes: bool = False, strip_authors: bool = False) -> Path:
        from .snapshot import write_snapshot

        return write_snapshot(
            self.read_snapshot, self.location, Path(target), strip_notes=strip_notes, strip_authors=strip_authors
        )

    # --- presence -------------------------------------------------------------------------
    def set_presence(self, kind: str | None, entity_id: str = "") -> None:
        """Tell the others what this member is editing now (None: nothing). Best effort: a
        failure only means the others do not see it."""
        import psycopg

        try:
            with self._lock:
                if kind is None:
                    self._conn.execute("DELETE FROM presence WHERE pid = pg_backend_pid()")
                else:
                    self._conn.execute(
                        "INSERT INTO presence (kind, entity_id) VALUES (%s, %s) ON CONFLICT (pid) "
                        "DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, since = now()",
                        (kind, entity_id),
                    )
        except psycopg.Error:
            pass


def _seen(current: dict[tuple[str, str], tuple[Entity, int] | None], w: _Write) -> int:
    """The server version a planned update or delete was read at (it expects no other)."""
    found = current[w.key]
    return found[1] if found is not None else 0


def _touches_verdict(w: _Write) -> bool:
    verdicts = [e.verdict for e in (w.before, w.after) if isinstance(e, Claim)]
    if w.before is None or w.after is None:
        return any(v is not Verdict.NOT_RATED for v in verdicts)
    return len(set(verdicts)) > 1


def _differing(a: Entity, b: Entity) -> set[str]:
    return {f.name for f in fields(a) if f.name not in BOOKKEEPING and getattr(a, f.name) != getattr(b, f.name)}


def _with_fields(base: Entity, source: Entity, names: Iterable[str]) -> Entity:
    from dataclasses import replace

    return replace(base, **{name: getattr(source, name) for name in names})


def upsert_vectors(conn: psycopg.Connection, saves: Sequence[VectorSave]) -> None:
    """Vectors in one transaction. An upsert, not delete-then-insert as in a file: two members may
    cache the same article at once."""
    import numpy as np

    rows = []
    for sha256, model, spans, vectors in saves:
        matrix = np.ascontiguousarray(vectors, dtype="<f4")
        rows += [(sha256, model, int(s), int(e), matrix[i].tobytes()) for i, (s, e) in enumerate(spans)]
    conn.cursor().executemany(
        "INSERT INTO unit_vector (sha256, model, unit_start, unit_end, vector) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (sha256, model, unit_start, unit_end) DO UPDATE SET vector = EXCLUDED.vector",
        rows,
    )


def duplicate_ids(state: ProjectState) -> list[Any]:
    """Ids used by two kinds at once: separate tables on a server, one id space in the core."""
    from desktop.core.consistency import Finding

    seen: dict[str, str] = {}
    out = []
    for kind, table in (("article", state.articles), ("claim", state.claims), ("passage", state.passages)):
        for entity_id in table:
            if entity_id in seen:
                out.append(
                    Finding(
                        "duplicate-id", f"the id {entity_id} is used by a {seen[entity_id]} and a {kind}", entity_id
                    )
                )
            seen[entity_id] = kind
    return out
