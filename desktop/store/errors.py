"""Typed, user-facing errors of the project file. Every message names the file and says what to do."""

from __future__ import annotations

from pathlib import Path

from desktop.core.i18n import Context
from desktop.core.text import one_line

store_texts = Context("store_texts")


class StoreError(Exception):
    """Base class: the message is a complete sentence for the user, on one line (a path or
    SQLite's report may hold line breaks or control characters: they are escaped)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(one_line(message))


class ProjectNotFoundError(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, store_texts.tr("{path}: no such project file", path=path))


class ProjectExistsError(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path, store_texts.tr("{path}: a file of that name already exists; choose another name", path=path)
        )


class NotSQLiteError(StoreError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            path,
            store_texts.tr(
                "{path}: not a Crosscheck project: the file is not an SQLite database{detail}", path=path, detail=extra
            ),
        )


class NotCrosscheckError(StoreError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            path,
            store_texts.tr(
                "{path}: not a Crosscheck project: it is an SQLite database of another application{detail}",
                path=path,
                detail=extra,
            ),
        )


class UncleanProjectError(StoreError):
    """The file claims to be ours but holds things we never write (triggers, views, extra tables)."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: not a clean Crosscheck file: {detail}; it was not opened", path=path, detail=detail
            ),
        )


class TooNewError(StoreError):
    def __init__(self, path: Path | str, needed: str, ours: int) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: made by a newer Crosscheck; it needs Crosscheck {needed} or later "
                "(this is file format {ours}). Update Crosscheck to open it.",
                path=path,
                needed=needed,
                ours=ours,
            ),
        )


class CorruptProjectError(StoreError):
    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: the project file is damaged or truncated ({detail}); it was not changed",
                path=path,
                detail=detail,
            ),
        )


class ProjectLockedError(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: the project is open in another Crosscheck window or process; "
                "close it there, or open this one read-only",
                path=path,
            ),
        )


class ReadOnlyLocationError(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: the project is in a read-only location, so changes cannot be saved; "
                "open it read-only or share a copy elsewhere",
                path=path,
            ),
        )


class WriteFailedError(StoreError):
    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(
            path,
            store_texts.tr(
                "{path}: could not save the change ({detail}); the project is as it was before it",
                path=path,
                detail=detail,
            ),
        )


class TargetRefusedError(StoreError):
    """A copy may not be written there (the project itself, a FIFO, SQLite's journal...)."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(path, f"{path}: {detail}")


class InterruptedSaveError(StoreError):
    """A save was cut off (a crash, a kill, a power cut) and left SQLite's rollback journal: the
    file must be rolled back before anyone can read it, and this time we cannot do it here."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        path = Path(path)
        what_to_do = detail or (
            "open it in Crosscheck where it can be written to: that undoes the unfinished change and loses nothing else"
        )
        super().__init__(
            path, f"{path}: a save was interrupted (a crash or a kill) and the project must be repaired; {what_to_do}"
        )
