"""Replaying an undo or redo step over a state that others may have changed since (team projects).

A step records each entity before and after. Replaying it expects every entity to be as the step
left it; in a project nobody else writes, it always is. In a team project a colleague may have
changed, deleted or re-linked one of them since. Then the replay never overwrites their work:
fields only we changed are still reverted, everything else of theirs stays, and each place where
the two meet is reported as an `Overlap` so the person undoing can be asked first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace

from .i18n import Context
from .model import Article, Claim, Entity, Passage, field_name, kind_name
from .state import EntityChange, ProjectState

replay_texts = Context("replay_texts")
BOOKKEEPING = frozenset({"modified", "modified_by"})  # every edit changes these: never a clash


@dataclass(frozen=True, slots=True)
class Overlap:
    """Someone else's later change that the replay would overwrite, so it leaves it alone."""

    kind: str  # "article", "claim" or "passage"
    entity_id: str
    name: str  # how the user knows it: a claim's statement, a passage's quote, an article's title
    what: str  # one phrase for the user: "changed the verdict", "deleted it", ...
    author: str  # who made the later change, as far as the entity says ("" if unknown)
    theirs: Entity | None  # the entity as it is now

    @classmethod
    def of(cls, entity: Entity, what: str, author: str, theirs: Entity | None) -> Overlap:
        return cls(type(entity).__name__.lower(), entity.id, entity_name(entity), what, author, theirs)

    @property
    def sentence(self) -> str:
        return replay_texts.tr(
            "{who} {what} ({kind} {name})",
            who=self.author or replay_texts.tr("someone else"),
            what=self.what,
            kind=kind_name(self.kind),
            name=self.name,
        )


def entity_name(entity: Entity) -> str:
    if isinstance(entity, Claim):
        text = entity.statement
    elif isinstance(entity, Passage):
        text = entity.quote
    else:
        text = entity.title
    text = " ".join(text.split())
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


@dataclass(frozen=True)
class ReplayPlan:
    changes: tuple[EntityChange, ...]  # what can be applied without overwriting anyone
    overlaps: tuple[Overlap, ...]


def _differing(a: Entity, b: Entity) -> set[str]:
    return {f.name for f in fields(a) if f.name not in BOOKKEEPING and getattr(a, f.name) != getattr(b, f.name)}


def _phrase(changed: set[str]) -> str:
    if not changed:
        return ""
    return replay_texts.tr("changed the {fields}", fields=", ".join(sorted(field_name(name) for name in changed)))


def plan_replay(state: ProjectState, wanted: Sequence[EntityChange], stamp: Callable[[Entity], Entity]) -> ReplayPlan:
    """What of `wanted` (each change expecting `before` to be current) can be applied now.

    `stamp` marks an entity whose fields were merged with someone else's as a new edit
    (modified, modified_by)."""
    out: list[EntityChange] = []
    overlaps: list[Overlap] = []
    replayed: dict[tuple[type, str], Entity | None] = {}  # a step may touch one entity twice
    for change in wanted:
        expected, target = change.before, change.after
        key = (type(change.entity), change.id)
        current = replayed[key] if key in replayed else state.current(change.entity)
        if current == expected:
            out.append(change)
            replayed[key] = target
            continue
        if current is None:  # deleted since, or (when we expected nothing) gone again
            if expected is not None and target is not None:
                overlaps.append(Overlap.of(expected, replay_texts.tr("deleted it"), "", None))
            continue
        author = current.modified_by
        if expected is None or target is None:
            # re-creating what someone made again, or deleting what someone changed since
            if expected is None:
                what = replay_texts.tr("made it again")
            else:
                what = _phrase(_differing(expected, current)) or replay_texts.tr("changed it")
            overlaps.append(Overlap.of(current, what, author, current))
            continue
        ours = _differing(expected, target)
        theirs = _differing(expected, current)
        clash = ours & theirs
        if clash:
            overlaps.append(Overlap.of(current, _phrase(clash), author, current))
        keep = ours - theirs
        if keep:
            merged = stamp(replace(current, **{name: getattr(target, name) for name in keep}))
            out.append(EntityChange(current, merged))
            replayed[key] = merged
    return _drop_broken_references(state, out, overlaps)


def _drop_broken_references(state: ProjectState, changes: list[EntityChange], overlaps: list[Overlap]) -> ReplayPlan:
    """A replay must not leave a passage on a missing article or claim, nor delete an article or
    claim that someone has since given passages of their own."""
    while True:
        after = {change.id: change.after for change in changes}
        keep: list[EntityChange] = []
        dropped = False
        for change in changes:
            entity = change.after
            problem = ""
            if isinstance(entity, Passage):
                if not _exists(after, entity.article_id, state.articles):
                    problem = replay_texts.tr("its article was removed since")
                elif entity.claim_id is not None and not _exists(after, entity.claim_id, state.claims):
                    problem = replay_texts.tr("its claim was deleted since")
            elif entity is None and isinstance(change.before, Claim | Article):
                gone = change.before
                holders = (
                    state.passages_of_claim(gone.id) if isinstance(gone, Claim) else state.passages_of_article(gone.id)
                )
                if any(_still_points_at(after.get(p.id, p), gone) for p in holders):
                    problem = replay_texts.tr("passages were linked to it since")
            if problem:
                overlaps.append(Overlap.of(change.entity, problem, "", state.current(change.entity)))
                dropped = True
            else:
                keep.append(change)
        changes = keep
        if not dropped:
            return ReplayPlan(tuple(changes), tuple(overlaps))


def _exists(after: dict[str, Entity | None], entity_id: str, table: dict[str, Article] | dict[str, Claim]) -> bool:
    return after[entity_id] is not None if entity_id in after else entity_id in table


def _still_points_at(passage: Entity | None, gone: Claim | Article) -> bool:
    if not isinstance(passage, Passage):
        return False
    return passage.claim_id == gone.id if isinstance(gone, Claim) else passage.article_id == gone.id


def describe_overlaps(label: str, overlaps: Sequence[Overlap]) -> str:
    """One line: '“Edit claim”: since your change, Maria changed the verdict (claim “…”)'."""
    parts = "; ".join(overlap.sentence for overlap in overlaps[:3])
    more = replay_texts.tr(" and %n more", None, len(overlaps) - 3) if len(overlaps) > 3 else ""
    return replay_texts.tr("“{label}”: since your change, {overlaps}{more}", label=label, overlaps=parts, more=more)
