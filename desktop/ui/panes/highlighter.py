"""Paints passages with a QSyntaxHighlighter fed from a per-line index of disjoint segments.

Measured (docs/architecture.md §4): ~3-4 ms per repaint at 5,000 passages where extra selections
cost 29 ms and grow with every paint. Updating one passage re-highlights only its lines.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.core.model import Article, Claim, Passage
from desktop.core.segments import line_starts, split_by_lines, sweep
from desktop.core.text import Utf16Index
from desktop.ui.common.theme import Scheme, current_scheme

# A run inside one Qt block: (UTF-16 start within the block, UTF-16 length, passage ids).
Run = tuple[int, int, tuple[str, ...]]


class PassageHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.text = ""
        self.index = Utf16Index("")
        self.line_starts: list[int] = [0]
        self.passages: dict[str, Passage] = {}
        self.claims: dict[str, Claim] = {}
        self.selected_claim: str | None = None
        self.scheme: Scheme = current_scheme()
        self._runs: dict[int, list[Run]] = {}
        self._line_passages: dict[int, set[str]] = {}  # line -> ids of the passages on it
        # (main hue, selected, overlap, second hue, unlinked) -> format
        self._formats: dict[tuple[str | None, bool, bool, str | None, bool], QTextCharFormat] = {}

    # --- feeding --------------------------------------------------------------------------
    def set_article(
        self, article: Article | None, passages: Iterable[Passage], claims: dict[str, Claim], shown: str | None = None
    ) -> None:
        """`shown`: the text as the document holds it, if its lines differ from the article's
        (article_view.shown_text: same length and offsets, more line breaks)."""
        self.text = shown if shown is not None else (article.text if article else "")
        self.index = Utf16Index(self.text)
        self.line_starts = line_starts(self.text)
        self.claims = claims
        self._rebuild(passages)
        # the document was just replaced: Qt highlights it as it lays it out

    def apply_passage_changes(self, changes: Iterable[tuple[Passage | None, Passage | None]]) -> None:
        """Passages of this article changed (before, after): re-sweep and re-highlight only the
        lines they cover, so one edit costs the same at 20 or 2,000 passages."""
        lines: set[int] = set()
        for before, after in changes:
            if before is not None and self.passages.pop(before.id, None) is not None:
                for line in self.lines_of(before.start, before.end):
                    self._line_passages.get(line, set()).discard(before.id)
                    lines.add(line)
            if after is not None:
                self.passages[after.id] = after
                for line in self.lines_of(after.start, after.end):
                    self._line_passages.setdefault(line, set()).add(after.id)
                    lines.add(line)
        for line in lines:
            self._runs_for_line(line)
        self.rehighlight_lines(lines)

    def _rebuild(self, passages: Iterable[Passage]) -> None:
        self.passages = {p.id: p for p in passages}
        runs: dict[int, list[Run]] = {}
        on_line: dict[int, set[str]] = {}
        to16 = self.index.to_utf16
        for line, segments in split_by_lines(sweep(self.passages.values()), self.line_starts).items():
            base = to16(self.line_starts[line])
            runs[line] = [(to16(s.start) - base, to16(s.end) - to16(s.start), s.passage_ids) for s in segments]
            # Which passages touch a line, from the same segments: one pass instead of a bisect
            # per passage (a tenth of opening a 2,000-passage article).
            on_line[line] = {i for s in segments for i in s.passage_ids}
        self._runs = runs
        self._line_passages = on_line

    def _runs_for_line(self, line: int) -> None:
        ids = self._line_passages.get(line)
        if not ids:
            self._runs.pop(line, None)
            return
        line_start = self.line_starts[line]
        line_end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)
        to16 = self.index.to_utf16
        base = to16(line_start)
        runs = []
        for segment in sweep(self.passages[i] for i in ids):
            start, end = max(segment.start, line_start), min(segment.end, line_end)
            if end > start:
                runs.append((to16(start) - base, to16(end) - to16(start), segment.passage_ids))
        self._runs[line] = runs

    def lines_of(self, start: int, end: int) -> range:
        from bisect import bisect_right

        first = bisect_right(self.line_starts, start) - 1
        last = bisect_right(self.line_starts, max(start, end - 1)) - 1
        return range(max(0, first), max(0, last) + 1)

    def rehighlight_lines(self, lines: Iterable[int]) -> None:
        document = self.document()
        for line in sorted(set(lines)):
            block = document.findBlockByNumber(line)
            if block.isValid():
                self.rehighlightBlock(block)

    def set_selected_claim(self, claim_id: str | None) -> None:
        if claim_id == self.selected_claim:
            return
        affected = {p for p in self.passages.values() if p.claim_id in (claim_id, self.selected_claim)}
        self.selected_claim = claim_id
        self.rehighlight_lines(n for p in affected for n in self.lines_of(p.start, p.end))

    def set_scheme(self, scheme: Scheme) -> None:
        if scheme == self.scheme:
            return  # a full re-highlight of a long article is not free
        self.scheme = scheme
        self._formats.clear()
        self.rehighlight()

    def claims_changed(self, claim_ids: set[str]) -> None:
        """A claim's colour or verdict changed: repaint the lines of its passages."""
        self._formats.clear()
        affected = [p for p in self.passages.values() if p.claim_id in claim_ids]
        self.rehighlight_lines(n for p in affected for n in self.lines_of(p.start, p.end))

    # --- painting -------------------------------------------------------------------------
    def highlightBlock(self, _text: str) -> None:
        runs = self._runs.get(self.currentBlock().blockNumber())
        if not runs:
            return
        for start, length, passage_ids in runs:
            self.setFormat(start, length, self._format_for(passage_ids))

    def _format_for(self, passage_ids: tuple[str, ...]) -> QTextCharFormat:
        hues: list[str | None] = []
        selected = False
        for passage_id in passage_ids:
            passage = self.passages.get(passage_id)
            claim = self.claims.get(passage.claim_id) if passage and passage.claim_id else None
            hues.append(claim.colour if claim else None)
            selected = selected or (claim is not None and claim.id == self.selected_claim)
        main_hue = (
            self.claims[self.selected_claim].colour
            if selected and self.selected_claim is not None
            else next((h for h in hues if h), None)
        )
        overlap = len(passage_ids) > 1
        second_hue = next((h for h in hues if h and h != main_hue), None) if overlap else None
        key = (main_hue, selected, overlap, second_hue, all(h is None for h in hues))
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._make_format(*key)
            self._formats[key] = fmt
        return fmt

    def _make_format(
        self, hue: str | None, selected: bool, overlap: bool, second_hue: str | None, unlinked: bool
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.scheme.passage_background(hue, selected, overlap))
        if unlinked:
            style = QTextCharFormat.UnderlineStyle.DashUnderline if overlap else QTextCharFormat.UnderlineStyle.DotLine
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(QColor("#8a8a8a"))
        elif overlap:
            # Overlaps get a stacked underline in the other claim's colour, so two claims on
            # the same words are visible without relying on the tint alone.
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(self.scheme.outline(second_hue or hue or ""))  # "": no colour, as None was
        if selected:
            fmt.setForeground(self.scheme.text)
        return fmt

    # --- queries --------------------------------------------------------------------------
    def passages_at(self, offset: int) -> list[Passage]:
        """Passages covering a code point offset, innermost (shortest) first."""
        found = [p for p in self.passages.values() if p.start <= offset < p.end]
        return sorted(found, key=lambda p: (p.end - p.start, p.start))
