"""Reading import files off the UI thread.

The worker only reads files (walk, decode, extract); it never sees the project. Each result crosses
to the UI thread by a queued signal, and the dialog commits there through desktop/importing.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.formats.article_files import expand_paths
from desktop.formats.candidate import SkippedPath
from desktop.importing import ImportOptions, read_one, skipped_outcome

# Workers still running, kept alive here: a dialog closed mid-read must not free a running worker.
_RUNNING: set[ReadWorker] = set()


class ReadSignals(QObject):
    listed = Signal(int)  # how many files will be read
    read = Signal(int, object)  # index, ImportCandidate or ImportOutcome
    finished = Signal(bool)  # True when cancelled


class ReadWorker(QRunnable):
    def __init__(self, paths: Iterable[Path], options: ImportOptions | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog owns it, so its signals outlive run()
        self.paths = [Path(p) for p in paths]
        self.options = options or ImportOptions()
        self.signals = ReadSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            items: list[Path | SkippedPath] = []
            for item in expand_paths(self.paths):
                if self._cancel.is_set():
                    break
                items.append(item)
            self.signals.listed.emit(len(items))
            for index, item in enumerate(items):
                if self._cancel.is_set():
                    break
                result = skipped_outcome(item) if isinstance(item, SkippedPath) else read_one(item, self.options)
                self.signals.read.emit(index, result)
        finally:
            self.signals.finished.emit(self._cancel.is_set())
            _RUNNING.discard(self)


def start(worker: ReadWorker, pool: QThreadPool | None = None) -> None:
    _RUNNING.add(worker)
    (pool or QThreadPool.globalInstance()).start(worker)
