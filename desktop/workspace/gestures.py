"""The annotation gestures: highlight, new claim from selection, link, unlink, delete, navigate.

Each gesture reads the workspace (the text selected in the current pane, the selected passage,
the current claim), builds one command, runs it as one undo step, and moves the workspace on. It
returns an `Outcome`: what to tell the user and where the keyboard should go next, which the
window carries out. No gesture touches a widget, so all of them run without a display.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.commands import (
    Command,
    CommandError,
    Compound,
    CreateClaim,
    DeleteClaim,
    DeletePassage,
    HighlightPassage,
    LinkPassage,
    MergeClaims,
    UnlinkPassage,
    new_claim_from_passage,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, Context
from desktop.core.model import Passage
from desktop.core.project import Changes, Project, ReadOnlyProjectError
from desktop.core.state import ProjectState
from desktop.core.text import snap_to_words

from .state import Workspace

STATEMENT_PREFILL_LIMIT = 200

gesture_texts = Context("gesture_texts")

# Where the keyboard goes after a gesture (Outcome.focus).
FOCUS_STATEMENT = "statement"  # the inspector's statement field, text selected
FOCUS_ARTICLE = "article"  # back to reading

Runner = Callable[[Command, object | None], Changes | None]


@dataclass(frozen=True)
class Outcome:
    done: bool
    message: str = ""
    focus: str | None = None


def statement_from_quote(quote: str) -> str:
    """A first draft of a claim statement: the quote, one line, trimmed at a word."""
    text = " ".join(quote.split()).strip("“”\"'«» ")
    if len(text) <= STATEMENT_PREFILL_LIMIT:
        return text
    cut = text[:STATEMENT_PREFILL_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def reusable_passage(state: ProjectState, article_id: str, start: int, end: int, claim_id: str) -> Passage | None:
    """The passage on exactly [start, end) that a link to `claim_id` may use (see Gestures.link_to)."""
    same = [p for p in state.passages_of_article(article_id) if (p.start, p.end) == (start, end)]
    return next((p for p in same if p.claim_id == claim_id), None) or next(
        (p for p in same if p.claim_id is None), None
    )


def direct_runner(project: Project) -> Runner:
    """Run commands straight on the project, a refused command giving None (tests, scripts).
    The window passes its bridge's `run` instead, which also reports the refusal."""

    def run(command: Command, initiator: object | None = None) -> Changes | None:
        try:
            return project.run(command, initiator)
        except (CommandError, ReadOnlyProjectError):
            return None

    return run


