"""The Qt face of a Project: one signal for every change, and one place that turns errors into
messages. Views ask the bridge to run commands, or to perform a use case (an import, a merge) on
the project; they never change entities themselves, and nothing in the ui calls project.run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.core.commands import Command, CommandError
from desktop.core.project import Changes, Project, ReadOnlyProjectError, UndoConflict
from desktop.core.state import ProjectState
from desktop.store import StoreError
from desktop.store.team import EditConflict

T = TypeVar("T")


class Perform(Protocol):
    """ProjectBridge.perform's shape, for a dialog that runs a use case through the window."""

    def __call__(self, operation: Callable[[Project], T], what: str = "") -> T | None: ...


class ProjectBridge(QObject):
    changed = Signal(object)  # Changes: every do, undo, redo and reload
    failed = Signal(str, bool)  # message, serious (a store error: show a dialog)
    saved = Signal()  # a change reached the disk
    # A team project: a colleague changed the same field first (EditConflict, and a callable that
    # runs our command again over theirs), or undo would overwrite their later change (UndoConflict).
    conflicted = Signal(object, object)
    undo_conflicted = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = project.subscribe(self._on_changes)

    @property
    def state(self) -> ProjectState:
        return self.project.state

    def _on_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if changes.reason not in ("reload", "remote"):
            self.saved.emit()

    def run(self, command: Command, initiator: object | None = None) -> Changes | None:
        try:
            return self._guard(lambda: self.project.run(command, initiator), reraise=(EditConflict,))
        except EditConflict as conflict:
            self.conflicted.emit(conflict, lambda: self.run(command, initiator))
            return None

    def perform(self, operation: Callable[[Project], T], what: str = "") -> T | None:
        """Run a use case on the project (Anki's op): None and a reported error if it failed.
        `what` names it in the message ("Merge failed; nothing was changed: ...")."""
        return self._guard(lambda: operation(self.project), what)

    def undo(self, keep_theirs: bool = False) -> Changes | None:
        return self._travel(self.project.undo, keep_theirs)

    def redo(self, keep_theirs: bool = False) -> Changes | None:
        return self._travel(self.project.redo, keep_theirs)

    def _travel(self, step: Callable[..., Changes | None], keep_theirs: bool) -> Changes | None:
        try:
            return self._guard(lambda: step(keep_theirs=keep_theirs), reraise=(UndoConflict,))
        except UndoConflict as conflict:
            self.undo_conflicted.emit(conflict)
            return None

    def _guard(
        self, action: Callable[[], T], what: str = "", reraise: tuple[type[BaseException], ...] = ()
    ) -> T | None:
        try:
            return action()
        except reraise:
            raise  # the caller turns it into a question for the user
        except (CommandError, ReadOnlyProjectError) as error:
            self.failed.emit(self._message(error, what), False)
        except StoreError as error:
            self.failed.emit(self._message(error, what), True)
        return None

    def _message(self, error: Exception, what: str) -> str:
        if not what:
            return str(error)
        return self.tr("{what} failed; nothing was changed: {error}").format(what=what, error=error)

    def detach(self) -> None:
        self._unsubscribe()
