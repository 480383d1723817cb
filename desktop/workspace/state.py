"""The workspace: what the window shows and where the user is, kept apart from Qt.

Open panes and which one is current, the current and selected claims, the selected passage, the
text selected in the current pane, and the claims filter. Widgets write the user's gestures here
and follow what it says; gestures read it. Observers get one `WorkspaceEvent` per change, naming
the fields that changed (the workspace's counterpart of a project's `Changes`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from desktop.core.project import Changes
from desktop.core.state import ProjectState

MAX_PANES = 6

# Field names carried by WorkspaceEvent.
PANES = "panes"  # panes added, closed, or showing another article
CURRENT_PANE = "current_pane"
CLAIM = "claim"  # the current claim or the selected claims
PASSAGE = "passage"  # the selected passage
TEXT_SELECTION = "text_selection"
FILTER = "filter"
REVEAL = "reveal"  # a request to scroll a pane to a place (see Workspace.reveal)


@dataclass(frozen=True)
class Pane:
    """One pane of the side-by-side area: a stable key (widgets map to it) and its article."""

    key: int
    article_id: str | None


@dataclass(frozen=True)
class TextSelection:
    """Text selected in one pane's article, in code points; start == end is just the caret."""

    article_id: str
    start: int
    end: int

    @property
    def has_text(self) -> bool:
        return self.end > self.start


@dataclass(frozen=True)
class ClaimFilter:
    """What the claims panel lets through: words, a verdict, or the claims some sources carry."""

    text: str = ""
    verdict: str | None = None  # a Verdict value
    only_ids: frozenset[str] | None = None
    only_label: str = ""  # what only_ids stands for, e.g. "carried by RIA News"

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.verdict or self.only_ids is not None)


@dataclass(frozen=True)
class Reveal:
    """Scroll the pane showing `article_id` so that `offset` sits at `fraction` of its height."""

    article_id: str
    offset: int
    fraction: float = 0.3


@dataclass(frozen=True)
class WorkspaceEvent:
    fields: frozenset[str]
    initiator: object | None = None

    def __contains__(self, name: object) -> bool:
        return name in self.fields


Observer = Callable[[WorkspaceEvent], None]


@dataclass
class _Values:
    panes: tuple[Pane, ...] = ()
    current_pane: int | None = None  # a Pane.key
    current_claim: str | None = None
    selected_claims: tuple[str, ...] = ()
    selected_passage: str | None = None
    text_selection: TextSelection | None = None
    claim_filter: ClaimFilter = field(default_factory=ClaimFilter)
    reveal: Reveal | None = None


