"""File dialogs around the project file: new, open, recent, share a copy, and the author's name."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop.core.project import Project
from desktop.store import SUFFIX, StoreError, create_project

RECENT_KEY = "project/recent"
AUTHOR_KEY = "user/displayName"
FILTER = f"Crosscheck projects (*{SUFFIX});;All files (*)"


def author_name() -> str:
    """The display name recorded on every change; defaults to the login name until set."""
    name = QSettings().value(AUTHOR_KEY, "", type=str)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def is_known(path: Path) -> bool:
    """A file this user opened before (recent list): a quick check suffices. Anything else gets
    the thorough integrity check of a file from someone else."""
    recent = QSettings().value(RECENT_KEY, [], type=list) or []
    return str(path.resolve()) in recent


def set_author_name(name: str) -> None:
    QSettings().setValue(AUTHOR_KEY, " ".join(name.split())[:80])


def has_author_name() -> bool:
    return bool(QSettings().value(AUTHOR_KEY, "", type=str))


def ask_author_name(parent: QWidget) -> None:
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        parent, "Your name", "The name recorded with the changes you make:", text=author_name()
    )
    if ok and name.strip():
        set_author_name(name)


def remember_recent(path: Path) -> None:
    settings = QSettings()
    resolved = str(path.resolve())
    recent = [p for p in settings.value(RECENT_KEY, [], type=list) or [] if p != resolved]
    settings.setValue(RECENT_KEY, [resolved, *recent][:10])


def fill_recent_menu(menu: QMenu, open_path: Callable[[Path], bool]) -> None:
    menu.clear()
    recent = [p for p in QSettings().value(RECENT_KEY, [], type=list) or [] if Path(p).is_file()]
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number} {Path(path).stem}  —  {Path(path).parent}")
        action.triggered.connect(lambda _checked=False, p=path: open_path(Path(p)))
    menu.setEnabled(bool(recent))


def ask_new_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "New project", str(Path.home() / f"Untitled{SUFFIX}"), FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open project", str(Path.home()), FILTER)
    return Path(name) if name else None


def create_empty(parent: QWidget, path: Path) -> bool:
    try:
        if path.exists():
            # the save dialog already asked to overwrite; keep the old file out of the way, not lost
            path.replace(path.with_name(path.name + ".old"))
        create_project(path).persistence.close()
        return True
    except (StoreError, OSError) as error:
        QMessageBox.critical(parent, "Cannot create project", str(error))
        return False


def save_copy(parent: QWidget, project: Project, current: Path | None) -> None:
    suggestion = current.with_name(f"{current.stem} (copy){SUFFIX}") if current else Path.home() / f"Copy{SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(parent, "Share a copy", str(suggestion), FILTER)
    if not name:
        return
    target = Path(name)
    if current is not None and target.resolve() == current.resolve():
        QMessageBox.warning(parent, "Share a copy", "Choose another file name: this is the open project.")
        return
    try:
        project.persistence.save_copy(target)
    except (StoreError, OSError) as error:
        QMessageBox.critical(parent, "Could not write the copy", str(error))
        return
    parent.statusBar().showMessage(f"Copy written to {target}", 8000)
