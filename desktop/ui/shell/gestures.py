"""The annotation gestures: highlight, new claim from selection, link, unlink, navigate.

Each gesture reads the selection of the focused (or last focused) article text, builds one
command, and runs it as one undo step. No gesture opens a modal dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from desktop.core.commands import Compound, HighlightPassage, LinkPassage, new_claim_from_passage
from desktop.core.model import Passage

if TYPE_CHECKING:  # pragma: no cover
    from desktop.ui.shell.main_window import MainWindow

STATEMENT_PREFILL_LIMIT = 200


def statement_from_quote(quote: str) -> str:
    """A first draft of a claim statement: the quote, one line, trimmed at a word."""
    text = " ".join(quote.split()).strip("“”\"'«» ")
    if len(text) <= STATEMENT_PREFILL_LIMIT:
        return text
    cut = text[:STATEMENT_PREFILL_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


class Gestures:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    # --- reading the selection -------------------------------------------------------------
    def _pane(self):
        return self.window.panes.current_pane

    def _selection(self):
        pane = self._pane()
        if pane is None or pane.view.article is None:
            self.window.say("Open an article first.")
            return None, None
        span = pane.view.selection_span()
        return pane, span

    # --- gestures -------------------------------------------------------------------------
    def highlight(self) -> None:
        pane, span = self._selection()
        if span is None:
            if pane is not None:
                self.window.say("Select some text in an article, then press H.")
            return
        command = HighlightPassage(pane.article_id, *span)
        if self.window.bridge.run(command, initiator=pane.view):
            self._after_new_passage(pane, command.passage_id)

    def new_claim_from_selection(self) -> None:
        pane, span = self._selection()
        if span is None:
            if pane is not None:
                self.window.say("Select the text that makes the claim, then press N.")
            return
        quote = pane.view.article.text[span[0] : span[1]]
        command = new_claim_from_passage(pane.article_id, span[0], span[1], statement_from_quote(quote))
        if self.window.bridge.run(command, initiator=pane.view):
            claim_id = command.steps[0].claim_id
            passage_id = command.steps[1].passage_id
            self.window.claims.select_claim(claim_id)
            self._after_new_passage(pane, passage_id)
            self.window.inspector.statement.setFocus()
            self.window.inspector.statement.selectAll()
            self.window.say("New claim created. Type a statement and press Enter, or Esc to keep the quote.")

    def link_to_current_claim(self) -> None:
        claim_id = self.window.claims.current_claim()
        if claim_id is None:
            self.window.say("Select a claim in the claims panel first (or press K to choose one).")
            return
        self.link_to(claim_id)

    def link_to_claim(self) -> None:
        pane = self._pane()
        state = self.window.bridge.state if self.window.bridge else None
        if state is None or not state.claims:
            self.window.say("There are no claims yet: press N to make one from the selection.")
            return
        if pane is not None:
            rect = pane.view.cursorRect()
            at = pane.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 4))
        else:
            at = self.window.mapToGlobal(self.window.rect().center())
        self.window.picker.open_for(state, at, preselect=self.window.claims.current_claim())

    def link_to(self, claim_id: str) -> None:
        """Link the selected text, or else the selected passage, to a claim: one undo step."""
        pane, span = self._selection()
        bridge = self.window.bridge
        if span is not None:
            existing = next(
                (p for p in bridge.state.passages_of_article(pane.article_id) if (p.start, p.end) == span), None
            )
            if existing is not None:
                command = LinkPassage(existing.id, claim_id)
                passage_id = existing.id
            else:
                highlight = HighlightPassage(pane.article_id, *span, claim_id=claim_id)
                command, passage_id = Compound([highlight], label="Link passage"), highlight.passage_id
        elif self.window.selected_passage in bridge.state.passages:
            passage_id = self.window.selected_passage
            command = LinkPassage(passage_id, claim_id)
        else:
            self.window.say("Select text in an article (or click a passage) to link it.")
            return
        if bridge.run(command, initiator=pane.view if pane else None):
            self.window.claims.select_claim(claim_id)
            if pane is not None:
                self._after_new_passage(pane, passage_id)

    def _after_new_passage(self, pane, passage_id: str) -> None:
        cursor = pane.view.textCursor()
        cursor.clearSelection()
        pane.view.setTextCursor(cursor)
        self.window.select_passage(passage_id, scroll=False)

    # --- navigation -----------------------------------------------------------------------
    def step_claim_passage(self, step: int) -> None:
        claim_id = self.window.claims.current_claim()
        if claim_id is None:
            self.window.say("Select a claim first.")
            return
        passages = self.window.bridge.state.passages_of_claim(claim_id)
        if not passages:
            self.window.say("This claim has no passages yet.")
            return
        ids = [p.id for p in passages]
        current = self.window.selected_passage
        index = (ids.index(current) + step) % len(ids) if current in ids else (0 if step > 0 else len(ids) - 1)
        self.show_passage(passages[index])

    def step_article_passage(self, step: int) -> None:
        pane = self._pane()
        if pane is None or pane.article_id is None:
            return
        passages = self.window.bridge.state.passages_of_article(pane.article_id)
        if not passages:
            self.window.say("This article has no passages yet.")
            return
        current = self.window.selected_passage
        ids = [p.id for p in passages]
        if current in ids:
            index = (ids.index(current) + step) % len(ids)
        else:
            cursor = pane.view.from_qt(pane.view.textCursor().position())
            after = [i for i, p in enumerate(passages) if p.start >= cursor]
            index = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else len(ids) - 1)
        self.show_passage(passages[index % len(ids)])

    def show_passage(self, passage: Passage, new_pane: bool = False) -> None:
        pane = self.window.panes.open_article(passage.article_id, new_pane=new_pane)
        if pane is None:
            self.window.say("Too many panes open: close one first (Ctrl+W).")
            return
        pane.view.scroll_to_offset(passage.start, 0.3)
        self.window.select_passage(passage.id, scroll=False)
