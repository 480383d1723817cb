"""Link suggestions in the window: when a passage or a claim is selected, the best candidate in
every other article is listed and outlined (dashed) in its pane; Enter accepts one as a linked
passage (one undo step), Delete rejects it for that claim for good.

Vectors are computed by SuggestionComputer on a worker thread after opening and after imports;
until they are there, candidates are ranked by the lexical signals and the panel says so.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor

from desktop.core.commands import Compound, CreateClaim, HighlightPassage, LinkPassage
from desktop.core.project import Changes, Project
from desktop.ui.suggestions.panel import SuggestionRow, SuggestionsPanel
from desktop.workspace.gestures import gesture_texts, reusable_passage, statement_from_quote

if TYPE_CHECKING:  # pragma: no cover
    from desktop.suggest_model import LoadResult
    from desktop.suggesting import SuggestionService
    from desktop.ui.common.host import Host
    from desktop.ui.suggestions.worker import Loader, SuggestionComputer

MARK = "suggestion"
REFRESH_DELAY_MS = 120  # selection changes come in bursts (click, claim select, scroll)


MODEL_ENV = "CROSSCHECK_SUGGEST_MODEL"  # "none" turns the model off (tests, very slow machines)


def default_loader() -> LoadResult:
    import os

    from desktop.suggest_model import DEFAULT_MODEL, LoadResult, load_encoder, model_load_texts

    name = os.environ.get(MODEL_ENV, DEFAULT_MODEL)
    if name == "none":
        return LoadResult(None, model_load_texts.tr("the model is turned off ({setting}=none)", setting=MODEL_ENV), 0.0)
    return load_encoder(name)


START_DELAY_MS = 300
PRELOAD_POLL_MS = 50

_preload: threading.Thread | None = None


def _import_suggestion_modules() -> None:
    import desktop.suggesting
    import desktop.ui.suggestions.worker  # noqa: F401  # imported for its side effect: the worker module loaded off the GUI thread


def _start_preload() -> None:
    """Import the suggestion modules on a thread. On the GUI thread these imports (numpy above
    all, each module also scanned by PySide's import hook) stalled the window for ~200 ms right
    after opening; on a thread the GIL changes hands every few milliseconds instead."""
    global _preload
    _preload = threading.Thread(target=_import_suggestion_modules, name="suggestions-import", daemon=True)
    _preload.start()


class SuggestionsController(QObject):
    def __init__(self, window: Host, panel: SuggestionsPanel, loader: Loader = default_loader) -> None:
        super().__init__(window.main_window)
        self.window = window
        self.panel = panel
        self.loader = loader
        self.service: SuggestionService | None = None
        self._pending: Project | None = None  # opened, its service not started yet
        self.computer: SuggestionComputer | None = None
        self.claim_id: str | None = None
        self.passage_id: str | None = None
        self.find_all = False
        self._session_rejects: set[tuple[str, str, int, int]] = set()  # for unlinked passages
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        panel.accepted.connect(self.accept)
        panel.rejected.connect(self.reject)
        panel.highlighted.connect(self.show_candidate)
        panel.clicked.connect(self.open_candidate)

    # --- project lifetime ---------------------------------------------------------------------
    def attach(self, project: Project) -> None:
        self.detach()
        self.panel.show_message(self.tr("Select a passage or a claim to see where the other articles say the same."))
        # Start after the window has painted: the service pulls in numpy, and the worker's process
        # start-up and imports would otherwise compete with the first paint for the CPU.
        self._pending = project
        if _preload is None or (not _preload.is_alive() and "desktop.suggesting" not in sys.modules):
            _start_preload()
        QTimer.singleShot(START_DELAY_MS, self, lambda: self._start(project))

    def _start(self, project: Project) -> None:
        if self._pending is not project:
            return  # closed or replaced before it started
        if _preload is not None and _preload.is_alive():
            # Importing here now would wait for the thread's import lock: try again shortly.
            QTimer.singleShot(PRELOAD_POLL_MS, self, lambda: self._start(project))
            return
        from desktop.suggesting import SuggestionService
        from desktop.ui.suggestions.worker import SuggestionComputer

        self._pending = None
        self.service = SuggestionService(project, build=False, write_behind=True)
        computer = self.computer = SuggestionComputer(self.service, loader=self.loader, parent=self)
        computer.progress.connect(lambda done, total: self._schedule())
        computer.vectors_added.connect(lambda _aid: self._schedule())
        computer.model_state.connect(self._model_state)
        computer.idle.connect(self._schedule)
        computer.start()
        self._schedule()

    def detach(self) -> None:
        self._pending = None
        if self.computer is not None:
            self.computer.cancel()
            self.computer.deleteLater()
        if self.service is not None:
            self.service.close()
        self.computer = None
        self.service = None
        self.claim_id = self.passage_id = None
        self._session_rejects.clear()

    def apply_changes(self, changes: Changes) -> None:
        if self.service is None:
            return
        if changes.article_ids and self.computer is not None and not self.computer.busy():
            self.computer.start()  # new or removed articles: split and encode them
        if changes.passage_ids or changes.claim_ids:
            self._schedule()

    def _model_state(self, error: str) -> None:
        if error:
            self.window.say(self.tr("Link suggestions use word and number matching only: {error}").format(error=error))
        self._schedule()

    # --- what to suggest for ----------------------------------------------------------------
    def follow(self, claim_id: str | None, passage_id: str | None) -> None:
        self.claim_id, self.passage_id, self.find_all = claim_id, passage_id, False
        self._schedule()

    def find_claim_everywhere(self) -> None:
        claim_id = self.window.workspace.current_claim
        if claim_id is None:
            self.window.say(gesture_texts.tr("Select a claim first."))
            return
        self.claim_id, self.passage_id, self.find_all = claim_id, None, True
        self.window.show_suggestions()
        self.refresh()

    def _schedule(self) -> None:
        if self.service is not None:
            self._timer.start()

    def refresh(self) -> None:
        """List the candidates for the selected passage, or for the selected claim in claim mode.
        A claim goes through SuggestionService.for_claim, as `crosscheck suggest --claim` does, so
        the dock and the command list the same candidates in the same order with the same figures."""
        if self.service is None:
            return
        state = self.service.project.state
        rows: list[SuggestionRow] = []
        note = ""
        claim = state.claims.get(self.claim_id) if self.claim_id else None
        passage = state.passages.get(self.passage_id) if self.passage_id else None
        if passage is None and claim is None:
            self._mark([])
            self.panel.show_message(
                self.tr("Select a passage or a claim to see where the other articles say the same.")
            )
            return
        if passage is None:
            assert claim is not None, "one of them is selected"
            passages = state.passages_of_claim(claim.id)
            if not passages:
                self.panel.show_message(gesture_texts.tr("This claim has no passages yet."))
                self._mark([])
                return
            queries = [p.quote for p in passages]
            findings = [f for f in self.service.for_claim(claim.id) if not f.already_linked]
            rows = [
                SuggestionRow.from_suggestion(f.best, state.articles[f.article_id], queries)
                for f in findings
                if f.best is not None
            ]
            if self.find_all:
                likely = sum(f.likely for f in findings)
                note = self.tr(
                    "{likely} of the %n article(s) without the claim have a likely match; "
                    "in the others the best candidate is unlikely, so they probably leave it out or "
                    "say it differently.",
                    "",
                    len(findings),
                ).format(likely=likely)
        else:
            carried = set(state.sources_of_claim(passage.claim_id)) if passage.claim_id else set()
            targets = [a for a in state.articles if a not in carried and a != passage.article_id]
            suggestions = self.service.for_passage(
                passage.article_id, passage.start, passage.end, claim_id=passage.claim_id, k=0, targets=targets
            )
            for suggestion in suggestions:
                key = (passage.id, suggestion.article_id, suggestion.start, suggestion.end)
                if key not in self._session_rejects:
                    rows.append(
                        SuggestionRow.from_suggestion(
                            suggestion, state.articles[suggestion.article_id], [passage.quote]
                        )
                    )
        pending = self.service.computing()
        if pending:
            computing = self.tr(
                "Vectors for %n article(s) are still being computed; those are ranked by word and number matching for now.",
                "",
                len(pending),
            )
            note = f"{note} {computing}".strip()
        if not rows and pending:
            self.panel.show_computing()
        else:
            self.panel.show_suggestions(rows, note)
        self._mark(rows)

    def show_candidate(self, article_id: str, start: int, end: int) -> None:
        """The user moved to a candidate: scroll the pane showing its article to it."""
        self.window.workspace.reveal(article_id, start)

    def open_candidate(self, article_id: str, start: int, end: int) -> None:
        """A click on a candidate: see it in its article before accepting, in a new pane if the
        article is not open (the panes already open stay as they are)."""
        workspace = self.window.workspace
        if workspace.pane_of(article_id) is None and workspace.add_pane(article_id) is None:
            self.window.say(self.tr("Six panes at most: close one to see this candidate in its article."))
            return
        workspace.reveal(article_id, start)

    def _mark(self, rows: list[SuggestionRow]) -> None:
        spans: dict[str, list[tuple[int, int]]] = {}
        for row in rows:
            spans.setdefault(row.article_id, []).append((row.start, row.end))
        self.window.mark_spans(MARK, spans, QColor(self.window.main_window.palette().highlight().color()))

    # --- accepting and rejecting -----------------------------------------------------------------
    def accept(self, article_id: str, start: int, end: int) -> None:
        bridge = self.window.bridge
        if bridge is None:
            return
        state = bridge.state
        source = state.passages.get(self.passage_id) if self.passage_id else None
        claim_id = self.claim_id if self.claim_id in state.claims else (source.claim_id if source else None)
        steps = []
        if claim_id is None and source is not None:
            # An unlinked passage and its match become a new claim together.
            create = CreateClaim(statement_from_quote(source.quote), in_article=source.article_id)
            claim_id = create.claim_id
            steps += [create, LinkPassage(source.id, claim_id)]
        if claim_id is None:
            return
        # Never a passage of another claim: the same words may back two claims.
        existing = reusable_passage(state, article_id, start, end, claim_id)
        if existing is not None and existing.claim_id == claim_id:
            self.window.say(self.tr("That passage is already linked to the claim."))
            return
        if existing is not None:
            steps.append(LinkPassage(existing.id, claim_id))
        else:
            steps.append(HighlightPassage(article_id, start, end, claim_id=claim_id))
        if bridge.run(Compound(steps, label=self.tr("Accept suggestion")), initiator=self):
            self.window.workspace.select_claims(claim_id)
            self.window.say(self.tr("Suggestion linked to the claim (Ctrl+Z undoes)."))

    def reject(self, article_id: str, start: int, end: int) -> None:
        if self.service is None:
            return
        state = self.service.project.state
        source = state.passages.get(self.passage_id) if self.passage_id else None
        claim_id = self.claim_id if self.claim_id in state.claims else (source.claim_id if source else None)
        if claim_id is not None and not self.service.project.read_only:
            self.service.reject(claim_id, article_id, start, end)  # remembered in the project file
        elif source is not None:
            self._session_rejects.add((source.id, article_id, start, end))
        self.refresh()
