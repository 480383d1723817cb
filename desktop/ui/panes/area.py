"""The side-by-side area: article panes in a splitter with connectors, kept in step with the
project through Changes records, and aligned on the selected claim."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.model import Article, Passage
from desktop.core.project import Changes
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.theme import current_scheme
from desktop.ui.panes.article_pane import ArticlePane
from desktop.ui.panes.connectors import Band, ConnectorSplitter

ALIGN_FRACTION = 0.3  # passages of the selected claim line up at this height in every pane
MAX_PANES = 6


class PaneArea(QWidget):
    passageClicked = Signal(object, str)  # pane, passage id
    panesChanged = Signal()  # panes added, closed or switched article
    currentPaneChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: ProjectBridge | None = None
        self.panes: list[ArticlePane] = []
        self.current_pane: ArticlePane | None = None
        self.selected_claim: str | None = None
        self.splitter = ConnectorSplitter(self)
        self.splitter.band_source = self._bands
        self.splitter.setAccessibleName("Articles side by side")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # --- project --------------------------------------------------------------------------
    def set_bridge(self, bridge: ProjectBridge | None, article_ids: list[str]) -> None:
        self.bridge = bridge
        for pane in list(self.panes):
            self._remove(pane)
        self.selected_claim = None
        if bridge is None:
            return
        known = [a for a in article_ids if a in bridge.state.articles]
        for article_id in known or list(bridge.state.articles)[:3]:
            self.add_pane(article_id)
        if not self.panes:
            self.add_pane(None)

    def articles(self) -> list[Article]:
        return list(self.bridge.state.articles.values()) if self.bridge else []

    def article_ids(self) -> list[str]:
        return [p.article_id for p in self.panes if p.article_id]

    # --- panes ----------------------------------------------------------------------------
    def add_pane(self, article_id: str | None = None) -> ArticlePane | None:
        if len(self.panes) >= MAX_PANES:
            return None
        pane = ArticlePane(self.splitter)
        pane.set_choices(self.articles())
        pane.articleChosen.connect(lambda p, a: self.show_in_pane(p, a))
        pane.closeRequested.connect(self.close_pane)
        pane.focused.connect(self._on_focus)
        pane.view.passageClicked.connect(lambda pid, p=pane: self.passageClicked.emit(p, pid))
        pane.view.verticalScrollBar().valueChanged.connect(self.splitter.update_connectors)
        self.splitter.addWidget(pane)
        self.panes.append(pane)
        if article_id is None:
            shown = set(self.article_ids())
            article_id = next((a.id for a in self.articles() if a.id not in shown), None)
        self.show_in_pane(pane, article_id)
        sizes = [1000] * len(self.panes)
        self.splitter.setSizes(sizes)
        if self.current_pane is None:
            self.current_pane = pane
        return pane

    def close_pane(self, pane: ArticlePane | None = None) -> None:
        pane = pane or self.current_pane
        if pane is None or len(self.panes) <= 1:
            return
        self._remove(pane)
        self.panesChanged.emit()

    def _remove(self, pane: ArticlePane) -> None:
        self.panes.remove(pane)
        if self.current_pane is pane:
            self.current_pane = self.panes[0] if self.panes else None
        pane.setParent(None)
        pane.deleteLater()

    def show_in_pane(self, pane: ArticlePane, article_id: str | None) -> None:
        state = self.bridge.state if self.bridge else None
        article = state.articles.get(article_id) if state and article_id else None
        passages = state.passages_of_article(article.id) if article else []
        pane.show_article(article, passages, state.claims if state else {})
        pane.view.highlighter.set_selected_claim(self.selected_claim)
        self._update_badge(pane)
        self.panesChanged.emit()
        self.splitter.update_connectors()

    def open_article(self, article_id: str, new_pane: bool = False) -> ArticlePane | None:
        """Show an article: in the pane that already has it, else the current pane or a new one."""
        for pane in self.panes:
            if pane.article_id == article_id:
                self.focus_pane(pane)
                return pane
        pane = None if new_pane or self.current_pane is None else self.current_pane
        if pane is None:
            pane = self.add_pane(article_id)
        else:
            self.show_in_pane(pane, article_id)
        if pane is not None:
            self.focus_pane(pane)
        return pane

    def focus_pane(self, pane: ArticlePane) -> None:
        pane.view.setFocus()
        self._on_focus(pane)

    def _on_focus(self, pane: ArticlePane) -> None:
        if self.current_pane is not pane:
            self.current_pane = pane
            self.currentPaneChanged.emit(pane)

    def pane_for_article(self, article_id: str) -> ArticlePane | None:
        return next((p for p in self.panes if p.article_id == article_id), None)

    # --- keeping up with the project --------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        state = self.bridge.state
        if changes.article_ids:
            for pane in self.panes:
                pane.set_choices(self.articles())
                if pane.article_id in changes.article_ids:
                    self.show_in_pane(pane, pane.article_id if pane.article_id in state.articles else None)
        by_article: dict[str, list[tuple[Passage | None, Passage | None]]] = {}
        for change in changes.entity_changes:
            if isinstance(change.entity, Passage):
                for article_id in {side.article_id for side in (change.before, change.after) if side is not None}:
                    by_article.setdefault(article_id, []).append((change.before, change.after))
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
        if self.selected_claim and self.selected_claim not in state.claims:
            self.select_claim(None)
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
        self.splitter.update_connectors()

    # --- the selected claim -----------------------------------------------------------------
    def select_claim(self, claim_id: str | None, scroll: bool = True) -> list[ArticlePane]:
        """Emphasise a claim in every pane and scroll each to its passage at the same height.
        Returns the open panes whose article does not carry the claim."""
        self.selected_claim = claim_id
        missing = []
        state = self.bridge.state if self.bridge else None
        for pane in self.panes:
            pane.view.highlighter.set_selected_claim(claim_id)
            self._update_badge(pane)
            if claim_id is None or state is None or pane.article_id is None:
                continue
            own = [p for p in state.passages_of_claim(claim_id) if p.article_id == pane.article_id]
            if own and scroll:
                pane.view.scroll_to_offset(own[0].start, ALIGN_FRACTION)
            elif not own:
                missing.append(pane)
        self.splitter.update_connectors()
        return missing

    def _update_badge(self, pane: ArticlePane) -> None:
        state = self.bridge.state if self.bridge else None
        if (
            not self.selected_claim
            or state is None
            or pane.article_id is None
            or self.selected_claim not in state.claims
        ):
            pane.set_badge("")
            return
        count = sum(1 for p in state.passages_of_claim(self.selected_claim) if p.article_id == pane.article_id)
        if count:
            pane.set_badge("")
        else:
            pane.set_badge("⚠ This article does not carry the selected claim")

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
