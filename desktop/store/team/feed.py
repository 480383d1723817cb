"""The live feed of a team project: others' changes, the connection's state and who is editing what.

A thread of its own LISTENs on the project's channel with its own connection. A notification (or
a quiet interval, or a request) makes it read the change log after the last sequence number this
client has applied, with the rows those entries name, in one snapshot; NOTIFY only wakes it, so
nothing is lost when a notification is (a dropped connection: it catches up from `last_seq`).
It never touches the project: it queues what it read and calls `wake()`. The owner's thread (the
window's GUI thread, a benchmark's client) then calls `poll()`, which checks the rows like an
untrusted file's, applies them to the project as Changes(reason="remote") and returns the events.

When the server goes away the store turns read-only, the feed reconnects by itself with a growing
pause, catches up, and the store is writable again; a restarted server is picked up the same way.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.consistency import check_state
from desktop.core.describe import describe_changes
from desktop.core.model import Article, Claim, Entity, Passage
from desktop.core.project import Changes, Project
from desktop.core.state import EntityChange, ProjectState

from .errors import TeamError
from .rows import BadRow, decode, select_sql

if TYPE_CHECKING:
    import psycopg

    from .store import TeamStore

QUIET_INTERVAL_S = 5.0  # read the log this often even without a notification
BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 3.0)  # pauses between reconnection attempts (the last repeats)


@dataclass(frozen=True)
class ConnectionState:
    connected: bool
    message: str  # one sentence for a status bar ("" when connected)


@dataclass(frozen=True)
class RemoteStep:
    """What one colleague's commit changed, as this client applied it."""

    author: str  # the member's display name
    login: str
    description: str  # "Maria linked 2 passages"
    changes: Changes
    at: datetime | None  # when the server logged it
    step: str = ""  # the committing client's id for its transaction (its store's last_step)


@dataclass(frozen=True)
class PresenceEntry:
    login: str
    author: str
    kind: str  # "claim", "passage" or "article"
    entity_id: str
    since: datetime | None


@dataclass(frozen=True)
class PresenceChanged:
    entries: tuple[PresenceEntry, ...]  # every other member editing something now (not ourselves)


@dataclass(frozen=True)
class StepResolved:
    """A change whose commit went unanswered when the server went away, now known."""

    step: str
    committed: bool


@dataclass(frozen=True)
class Rejected:
    """Rows from the server that do not hold together; they were not applied."""

    message: str


FeedEvent = ConnectionState | RemoteStep | PresenceChanged | StepResolved | Rejected


@dataclass
class _Batch:
    """What the thread read in one snapshot."""

    upto: int
    steps: list[tuple[str, str, datetime | None, list[tuple[str, str]]]]  # step, login, at, [(kind, id)]
    facts: dict[tuple[str, str], tuple[int, tuple[Any, ...] | None]]  # key -> (version, row or None)
    names: dict[str, str] = field(default_factory=dict)  # login -> display name


