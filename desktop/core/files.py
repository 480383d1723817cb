"""What kind of thing a path names, and opening it only if it is a regular file.

Every reader and writer of Crosscheck goes through these (issue 19): opening a named pipe blocks
until someone writes to it, a device such as /dev/zero never ends, and `os.replace` over either
turns it into a regular file. So: look at `stat` first, open without blocking, and look again at
what was opened (the path may have been swapped in between).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP, Context

file_check_texts = Context("file_check_texts")
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's side files beside a database: a rollback journal (ours), or WAL files (never ours).
SQLITE_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class SpecialFileError(OSError):
    """The path names something other than a regular file; the message says what it is."""

    def __init__(self, path: Path | str, kind: str) -> None:
        super().__init__(file_check_texts.tr("it is {kind}, not a regular file", kind=kind))
        self.filename = str(path)
        self.kind = kind


def special_kind(mode: int) -> str | None:
    """In words, what a `st_mode` names if it is not a regular file; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        kind = QT_TRANSLATE_NOOP("file_check_texts", "a folder")
    elif stat.S_ISFIFO(mode):
        kind = QT_TRANSLATE_NOOP("file_check_texts", "a named pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = QT_TRANSLATE_NOOP("file_check_texts", "a device")
    elif stat.S_ISSOCK(mode):
        kind = QT_TRANSLATE_NOOP("file_check_texts", "a socket")
    else:
        kind = QT_TRANSLATE_NOOP("file_check_texts", "a special file")
    return file_check_texts.tr(kind)


def open_regular(path: Path | str) -> int:
    """A read-only descriptor of `path`, which must be a regular file (symbolic links followed).
    Never blocks: a FIFO or device is refused before and after opening. Raises SpecialFileError,
    or the OSError of the failed stat or open."""
    kind = special_kind(os.stat(path).st_mode)
    if kind is not None:
        raise SpecialFileError(path, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:  # swapped between the stat and the open
            raise SpecialFileError(path, kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path | str, limit: int) -> bytes:
    """At most `limit + 1` bytes of a regular file (one more than allowed, so a caller can tell
    that the file is over its limit)."""
    with os.fdopen(open_regular(path), "rb") as handle:
        return handle.read(limit + 1)


def is_sqlite_side_file(path: Path) -> Path | None:
    """The database whose journal or WAL file `path` is, if that database exists."""
    for suffix in SQLITE_SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            database = path.with_name(path.name[: -len(suffix)])
            if database.is_file():
                return database
    return None


def replace_problem(target: Path, database_ok: bool = False) -> str | None:
    """Why a writer must not replace `target` with a new file, or None when it may: a folder,
    a special file, the journal of an SQLite database (losing a hot journal corrupts its
    database), or, unless `database_ok` (a project copy asked to replace one), an SQLite
    database: a project, ours, a backup or a colleague's."""
    database = is_sqlite_side_file(target)
    if database is not None:
        return file_check_texts.tr(
            "it is SQLite's journal of {name}; replacing it would damage that project", name=database.name
        )
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return None  # a new file, or a dangling symbolic link
    except OSError as error:
        return file_check_texts.tr("it cannot be checked ({reason})", reason=error.strerror or error)
    kind = special_kind(mode)
    if kind is not None:
        return file_check_texts.tr("it is {kind}, not a regular file; choose a file name", kind=kind)
    if database_ok:
        return None
    try:
        head = read_regular(target, len(SQLITE_HEADER))
    except OSError as error:
        return file_check_texts.tr(
            "it cannot be read to check that it is not a project ({reason})", reason=error.strerror or error
        )
    if head.startswith(SQLITE_HEADER):
        return file_check_texts.tr(
            "it is a Crosscheck project or another SQLite database; an export never replaces one; choose another name"
        )
    return None
