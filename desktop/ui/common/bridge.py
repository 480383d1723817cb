"""The Qt face of a Project: one signal for every change, and one place that turns errors into
messages. Views ask the bridge to run commands; they never change entities themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.commands import Command, CommandError
from desktop.core.project import Changes, Project, ReadOnlyProjectError
from desktop.store import StoreError


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

    def undo(self) -> Changes | None:
        return self._guard(self.project.undo)

    def redo(self) -> Changes | None:
        return self._guard(self.project.redo)

    def _guard(self, action):
        try:
            return action()
        except (CommandError, ReadOnlyProjectError) as error:
            self.failed.emit(str(error), False)
        except StoreError as error:
            self.failed.emit(str(error), True)
        return None

    def detach(self) -> None:
        self._unsubscribe()
