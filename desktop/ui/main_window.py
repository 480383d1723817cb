"""The main window (foundation version: the article list; the workspace grows from here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox

from desktop.core.project import Project
from desktop.store import StoreError, open_project

RECENT_KEY = "project/recent"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.project: Project | None = None
        self.library = QListWidget(self)
        self.library.setObjectName("articleLibrary")
        self.library.setAccessibleName("Article library")
        self.setCentralWidget(self.library)
        self.resize(1100, 720)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.menuBar().addMenu("&File").addAction(quit_action)

    def open_project_file(self, path: Path, show_errors: bool = True) -> bool:
        try:
            project = open_project(path)
        except StoreError as error:
            if show_errors:
                QMessageBox.critical(self, "Cannot open project", str(error))
            return False
        self.close_project()
        self.project = project
        self.setWindowTitle(f"{path.stem} — Crosscheck")
        self.library.clear()
        for article in project.state.articles.values():
            self.library.addItem(f"{article.title} · {article.outlet} · {article.language} · {article.published}")
        settings = QSettings()
        recent = [str(path.resolve())] + [p for p in settings.value(RECENT_KEY, [], type=list) or [] if p != str(path.resolve())]
        settings.setValue(RECENT_KEY, recent[:10])
        return True

    def close_project(self) -> None:
        if self.project is not None:
            self.project.persistence.close()
            self.project = None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.close_project()
        super().closeEvent(event)
