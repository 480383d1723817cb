"""Opening project files that come from someone else (docs/architecture.md §5).

An untrusted file is never opened in place: it is copied with SQLite's backup API (a consistent
snapshot even if another program writes it) into a private folder, and the copy is verified
thoroughly (schema, integrity_check, foreign keys) before a row is read. A file on a read-only
or network location is worked on as a local copy too (SQLite locking is unreliable over network
file systems), and the caller gets a sentence saying so to show the user.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.project import Project
from desktop.core.state import ProjectState
from desktop.core.text import one_line
from desktop.core.tombstone import Tombstone

from . import validate
from .errors import ProjectLockedError, ProjectNotFoundError, StoreError, store_texts
from .migrations import FLAGGED_DATES_KEY
from .private import private_folder
from .project_file import ProjectFile, _connect, _is_writable, _map_sqlite_error

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "ncpfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
    "fuse.gvfsd-fuse",
    "fuse.s3fs",
    "fuse.gcsfuse",
}


@dataclass
class OpenedProject:
    """A project opened through `open_shared`: where the work happens and why."""

    project: Project
    original: Path
    working_path: Path
    is_copy: bool
    reason: str  # "" when the original is opened in place; else one sentence for the user

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    def close(self) -> None:
        self.project.persistence.close()


def copies_folder() -> Path:
    """Where working copies of other people's files live (kept: the user's work is in them)."""
    from platformdirs import user_data_path

    return user_data_path("Crosscheck", appauthor=False) / "copies"


def _mount_type(path: Path, mounts_text: str) -> str:
    best, fstype = "", ""
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def is_network_location(path: Path | str, mounts_text: str | None = None) -> bool:
    """True for a UNC path, or (Linux) a file on a network file system per /proc/self/mounts."""
    path = Path(os.path.abspath(path))
    if str(path).startswith(("\\\\", "//")):
        return True
    if mounts_text is None:
        if not sys.platform.startswith("linux"):
            return False
        try:
            mounts_text = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fstype = _mount_type(path.resolve() if path.exists() else path, mounts_text)
    return fstype in NETWORK_FS or fstype.startswith("fuse.sshfs")


def location_problem(path: Path, mounts_text: str | None = None) -> str:
    """Why the file cannot be worked on in place, or ""."""
    if is_network_location(path, mounts_text):
        return store_texts.tr("it is on a network drive")
    folder = path.parent if str(path.parent) else Path(".")
    if not (_is_writable(path) and _is_writable(folder)):
        return store_texts.tr("it is in a read-only location")
    return ""


def make_working_copy(path: Path | str, folder: Path | str) -> Path:
    """Copy a project file into `folder` (created if needed) with the backup API; returns the
    copy's path. Header and application id are checked first, so a zip or a stranger's database
    is refused before anything is written."""
    path = Path(path)
    if not path.exists():
        raise ProjectNotFoundError(path)
    validate.check_header(path)
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="copy-", dir=folder)) / path.name
    source = None
    try:
        source = _connect(path, read_only=True)
        validate.check_application_id(path, source)
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as error:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise _map_sqlite_error(path, error) from None
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    finally:
        if source is not None:
            source.close()
    return target


def _as_original(error: StoreError, copy: Path, original: Path) -> StoreError:
    """Errors found on the copy name the file the user chose."""
    error.args = (str(error).replace(str(copy), one_line(str(original))),)
    error.path = original
    return error


def open_shared(
    path: Path | str,
    *,
    author: str = "",
    untrusted: bool = True,
    copies_dir: Path | str | None = None,
    read_only_if_locked: bool = False,
    mounts_text: str | None = None,
    thorough: bool = False,
) -> OpenedProject:
    """Open a project safely. Untrusted files and files on read-only or network locations are
    copied to `copies_dir` (default: the user data folder) and the copy is opened and verified
    thoroughly; the original is never written. A trusted local file opens in place, and if
    another Crosscheck holds it, read-only when `read_only_if_locked` (else ProjectLockedError)."""
    original = Path(path)
    if not original.exists():
        raise ProjectNotFoundError(original)
    validate.check_header(original)
    problem = location_problem(original, mounts_text)
    if untrusted or problem:
        copy = make_working_copy(original, copies_dir or copies_folder())
        try:
            project_file = ProjectFile.open(copy, thorough=True)
            state = project_file.load()
        except StoreError as error:
            shutil.rmtree(copy.parent, ignore_errors=True)
            raise _as_original(error, copy, original) from None
        reason = store_texts.tr(
            "{name}: {why}, so you are working on a local copy ({copy}); "
            "the original is not changed. Use Share a copy to put your work back.",
            name=original.name,
            why=problem or store_texts.tr("it came from someone else"),
            copy=copy,
        )
        return OpenedProject(Project(state, project_file, author=author), original, copy, True, reason)
    reason = ""
    try:
        project_file = ProjectFile.open(original, thorough=thorough)
    except ProjectLockedError:
        if not read_only_if_locked:
            raise
        project_file = ProjectFile.open(original, read_only=True, thorough=thorough)
        reason = store_texts.tr(
            "{name} is open in another Crosscheck window or process, so it was opened read-only", name=original.name
        )
    try:
        state = project_file.load()
    except BaseException:
        project_file.close()
        raise
    reason = reason or project_file.read_only_reason
    return OpenedProject(Project(state, project_file, author=author), original, original, False, reason)


@contextmanager
def untrusted_snapshot(path: Path | str) -> Iterator[tuple[ProjectState, dict[str, Tombstone], dict[str, str]]]:
    """Read a colleague's file for merging: a private verified copy, read-only, removed after.
    Yields (state, tombstones, meta); meta's FLAGGED_DATES_KEY lists the dates that were removed
    because they were not valid (JSON), so the merge can say so."""
    original = Path(path)
    with private_folder("crosscheck-other-") as private:
        copy = make_working_copy(original, private)
        try:
            with ProjectFile.open(copy, read_only=True, thorough=True) as project_file:
                state = project_file.load(check_spans=False)
                meta = project_file.meta()
                flags = project_file.flagged_dates()  # an older file's invalid dates, removed on reading
                if flags:
                    meta[FLAGGED_DATES_KEY] = json.dumps(flags, ensure_ascii=False)
                snapshot = (state, project_file.tombstones(), meta)
        except StoreError as error:
            raise _as_original(error, copy, original) from None
        yield snapshot
