"""A short, non-blocking first-start hint on how to highlight and link."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SEEN_KEY = "hints/workspaceSeen"
TEXT = ("<b>How it works:</b> select text in an article and press <b>H</b> to highlight it, "
        "<b>N</b> to make it a new claim, or <b>L</b> to link it to the claim selected on the right "
        "(<b>K</b> to pick one). Select a claim to line up every article on it. "
        "Everything is saved as you go; <b>Ctrl+Z</b> undoes.")


class HintBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hintBanner")
        self.setAccessibleName("Hint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#hintBanner { background: palette(alternate-base); border-radius: 4px; }")
        label = QLabel(TEXT, self)
        label.setWordWrap(True)
        button = QPushButton("Got it", self)
        button.setAccessibleName("Dismiss hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        button.clicked.connect(self.dismiss)
        self.hide()

    def show_once(self) -> None:
        self.setVisible(not QSettings().value(SEEN_KEY, False, type=bool))

    def dismiss(self) -> None:
        QSettings().setValue(SEEN_KEY, True)
        self.hide()