class Gestures:
    def __init__(self, workspace: Workspace, project: Project, run: Runner | None = None) -> None:
        self.workspace = workspace
        self.project = project
        self.run = run or direct_runner(project)

    # --- reading the selection -----------------------------------------------------------------
    def _span(self) -> tuple[str, int, int] | None:
        """The selected text of the current pane, snapped to whole words."""
        selection = self.workspace.text_selection
        article = self.project.state.articles.get(selection.article_id) if selection else None
        if selection is None or article is None or not selection.has_text:
            return None
        span = snap_to_words(article.text, selection.start, selection.end)
        return (article.id, *span) if span else None

    def _no_text(self, hint: str) -> Outcome:
        if self.workspace.current_article is None:
            return Outcome(False, gesture_texts.tr("Open an article first."))
        return Outcome(False, hint)

    def _reusable(self, article_id: str, start: int, end: int, claim_id: str) -> Passage | None:
        """A passage on exactly this span that linking may use: an unlinked one, or one already of
        this claim. A passage of another claim is never taken from it: one sentence may back two
        claims, so linking it makes a second passage on the same words."""
        return reusable_passage(self.project.state, article_id, start, end, claim_id)

    def _after_new_passage(self, passage_id: str) -> None:
        self.workspace.clear_text_selection()
        self.workspace.select_passage(passage_id)

    # --- making passages and claims --------------------------------------------------------------
    def highlight(self) -> Outcome:
        span = self._span()
        if span is None:
            return self._no_text(gesture_texts.tr("Select some text in an article, then press H."))
        command = HighlightPassage(*span)
        if self.run(command, None) is None:
            return Outcome(False)
        self._after_new_passage(command.passage_id)
        return Outcome(
            True,
            gesture_texts.tr("Passage highlighted. Press L to link it to the current claim, or N for a new claim."),
        )

    def new_claim_from_selection(self) -> Outcome:
        span = self._span()
        if span is None:
            return self._no_text(gesture_texts.tr("Select the text that makes the claim, then press N."))
        article_id, start, end = span
        quote = self.project.state.articles[article_id].text[start:end]
        command = new_claim_from_passage(article_id, start, end, statement_from_quote(quote))
        if self.run(command, None) is None:
            return Outcome(False)
        create, highlight = command.steps
        assert isinstance(create, CreateClaim) and isinstance(highlight, HighlightPassage), "new_claim_from_passage's"
        claim_id = create.claim_id
        self.workspace.select_claims(claim_id)
        self._after_new_passage(highlight.passage_id)
        return Outcome(
            True,
            gesture_texts.tr("New claim created. Type a statement and press Enter, or Esc to keep the quote."),
            FOCUS_STATEMENT,
        )

    def link_to_current_claim(self) -> Outcome:
        claim_id = self.workspace.current_claim
        if claim_id is None:
            return Outcome(
                False, gesture_texts.tr("Select a claim in the claims panel first (or press K to choose one).")
            )
        return self.link_to(claim_id)

    def link_to(self, claim_id: str) -> Outcome:
        """Link the selected text, or else the selected passage, to a claim: one undo step."""
        state = self.project.state
        if claim_id not in state.claims:
            return Outcome(False, gesture_texts.tr("That claim no longer exists."))
        span = self._span()
        if span is not None:
            existing = self._reusable(*span, claim_id)
            if existing is not None and existing.claim_id == claim_id:
                return Outcome(False, gesture_texts.tr("This passage is already linked to that claim."))
            if existing is not None:
                command: Command = LinkPassage(existing.id, claim_id)
                passage_id = existing.id
            else:
                highlight = HighlightPassage(*span, claim_id=claim_id)
                command, passage_id = (
                    Compound([highlight], label=QT_TRANSLATE_NOOP("command_texts", "Link passage")),
                    highlight.passage_id,
                )
        elif self.workspace.selected_passage in state.passages:
            passage_id = self.workspace.selected_passage
            command = LinkPassage(passage_id, claim_id)
        else:
            return Outcome(False, gesture_texts.tr("Select text in an article (or click a passage) to link it."))
        if self.run(command, None) is None:
            return Outcome(False)
        self.workspace.select_claims(claim_id)
        self._after_new_passage(passage_id)
        sources = len(state.sources_of_claim(claim_id))
        return Outcome(
            True,
            gesture_texts.tr(
                "Linked. The claim is now carried by {sources} of %n articles.",
                None,
                len(state.articles),
                sources=sources,
            ),
        )

    def unlink_passage(self) -> Outcome:
        passage = self._selected_passage()
        if passage is None:
            return Outcome(False, gesture_texts.tr("Click a passage first."))
        if passage.claim_id is None:
            return Outcome(False, gesture_texts.tr("This passage is not linked to a claim."))
        if self.run(UnlinkPassage(passage.id), None) is None:
            return Outcome(False)
        self.workspace.select_passage(passage.id)
        return Outcome(True, gesture_texts.tr("Passage unlinked; it stays highlighted."))

    def delete_passage(self) -> Outcome:
        passage = self._selected_passage()
        if passage is None:
            return Outcome(False, gesture_texts.tr("Click a passage first."))
        if self.run(DeletePassage(passage.id), None) is None:
            return Outcome(False)
        return Outcome(True, gesture_texts.tr("Passage deleted (Ctrl+Z brings it back)."))

    def _selected_passage(self) -> Passage | None:
        passage_id = self.workspace.selected_passage
        return self.project.state.passages.get(passage_id) if passage_id else None

    # --- claims ---------------------------------------------------------------------------------
    def merge_claims(self) -> Outcome:
        selected = [c for c in self.workspace.selected_claims if c in self.project.state.claims]
        if len(selected) != 2:
            return Outcome(
                False,
                gesture_texts.tr("Select exactly two claims (Ctrl+click); the current one keeps the other's passages."),
            )
        if self.run(MergeClaims(selected[0], selected[1]), None) is None:
            return Outcome(False)
        self.workspace.select_claims(selected[0])
        return Outcome(True, gesture_texts.tr("Claims merged (Ctrl+Z separates them again)."))

    def delete_claims(self, keep_passages: bool) -> Outcome:
        selected = [c for c in self.workspace.selected_claims if c in self.project.state.claims]
        if not selected:
            return Outcome(False, gesture_texts.tr("Select a claim first."))
        steps = [DeleteClaim(claim_id, keep_passages=keep_passages) for claim_id in selected]
        label = gesture_texts.tr("Delete %n claim(s)", None, len(steps))
        if self.run(Compound(steps, label=label), None) is None:
            return Outcome(False)
        return Outcome(True, gesture_texts.tr("{label}: done (Ctrl+Z brings it back).", label=label))

    def open_claim_articles(self) -> Outcome:
        claim_id = self.workspace.current_claim
        if claim_id is None:
            return Outcome(False, gesture_texts.tr("Select a claim first."))
        missing = [a for a in self.project.state.sources_of_claim(claim_id) if self.workspace.pane_of(a) is None]
        opened = 0
        for article_id in missing:
            if self.workspace.add_pane(article_id) is None:
                return Outcome(opened > 0, gesture_texts.tr("Six panes at most; close one to open the other articles."))
            opened += 1
        self.workspace.select_claims(claim_id, self.workspace.selected_claims)
        if opened:
            return Outcome(True, gesture_texts.tr("Opened %n more article(s).", None, opened))
        return Outcome(True, gesture_texts.tr("Every article carrying it is open."))

    # --- panes and navigation ---------------------------------------------------------------------
    def add_pane(self) -> Outcome:
        if self.workspace.add_pane() is None:
            return Outcome(False, gesture_texts.tr("Six panes at most; close one first (Ctrl+W)."))
        return Outcome(True, focus=FOCUS_ARTICLE)

    def step_claim_passage(self, step: int) -> Outcome:
        claim_id = self.workspace.current_claim
        if claim_id is None:
            return Outcome(False, gesture_texts.tr("Select a claim first."))
        passages = self.project.state.passages_of_claim(claim_id)
        if not passages:
            return Outcome(False, gesture_texts.tr("This claim has no passages yet."))
        ids = [p.id for p in passages]
        current = self.workspace.selected_passage
        index = (ids.index(current) + step) % len(ids) if current in ids else (0 if step > 0 else len(ids) - 1)
        return self.show_passage(passages[index].id)

    def step_article_passage(self, step: int) -> Outcome:
        article_id = self.workspace.current_article
        if article_id is None:
            return Outcome(False, gesture_texts.tr("Open an article first."))
        passages = self.project.state.passages_of_article(article_id)
        if not passages:
            return Outcome(False, gesture_texts.tr("This article has no passages yet."))
        ids = [p.id for p in passages]
        current = self.workspace.selected_passage
        if current in ids:
            index = (ids.index(current) + step) % len(ids)
        else:
            selection = self.workspace.text_selection
            caret = selection.end if selection and selection.article_id == article_id else 0
            # the first passage at or after the caret (len(ids) when none): step onto it or before it
            following = next((i for i, p in enumerate(passages) if p.start >= caret), len(ids))
            index = following if step > 0 else following - 1
        return self.show_passage(passages[index % len(ids)].id)

    def show_passage(self, passage_id: str, new_pane: bool = False) -> Outcome:
        """Open the passage's article (in its pane, the current one, or a new one), scroll to it
        and select it."""
        passage = self.project.state.passages.get(passage_id)
        if passage is None:
            return Outcome(False, gesture_texts.tr("That passage no longer exists."))
        if self.workspace.open_article(passage.article_id, new_pane=new_pane) is None:
            return Outcome(False, gesture_texts.tr("Six panes at most; close one first (Ctrl+W)."))
        self.workspace.select_passage(passage.id)
        self.workspace.reveal(passage.article_id, passage.start)
        return Outcome(True)

    def show_claim_in_article(self, claim_id: str, article_id: str) -> Outcome:
        """The chart's cell: make the claim current and show that article at its passage."""
        passage = next((p for p in self.project.state.passages_of_claim(claim_id) if p.article_id == article_id), None)
        self.workspace.select_claims(claim_id)
        if passage is None:
            return Outcome(False, gesture_texts.tr("This source does not carry the claim."))
        return self.show_passage(passage.id)
