"""The suggestions list: for the current passage or claim, the best candidate in each other article.

A standalone widget: the window feeds it rows (`show_suggestions`) or a state (`show_computing`,
`show_message`) and listens to `accepted` / `rejected`. Accept is Enter (or A), Reject is Delete
(or R); both act on the selected row. Rows are plain data so the panel knows nothing of the
project or the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT_CHARS = 60


@dataclass(frozen=True)
class SuggestionRow:
    article_id: str
    title: str
    language: str
    start: int
    end: int
    quote: str
    before: str = ""  # text just before the quote, for context
    after: str = ""
    score: float = 0.0
    likely: bool = False
    lexical_only: bool = False  # ranked without the model (language not covered, or no model)

    @classmethod
    def from_suggestion(cls, suggestion, article) -> SuggestionRow:
        text = article.text
        return cls(
            suggestion.article_id,
            article.title,
            suggestion.language or article.language,
            suggestion.start,
            suggestion.end,
            suggestion.quote,
            text[max(0, suggestion.start - CONTEXT_CHARS) : suggestion.start],
            text[suggestion.end : suggestion.end + CONTEXT_CHARS],
            suggestion.score,
            suggestion.likely,
            suggestion.method == "lexical",
        )


def confidence_text(row: SuggestionRow) -> str:
    percent = max(0, min(100, round(row.score * 100)))
    words = "likely" if row.likely else "unlikely"
    return f"{percent}% {words}" + (" (lexical)" if row.lexical_only else "")


def in_context(row: SuggestionRow) -> str:
    before = " ".join(row.before.split())[-CONTEXT_CHARS:]
    after = " ".join(row.after.split())[:CONTEXT_CHARS]
    return f"…{before} «{row.quote}» {after}…"


class SuggestionsPanel(QWidget):
    accepted = Signal(str, int, int)  # article id, start, end
    rejected = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setAccessibleName("Link suggestions")
        self.status = QLabel("Select a passage or a claim to see where other articles say the same.", self)
        self.status.setWordWrap(True)
        self.status.setObjectName("suggestionsStatus")
        self.list = QTreeWidget(self)
        self.list.setObjectName("suggestionsList")
        self.list.setAccessibleName("Suggested passages in other articles")
        # One wrapped entry per candidate: where and how sure on the first line, the quote in its
        # context below. Columns would cut the quote, which is what the user needs to judge.
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(1)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAlternatingRowColors(True)
        self.accept_button = QPushButton("&Accept (Enter)", self)
        self.reject_button = QPushButton("&Reject (Del)", self)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        for keys, slot in (
            (("Return", "Enter", "A"), self.accept_current),
            (("Delete", "Backspace", "R"), self.reject_current),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.list, activated=slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._rows: list[SuggestionRow] = []
        self._update_buttons()

    # --- what the window calls ------------------------------------------------------------
    def show_suggestions(self, rows: list[SuggestionRow], note: str = "") -> None:
        """Rows best first. `note` adds a line (e.g. why some are lexical-only)."""
        self._rows = list(rows)
        self.list.clear()
        for row in self._rows:
            where = f"{row.title} · {(row.language or '?').upper()} · {confidence_text(row)}"
            item = QTreeWidgetItem([f"{where}\n{in_context(row)}"])
            item.setToolTip(0, f"{row.title}\n\n{row.quote}")
            item.setData(0, Qt.ItemDataRole.UserRole, (row.article_id, row.start, row.end))
            self.list.addTopLevelItem(item)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            message = f"{len(rows)} candidate{'s' if len(rows) != 1 else ''}, best first."
        else:
            message = "No candidates in the other articles."
        self.status.setText(f"{message} {note}".strip())
        self._update_buttons()

    def show_computing(self, done: int = 0, total: int = 0) -> None:
        """The vectors are still being computed: say so (rows shown so far stay)."""
        progress = f" ({done} of {total} articles)" if total else ""
        self.status.setText(f"Computing suggestions…{progress}")

    def show_message(self, text: str) -> None:
        self._rows = []
        self.list.clear()
        self.status.setText(text)
        self._update_buttons()

    def rows(self) -> list[SuggestionRow]:
        return list(self._rows)

    # --- actions --------------------------------------------------------------------------
    def _current(self) -> tuple[int, SuggestionRow] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        index = self.list.indexOfTopLevelItem(item)
        return index, self._rows[index]

    def accept_current(self) -> None:
        current = self._current()
        if current is not None:
            _, row = current
            self.accepted.emit(row.article_id, row.start, row.end)

    def reject_current(self) -> None:
        """Hide the row at once and tell the window, which remembers the rejection."""
        current = self._current()
        if current is None:
            return
        index, row = current
        self.list.takeTopLevelItem(index)
        del self._rows[index]
        if self._rows:
            self.list.setCurrentItem(self.list.topLevelItem(min(index, len(self._rows) - 1)))
        self._update_buttons()
        self.rejected.emit(row.article_id, row.start, row.end)

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)
