"""What the window shows when no project is open: the recent projects, and the ways to start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    openRequested = Signal()
    newRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(
            "<h2>Crosscheck</h2><p>"
            + self.tr("Compare how outlets report the same event: link passages across articles as one claim.")
            + "</p>",
            self,
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.recent_label = QLabel(self.tr("Recent projects"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.setMinimumWidth(420)
        self.recent.setMaximumWidth(640)
        self.recent.setMaximumHeight(220)
        self.recent_label.setBuddy(self.recent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.recent_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QPushButton] = []
        for text, signal in (
            (self.tr("Open a project…"), self.openRequested),
            (self.tr("New project…"), self.newRequested),
            (self.tr("Open the sample project"), self.sampleRequested),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.setMinimumWidth(260)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons.append(button)
        layout.addStretch(2)
        self.message = QLabel(self)
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        layout.insertWidget(2, self.message)
        self.recent.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.set_recent([])

    def set_recent(self, paths: list[Path | str]) -> None:
        from desktop.ui.io.project_files import recent_label

        self.recent.clear()
        for path in paths:
            name, where = recent_label(path)
            item = QListWidgetItem(f"{name}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if paths:
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_sample_available(self, available: bool) -> None:
        self.buttons[2].setVisible(available)
