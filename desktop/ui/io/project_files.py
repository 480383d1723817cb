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

from desktop.core.i18n import Context
from desktop.core.project import Project
from desktop.sample import default_sample_path
from desktop.store import SUFFIX, StoreError, create_project
from desktop.store.team import is_team_location
from desktop.ui.common.settings import list_setting, text_setting

RECENT_KEY = "project/recent"
AUTHOR_KEY = "user/displayName"
file_texts = Context("file_texts")


def project_filter() -> str:
    """The file dialogs' filter for project files."""
    return file_texts.tr("Crosscheck projects (*{suffix});;All files (*)", suffix=SUFFIX)


def author_name() -> str:
    """The display name recorded on every change; defaults to the login name until set."""
    name = text_setting(AUTHOR_KEY)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def is_known(path: Path) -> bool:
    """A file this user opened before (recent list): a quick check suffices. Anything else gets
    the thorough integrity check of a file from someone else."""
    return str(path.resolve()) in list_setting(RECENT_KEY)


def set_author_name(name: str) -> None:
    QSettings().setValue(AUTHOR_KEY, " ".join(name.split())[:80])


def has_author_name() -> bool:
    return bool(text_setting(AUTHOR_KEY))


def ask_author_name(parent: QWidget) -> None:
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(
        parent,
        file_texts.tr("Your name"),
        file_texts.tr("The name recorded with the changes you make:"),
        text=author_name(),
    )
    if ok and name.strip():
        set_author_name(name)


def remember_recent(location: Path | str) -> None:
    """A file (its resolved path) or a team project (its address, never with a password)."""
    settings = QSettings()
    resolved = location if is_team_location(str(location)) else str(Path(location).resolve())
    recent = [p for p in list_setting(RECENT_KEY) if p != resolved]
    settings.setValue(RECENT_KEY, [resolved, *recent][:10])


def fill_recent_menu(menu: QMenu, open_path: Callable[[Path], bool]) -> None:
    menu.clear()
    recent = recent_projects()
    for number, entry in enumerate(recent, start=1):
        name, where = recent_label(entry)
        action = menu.addAction(f"&{number} {name}  —  {where}")
        action.triggered.connect(lambda _checked=False, p=entry: open_path(p))
    menu.setEnabled(bool(recent))


def recent_projects() -> list[Path | str]:
    """The recent list, newest first: files (without those that have since gone) and team
    projects' addresses."""
    entries = list_setting(RECENT_KEY)
    return [p if is_team_location(p) else Path(p) for p in entries if is_team_location(p) or Path(p).is_file()]


def recent_label(entry: Path | str) -> tuple[str, str]:
    """(name, where) for menus and the start page."""
    if isinstance(entry, str):
        return file_texts.tr("{name} (team)", name=team_name(entry)), entry.split("?", 1)[0]
    return entry.stem, str(entry.parent)


def team_name(location: str) -> str:
    """A team project's name as the window shows it: its project= part, else the address."""
    return location.rsplit("project=", 1)[-1] if "project=" in location else location


def user_folder() -> Path:
    """Where a person keeps their files: ~/Documents when there is one, else home."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def dialog_folder(project: Path | None) -> Path:
    """Where file dialogs open: the project's folder, unless it is Crosscheck's own data folder
    (the sample project lives there, hidden): then the user's documents."""
    if project is None:
        files = [entry for entry in recent_projects() if isinstance(entry, Path)]
        project = files[0] if files else None
    if project is None:
        return user_folder()
    folder = project.resolve().parent
    data = default_sample_path().parent.resolve()
    return user_folder() if folder == data or data in folder.parents else folder


def last_folder() -> Path:
    """The folder for file dialogs when no project is open."""
    return dialog_folder(None)


def ask_new_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    start = (folder or last_folder()) / (file_texts.tr("Untitled") + SUFFIX)
    name, _ = QFileDialog.getSaveFileName(parent, file_texts.tr("New project"), str(start), project_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget, folder: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, file_texts.tr("Open project"), str(folder or last_folder()), project_filter()
    )
    return Path(name) if name else None


def create_empty(parent: QWidget, path: Path) -> bool:
    try:
        if path.exists():
            # the save dialog already asked to overwrite; keep the old file out of the way, not lost
            path.replace(path.with_name(path.name + ".old"))
        create_project(path).persistence.close()
        return True
    except (StoreError, OSError) as error:
        QMessageBox.critical(parent, file_texts.tr("Cannot create project"), str(error))
        return False


class ShareDialog(QDialog):
    """Share a copy: where to write it, and whether to leave out notes and author names (a copy
    for a source, say, should not carry internal notes)."""

    def __init__(self, parent: QWidget, suggestion: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share a copy"))
        self.path = QLineEdit(str(suggestion), self)
        self.path.setAccessibleName(self.tr("Copy file"))
        self.path.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the copy's file"))
        self.strip_notes = QCheckBox(self.tr("Leave out notes (claim and passage notes)"), self)
        self.strip_authors = QCheckBox(self.tr("Leave out author names"), self)
        about = QLabel(
            self.tr(
                "The copy is one clean file, with every article, passage and claim, ready to email. "
                "The open project is not changed."
            ),
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
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Share a copy"), self.path.text(), project_filter())
        if name:
            self.path.setText(name)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def save_copy(parent: QWidget, project: Project, current: Path | None) -> None:
    name = (file_texts.tr("{name} (copy)", name=current.stem) if current else file_texts.tr("Copy")) + SUFFIX
    suggestion = dialog_folder(current) / name
    dialog = ShareDialog(parent, suggestion)
    while dialog.exec():
        target = dialog.target()
        if not dialog.path.text().strip():
            continue
        if current is not None and target.resolve() == current.resolve():
            QMessageBox.warning(
                parent,
                file_texts.tr("Share a copy"),
                file_texts.tr("Choose another file name: this is the open project."),
            )
            continue
        if target.exists() and (
            QMessageBox.question(
                parent, file_texts.tr("Share a copy"), file_texts.tr("{name} exists. Replace it?", name=target.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            continue
        try:
            project.persistence.save_copy(
                target, strip_notes=dialog.strip_notes.isChecked(), strip_authors=dialog.strip_authors.isChecked()
            )
        except (StoreError, OSError) as error:
            QMessageBox.critical(parent, file_texts.tr("Could not write the copy"), str(error))
            continue
        notes, authors = dialog.strip_notes.isChecked(), dialog.strip_authors.isChecked()
        if notes and authors:
            message = file_texts.tr("Copy written to {path} (without notes and author names)", path=target)
        elif notes:
            message = file_texts.tr("Copy written to {path} (without notes)", path=target)
        elif authors:
            message = file_texts.tr("Copy written to {path} (without author names)", path=target)
        else:
            message = file_texts.tr("Copy written to {path}", path=target)
        parent.statusBar().showMessage(message, 8000)  # type: ignore[attr-defined]  # parent is the main window here; QWidget's stubs have no statusBar
        return