class Workspace:
    def __init__(self, state: ProjectState | None = None) -> None:
        self.state = state
        self._values = _Values()
        self._observers: list[Observer] = []
        self._keys = itertools.count(1)

    # --- observing ----------------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def _set(self, initiator: object | None = None, **values: object) -> WorkspaceEvent | None:
        """Change some values at once; observers hear one event naming those that really changed."""
        changed = {name for name, value in values.items() if getattr(self._values, name) != value}
        if REVEAL in values:
            changed.add(REVEAL)  # the same place asked for twice is still asked for
        if not changed:
            return None
        self._values = replace(self._values, **values)  # type: ignore[arg-type]  # values are checked against the dataclass's fields above; mypy cannot see **kwargs keys
        fields = {
            {"current_claim": CLAIM, "selected_claims": CLAIM, "selected_passage": PASSAGE}.get(
                name, FILTER if name == "claim_filter" else name
            )
            for name in changed
        }
        event = WorkspaceEvent(frozenset(fields), initiator)
        for observer in list(self._observers):
            observer(event)
        return event

    # --- reading --------------------------------------------------------------------------------
    @property
    def panes(self) -> tuple[Pane, ...]:
        return self._values.panes

    @property
    def current_pane(self) -> Pane | None:
        key = self._values.current_pane
        return next((p for p in self._values.panes if p.key == key), None)

    @property
    def current_article(self) -> str | None:
        pane = self.current_pane
        return pane.article_id if pane else None

    @property
    def current_claim(self) -> str | None:
        return self._values.current_claim

    @property
    def selected_claims(self) -> tuple[str, ...]:
        """The claims selected in the claims panel, the current one first (merges keep it)."""
        return self._values.selected_claims

    @property
    def selected_passage(self) -> str | None:
        return self._values.selected_passage

    @property
    def text_selection(self) -> TextSelection | None:
        return self._values.text_selection

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._values.claim_filter

    @property
    def reveal_request(self) -> Reveal | None:
        return self._values.reveal

    def pane_of(self, article_id: str) -> Pane | None:
        return next((p for p in self._values.panes if p.article_id == article_id), None)

    def open_article_ids(self) -> list[str]:
        return [p.article_id for p in self._values.panes if p.article_id]

    # --- a project in, a project out ---------------------------------------------------------------
    def reset(self, state: ProjectState | None, article_ids: Iterable[str | None] = ()) -> None:
        """A project was opened (or closed, with state None): its panes and nothing selected."""
        self.state = state
        panes: tuple[Pane, ...] = ()
        if state is not None:
            wanted = [a for a in article_ids if a is None or a in state.articles][:MAX_PANES]
            if not wanted:
                wanted.extend(list(state.articles)[:3] or [None])
            panes = tuple(Pane(next(self._keys), a) for a in wanted)
        self._set(
            panes=panes,
            current_pane=panes[0].key if panes else None,
            current_claim=None,
            selected_claims=(),
            selected_passage=None,
            text_selection=None,
            claim_filter=ClaimFilter(),
            reveal=None,
        )

    # --- panes ------------------------------------------------------------------------------------
    def add_pane(self, article_id: str | None = None) -> Pane | None:
        """A new pane at the end, showing `article_id` or else the first article not shown yet."""
        if len(self._values.panes) >= MAX_PANES:
            return None
        if article_id is None and self.state is not None:
            shown = set(self.open_article_ids())
            article_id = next((a for a in self.state.articles if a not in shown), None)
        pane = Pane(next(self._keys), article_id)
        self._set(panes=(*self._values.panes, pane), current_pane=pane.key)
        return pane

    def close_pane(self, key: int | None = None) -> bool:
        """Close a pane (the current one by default); the last pane always stays."""
        panes = self._values.panes
        key = self._values.current_pane if key is None else key
        index = next((i for i, p in enumerate(panes) if p.key == key), None)
        if key is None or index is None or len(panes) <= 1:
            return False
        rest = panes[:index] + panes[index + 1 :]
        current = self._values.current_pane
        if current == key:
            current = rest[min(index, len(rest) - 1)].key
        self._set(panes=rest, current_pane=current, text_selection=self._selection_outside(key))
        return True

    def show_in_pane(self, key: int, article_id: str | None) -> None:
        panes = tuple(Pane(p.key, article_id) if p.key == key else p for p in self._values.panes)
        self._set(panes=panes, current_pane=key, text_selection=self._selection_outside(key))

    def set_current_pane(self, key: int) -> None:
        if any(p.key == key for p in self._values.panes):
            self._set(current_pane=key)

    def open_article(self, article_id: str, new_pane: bool = False) -> Pane | None:
        """Show an article: where it is already shown, else in the current pane, else in a new one."""
        existing = self.pane_of(article_id)
        if existing is not None:
            self.set_current_pane(existing.key)
            return existing
        current = self.current_pane
        if new_pane or current is None:
            return self.add_pane(article_id)
        self.show_in_pane(current.key, article_id)
        return self.current_pane

    def _selection_outside(self, key: int) -> TextSelection | None:
        """The text selection survives a pane change only if it is in another pane's article."""
        selection = self._values.text_selection
        pane = next((p for p in self._values.panes if p.key == key), None)
        if selection is not None and pane is not None and pane.article_id == selection.article_id:
            return None
        return selection

    # --- claims and passages ----------------------------------------------------------------------
    def select_claims(
        self, current: str | None, selected: Iterable[str] | None = None, initiator: object | None = None
    ) -> None:
        """Make `current` the current claim, with `selected` (default: just it) selected.

        A selected passage of another claim is let go: the inspector shows one claim at a time."""
        others = tuple(c for c in (selected if selected is not None else ()) if c != current)
        chosen = ((current,) if current else ()) + others
        passage_id = self._values.selected_passage
        passage = self.state.passages.get(passage_id) if self.state and passage_id else None
        if passage is not None and passage.claim_id != current:
            passage_id = None
        self._set(initiator, current_claim=current, selected_claims=chosen, selected_passage=passage_id)

    def select_passage(self, passage_id: str | None, initiator: object | None = None) -> None:
        """Select a passage; a linked one makes its claim current, an unlinked one keeps the claim."""
        passage = self.state.passages.get(passage_id) if self.state and passage_id else None
        if passage is None:
            self._set(initiator, selected_passage=None)
            return
        values: dict[str, object] = {"selected_passage": passage.id}
        if passage.claim_id and passage.claim_id != self._values.current_claim:
            values["current_claim"] = passage.claim_id
            values["selected_claims"] = (passage.claim_id,)
        elif passage.claim_id is None:
            values["current_claim"] = None
            values["selected_claims"] = ()
        self._set(initiator, **values)

    def set_text_selection(self, selection: TextSelection | None, initiator: object | None = None) -> None:
        self._set(initiator, text_selection=selection)

    def clear_text_selection(self) -> None:
        """After a gesture used the selection: the caret stays where the selection ended."""
        selection = self._values.text_selection
        if selection is not None and selection.has_text:
            self._set(text_selection=TextSelection(selection.article_id, selection.end, selection.end))

    def set_claim_filter(self, claim_filter: ClaimFilter, initiator: object | None = None) -> None:
        self._set(initiator, claim_filter=claim_filter)

    def reveal(self, article_id: str, offset: int, fraction: float = 0.3) -> None:
        """Ask the pane showing the article to scroll to `offset` (the view does the scrolling)."""
        self._set(reveal=Reveal(article_id, offset, fraction))

    # --- keeping up with the project --------------------------------------------------------------
    def follow(self, changes: Changes) -> None:
        """Let go of what a change deleted: a claim, a passage, an article shown in a pane."""
        state = self.state
        if state is None:
            return
        values: dict[str, object] = {}
        current = self._values.current_claim
        if current is not None and current not in state.claims:
            values["current_claim"] = None
        selected = tuple(c for c in self._values.selected_claims if c in state.claims)
        if selected != self._values.selected_claims:
            values["selected_claims"] = selected
        passage = self._values.selected_passage
        if passage is not None and passage not in state.passages:
            values["selected_passage"] = None
        if changes.article_ids:
            kept = [
                p.article_id if p.article_id is None or p.article_id in state.articles else None for p in self.panes
            ]
            # Empty panes take the articles just added (an import into an empty project shows them).
            spare = iter(a for a in state.articles if a in changes.article_ids and a not in kept)
            panes = tuple(
                Pane(p.key, a if a is not None else next(spare, None)) for p, a in zip(self.panes, kept, strict=True)
            )
            if panes != self._values.panes:
                values["panes"] = panes
            selection = self._values.text_selection
            if selection is not None and selection.article_id not in state.articles:
                values["text_selection"] = None
        if values:
            self._set(**values)
