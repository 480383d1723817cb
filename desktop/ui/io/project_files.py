"""File dialogs around the project file: new, open, recent, share a copy, and the author's name."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.project import Project
from desktop.sample import default_sample_path
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
    recent = recent_projects()
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number} {path.stem}  —  {path.parent}")
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    menu.setEnabled(bool(recent))


def recent_projects() -> list[Path]:
    """The recent list, newest first, without files that have since gone."""
    return [Path(p) for p in QSettings().value(RECENT_KEY, [], type=list) or [] if Path(p).is_file()]


def user_folder() -> Path:
    """Where a person keeps their files: ~/Documents when there is one, else home."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def dialog_folder(project: Path | None) -> Path:
    """Where file dialogs open: the project's folder, unless it is Crosscheck's own data folder
    (the sample project lives there, hidden): then the user's documents."""
    if project is None:
        recent = recent_projects()
        project = recent[0] if recent else None
    if project is None:
        return user_folder()
    folder = project.resolve().parent
    data = default_sample_path().parent.resolve()
    return user_folder() if folder == data or data in folder.parents else folder


def last_folder() -> Path:
    """The folder for file dialogs when no project is open."""
    return dialog_folder(None)


def ask_new_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    start = (folder or last_folder()) / f"Untitled{SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(parent, "New project", str(start), FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open project", str(folder or last_folder()), FILTER)
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


class ShareDialog(QDialog):
    """Share a copy: where to write it, and whether to leave out notes and author names (a copy
    for a source, say, should not carry internal notes)."""

    def __init__(self, parent: QWidget, suggestion: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Share a copy")
        self.path = QLineEdit(str(suggestion), self)
        self.path.setAccessibleName("Copy file")
        self.path.setMinimumWidth(380)
        browse = QPushButton("Choose…", self)
        browse.setAccessibleName("Choose the copy's file")
        self.strip_notes = QCheckBox("Leave out notes (claim and passage notes)", self)
        self.strip_authors = QCheckBox("Leave out author names", self)
        about = QLabel(
            "The copy is one clean file, with every article, passage and claim, ready to email. "
            "The open project is not changed.",
            self,
        )
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(self.strip_notes)
        layout.addWidget(self.strip_authors)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Share a copy", self.path.text(), FILTER)
        if name:
            self.path.setText(name)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def save_copy(parent: QWidget, project: Project, current: Path | None) -> None:
    name = f"{current.stem} (copy){SUFFIX}" if current else f"Copy{SUFFIX}"
    suggestion = dialog_folder(current) / name
    dialog = ShareDialog(parent, suggestion)
    while dialog.exec():
        target = dialog.target()
        if not dialog.path.text().strip():
            continue
        if current is not None and target.resolve() == current.resolve():
            QMessageBox.warning(parent, "Share a copy", "Choose another file name: this is the open project.")
            continue
        if target.exists() and (
            QMessageBox.question(parent, "Share a copy", f"{target.name} exists. Replace it?")
            != QMessageBox.StandardButton.Yes
        ):
            continue
        try:
            project.persistence.save_copy(
                target, strip_notes=dialog.strip_notes.isChecked(), strip_authors=dialog.strip_authors.isChecked()
            )
        except (StoreError, OSError) as error:
            QMessageBox.critical(parent, "Could not write the copy", str(error))
            continue
        left_out = [
            w for w, box in (("notes", dialog.strip_notes), ("author names", dialog.strip_authors)) if box.isChecked()
        ]
        suffix = f" (without {' and '.join(left_out)})" if left_out else ""
        parent.statusBar().showMessage(f"Copy written to {target}{suffix}", 8000)  # type: ignore[attr-defined]
        return