class Feed:
    """Start with `desktop.store.team.start_feed(project, wake)`; `stop()` (or the store's close) ends it."""

    def __init__(self, store: TeamStore, project: Project, wake: Callable[[], None]) -> None:
        self.store = store
        self.project = project
        self.wake = wake
        self._queue: queue.SimpleQueue[_Batch | ConnectionState | PresenceChanged | StepResolved | Rejected] = (
            queue.SimpleQueue()
        )
        self._stop = threading.Event()
        self._requested = threading.Event()
        self._read_upto = store.last_seq  # the thread's own position (the store's moves on poll)
        self._names: dict[str, str] = {}  # login -> display name, read when a new login appears
        self._listeners: list[Callable[[FeedEvent], None]] = []
        self.presence: tuple[PresenceEntry, ...] = ()
        self.state = ConnectionState(True, "")
        self._thread = threading.Thread(target=self._run, name="team-feed", daemon=True)
        self._thread.start()

    # --- the owner's side -----------------------------------------------------------------
    def subscribe(self, listener: Callable[[FeedEvent], None]) -> Callable[[], None]:
        """Called on the owner's thread, from poll(), for every event."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def request(self) -> None:
        """Read the log now (after a conflict, say), without waiting for a notification."""
        self._requested.set()

    def poll(self) -> list[FeedEvent]:
        """Apply what the thread has read; returns (and tells the listeners) what happened."""
        events: list[FeedEvent] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _Batch):
                events += self._apply(item)
            elif isinstance(item, ConnectionState):
                if item.connected:
                    self.store.ensure_connected()
                else:
                    self.store._mark_unavailable(item.message)
                self.state = item
                events.append(item)
            else:
                if isinstance(item, PresenceChanged):
                    self.presence = item.entries
                events.append(item)
        for event in events:
            for listener in list(self._listeners):
                listener(event)
        return events

    def editing(self, kind: str, entity_id: str) -> list[str]:
        """Who (display names) is editing this entity now, as last heard."""
        return [entry.author for entry in self.presence if entry.kind == kind and entry.entity_id == entity_id]

    def _apply(self, batch: _Batch) -> list[FeedEvent]:
        store, state = self.store, self.project.state
        fresh: dict[tuple[str, str], Entity | None] = {}
        versions: dict[tuple[str, str], int] = {}
        problems: list[str] = []
        for key, (version, row) in batch.facts.items():
            if version <= store.version_of(*key):
                continue  # our own write, or older than what we have
            if row is None:
                fresh[key] = None
            else:
                try:
                    entity, version = decode(key[0], row)
                except BadRow as error:
                    problems.append(str(error))
                    continue
                fresh[key] = entity
            versions[key] = version
        fresh, bad = _checked(state, fresh)
        problems += bad
        applied = {key: entity for key, entity in fresh.items()}
        for key, version in versions.items():
            if key in applied:
                store.note_version(*key, version)
        store.last_seq = max(store.last_seq, batch.upto)
        events: list[FeedEvent] = [Rejected(f"ignored a change from the server: {p}") for p in problems[:5]]
        changes = _changes(state, applied)
        if not changes:
            return events
        mine = {store.team_location.user}
        by_step = _per_step(batch, changes, mine)
        label = "; ".join(description for _, _, _, description in by_step) or "Changes from the team"
        applied_changes = self.project.apply_remote(changes, label)
        for step, login, at, description in by_step:
            author = batch.names.get(login, login)
            events.append(RemoteStep(author, login, f"{author} {description}", applied_changes, at, step))
        return events

    # --- the thread -----------------------------------------------------------------------
    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._requested.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            conn = None
            try:
                conn = self.store.cursor_for_feed()
                conn.execute(f'LISTEN "{self.store.team_location.names.channel}"')
                if attempt or not self.state.connected:
                    self._queue.put(ConnectionState(True, ""))
                    self._resolve_in_doubt(conn)
                attempt = 0
                self._read(conn, presence=True)
                self.wake()
                self._listen(conn)
            except Exception as error:  # the server went away (or refused us): say so, retry
                if self._stop.is_set():
                    break
                message = str(error) if isinstance(error, TeamError) else f"the team server went away ({_first(error)})"
                self._queue.put(ConnectionState(False, f"{message}; reconnecting"))
                self.wake()
                self._stop.wait(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
                attempt += 1
            finally:
                if conn is not None:
                    conn.close()  # never raises, even on a dead connection

    def _listen(self, conn: psycopg.Connection) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            changes = presence = False
            for notice in conn.notifies(timeout=0.25, stop_after=1):
                presence |= notice.payload == "presence"
                changes |= notice.payload != "presence"
            if changes or presence:  # drain a burst, then read once
                for notice in conn.notifies(timeout=0.0):
                    presence |= notice.payload == "presence"
                    changes |= notice.payload != "presence"
            if self._requested.is_set():
                self._requested.clear()
                changes = True
            if not (changes or presence) and time.monotonic() - quiet_since > QUIET_INTERVAL_S:
                changes = True  # a missed notification costs at most this long
            if changes or presence:
                if self._read(conn, presence=presence, changes=changes):
                    self.wake()
                quiet_since = time.monotonic()

    def _read(self, conn: psycopg.Connection, presence: bool, changes: bool = True) -> bool:
        """One snapshot of the log after our position (and of the presence table); True if
        something was queued."""
        queued = False
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            if changes:
                batch = _read_batch(conn, self._read_upto, self._names)
                if batch is not None:
                    self._read_upto = batch.upto
                    self._queue.put(batch)
                    queued = True
            if presence:
                self._queue.put(PresenceChanged(_read_presence(conn)))
                queued = True
        return queued

    def _resolve_in_doubt(self, conn: psycopg.Connection) -> None:
        while self.store.in_doubt:
            step = self.store.in_doubt.pop(0)
            row = conn.execute("SELECT 1 FROM change_log WHERE step = %s LIMIT 1", (step,)).fetchone()
            self._queue.put(StepResolved(step, row is not None))


def _first(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[-1] if lines else type(error).__name__


def _read_batch(conn: psycopg.Connection, after: int, names: dict[str, str]) -> _Batch | None:
    """The log after `after`, with the current rows it names; `names` (login -> display name) is
    completed from the member table when a login is new to it."""
    log = conn.execute(
        "SELECT seq, step, kind, entity_id, op, version, author, at FROM change_log WHERE seq > %s ORDER BY seq",
        (after,),
    ).fetchall()
    if not log:
        return None
    upto = int(log[-1][0])
    steps: dict[str, tuple[str, str, datetime | None, list[tuple[str, str]]]] = {}
    deleted: dict[tuple[str, str], int] = {}
    for _seq, step, kind, entity_id, op, version, author, at in log:
        if kind not in ("article", "claim", "passage"):
            continue
        key = (str(kind), str(entity_id))
        entry = steps.setdefault(str(step), (str(step), str(author), at, []))
        entry[3].append(key)
        if op == "delete":
            deleted[key] = max(int(version), deleted.get(key, 0))
    facts: dict[tuple[str, str], tuple[int, tuple[Any, ...] | None]] = {}
    for kind in ("article", "claim", "passage"):
        ids = sorted({entity_id for k, entity_id in (key for e in steps.values() for key in e[3]) if k == kind})
        if not ids:
            continue
        for row in conn.execute(select_sql(kind, "id = ANY(%s)"), (ids,)):
            facts[(kind, str(row[0]))] = (int(row[-1]) if isinstance(row[-1], int) else 0, tuple(row))
        for entity_id in ids:
            key = (kind, entity_id)
            if key not in facts and key in deleted:
                facts[key] = (deleted[key], None)
    if any(login not in names for _step, login, _at, _keys in steps.values()):
        names.update({str(k): str(v) for k, v in conn.execute("SELECT login, display_name FROM member")})
    return _Batch(upto, list(steps.values()), facts, dict(names))


def _read_presence(conn: psycopg.Connection) -> tuple[PresenceEntry, ...]:
    rows = conn.execute(
        "SELECT p.login, coalesce(m.display_name, p.login), p.kind, p.entity_id, p.since FROM presence p "
        "LEFT JOIN member m ON m.login = p.login "
        "WHERE p.login <> session_user AND p.pid IN (SELECT pid FROM pg_stat_activity) ORDER BY p.since"
    ).fetchall()
    return tuple(
        PresenceEntry(str(login)[:200], str(author)[:200], str(kind)[:20], str(entity_id)[:200], since)
        for login, author, kind, entity_id, since in rows
    )


def _checked(
    state: ProjectState, fresh: dict[tuple[str, str], Entity | None]
) -> tuple[dict[tuple[str, str], Entity | None], list[str]]:
    """Drop what would not hold together with the rest (offsets past the text, a quote that does
    not match, a passage on a missing article or claim, a text that changed or does not match
    its hash): the checks of a received file (core/consistency.py), over what this batch touches
    and what that refers to, so a batch costs the same in a large project as in a small one."""
    problems: list[str] = []
    while True:

        def current(kind: str, entity_id: str) -> Entity | None:
            if (kind, entity_id) in fresh:
                return fresh[(kind, entity_id)]
            return (state.articles if kind == "article" else state.claims).get(entity_id)

        touched = [e for (k, _), e in fresh.items() if k == "passage" and isinstance(e, Passage)]
        new_articles = [e for (k, _), e in fresh.items() if k == "article" and isinstance(e, Article)]
        articles = {a.id: a for a in new_articles}
        claims: dict[str, Claim] = {}
        for passage in touched:
            article = current("article", passage.article_id)
            if isinstance(article, Article):
                articles[article.id] = article
            claim = current("claim", passage.claim_id) if passage.claim_id is not None else None
            if isinstance(claim, Claim):
                claims[claim.id] = claim
        view = ProjectState(articles.values(), touched, claims.values())
        bad = {f.entity_id for f in check_state(view)}
        bad |= {a.id for a in new_articles if a.id in state.articles and state.articles[a.id].text != a.text}
        # a passage left on an article or claim that goes away must go in the same batch
        for kind, entity_id in [key for key, entity in fresh.items() if entity is None and key[0] != "passage"]:
            left = state.passages_of_article(entity_id) if kind == "article" else state.passages_of_claim(entity_id)
            if any(("passage", p.id) not in fresh for p in left):
                bad.add(entity_id)
        dropped = [key for key in fresh if key[1] in bad]
        if not dropped:
            return fresh, problems
        for key in dropped:
            problems.append(f"{key[0]} {key[1]} does not fit the rest of the project")
            del fresh[key]


def _changes(state: ProjectState, fresh: dict[tuple[str, str], Entity | None]) -> list[EntityChange]:
    order = {"article": 0, "claim": 1, "passage": 2}
    out = []
    for (kind, entity_id), after in sorted(fresh.items(), key=lambda item: (order[item[0][0]], item[0][1])):
        before: Entity | None = (
            state.articles.get(entity_id)
            if kind == "article"
            else state.claims.get(entity_id)
            if kind == "claim"
            else state.passages.get(entity_id)
        )
        if before != after:
            out.append(EntityChange(before, after))
    return out


def _per_step(
    batch: _Batch, changes: Sequence[EntityChange], mine: Iterable[str]
) -> list[tuple[str, str, datetime | None, str]]:
    """Each colleague's step with the applied changes it made last (our own are not news)."""
    by_key = {(type(c.entity).__name__.lower(), c.id): c for c in changes}
    last_step: dict[tuple[str, str], str] = {}
    for step, _login, _at, keys in batch.steps:
        for key in keys:
            last_step[key] = step
    out = []
    for step, login, at, _keys in batch.steps:
        own = [by_key[key] for key, s in last_step.items() if s == step and key in by_key]
        if own and login not in mine:
            out.append((step, login, at, describe_changes(own)))
    return out
