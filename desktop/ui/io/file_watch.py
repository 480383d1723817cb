"""Noticing that the open project file was replaced or changed on disk by another program (a sync
client, a colleague's copy dropped over it), so the window can offer to reload.

QFileSystemWatcher loses a file that is replaced by rename, so the folder is watched too and the
file re-added. Events come in bursts (a sync client writes, renames, touches), so they are
debounced. Our own writes also change the file: `follow(project)` acknowledges each one from the
project file's write hook (before the debounce fires), and only a signature we did not
acknowledge is reported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.core.project import Project

DEBOUNCE_MS = 400


def file_signature(path: Path) -> tuple[int, int, int, int, bytes] | None:
    """Identity and content version: inode, size, mtime and SQLite's file change counter."""
    try:
        st = os.stat(path)
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, header[24:28])


class ProjectFileWatcher(QObject):
    replacedOnDisk = Signal(str)  # the file now holds something we did not write
    removedFromDisk = Signal(str)  # the file is gone (moved or deleted)

    def __init__(self, path: Path | str, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.path = Path(path).resolve()
        self._known = file_signature(self.path)
        self._watcher = QFileSystemWatcher(self)
        self._watched_inode: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._settle)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.addPath(str(self.path.parent))
        self._rewatch()
        self._unsubscribe: Callable[[], None] | None = None

    def _rewatch(self) -> None:
        """(Re-)watch the file; a watch follows the inode, so a replaced file needs a new one."""
        try:
            inode = os.stat(self.path).st_ino
        except OSError:
            return
        if str(self.path) in self._watcher.files():
            if inode == self._watched_inode:
                return
            self._watcher.removePath(str(self.path))
        self._watcher.addPath(str(self.path))
        self._watched_inode = inode

    def _poke(self, _changed: str = "") -> None:
        self._rewatch()
        self._timer.start()  # restart: wait for the burst to end

    def _settle(self) -> None:
        self._rewatch()
        now = file_signature(self.path)
        if now == self._known:
            return
        self._known = now  # report each outside change once, even if the user declines
        if now is None:
            self.removedFromDisk.emit(str(self.path))
        else:
            self.replacedOnDisk.emit(str(self.path))

    def acknowledge(self) -> None:
        """The file as it is now is ours (call after each of our own writes)."""
        self._known = file_signature(self.path)

    def follow(self, project: Project) -> None:
        """Acknowledge after every write of ours, through the persistence's write hook (it sees
        the vector cache, rejections and settings too, not only commands)."""
        self.stop_following()
        self._unsubscribe = project.persistence.on_write(self.acknowledge)

    def stop_following(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def close(self) -> None:
        self.stop_following()
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
