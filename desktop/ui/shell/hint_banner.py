"""A short, non-blocking first-start hint on how to highlight and link, which also asks once
for the name recorded with the user's changes."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.io import project_files

SEEN_KEY = "hints/workspaceSeen"


class HintBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hintBanner")
        self.setAccessibleName(self.tr("Hint"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#hintBanner { background: palette(alternate-base); border-radius: 4px; }")
        label = QLabel(
            self.tr(
                "<b>How it works:</b> select text in an article and press <b>H</b> to highlight it, "
                "<b>N</b> to make it a new claim, or <b>L</b> to link it to the claim selected on the right "
                "(<b>K</b> to pick one). Select a claim to line up every article on it. "
                "Everything is saved as you go; <b>Ctrl+Z</b> undoes."
            ),
            self,
        )
        label.setObjectName("hintText")
        label.setWordWrap(True)
        self.name = QLineEdit(self, placeholderText=self.tr("Your name, recorded with your changes (optional)"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaximumWidth(360)
        button = QPushButton(self.tr("Got it"), self)
        button.setAccessibleName(self.tr("Dismiss hint"))
        text_column = QVBoxLayout()
        text_column.addWidget(label)
        text_column.addWidget(self.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text_column, 1)
        layout.addWidget(button)
        button.clicked.connect(self.dismiss)
        self.name.editingFinished.connect(self._save_name)
        self.hide()

    def show_once(self) -> None:
        self.name.setVisible(not project_files.has_author_name())
        self.setVisible(not QSettings().value(SEEN_KEY, False, type=bool))

    def _save_name(self) -> None:
        if self.name.text().strip():
            project_files.set_author_name(self.name.text())
            window = self.window()
            bridge = getattr(window, "bridge", None)
            if bridge is not None:
                bridge.project.author = project_files.author_name()

    def dismiss(self) -> None:
        self._save_name()
        QSettings().setValue(SEEN_KEY, True)
        self.hide()
