"""The read-only text of one article, with passages painted by PassageHighlighter.

Positions cross the Qt boundary only here and only through `Utf16Index`: Qt counts UTF-16 units,
Crosscheck counts code points. Article text is never read back from the widget.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.core.i18n import Context
from desktop.core.model import Article, Claim, Passage
from desktop.core.text import snap_to_words
from desktop.ui.panes.highlighter import PassageHighlighter

pane_texts = Context("pane_texts")
READING_FONTS = ("Source Serif 4", "Noto Serif", "DejaVu Serif", "Georgia", "Liberation Serif")
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 32


def reading_font(point_size: float = 11.0) -> QFont:
    families = set(QFontDatabase.families())
    for family in READING_FONTS:
        if family in families:
            font = QFont(family)
            break
    else:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


# Qt lays a block (one line) out whole when any of it shows: a 2,000,000-character line without a
# break took 1.7 s to open and 0.9 s to repaint after each highlight (benchmarks/largest_article.py).
LONG_LINE = 10_000
SHOWN_LINE = 2_000


def shown_text(text: str) -> str:
    """The text as the view holds it: the article's own, except that a line over LONG_LINE
    characters is shown as lines of about SHOWN_LINE, each ending where a space was (the space
    becomes a line break). Same length, same code points everywhere else, so every offset and
    the UTF-16 mapping stay as they are; the stored text never changes."""
    if len(text) <= LONG_LINE:
        return text
    breaks: list[int] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cursor = start
        while end - start > LONG_LINE and end - cursor > SHOWN_LINE:
            space = text.rfind(" ", cursor + SHOWN_LINE // 2, cursor + SHOWN_LINE)
            if space < 0:
                space = text.find(" ", cursor + SHOWN_LINE, end)
                if space < 0:
                    break  # one enormous word: nothing to break at
            breaks.append(space)
            cursor = space + 1
        start = end + 1
    if not breaks:
        return text
    pieces = [text[a + 1 : b] for a, b in zip([-1, *breaks], [*breaks, len(text)], strict=True)]
    return "\n".join(pieces)


class ArticleTextView(QPlainTextEdit):
    passageClicked = Signal(str)  # passage id
    focusEntered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleText")
        self.setAccessibleName(self.tr("Article text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFont(reading_font())
        self.document().setDocumentMargin(18)
        self.setUndoRedoEnabled(False)  # the document never changes after set_article
        self.article: Article | None = None
        self.highlighter = PassageHighlighter(self.document())
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._press_pos: QPoint | None = None

    # --- content --------------------------------------------------------------------------
    def set_article(self, article: Article | None, passages: list[Passage], claims: dict[str, Claim]) -> None:
        self.article = article
        self._marks.clear()
        self.setExtraSelections([])
        shown = shown_text(article.text) if article else ""
        self.highlighter.set_article(article, passages, claims, shown)
        # Quietly: the old text's cursor signals would name positions in a text that is gone.
        self.blockSignals(True)
        try:
            self.setPlainText(shown)
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self.blockSignals(False)

    # --- code points <-> Qt positions -------------------------------------------------------
    def to_qt(self, offset: int) -> int:
        return self.highlighter.index.to_utf16(offset)

    def from_qt(self, position: int) -> int:
        return self.highlighter.index.from_utf16(position)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text in code points, snapped to whole words; None if empty/blank."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start, end = self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())
        return snap_to_words(self.article.text, start, end)

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def offset_at(self, point: QPoint) -> int:
        return self.from_qt(self.cursorForPosition(point).position())

    # --- scrolling ------------------------------------------------------------------------
    def scroll_to_offset(self, offset: int, fraction: float = 0.3) -> None:
        """Scroll so the line holding `offset` sits at `fraction` of the view's height, so
        passages of one claim line up across panes."""
        position = self.to_qt(offset)
        block = self.document().findBlock(position)
        if not block.isValid():
            return
        layout = block.layout()
        line_in_block = layout.lineForTextPosition(position - block.position()).lineNumber() if layout else 0
        line = block.firstLineNumber() + max(0, line_in_block)
        line_height = max(1, self.fontMetrics().lineSpacing())
        target = self.viewport().height() * fraction
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), line - int(target / line_height))))
        # Blocks not laid out yet count as one line each, so the first jump can fall short with
        # wrapped paragraphs; measure where the passage landed and correct (converges in 1-2).
        for _ in range(4):
            error_lines = round((self.cursorRect(self._cursor_at(offset)).top() - target) / line_height)
            wanted = max(bar.minimum(), min(bar.maximum(), bar.value() + error_lines))
            if error_lines == 0 or wanted == bar.value():
                break
            bar.setValue(wanted)

    def span_y_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Viewport y range covered by a span, or None if it is scrolled out of view."""
        first = self.cursorRect(self._cursor_at(start))
        last = self.cursorRect(self._cursor_at(end))
        top, bottom = first.top(), last.bottom()
        if bottom < 0 or top > self.viewport().height():
            return None
        return top, bottom

    def _cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(offset))
        return cursor

    # --- transient marks (find hits, suggestion outlines, the selected passage) ---------------
    def set_marks(self, kind: str, spans: list[tuple[int, int]], colour: QColor, outline: bool = False) -> None:
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_at(start)
            selection.cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            if outline:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(colour)
                fmt.setFontUnderline(True)
            else:
                fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
        self._marks[kind] = selections
        self.setExtraSelections([s for marks in self._marks.values() for s in marks])

    # --- events ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focusEntered.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        modifiers = event.modifiers()
        if event.button() == Qt.MouseButton.LeftButton and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            # The text is read-only: a press inside the selection starts a new selection, as a
            # reader expects, instead of Qt's drag of the selected text.
            cursor = self.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        point = event.position().toPoint()
        if self._press_pos is not None and (point - self._press_pos).manhattanLength() > 4:
            return
        found = self.highlighter.passages_at(self.offset_at(point))
        if found:
            self.passageClicked.emit(found[0].id)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = self.viewport().mapFromGlobal(event.globalPos())
        found = self.highlighter.passages_at(self.offset_at(point)) if self.article else []
        if not found:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), passage_tooltip(found, self.highlighter.claims), self)


