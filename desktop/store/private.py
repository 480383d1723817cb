"""Private scratch folders for copies of project files (a colleague's file read for a merge, the
stage of a stripped share copy), and the sweep of those a killed process left behind.

A TemporaryDirectory is removed when the `with` ends, never when the process is killed: a loop of
killed merges left 81 MB of copies in the temporary folder (issue 19). Each folder now holds a
lock file that its process keeps locked; a later run removes every folder of ours whose lock is
free, so its owner is gone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: its temporary folder is cleaned by the system
    fcntl = None  # type: ignore[assignment]

MARKER = ".in-use"
UNMARKED_AGE_S = 24 * 3600  # a folder without a marker (made by an older Crosscheck) is left a day


def sweep(prefix: str, folder: Path | None = None) -> int:
    """Remove the folders `prefix`* of this user in `folder` (the temporary folder) whose owner
    is gone; returns how many."""
    if fcntl is None:
        return 0
    base = Path(folder or tempfile.gettempdir())
    removed = 0
    for entry in base.glob(f"{prefix}*"):
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not entry.is_dir() or entry.is_symlink() or info.st_uid != os.getuid():
            continue
        try:
            fd = os.open(entry / MARKER, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            if time.time() - info.st_mtime > UNMARKED_AGE_S:
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # in use by a live process
        finally:
            os.close(fd)
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    return removed


@contextmanager
def private_folder(prefix: str) -> Iterator[Path]:
    """A new folder only this user can read, locked while in use and removed after; folders a
    killed run left with the same prefix are removed first."""
    sweep(prefix)
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    lock = os.open(folder / MARKER, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield folder
    finally:
        os.close(lock)
        shutil.rmtree(folder, ignore_errors=True)
