"""Where a project is kept: the one interface between the core and a store.

`Persistence` lists everything the use cases, the CLI and the window ask of a store, so no caller
probes for a method with getattr. Three stores implement it: `desktop.store.ProjectFile` (one
SQLite file), `desktop.store.team.TeamStore` (one PostgreSQL schema shared by a team) and
`MemoryPersistence` below (nothing kept: tests and previews).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .state import EntityChange
from .tombstone import Tombstone

if TYPE_CHECKING:  # numpy is imported lazily: the suggestion modules load after the window paints
    import numpy as np

ArticleSource = dict[str, object]  # keys as ArticleSourceRow's columns (sha256, original, filename, ...)
Span = tuple[int, int]
VectorSave = tuple[str, str, list[Span], "np.ndarray"]  # sha256, model, unit spans, one vector per span
Rejection = tuple[str, int, int]  # article id, unit start, unit end


class CopyUnavailableError(RuntimeError):
    """This project is not kept anywhere a file copy could be made from."""


class VectorWriter(Protocol):
    """Takes vector-cache saves from the owning thread and writes them behind its back."""

    failed: str  # why the cache stopped being written, "" while it works

    def save(self, sha256: str, model: str, spans: Sequence[Span], vectors: np.ndarray) -> None: ...

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop."""


class Persistence(Protocol):
    """What the core and its callers need from wherever a project is kept."""

    @property
    def read_only(self) -> bool: ...

    @property
    def read_only_reason(self) -> str:
        """One sentence for the user when read_only, else ""."""

    @property
    def path(self) -> Path | None:
        """The project file, or None when the project is not one file (a team project, memory)."""

    @property
    def location(self) -> str:
        """How to name the project to the user: a file path, or a team URL without its password."""

    def write(self, changes: Sequence[EntityChange]) -> None:
        """Persist all changes in one transaction, or raise and persist none."""

    def close(self) -> None: ...

    def on_write(self, observer: Callable[[], None]) -> Callable[[], None]:
        """Call `observer` after each committed write of ours (commands, settings, caches);
        returns the unsubscriber."""

    def tombstones(self) -> dict[str, Tombstone]:
        """Every deletion remembered, by entity id (merges need it)."""

    def save_copy(self, target: Path | str, *, strip_notes: bool = False, strip_authors: bool = False) -> Path:
        """Write a clean single-file copy of the project to `target`, atomically."""

    def store_sources(self, sources: Sequence[ArticleSource]) -> None:
        """Keep the original bytes articles were extracted from (immutable, keyed by text hash)."""

    def with_sources(self, sources: Sequence[ArticleSource]) -> AbstractContextManager[None]:
        """Within the block, the next write also keeps these originals, in its own transaction
        where the store can (a file, memory): one transaction per import (issue 19)."""

    def source(self, sha256: str) -> ArticleSource | None: ...

    def setting(self, key: str, default: str = "") -> str: ...

    def set_setting(self, key: str, value: str) -> None:
        """A project setting: kept with the project, outside undo."""

    # --- the link suggestions' memory: a vector cache and rejected candidates, outside undo --
    def load_vectors(self, sha256: str, model: str, spans: Sequence[Span]) -> np.ndarray | None:
        """The cached vectors of these unit spans, in order; None unless every span has one."""

    def save_vectors(self, saves: Sequence[VectorSave]) -> None:
        """Replace the cached vectors of each (text, model) in one transaction."""

    def vector_writer(self) -> VectorWriter:
        """A writer that saves vectors on a thread of its own (the window's)."""

    def rejections(self, claim_id: str) -> set[Rejection]: ...

    def add_rejection(self, claim_id: str, article_id: str, start: int, end: int) -> None: ...


class _ImmediateWriter:
    """A VectorWriter that saves at once on the caller's thread."""

    failed = ""

    def __init__(self, persistence: Persistence) -> None:
        self._persistence = persistence

    def save(self, sha256: str, model: str, spans: Sequence[Span], vectors: np.ndarray) -> None:
        self._persistence.save_vectors([(sha256, model, list(spans), vectors)])

    def close(self, timeout: float = 30.0) -> None:
        pass


class MemoryPersistence:
    """Keeps everything in memory only: for tests and for previews."""

    path: Path | None = None
    location = "(not saved: kept in memory)"

    def __init__(self) -> None:
        self.read_only = False
        self.read_only_reason = ""
        self.transactions: list[list[EntityChange]] = []
        self.settings: dict[str, str] = {}
        self._tombstones: dict[str, Tombstone] = {}
        self._sources: dict[str, ArticleSource] = {}
        self._vectors: dict[tuple[str, str], dict[Span, np.ndarray]] = {}
        self._rejections: dict[str, set[Rejection]] = {}
        self._write_observers: list[Callable[[], None]] = []

    def write(self, changes: Sequence[EntityChange]) -> None:
        from .model import now_iso

        self.transactions.append(list(changes))
        for change in changes:
            if change.after is None:
                kind = type(change.entity).__name__.lower()
                self._tombstones[change.id] = Tombstone(change.id, kind, now_iso())
            elif change.before is None:
                self._tombstones.pop(change.id, None)
        self._wrote()

    def _wrote(self) -> None:
        for observer in list(self._write_observers):
            observer()

    def close(self) -> None:
        pass

    def on_write(self, observer: Callable[[], None]) -> Callable[[], None]:
        self._write_observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._write_observers:
                self._write_observers.remove(observer)

        return unsubscribe

    def tombstones(self) -> dict[str, Tombstone]:
        return dict(self._tombstones)

    def save_copy(self, target: Path | str, *, strip_notes: bool = False, strip_authors: bool = False) -> Path:
        raise CopyUnavailableError(f"{target}: this project is kept only in memory, so no file copy can be made")

    def store_sources(self, sources: Sequence[ArticleSource]) -> None:
        for source in sources:
            self._sources.setdefault(str(source["sha256"]), dict(source))
        self._wrote()

    @contextmanager
    def with_sources(self, sources: Sequence[ArticleSource]) -> Iterator[None]:
        before = len(self.transactions)
        yield
        if len(self.transactions) > before:  # kept only if the import's write happened
            for source in sources:
                self._sources.setdefault(str(source["sha256"]), dict(source))

    def source(self, sha256: str) -> ArticleSource | None:
        found = self._sources.get(sha256)
        return dict(found) if found is not None else None

    def setting(self, key: str, default: str = "") -> str:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.settings[key] = value
        self._wrote()

    def load_vectors(self, sha256: str, model: str, spans: Sequence[Span]) -> np.ndarray | None:
        import numpy as np

        found = self._vectors.get((sha256, model), {})
        rows = [found.get((int(s), int(e))) for s, e in spans]
        if not rows or any(row is None for row in rows):
            return None
        return np.stack(rows)  # type: ignore[arg-type]  # None ruled out just above

    def save_vectors(self, saves: Sequence[VectorSave]) -> None:
        import numpy as np

        for sha256, model, spans, vectors in saves:
            matrix = np.asarray(vectors, dtype=np.float32)
            self._vectors[(sha256, model)] = {(int(s), int(e)): matrix[i].copy() for i, (s, e) in enumerate(spans)}
        self._wrote()

    def vector_writer(self) -> VectorWriter:
        return _ImmediateWriter(self)

    def rejections(self, claim_id: str) -> set[Rejection]:
        return set(self._rejections.get(claim_id, set()))

    def add_rejection(self, claim_id: str, article_id: str, start: int, end: int) -> None:
        self._rejections.setdefault(claim_id, set()).add((article_id, int(start), int(end)))
        self._wrote()