def passage_summary(passage: Passage, claims: dict[str, Claim]) -> str:
    """A passage in one sentence for a screen reader: its claim and its stance."""
    claim = claims.get(passage.claim_id) if passage.claim_id else None
    if claim is None:
        return pane_texts.tr("Unlinked passage: “{quote}”", quote=passage.quote[:120])
    return pane_texts.tr(
        "Passage of the claim “{statement}”, {stance}: “{quote}”",
        statement=claim.statement[:160],
        stance=passage.stance.label.lower(),
        quote=passage.quote[:120],
    )


def passage_tooltip(passages: list[Passage], claims: dict[str, Claim]) -> str:
    parts = []
    for passage in passages[:4]:
        claim = claims.get(passage.claim_id) if passage.claim_id else None
        if claim is None:
            body = "<i>" + html.escape(pane_texts.tr("Unlinked passage")) + "</i>"
        else:
            verdict = pane_texts.tr("Verdict: {verdict}", verdict=claim.verdict.label)
            body = f"<b>{html.escape(claim.statement)}</b><br>{html.escape(verdict)}"
            if claim.note:
                body += f"<br><small>{html.escape(claim.note[:240])}</small>"
        body += "<br>" + html.escape(pane_texts.tr("Stance: {stance}", stance=passage.stance.label))
        if passage.note:
            body += " · " + html.escape(pane_texts.tr("Note: {note}", note=passage.note[:160]))
        parts.append(body)
    if len(passages) > 4:
        parts.append(html.escape(pane_texts.tr("… and %n more", None, len(passages) - 4)))
    return "<hr>".join(parts)
