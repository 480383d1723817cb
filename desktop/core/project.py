"""The project: the one path through which every change, undo and redo travels.

`Project.run(command)` applies a command to the in-memory state, persists the resulting entity
changes in one transaction (autosave: nothing is ever unsaved), pushes them on the undo stack and
notifies observers once with a `Changes` record. If persisting fails, memory is rolled back and
the error propagates, so the view never shows what the file does not hold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from .commands import Command, CommandContext, CommandError, label_text
from .i18n import Context
from .model import Article, Claim, Entity, Passage, now_iso
from .persistence import MemoryPersistence, Persistence
from .replay import Overlap, describe_overlaps, plan_replay
from .state import EntityChange, ProjectState

UNDO_LIMIT = 500

project_texts = Context("project_texts")
__all__ = ["Changes", "MemoryPersistence", "Persistence", "Project", "ReadOnlyProjectError", "UndoConflict"]


class ReadOnlyProjectError(RuntimeError):
    """The project was opened read-only (newer file version, read-only location, or on request)."""


class UndoConflict(CommandError):
    """Undo or redo would overwrite someone else's later change (a team project). Nothing was
    changed; ask, then call undo/redo again with keep_theirs=True to apply the rest."""

    def __init__(self, reason: str, label: str, overlaps: tuple[Overlap, ...]) -> None:
        self.reason = reason  # "undo" or "redo"
        self.label = label
        self.overlaps = overlaps
        described = describe_overlaps(label, overlaps)
        if reason == "undo":
            message = project_texts.tr("Undo {overlaps}; nothing was changed", overlaps=described)
        else:
            message = project_texts.tr("Redo {overlaps}; nothing was changed", overlaps=described)
        super().__init__(message)


@dataclass(frozen=True)
class Changes:
    """What one step touched. Views refresh only these (docs/architecture.md §2)."""

    entity_changes: tuple[EntityChange, ...]
    label: str
    reason: str  # "do", "undo", "redo", "reload" or "remote" (someone else's, from a team project)
    initiator: object | None = None

    def _ids(self, kind: type) -> frozenset[str]:
        return frozenset(c.id for c in self.entity_changes if isinstance(c.entity, kind))

    @cached_property
    def article_ids(self) -> frozenset[str]:
        return self._ids(Article)

    @cached_property
    def passage_ids(self) -> frozenset[str]:
        return self._ids(Passage)

    @cached_property
    def claim_ids(self) -> frozenset[str]:
        return self._ids(Claim)

    @cached_property
    def articles_with_changed_passages(self) -> frozenset[str]:
        """Articles whose highlighting changed because one of their passages did."""
        ids: set[str] = set()
        for change in self.entity_changes:
            for side in (change.before, change.after):
                if isinstance(side, Passage):
                    ids.add(side.article_id)
        return frozenset(ids)


Observer = Callable[[Changes], None]


@dataclass
class _Step:
    label: str
    changes: tuple[EntityChange, ...]


@dataclass
class _History:
    undo: list[_Step] = field(default_factory=list)
    redo: list[_Step] = field(default_factory=list)


class Project:
    def __init__(self, state: ProjectState, persistence: Persistence, author: str = "") -> None:
        self.state = state
        self.persistence = persistence
        self.author = author
        self._history = _History()
        self._observers: list[Observer] = []

    # --- observers ------------------------------------------------------------------------
    def subscribe(self, observer: Observer) -> Callable[[], None]:
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def _notify(self, changes: Changes) -> None:
        for observer in list(self._observers):
            observer(changes)

    # --- changing -------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.persistence.read_only

    def run(self, command: Command, initiator: object | None = None) -> Changes:
        """Apply one command as one undo step. Raises CommandError (nothing changed) or the
        persistence's error (nothing changed, in memory or on disk)."""
        self._check_writable()
        entity_changes = command.execute(self.state, CommandContext(author=self.author))
        label = label_text(command.label)  # the undo label, in the user's language
        changes = Changes(tuple(entity_changes), label, "do", initiator)
        if not entity_changes:
            return changes
        self._persist_or_roll_back(changes.entity_changes)
        self._history.undo.append(_Step(label, changes.entity_changes))
        del self._history.undo[:-UNDO_LIMIT]
        self._history.redo.clear()
        self._notify(changes)
        return changes

    def undo(self, initiator: object | None = None, keep_theirs: bool = False) -> Changes | None:
        """Undo our last step. If someone else has changed what it touched since (a team
        project), raise UndoConflict, or with `keep_theirs` undo only what does not overwrite
        their change."""
        return self._travel(self._history.undo, self._history.redo, "undo", initiator, keep_theirs)

    def redo(self, initiator: object | None = None, keep_theirs: bool = False) -> Changes | None:
        return self._travel(self._history.redo, self._history.undo, "redo", initiator, keep_theirs)

    def _travel(
        self, source: list[_Step], target: list[_Step], reason: str, initiator: object | None, keep_theirs: bool
    ) -> Changes | None:
        if not source:
            return None
        self._check_writable()
        step = source[-1]
        wanted = tuple(change.inverted() for change in reversed(step.changes)) if reason == "undo" else step.changes
        plan = plan_replay(self.state, wanted, self._stamp)
        if plan.overlaps and not keep_theirs:
            raise UndoConflict(reason, step.label, plan.overlaps)
        applied = plan.changes
        changes = Changes(applied, step.label, reason, initiator)
        if not applied:  # all of it was overwritten by others since: the step is spent
            source.pop()
            return changes
        self.state.apply(applied)
        self._persist_or_roll_back(applied)
        source.pop()
        # What the opposite travel replays: exactly the inverse of what was applied now.
        back = tuple(change.inverted() for change in reversed(applied)) if reason == "undo" else applied
        target.append(_Step(step.label, back))
        self._notify(changes)
        return changes

    def _stamp(self, entity: Entity) -> Entity:
        return replace(entity, modified=now_iso(), modified_by=self.author)

    def apply_remote(
        self, entity_changes: Sequence[EntityChange], label: str, initiator: object | None = None
    ) -> Changes:
        """Someone else's step, already stored (a team project): into memory and to every view as
        Changes(reason="remote"). It never joins our undo history: undo is per person."""
        self.state.apply(entity_changes)
        changes = Changes(tuple(entity_changes), label, "remote", initiator)
        if entity_changes:
            self._notify(changes)
        return changes

    def _persist_or_roll_back(self, applied: Sequence[EntityChange]) -> None:
        try:
            self.persistence.write(applied)
        except BaseException:
            self.state.apply(change.inverted() for change in reversed(applied))
            raise

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyProjectError(project_texts.tr("this project is open read-only; nothing can be changed"))

    # --- history --------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._history.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._history.redo)

    @property
    def undo_label(self) -> str:
        return self._history.undo[-1].label if self._history.undo else ""

    @property
    def redo_label(self) -> str:
        return self._history.redo[-1].label if self._history.redo else ""

    def clear_history(self) -> None:
        self._history = _History()

    def reload(self, state: ProjectState, label: str = "Reload") -> Changes:
        """Replace the whole state (e.g. after a merge from outside); history no longer applies."""
        old = self.state
        self.state = state
        self.clear_history()
        changes = Changes(_diff(old, state), label, "reload")
        self._notify(changes)
        return changes


def _diff(old: ProjectState, new: ProjectState) -> tuple[EntityChange, ...]:
    out: list[EntityChange] = []
    for old_table, new_table in (
        (old.articles, new.articles),
        (old.claims, new.claims),
        (old.passages, new.passages),
    ):
        for key, before in old_table.items():
            after = new_table.get(key)
            if after != before:
                out.append(EntityChange(before, after))
        for key, after in new_table.items():
            if key not in old_table:
                out.append(EntityChange(None, after))
    return tuple(out)
