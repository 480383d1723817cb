"""Atomic file output: write a temporary file beside the target, then `os.replace` it
(docs/architecture.md §5). A reader never sees half a file, and a failed or cancelled export leaves
whatever was at the target before untouched."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop.core.files import replace_problem
from desktop.formats.errors import OutputRefused


class ExportCancelled(Exception):
    """Raised from a progress callback to stop an export; nothing is written."""


def check_replaceable(target: Path | str) -> Path:
    """`target`, if a new file may be put there; else OutputRefused saying why (issue 19: an
    export once replaced the very project it was made from)."""
    target = Path(target)
    problem = replace_problem(target)
    if problem is not None:
        raise OutputRefused(f"{target}: {problem}")
    return target


def atomic_write(target: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    """Call `write(file)` on a temporary file in the target's folder, flush it to disk, then
    rename it over `target`. On any error the temporary file is removed and the error raised.
    Refuses (OutputRefused) a target that check_replaceable refuses, before writing anything."""
    target = check_replaceable(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "no such folder", str(folder))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_UMASK)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return target


def _read_umask() -> int:
    # mkstemp creates 0600 files; an export should get the user's usual permissions. Read once
    # at import: os.umask is process-wide, so toggling it from a worker thread would be a race.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write_text(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    return atomic_write(target, lambda handle: handle.write(data))
