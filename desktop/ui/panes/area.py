"""The side-by-side area: one article pane per pane of the workspace, in a splitter with
connectors, kept in step with the project through Changes records and with the workspace through
its events (which panes, the current claim and passage, scroll requests).

The area writes the user's own gestures back to the workspace: choosing an article in a pane,
closing one, focusing one, selecting text, clicking a passage.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.model import Article, Passage
from desktop.core.project import Changes
from desktop.ui.common.announce import announce, describe
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.theme import current_scheme
from desktop.ui.panes.article_pane import ArticlePane
from desktop.ui.panes.article_view import passage_summary
from desktop.ui.panes.connectors import Band, ConnectorSplitter
from desktop.workspace.state import (
    CLAIM,
    CURRENT_PANE,
    PANES,
    PASSAGE,
    REVEAL,
    TEXT_SELECTION,
    TextSelection,
    Workspace,
    WorkspaceEvent,
)

ALIGN_FRACTION = 0.3  # passages of the selected claim line up at this height in every pane
SELECTED_MARK = "selected-passage"


class PaneArea(QWidget):
    missingClaim = Signal(list)  # titles of open articles that do not carry the new current claim
    importRequested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge: ProjectBridge | None = None
        self.widgets: dict[int, ArticlePane] = {}  # Pane.key -> widget
        self.splitter = ConnectorSplitter(self)
        self.splitter.band_source = self._bands
        self.splitter.setAccessibleName(self.tr("Articles side by side"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        workspace.subscribe(self._follow)

    # --- reading ----------------------------------------------------------------------------
    @property
    def panes(self) -> list[ArticlePane]:
        """The pane widgets, left to right."""
        return [self.widgets[p.key] for p in self.workspace.panes if p.key in self.widgets]

    @property
    def current_pane(self) -> ArticlePane | None:
        pane = self.workspace.current_pane
        return self.widgets.get(pane.key) if pane else None

    @property
    def selected_claim(self) -> str | None:
        return self.workspace.current_claim

    def pane_for_article(self, article_id: str) -> ArticlePane | None:
        pane = self.workspace.pane_of(article_id)
        return self.widgets.get(pane.key) if pane else None

    def article_ids(self) -> list[str]:
        return self.workspace.open_article_ids()

    def articles(self) -> list[Article]:
        return list(self.bridge.state.articles.values()) if self.bridge else []

    # --- project ----------------------------------------------------------------------------
    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.bridge = bridge
        self._sync_panes()

    # --- following the workspace -----------------------------------------------------------------
    def _follow(self, event: WorkspaceEvent) -> None:
        if PANES in event:
            self._sync_panes()
        if CLAIM in event:
            self._show_current_claim(event.initiator)
        if PASSAGE in event or PANES in event:
            self._mark_selected_passage()
        if PASSAGE in event:
            self._announce_selected_passage()
        if TEXT_SELECTION in event:
            self._follow_text_selection()
        if REVEAL in event and (request := self.workspace.reveal_request) is not None:
            pane = self.pane_for_article(request.article_id)
            if pane is not None:
                pane.view.scroll_to_offset(request.offset, request.fraction)
        if PANES in event or CURRENT_PANE in event:
            current = self.workspace.current_pane
            for key, widget in self.widgets.items():
                widget.set_current(current is not None and key == current.key and len(self.widgets) > 1)
        if PANES in event or CURRENT_PANE in event or CLAIM in event:
            self.splitter.update_connectors()

    def _sync_panes(self) -> None:
        """Make the widgets match the workspace's panes: create, drop, reorder, re-show."""
        wanted = self.workspace.panes if self.bridge is not None else ()
        keys = {p.key for p in wanted}
        for key in [k for k in self.widgets if k not in keys]:
            gone = self.widgets.pop(key)
            gone.setParent(None)
            gone.deleteLater()
        for index, pane in enumerate(wanted):
            widget = self.widgets.get(pane.key)
            if widget is None:
                widget = self._create(pane.key)
                self.splitter.insertWidget(index, widget)
                self.splitter.setSizes([1000] * len(wanted))
                self._show(widget, pane.article_id)  # an empty pane too: it says what to do
                continue
            if self.splitter.indexOf(widget) != index:
                self.splitter.insertWidget(index, widget)
            if widget.article_id != pane.article_id:
                self._show(widget, pane.article_id)

    def _create(self, key: int) -> ArticlePane:
        pane = ArticlePane(self.splitter)
        pane.set_choices(self.articles())
        pane.articleChosen.connect(lambda _p, article_id, k=key: self.workspace.show_in_pane(k, article_id))
        pane.closeRequested.connect(lambda _p, k=key: self.workspace.close_pane(k))
        pane.importRequested.connect(self.importRequested.emit)
        pane.focused.connect(lambda _p, k=key: self.workspace.set_current_pane(k))
        pane.view.passageClicked.connect(lambda pid, p=pane: self.workspace.select_passage(pid, initiator=p))
        pane.view.selectionChanged.connect(lambda p=pane: self._selection_changed(p))
        pane.view.cursorPositionChanged.connect(lambda p=pane: self._selection_changed(p))
        pane.view.cursorPositionChanged.connect(lambda p=pane: self._caret_moved(p))
        pane.view.verticalScrollBar().valueChanged.connect(self.splitter.update_connectors)
        pane.find_bar.hitChosen.connect(lambda start, end, p=pane: p.view.select_span(start, end))
        self.widgets[key] = pane
        return pane

    def _show(self, pane: ArticlePane, article_id: str | None) -> None:
        state = self.bridge.state if self.bridge else None
        article = state.articles.get(article_id) if state and article_id else None
        passages = state.passages_of_article(article.id) if state and article else []
        pane.show_article(article, passages, state.claims if state else {})
        pane.set_empty_state(bool(state and state.articles))
        pane.view.highlighter.set_selected_claim(self.selected_claim)
        self._update_badge(pane)
        claim_id = self.selected_claim
        if article is not None and claim_id is not None and state is not None:
            # An article opened while a claim is selected opens at that claim's passage.
            own = [p for p in state.passages_of_claim(claim_id) if p.article_id == article.id]
            if own:
                pane.view.scroll_to_offset(own[0].start, ALIGN_FRACTION)

    def _selection_changed(self, pane: ArticlePane) -> None:
        """The user selected text (or moved the caret) in a pane: the workspace's text selection."""
        view = pane.view
        if view.article is None or (not view.hasFocus() and not view.textCursor().hasSelection()):
            return
        cursor = view.textCursor()
        start, end = view.from_qt(cursor.selectionStart()), view.from_qt(cursor.selectionEnd())
        key = next((k for k, w in self.widgets.items() if w is pane), None)
        if key is not None:
            self.workspace.set_current_pane(key)
        self.workspace.set_text_selection(TextSelection(view.article.id, start, end), initiator=pane)

    def _caret_moved(self, pane: ArticlePane) -> None:
        """Reading with the caret: entering a passage says its claim and stance (and the text
        view describes it, for a reader that asks)."""
        view = pane.view
        if view.article is None or not view.hasFocus():
            return
        found = view.highlighter.passages_at(view.from_qt(view.textCursor().position()))
        text = passage_summary(found[0], view.highlighter.claims) if found else ""
        if text != view.accessibleDescription():
            describe(view, text)
            announce(view, text)

    def _follow_text_selection(self) -> None:
        """A gesture used the selection: clear it on screen too, leaving the caret at its end."""
        selection = self.workspace.text_selection
        for pane in self.panes:
            view = pane.view
            cursor = view.textCursor()
            if not cursor.hasSelection() or view.article is None:
                continue
            if selection is None or selection.article_id != view.article.id or not selection.has_text:
                cursor.clearSelection()
                view.blockSignals(True)
                view.setTextCursor(cursor)
                view.blockSignals(False)
                view.viewport().update()

    def _show_current_claim(self, initiator: object | None) -> None:
        """Emphasise the current claim everywhere and line up every pane on its passage, except the
        pane the user just clicked in (it stays where it is)."""
        claim_id = self.workspace.current_claim
        state = self.bridge.state if self.bridge else None
        selected = state.passages.get(self.workspace.selected_passage or "") if state else None
        still = {selected.article_id} if selected is not None else set()
        missing: list[str] = []
        for pane in self.panes:
            pane.view.highlighter.set_selected_claim(claim_id)
            self._update_badge(pane)
            if claim_id is None or state is None or pane.article_id is None:
                continue
            own = [p for p in state.passages_of_claim(claim_id) if p.article_id == pane.article_id]
            if not own:
                missing.append(state.articles[pane.article_id].title)
            elif pane.article_id not in still and pane is not initiator:
                pane.view.scroll_to_offset(own[0].start, ALIGN_FRACTION)
        if claim_id is not None:
            self.missingClaim.emit(missing)

    def _announce_selected_passage(self) -> None:
        state = self.bridge.state if self.bridge else None
        passage_id = self.workspace.selected_passage
        passage = state.passages.get(passage_id) if state and passage_id else None
        pane = self.pane_for_article(passage.article_id) if passage else None
        if state is not None and passage is not None and pane is not None:
            text = passage_summary(passage, state.claims)
            describe(pane.view, text)
            announce(pane.view, text)

    def _mark_selected_passage(self) -> None:
        state = self.bridge.state if self.bridge else None
        passage_id = self.workspace.selected_passage
        passage = state.passages.get(passage_id) if state and passage_id else None
        outline = current_scheme().text
        for pane in self.panes:
            spans = [(passage.start, passage.end)] if passage and passage.article_id == pane.article_id else []
            pane.view.set_marks(SELECTED_MARK, spans, outline, outline=True)

    def focus_pane(self, pane: ArticlePane | None = None) -> None:
        pane = pane or self.current_pane
        if pane is not None:
            pane.view.setFocus()

    def focus_pane_number(self, number: int) -> None:
        """Ctrl+1..6: the keyboard goes to that pane's text (1 is the leftmost)."""
        panes = self.workspace.panes
        if 1 <= number <= len(panes):
            self.workspace.set_current_pane(panes[number - 1].key)
            self.focus_pane()

    def focus_next_pane(self, step: int = 1) -> None:
        """F6 / Shift+F6: the next (previous) pane's text, wrapping round."""
        panes = self.workspace.panes
        current = self.workspace.current_pane
        if not panes:
            return
        index = next((i for i, p in enumerate(panes) if current and p.key == current.key), -1)
        self.focus_pane_number((index + step) % len(panes) + 1)

    # --- find (Ctrl+F, F3, Shift+F3) -----------------------------------------------------------------
    def open_find(self) -> None:  # not `find`: that is QWidget.find(window id)
        if self.current_pane is not None:
            self.current_pane.find_bar.open_bar()

    def find_next(self) -> None:
        if self.current_pane is not None:
            self.current_pane.find_bar.step(+1)

    def find_previous(self) -> None:
        if self.current_pane is not None:
            self.current_pane.find_bar.step(-1)

    # --- keeping up with the project --------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if self.bridge is None:
            return
        state = self.bridge.state
        if changes.article_ids:
            for pane in self.panes:
                pane.set_choices(self.articles())
                if pane.article_id in changes.article_ids:
                    self._show(pane, pane.article_id if pane.article_id in state.articles else None)
                elif pane.article_id is None:
                    pane.set_empty_state(bool(state.articles))
        by_article: dict[str, list[tuple[Passage | None, Passage | None]]] = {}
        for change in changes.entity_changes:
            if isinstance(change.entity, Passage):
                before = change.before if isinstance(change.before, Passage) else None
                after = change.after if isinstance(change.after, Passage) else None
                for article_id in {side.article_id for side in (before, after) if side is not None}:
                    by_article.setdefault(article_id, []).append((before, after))
        for pane in self.panes:
            highlighter = pane.view.highlighter
            highlighter.claims = state.claims
            if pane.article_id in by_article:
                highlighter.apply_passage_changes(
                    (
                        b if b is not None and b.article_id == pane.article_id else None,
                        a if a is not None and a.article_id == pane.article_id else None,
                    )
                    for b, a in by_article[pane.article_id]
                )
            if changes.claim_ids:
                highlighter.claims_changed(set(changes.claim_ids))
            self._update_badge(pane)
        self._mark_selected_passage()
        self.splitter.update_connectors()

    def zoom(self, step: int) -> None:
        """Every pane's text one step larger (+1), smaller (-1), or back to the reading font (0)."""
        from desktop.ui.panes.article_view import reading_font

        for pane in self.panes:
            if step > 0:
                pane.view.zoomIn(step)
            elif step < 0:
                pane.view.zoomOut(-step)
            else:
                pane.view.setFont(reading_font())
        self.splitter.update_connectors()

    def set_scheme(self) -> None:
        scheme = current_scheme()
        for pane in self.panes:
            pane.view.highlighter.set_scheme(scheme)
        self._mark_selected_passage()
        self.splitter.update_connectors()

    def set_marks(self, kind: str, spans_by_article: dict[str, list[tuple[int, int]]], colour: QColor) -> None:
        """Transient outlines in every pane (suggestion candidates), by article."""
        for pane in self.panes:
            pane.view.set_marks(kind, spans_by_article.get(pane.article_id or "", []), colour, outline=True)

    def _update_badge(self, pane: ArticlePane) -> None:
        state = self.bridge.state if self.bridge else None
        claim_id = self.selected_claim
        if not claim_id or state is None or pane.article_id is None or claim_id not in state.claims:
            pane.set_badge("")
            return
        count = sum(1 for p in state.passages_of_claim(claim_id) if p.article_id == pane.article_id)
        pane.set_badge("" if count else self.tr("⚠ This article does not carry the selected claim"))

    # --- connectors -----------------------------------------------------------------------
    def _bands(self, left: QWidget, right: QWidget, handle: QWidget) -> list[Band]:
        if self.bridge is None or not isinstance(left, ArticlePane) or not isinstance(right, ArticlePane):
            return []
        state = self.bridge.state
        left_spans = self._visible_linked(left)
        right_spans = self._visible_linked(right)
        bands: list[Band] = []
        for claim_id, ranges in left_spans.items():
            other = right_spans.get(claim_id)
            claim = state.claims.get(claim_id)
            if not other or claim is None:
                continue
            for l_range in ranges:
                bands.append(
                    (
                        claim.colour,
                        self._to_handle(left, handle, l_range),
                        self._to_handle(right, handle, other[0]),
                        claim_id == self.selected_claim,
                    )
                )
        return bands

    def _visible_linked(self, pane: ArticlePane) -> dict[str, list[tuple[int, int]]]:
        view = pane.view
        if view.article is None:
            return {}
        viewport = view.viewport()
        first = view.offset_at(QPoint(0, 0))
        last = view.offset_at(QPoint(viewport.width() - 1, viewport.height() - 1))
        spans: dict[str, list[tuple[int, int]]] = {}
        for passage in view.highlighter.passages.values():
            if passage.claim_id and passage.end >= first and passage.start <= last:
                y_range = view.span_y_range(passage.start, passage.end)
                if y_range is not None:
                    spans.setdefault(passage.claim_id, []).append(y_range)
        return spans

    @staticmethod
    def _to_handle(pane: ArticlePane, handle: QWidget, y_range: tuple[int, int]) -> tuple[float, float]:
        viewport = pane.view.viewport()
        top = handle.mapFromGlobal(viewport.mapToGlobal(QPoint(0, y_range[0]))).y()
        bottom = handle.mapFromGlobal(viewport.mapToGlobal(QPoint(0, y_range[1]))).y()
        return float(top), float(bottom)
