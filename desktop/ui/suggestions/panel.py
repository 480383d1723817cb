"""The suggestions list: for the current passage or claim, the best candidate in each other article.

A standalone widget: the window feeds it rows (`show_suggestions`) or a state (`show_computing`,
`show_message`) and listens to `accepted` / `rejected` / `highlighted`. Accept is Enter (or A),
Reject is Delete (or R); both act on the current row. Moving to a row with the mouse or the arrow
keys emits `highlighted`, so the window can scroll that article's pane to the candidate. Rows are
plain data so the panel knows nothing of the project or the model.

Each row is drawn in four lines: the article, its language and how likely the candidate is right;
then the candidate's quote in its context, with the words the match rests on in bold, so a
keyboard user reads it before pressing Enter. A quote too long for three lines is shown around
its matched words; the tooltip has it whole.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import Context
from desktop.core.lexical import shared_words
from desktop.core.model import Article
from desktop.core.suggest import Suggestion
from desktop.core.suggest_confidence import LIKELY, likelihood_text
from desktop.ui.common.announce import announce

CONTEXT_CHARS = 60
QUOTE_LINES = 3  # lines of quote and context under each row's heading line
ROW_PADDING = 4
ROW_ROLE = Qt.ItemDataRole.UserRole
suggestion_texts = Context("suggestion_texts")


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
    probability: float = 0.0  # calibrated: the chance the candidate makes the claim
    lexical_only: bool = False  # ranked without the model (language not covered, or no model)
    matched: tuple[tuple[int, int], ...] = field(default=())  # spans of the quote the lexical match rests on

    @property
    def likely(self) -> bool:
        return self.probability >= LIKELY

    @classmethod
    def from_suggestion(cls, suggestion: Suggestion, article: Article, queries: Sequence[str] = ()) -> SuggestionRow:
        """`queries`: the text of the passage(s) that asked, for the matched words."""
        text = article.text
        return cls(
            suggestion.article_id,
            article.title,
            suggestion.language or article.language,
            suggestion.start,
            suggestion.end,
            suggestion.quote,
            _words_before(text, suggestion.start),
            _words_after(text, suggestion.end),
            suggestion.score,
            suggestion.probability,
            suggestion.method == "lexical",
            tuple(shared_words(list(queries), suggestion.quote)),
        )


def _words_before(text: str, start: int) -> str:
    """Up to CONTEXT_CHARS of text before `start`, not beginning inside a word."""
    chunk = text[max(0, start - CONTEXT_CHARS) : start]
    if start > CONTEXT_CHARS and not text[start - CONTEXT_CHARS - 1].isspace():
        parts = chunk.split(maxsplit=1)
        chunk = parts[1] if len(parts) > 1 else ""
    return chunk


def _words_after(text: str, end: int) -> str:
    chunk = text[end : end + CONTEXT_CHARS]
    if end + CONTEXT_CHARS < len(text) and not text[end + CONTEXT_CHARS].isspace():
        parts = chunk.rsplit(maxsplit=1)
        chunk = parts[0] if len(parts) > 1 else ""
    return chunk


def confidence_text(row: SuggestionRow) -> str:
    if row.lexical_only:
        return suggestion_texts.tr("{likelihood} · words and figures only", likelihood=likelihood_text(row.probability))
    return likelihood_text(row.probability)


def in_context(row: SuggestionRow) -> str:
    before = " ".join(row.before.split())[-CONTEXT_CHARS:]
    after = " ".join(row.after.split())[:CONTEXT_CHARS]
    return f"…{before} «{row.quote}» {after}…"


def _word_start(text: str, index: int) -> int:
    """The first word boundary at or after index (0 and len(text) are boundaries)."""
    if index <= 0:
        return 0
    space = text.find(" ", index)
    return len(text) if space < 0 else space + 1


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", 0, index)
    return index if space <= 0 else space


def excerpt(row: SuggestionRow, budget: int) -> list[tuple[str, str]]:
    """What fits in about `budget` characters, as (text, kind) pieces, kind being "context",
    "quote" or "match": the whole quote with as much context as fits, or, for a quote longer
    than the budget, the part of it around its first matched word."""
    quote = row.quote.replace("\n", " ")  # one for one, so the matched spans stay valid
    budget = max(budget, 20)
    pieces: list[tuple[str, str]] = []
    if len(quote) > budget:
        first = row.matched[0][0] if row.matched else 0
        low = max(0, min(first - budget // 4, len(quote) - budget))
        low = _word_start(quote, low) if low else 0
        high = min(len(quote), low + budget)
        high = _word_end(quote, high) if high < len(quote) else high
        if low:
            pieces.append(("…", "context"))
        pieces += _quote_pieces(quote, low, high, row.matched)
        if high < len(quote):
            pieces.append(("…", "context"))
        return pieces
    room = budget - len(quote) - 2
    before = " ".join(row.before.split())
    after = " ".join(row.after.split())
    keep_before = min(len(before), max(0, room // 2 if len(after) > room // 2 else room - len(after)))
    keep_after = min(len(after), max(0, room - keep_before))
    if keep_before:  # context is always a piece of a longer text: "…" marks the cut
        cut = before[len(before) - keep_before :]
        cut = cut[_word_start(cut, 1) :] if keep_before < len(before) else cut
        pieces.append(("…" + cut + (" " if row.before[-1:].isspace() else ""), "context"))
    pieces += _quote_pieces(quote, 0, len(quote), row.matched)
    if keep_after:
        cut = after[:keep_after]
        cut = cut[: _word_end(cut, len(cut))] if keep_after < len(after) else cut
        # The text's own spacing: "Joe Biden, and its" keeps its comma against the quote.
        pieces.append(((" " if row.after[:1].isspace() else "") + cut + "…", "context"))
    return pieces


def _quote_pieces(quote: str, low: int, high: int, matched: Iterable[tuple[int, int]]) -> list[tuple[str, str]]:
    pieces: list[tuple[str, str]] = []
    cursor = low
    for start, end in matched:
        start, end = max(start, low), min(end, high)
        if end <= start or start < cursor:
            continue
        if start > cursor:
            pieces.append((quote[cursor:start], "quote"))
        pieces.append((quote[start:end], "match"))
        cursor = end
    if cursor < high:
        pieces.append((quote[cursor:high], "quote"))
    return pieces


class CandidateDelegate(QStyledItemDelegate):
    """Paints a row: a heading line (article, language, likelihood) and up to QUOTE_LINES lines
    of the quote in its context. Every row has the same height, so the list lays out at once
    however many articles there are; only the visible rows are fitted and drawn."""

    def __init__(self, panel: SuggestionsPanel) -> None:
        super().__init__(panel.list)
        self.panel = panel
        self._fitted: dict[tuple[int, int, bool], str] = {}  # (row, width, selected) -> html

    def clear(self) -> None:
        self._fitted.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(option.rect.width(), 2 * ROW_PADDING + (1 + QUOTE_LINES) * line + ROW_PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row_number = index.row()
        row = self.panel.row_at(row_number)
        if row is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette = opt.palette
        area = opt.rect.adjusted(ROW_PADDING + 2, ROW_PADDING, -ROW_PADDING - 2, -ROW_PADDING)
        metrics = QFontMetrics(opt.font)
        painter.save()
        painter.setPen(palette.color(text_role))
        bold = QFont(opt.font)
        bold.setBold(True)
        confidence = likelihood_text(row.probability)
        confidence_width = QFontMetrics(bold).horizontalAdvance(confidence)
        header = QRect(area.left(), area.top(), area.width(), metrics.lineSpacing())
        painter.setFont(bold)
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, confidence)
        painter.setFont(opt.font)
        where = f"{row.title} · {(row.language or '?').upper()}"
        where = metrics.elidedText(where, Qt.TextElideMode.ElideRight, max(0, area.width() - confidence_width - 12))
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, where)
        body = QRect(area.left(), header.bottom() + 1, area.width(), QUOTE_LINES * metrics.lineSpacing())
        document = self._document((row_number, body.width(), selected), row, opt, text_role)
        painter.translate(body.topLeft())
        painter.setClipRect(QRect(0, 0, body.width(), body.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _document(
        self, key: tuple[int, int, bool], row: SuggestionRow, opt: QStyleOptionViewItem, text_role: QPalette.ColorRole
    ) -> QTextDocument:
        width = key[1]
        palette = opt.palette
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        cached = self._fitted.get(key)
        if cached is not None:
            document.setHtml(cached)
            return document
        text_colour = palette.color(text_role)
        faded = (
            palette.color(QPalette.ColorRole.PlaceholderText) if text_role == QPalette.ColorRole.Text else text_colour
        )
        budget = int(width / max(1, QFontMetrics(opt.font).averageCharWidth()) * QUOTE_LINES * 0.95)
        markup = ""
        for _ in range(6):  # the budget is an estimate: shrink until it fits
            markup = _markup(excerpt(row, budget), faded.name(), text_colour.name())
            document.setHtml(markup)
            if _line_count(document) <= QUOTE_LINES:
                break
            budget = int(budget * 0.85)
        self._fitted[key] = markup
        return document


def _markup(pieces: list[tuple[str, str]], faded: str, text: str) -> str:
    spans = []
    for piece, kind in pieces:
        escaped = html.escape(piece)
        if kind == "context":
            spans.append(f'<span style="color:{faded}">{escaped}</span>')
        elif kind == "match":
            spans.append(f'<b style="color:{text}">{escaped}</b>')
        else:
            spans.append(f'<span style="color:{text}">{escaped}</span>')
    return "".join(spans)


def _line_count(document: QTextDocument) -> int:
    document.documentLayout()  # lays the document out
    lines, block = 0, document.begin()
    while block.isValid():
        layout = block.layout()
        lines += layout.lineCount() if layout is not None else 1
        block = block.next()
    return lines


class SuggestionsPanel(QWidget):
    accepted = Signal(str, int, int)  # article id, start, end
    rejected = Signal(str, int, int)
    highlighted = Signal(str, int, int)  # the user moved to this candidate (click or arrow keys)
    clicked = Signal(str, int, int)  # a mouse click on a candidate (also on the current one)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setAccessibleName(self.tr("Link suggestions"))
        self.status = QLabel(self.tr("Select a passage or a claim to see where other articles say the same."), self)
        self.status.setWordWrap(True)
        self.status.setObjectName("suggestionsStatus")
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionsList")
        self.list.setAccessibleName(self.tr("Suggested passages in other articles"))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.delegate = CandidateDelegate(self)
        self.list.setItemDelegate(self.delegate)
        self.accept_button = QPushButton(self.tr("&Accept (Enter)"), self)
        self.reject_button = QPushButton(self.tr("&Reject (Del)"), self)
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
                shortcut = QShortcut(QKeySequence(key), self.list, slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.currentRowChanged.connect(self._current_changed)
        self.list.clicked.connect(lambda index: self._clicked(index.row()))
        self._rows: list[SuggestionRow] = []
        self._announced: tuple[str, int, int] | None = None  # the best candidate last announced
        self._filling = False  # rows being replaced: a current row set here is not the user's move
        self._update_buttons()

    # --- what the window calls ------------------------------------------------------------
    def show_suggestions(self, rows: list[SuggestionRow], note: str = "") -> None:
        """Rows best first. `note` adds a line (e.g. why some are lexical-only). The current
        candidate stays current when it is still listed."""
        current = self._current()
        keep = (current[1].article_id, current[1].start, current[1].end) if current else None
        self._filling = True
        try:
            self._rows = list(rows)
            self.delegate.clear()
            self.list.clear()
            for row in self._rows:
                item = QListWidgetItem(
                    f"{row.title} · {(row.language or '?').upper()} · {confidence_text(row)}\n{in_context(row)}"
                )
                item.setToolTip(f"{row.title}: {confidence_text(row)}\n\n{in_context(row)}")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.title}, {confidence_text(row)}: {row.quote}")
                item.setData(ROW_ROLE, (row.article_id, row.start, row.end))
                self.list.addItem(item)
            if rows:
                keys = [(r.article_id, r.start, r.end) for r in rows]
                self.list.setCurrentRow(keys.index(keep) if keep in keys else 0)
        finally:
            self._filling = False
        if rows:
            message = self.tr("%n candidate(s), most likely first.", "", len(rows))
            lexical = sum(r.lexical_only for r in rows)
            if lexical == len(rows):
                message += " " + self.tr("All ranked by words and figures only.")
            elif lexical:
                message += " " + self.tr("%n ranked by words and figures only.", "", lexical)
        else:
            message = self.tr("No candidates in the other articles.")
        self.status.setText(f"{message} {note}".strip())
        best = (rows[0].article_id, rows[0].start, rows[0].end) if rows else None
        if best is not None and best != self._announced:
            # A new best candidate is heard, once: "2 candidates, most likely first: Title, likely (83%)".
            announce(
                self.list,
                self.tr("{message} {title}: {likelihood}").format(
                    message=message, title=rows[0].title, likelihood=confidence_text(rows[0])
                ),
            )
        self._announced = best
        self._update_buttons()

    def show_computing(self, done: int = 0, total: int = 0) -> None:
        """The vectors are still being computed: say so (rows shown so far stay)."""
        if total:
            self.status.setText(self.tr("Computing suggestions… ({done} of %n articles)", "", total).format(done=done))
        else:
            self.status.setText(self.tr("Computing suggestions…"))

    def show_message(self, text: str) -> None:
        self._filling = True
        try:
            self._rows = []
            self.delegate.clear()
            self.list.clear()
        finally:
            self._filling = False
        self.status.setText(text)
        self._update_buttons()

    def rows(self) -> list[SuggestionRow]:
        return list(self._rows)

    def row_at(self, index: int) -> SuggestionRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def current_row(self) -> SuggestionRow | None:
        current = self._current()
        return current[1] if current else None

    # --- actions --------------------------------------------------------------------------
    def _current(self) -> tuple[int, SuggestionRow] | None:
        index = self.list.currentRow()
        if not 0 <= index < len(self._rows):
            return None
        return index, self._rows[index]

    def _current_changed(self, index: int) -> None:
        self._update_buttons()
        if not self._filling and 0 <= index < len(self._rows):
            row = self._rows[index]
            self.highlighted.emit(row.article_id, row.start, row.end)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            row = self._rows[index]
            self.clicked.emit(row.article_id, row.start, row.end)

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
        self._filling = True
        try:
            del self._rows[index]
            self.list.takeItem(index)
            self.delegate.clear()
            if self._rows:
                self.list.setCurrentRow(min(index, len(self._rows) - 1))
        finally:
            self._filling = False
        self._update_buttons()
        self.rejected.emit(row.article_id, row.start, row.end)
        following = self.current_row()
        if following is not None:  # the next candidate becomes current: show it in its pane
            self.highlighted.emit(following.article_id, following.start, following.end)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.delegate.clear()
        super().resizeEvent(event)

    def _update_buttons(self) -> None:
        has = self._current() is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)
