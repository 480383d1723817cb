"""The Qt face of a Project: one signal for every change, and one place that turns errors into
messages. Views ask the bridge to run commands, or to perform a use case (an import, a merge) on
the project; they never change entities themselves, and nothing in the ui calls project.run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.core.commands import Command, CommandError
from desktop.core.project import Changes, Project, ReadOnlyProjectError
from desktop.store import StoreError

T = TypeVar("T")


class ProjectBridge(QObject):
    changed = Signal(object)  # Changes: every do, undo, redo and reload
    failed = Signal(str, bool)  # message, serious (a store error: show a dialog)
    saved = Signal()  # a change reached the disk

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = project.subscribe(self._on_changes)

    @property
    def state(self):
        return self.project.state

    def _on_changes(self, changes: Changes) -> None:
        self.changed.emit(changes)
        if changes.reason != "reload":
            self.saved.emit()

    def run(self, command: Command, initiator: object | None = None) -> Changes | None:
        return self._guard(lambda: self.project.run(command, initiator))

    def perform(self, operation: Callable[[Project], T], what: str = "") -> T | None:
        """Run a use case on the project (Anki's op): None and a reported error if it failed.
        `what` names it in the message ("Merge failed; nothing was changed: ...")."""
        return self._guard(lambda: operation(self.project), what)

    def undo(self) -> Changes | None:
        return self._guard(self.project.undo)

    def redo(self) -> Changes | None:
        return self._guard(self.project.redo)

    def _guard(self, action, what: str = ""):
        prefix = f"{what} failed; nothing was changed: " if what else ""
        try:
            return action()
        except (CommandError, ReadOnlyProjectError) as error:
            self.failed.emit(f"{prefix}{error}", False)
        except StoreError as error:
            self.failed.emit(f"{prefix}{error}", True)
        return None

    def detach(self) -> None:
        self._unsubscribe()
