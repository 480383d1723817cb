"""What a feature of the window may ask of the window that hosts it.

The coverage dock, the suggestions controller and the window's file I/O are handed the main window
typed as this protocol, never as MainWindow: they see the workspace, the bridge and a few
services, not the window's other widgets, so no feature reaches into another.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.common.bridge import ProjectBridge
    from desktop.workspace.gestures import Gestures
    from desktop.workspace.state import Workspace


class Host(Protocol):
    workspace: Workspace
    bridge: ProjectBridge | None
    project_path: Path | None

    @property
    def gestures(self) -> Gestures: ...

    def say(self, message: str) -> None:
        """A short message in the status bar, also announced to a screen reader."""

    def announce(self, message: str) -> None:
        """Announced to a screen reader only (a remote change, a merge result)."""

    def present(self, result: object) -> None:
        """Carry out a gesture's Outcome (its message, where the keyboard goes)."""

    def open_project_file(self, path: Path | str, show_errors: bool = True) -> bool: ...

    def mark_spans(self, kind: str, spans_by_article: dict[str, list[tuple[int, int]]], colour: QColor) -> None:
        """Transient outlines in the article panes (suggestion candidates)."""

    def show_suggestions(self) -> None:
        """Bring the suggestions dock to the front."""

    def keep_alive(self, dialog: object) -> None:
        """Hold a modeless dialog until the next one replaces it."""

    def team_connection_changed(self, connected: bool, message: str) -> None:
        """The team server went away or came back (the window turns read-only while offline)."""

    def team_presence_changed(self) -> None:
        """Who edits which claim changed (the inspector names them)."""

    @property
    def main_window(self) -> QMainWindow:
        """The window as Qt sees it: the parent of a feature's docks and dialogs."""
        ...
