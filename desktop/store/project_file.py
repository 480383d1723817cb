"""The `.crosscheck` project file: one SQLite database (docs/architecture.md §5).

`ProjectFile` is the core's `Persistence`: every command is written in one transaction with
`synchronous=FULL` and a rollback journal, so a crash or kill at any moment leaves either the
state before or after the command, never a half-written one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from desktop import __version__
from desktop.core.files import replace_problem
from desktop.core.model import now_iso
from desktop.core.persistence import ArticleSource, Rejection, Span, VectorSave, VectorWriter
from desktop.core.state import EntityChange, ProjectState
from desktop.core.tombstone import Tombstone

from . import validate
from .errors import (
    CorruptProjectError,
    InterruptedSaveError,
    NotSQLiteError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ReadOnlyLocationError,
    StoreError,
    TargetRefusedError,
    TooNewError,
    WriteFailedError,
    store_texts,
)
from .file_format import APP_FOR_SCHEMA, APPLICATION_ID, MIN_READER_VERSION, SCHEMA_VERSION
from .migrations import FLAGGED_DATES_KEY, migrate
from .private import private_folder
from .row_check import UnreadableRows
from .rows import DateFlag, load_state, load_tombstones, write_changes
from .schema_sql import ddl_for_version

if TYPE_CHECKING:
    import numpy as np

try:  # POSIX advisory lock: one writer per file across Crosscheck processes.
    import fcntl
except ImportError:  # pragma: no cover - Windows relies on SQLite's own locking
    fcntl = None  # type: ignore[assignment]  # no fcntl on Windows: locking is skipped there

SUFFIX = ".crosscheck"
BUSY_TIMEOUT_MS = 2000


def _is_writable(path: Path) -> bool:
    """Root may write anywhere, so also honour the permission bits the user set."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # Defensive settings for files from others (Python 3.11 has no setconfig for DEFENSIVE).
    for pragma in (
        "trusted_schema = OFF",
        "cell_size_check = ON",
        "mmap_size = 0",
        "foreign_keys = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def is_interrupted_save(error: sqlite3.Error) -> bool:
    """A read-only connection met a hot journal: the last save was cut off and must be rolled back."""
    return getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def _map_sqlite_error(path: Path, error: sqlite3.Error) -> StoreError:
    if is_interrupted_save(error):
        return InterruptedSaveError(path)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return ProjectLockedError(path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyLocationError(path)
    if "not a database" in text or "file is encrypted" in text:
        return NotSQLiteError(path)
    if "malformed" in text or "corrupt" in text:
        return CorruptProjectError(path, str(error))
    if "full" in text:
        return WriteFailedError(path, store_texts.tr("the disk is full"))
    return WriteFailedError(path, str(error))


class ProjectFile:
    """An open project file. Use `create()` or `open()`; close() when done."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, read_only: bool, read_only_reason: str, lock_fd: int | None
    ) -> None:
        self.path = path
        self._conn = conn
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self._lock_fd = lock_fd
        st = path.stat()
        self._identity = (st.st_dev, st.st_ino)
        self._write_observers: list[Callable[[], None]] = []
        self._staged_sources: list[ArticleSource] = []
        self._loaded_flags: list[DateFlag] = []  # dates removed while loading an older file read-only

    @property
    def location(self) -> str:
        return str(self.path)

    def on_write(self, observer: Callable[[], None]) -> Callable[[], None]:
        """Call `observer` after each of our committed writes (commands, vector cache, settings),
        so a file watcher can tell our writes from another program's. Returns the unsubscriber."""
        self._write_observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._write_observers:
                self._write_observers.remove(observer)

        return unsubscribe

    # --- opening --------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> ProjectFile:
        path = Path(path)
        if path.exists():
            raise ProjectExistsError(path)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise ProjectNotFoundError(folder)
        if not _is_writable(folder):
            raise ReadOnlyLocationError(path)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            os.unlink(tmp)  # SQLite must create the file itself to choose its page layout
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("BEGIN IMMEDIATE")
                for statement in ddl_for_version(SCHEMA_VERSION):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("min_reader_version", str(MIN_READER_VERSION)),
                        ("min_reader_app", APP_FOR_SCHEMA[MIN_READER_VERSION]),
                        ("app_version", __version__),
                        ("created", now_iso()),
                    ],
                )
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as error:
            tmp.unlink(missing_ok=True)
            raise _map_sqlite_error(path, error) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, thorough: bool = False) -> ProjectFile:
        """Open and verify a project. `thorough` runs integrity_check instead of quick_check
        (for files from others). Raises a StoreError subclass; never changes the file."""
        path = Path(path)
        if not path.exists():
            raise ProjectNotFoundError(path)
        validate.check_header(path)
        reason = ""
        if not read_only and not (_is_writable(path) and _is_writable(path.parent if str(path.parent) else Path("."))):
            raise ReadOnlyLocationError(path)
        lock_fd = None if read_only else _take_lock(path)
        conn = None
        try:
            conn = _connect_verifying(path, lock_fd)  # verify before anything may write
            validate.check_application_id(path, conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            newer = version > SCHEMA_VERSION
            if newer:
                needed, needed_app = _min_reader(conn)
                if needed > SCHEMA_VERSION:
                    raise TooNewError(path, needed_app, SCHEMA_VERSION)
                reason = store_texts.tr("made by a newer Crosscheck; opened read-only so nothing is lost")
            validate.check_schema(path, conn, min(version, SCHEMA_VERSION), newer=newer)
            validate.check_integrity(path, conn, thorough)
            if newer:
                read_only = True
            if not read_only:
                conn.close()
                conn = _connect(path, read_only=False)
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA synchronous = FULL")
                if version < SCHEMA_VERSION:
                    _backup_and_migrate(path, conn, version)
                _remove_orphan_sources(conn)
            return cls(path, conn, read_only, reason, lock_fd)
        except sqlite3.Error as error:
            _cleanup(conn, lock_fd)
            raise _map_sqlite_error(path, error) from None
        except UnicodeDecodeError:
            _cleanup(conn, lock_fd)
            raise CorruptProjectError(path, validate.NOT_UTF8) from None
        except BaseException:
            _cleanup(conn, lock_fd)
            raise

    # --- reading and writing --------------------------------------------------------------
    def load(self, check_spans: bool = True) -> ProjectState:
        """Every entity, or CorruptProjectError naming the rows that cannot be read (see
        rows.load_state for `check_spans`)."""
        try:
            if self._conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                self._loaded_flags = []  # read-only, so not migrated: repair in memory as the migration does
                return load_state(self._conn, self._loaded_flags, check_spans=check_spans)
            return load_state(self._conn, check_spans=check_spans)
        except UnreadableRows as error:
            raise CorruptProjectError(self.path, str(error)) from None
        except (ValueError, TypeError, KeyError, RecursionError) as error:
            raise CorruptProjectError(self.path, store_texts.tr("unreadable row: {error}", error=error)) from None
        except sqlite3.Error as error:
            raise _map_sqlite_error(self.path, error) from None

    def tombstones(self) -> dict[str, Tombstone]:
        try:
            return load_tombstones(self._conn)
        except sqlite3.Error as error:
            raise _map_sqlite_error(self.path, error) from None

    def write(self, changes: Sequence[EntityChange]) -> None:
        """The core's Persistence: all changes in one transaction, or none (with the originals
        staged by with_sources, if any: one transaction per import)."""
        staged = self._staged_sources

        def work(conn: sqlite3.Connection) -> None:
            write_changes(conn, changes)
            if staged:
                _insert_sources(conn, staged)

        self.write_in_transaction(work)
        self._staged_sources = []

    @contextmanager
    def with_sources(self, sources: Sequence[ArticleSource]) -> Iterator[None]:
        """Write these originals (keys as ArticleSourceRow's columns) in the transaction of the
        next command, not one of their own: an import committed them first, so a full disk or a
        kill between the two left orphan rows and a grown file (issue 19). Dropped unless used."""
        self._staged_sources = list(sources)
        try:
            yield
        finally:
            self._staged_sources = []

    def _check_still_there(self) -> None:
        """SQLite would go on writing to a deleted or replaced file, losing every later change."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            raise WriteFailedError(
                self.path, store_texts.tr("the project file was moved or deleted; use Share a copy")
            ) from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise WriteFailedError(
                self.path, store_texts.tr("the project file was replaced on disk by another program")
            )
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            # Our open descriptor could still write, but the user has made the file read-only.
            raise ReadOnlyLocationError(self.path)

    def meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM meta"))

    def flagged_dates(self) -> list[DateFlag]:
        """Article dates that were not valid ISO 8601 dates and so were removed (never exported as
        they were): by the upgrade to format 4, or when an older file was read without upgrading.
        Each: kind, id, title, field, value, problem (one line for the user)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (FLAGGED_DATES_KEY,)).fetchone()
        try:
            stored = json.loads(row[0]) if row else []
        except ValueError:
            stored = []
        return [f for f in stored if isinstance(f, dict)] + self._loaded_flags

    def setting(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (f"setting.{key}",)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._write_sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (f"setting.{key}", value))

    def store_sources(self, sources: Sequence[ArticleSource]) -> None:
        """Keep the bytes articles were extracted from, in one transaction. Immutable and keyed by
        text hash, so a source survives the undo of a removal; keys as ArticleSourceRow's columns."""
        self.write_in_transaction(lambda conn: _insert_sources(conn, sources))

    def source(self, sha256: str) -> ArticleSource | None:
        cur = self._conn.execute("SELECT * FROM article_source WHERE sha256 = ?", (sha256,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    # --- the link suggestions' memory (desktop/store/vectors.py) -------------------------------
    def load_vectors(self, sha256: str, model: str, spans: Sequence[Span]) -> np.ndarray | None:
        from . import vectors

        return vectors.load_vectors(self._conn, sha256, model, spans)

    def save_vectors(self, saves: Sequence[VectorSave]) -> None:
        from . import vectors

        self.write_in_transaction(lambda conn: vectors.write_saves(conn, saves))

    def vector_writer(self) -> VectorWriter:
        """Vectors written on a thread and connection of their own (see VectorCacheWriter)."""
        from . import vectors

        side: list[sqlite3.Connection] = []

        def save_batch(batch: Sequence[VectorSave]) -> None:
            if not side:
                side.append(self.side_connection())
            self.write_in_transaction(lambda conn: vectors.write_saves(conn, batch), side[0])

        def finish() -> None:
            for conn in side:
                conn.close()

        return vectors.VectorCacheWriter(save_batch, finish)

    def cached_texts(self, model: str) -> set[str]:
        """Hashes of the texts that have vectors under `model`."""
        from . import vectors

        return vectors.cached_texts(self._conn, model)

    def drop_stale_vectors(self, keep_models: Iterable[str], keep_texts: Iterable[str]) -> int:
        """Delete vectors of other models or of texts no longer in the project; returns rows deleted."""
        from . import vectors

        count = [0]

        def work(conn: sqlite3.Connection) -> None:
            count[0] = vectors.drop_stale_vectors(conn, keep_models, keep_texts)

        self.write_in_transaction(work)
        return count[0]

    def rejections(self, claim_id: str) -> set[Rejection]:
        from . import vectors

        return vectors.rejections(self._conn, claim_id)

    def add_rejection(self, claim_id: str, article_id: str, start: int, end: int) -> None:
        from . import vectors

        self.write_in_transaction(lambda conn: vectors.insert_rejection(conn, claim_id, article_id, start, end))

    def _write_sql(self, sql: str, params: tuple[object, ...]) -> None:
        self.write_in_transaction(lambda conn: conn.execute(sql, params))

    def write_in_transaction(
        self, work: Callable[[sqlite3.Connection], object], conn: sqlite3.Connection | None = None
    ) -> None:
        """Run `work` in one IMMEDIATE transaction on this file's connection, or on `conn`, a
        side connection from side_connection() used by another thread."""
        if self.read_only:
            raise ReadOnlyLocationError(self.path)
        self._check_still_there()
        conn = conn or self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            work(conn)
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _map_sqlite_error(self.path, error) from None
        for observer in list(self._write_observers):
            observer()

    def side_connection(self) -> sqlite3.Connection:
        """A second connection to the same file, for one other thread's writes (the vector cache):
        SQLite serialises it with this one; the process already holds the file's lock."""
        if self.read_only:
            raise ReadOnlyLocationError(self.path)
        try:
            return _connect(self.path, read_only=False)
        except sqlite3.Error as error:
            raise _map_sqlite_error(self.path, error) from None

    def save_copy(self, target: Path | str, *, strip_notes: bool = False, strip_authors: bool = False) -> Path:
        """Write a clean single-file copy atomically: VACUUM INTO a temporary file beside the
        target, then rename over it. No journal, no side files. Stripping happens on a private
        intermediate copy that is vacuumed again, so no removed text survives in free pages."""
        target = Path(target)
        self._check_copy_target(target)
        folder = target.parent if str(target.parent) else Path(".")
        if not folder.is_dir() or not _is_writable(folder):
            raise ReadOnlyLocationError(target)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            if strip_notes or strip_authors:
                with private_folder("crosscheck-share-") as private:
                    stage = private / "stage.crosscheck"
                    self._conn.execute("VACUUM INTO ?", (str(stage),))
                    conn = sqlite3.connect(str(stage), isolation_level=None)
                    try:
                        conn.execute("BEGIN IMMEDIATE")
                        _strip(conn, strip_notes, strip_authors)
                        conn.execute("COMMIT")
                        conn.execute("VACUUM INTO ?", (str(tmp),))
                    finally:
                        conn.close()
            else:
                self._conn.execute("VACUUM INTO ?", (str(tmp),))
            os.replace(tmp, target)
        except sqlite3.Error as error:
            tmp.unlink(missing_ok=True)
            raise _map_sqlite_error(target, error) from None
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise WriteFailedError(target, error.strerror or str(error)) from None
        return target

    def _check_copy_target(self, target: Path) -> None:
        """Another project may be replaced (the caller asked), never this one, its journal, or
        anything that is not a regular file (issue 19)."""
        try:
            st = target.stat()
        except OSError:
            st = None
        if st is not None and (st.st_dev, st.st_ino) == self._identity:
            raise TargetRefusedError(target, "the copy cannot replace the project itself; choose another name")
        problem = replace_problem(target, database_ok=True)
        if problem is not None:
            raise TargetRefusedError(target, problem)

    def close(self) -> None:
        _cleanup(self._conn, self._lock_fd)
        self._lock_fd = None

    def __enter__(self) -> ProjectFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SOURCE_COLUMNS = ("sha256", "filename", "media_type", "encoding", "extractor", "extractor_version", "original")


def _insert_sources(conn: sqlite3.Connection, sources: Sequence[ArticleSource]) -> None:
    rows = [tuple(source.get(c, "") for c in _SOURCE_COLUMNS) for source in sources]
    marks = ", ".join("?" * len(_SOURCE_COLUMNS))
    conn.executemany(f"INSERT OR IGNORE INTO article_source ({', '.join(_SOURCE_COLUMNS)}) VALUES ({marks})", rows)


def orphan_sources(conn: sqlite3.Connection) -> int:
    """Stored originals whose article is gone: left by an import cut off between its two
    transactions (before issue 19), or by removing an article and closing the project."""
    sql = "SELECT count(*) FROM article_source WHERE sha256 NOT IN (SELECT sha256 FROM article)"
    return int(conn.execute(sql).fetchone()[0])


def _remove_orphan_sources(conn: sqlite3.Connection) -> None:
    """At open, with no undo history yet, no removal can come back: drop what belongs to no
    article, so a file does not keep megabytes nobody can reach."""
    if orphan_sources(conn):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM article_source WHERE sha256 NOT IN (SELECT sha256 FROM article)")
        conn.execute("COMMIT")


def _strip(conn: sqlite3.Connection, notes: bool, authors: bool) -> None:
    """Blank what a shared copy should not carry. The article byline is the article's, not ours,
    so it stays; `meta` settings go with the authors (they may name the user)."""
    if notes:
        conn.execute("UPDATE claim SET note = ''")
        conn.execute("UPDATE passage SET note = ''")
    if authors:
        for table in ("article", "claim", "passage"):
            conn.execute(f"UPDATE {table} SET created_by = '', modified_by = ''")
        conn.execute("DELETE FROM meta WHERE key LIKE 'setting.%'")


def _connect_verifying(path: Path, lock_fd: int | None) -> sqlite3.Connection:
    """A read-only connection for the checks. If the last save was cut off (a hot journal beside
    the file: a read-only connection cannot read past it), roll it back first, as SQLite does
    on any read-write open, when we may: the location is writable and no other Crosscheck has
    the file. Otherwise say what happened and what to do (issue 19: the file stayed unreadable)."""
    conn = _connect(path, read_only=True)
    try:
        conn.execute("PRAGMA application_id").fetchone()
        return conn
    except sqlite3.Error as error:
        conn.close()
        if not is_interrupted_save(error):
            raise
    _roll_back_interrupted_save(path, lock_fd)
    return _connect(path, read_only=True)


def _roll_back_interrupted_save(path: Path, lock_fd: int | None) -> None:
    journal = path.with_name(path.name + "-journal")
    folder = path.parent if str(path.parent) else Path(".")
    if not (_is_writable(path) and _is_writable(folder)):
        raise InterruptedSaveError(
            path,
            f"it cannot be repaired here, as the location is read-only: copy it together with {journal.name} "
            "to a folder you can write to and open it there",
        )
    temporary_lock = None
    if lock_fd is None:  # a read-only open takes the writer's lock just for the repair
        try:
            temporary_lock = _take_lock(path)
        except ProjectLockedError:
            raise InterruptedSaveError(
                path, "it is open in another Crosscheck window or process: close it there and open it again"
            ) from None
    try:
        conn = _connect(path, read_only=False)
        try:
            # The first read of a read-write connection plays the journal back into the file
            # (the state before the cut-off save) and deletes it. Nothing of the schema runs.
            conn.execute("PRAGMA application_id").fetchone()
        finally:
            conn.close()
    finally:
        if temporary_lock is not None:
            os.close(temporary_lock)


def _min_reader(conn: sqlite3.Connection) -> tuple[int, str]:
    """What a newer file says its reader needs; read only when its meta table is ours."""
    if not validate.meta_table_is_ours(conn):
        return SCHEMA_VERSION + 1, "a newer version"
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        return int(meta.get("min_reader_version", SCHEMA_VERSION + 1)), meta.get("min_reader_app", "a newer version")
    except (sqlite3.Error, ValueError):
        return SCHEMA_VERSION + 1, "a newer version"


def _take_lock(path: Path) -> int | None:
    if fcntl is None:
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise ProjectLockedError(path) from None
    return fd


def _cleanup(conn: sqlite3.Connection | None, lock_fd: int | None) -> None:
    if conn is not None:
        conn.close()
    if lock_fd is not None:
        os.close(lock_fd)  # closing the descriptor releases the flock


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def _backup_and_migrate(path: Path, conn: sqlite3.Connection, version: int) -> None:
    """Back the old file up beside it, then migrate in one transaction."""
    backup = backup_path(path, version)
    target = sqlite3.connect(str(backup))
    try:
        conn.backup(target)
    finally:
        target.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrate(conn, version, SCHEMA_VERSION)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'min_reader_version'", (str(MIN_READER_VERSION),))
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('min_reader_app', ?)",
            (APP_FOR_SCHEMA[MIN_READER_VERSION],),
        )
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app_version', ?)", (__version__,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
