"""What the window shows when no project is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    openRequested = Signal()
    newRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(
            "<h2>Crosscheck</h2><p>Compare how outlets report the same event: link passages "
            "across articles as one claim.</p>",
            self,
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        for text, signal in (
            ("Open a project…", self.openRequested),
            ("New project…", self.newRequested),
            ("Open the sample project", self.sampleRequested),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.setMinimumWidth(260)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
