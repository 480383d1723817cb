"""Turning a MergePlan and its choices into entity values and one PutEntities command.

Kept apart from planning: the review dialog changes choices, and each change re-resolves. The
final pass makes the result consistent whatever was chosen: a passage whose article is gone is
an orphan (theirs) or goes with it (ours); a passage whose claim is gone is unlinked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .commands import PutEntities, folded_claim
from .merge import MERGE, THEIRS, MergePlan, Orphan, merge_texts
from .model import Article, Claim, Entity, Passage, now_iso


@dataclass
class Resolution:
    plan: MergePlan = field(repr=False)
    entities: list[Entity] = field(default_factory=list)  # to insert or replace
    delete_ids: list[str] = field(default_factory=list)  # ours, to delete (passages first)
    orphans: list[Orphan] = field(default_factory=list)  # the plan's plus those the choices made
    unlinked: list[Passage] = field(default_factory=list)  # passages whose claim is not kept
    folded: list[tuple[Claim, Claim]] = field(default_factory=list)  # (ours, theirs) merged into ours

    def command(self, label: str = "") -> PutEntities:
        return PutEntities(self.entities, self.delete_ids, label=label or merge_texts.tr("Merge project"))


def resolve_merge(plan: MergePlan, author: str = "", now: str | None = None) -> Resolution:
    now = now or now_iso()
    ours = plan.ours
    articles: dict[str, Article] = dict(ours.articles)
    claims: dict[str, Claim] = dict(ours.claims)
    passages: dict[str, Passage] = dict(ours.passages)

    def put(entity: Entity) -> None:
        if isinstance(entity, Article):
            articles[entity.id] = entity
        elif isinstance(entity, Claim):
            claims[entity.id] = entity
        else:
            passages[entity.id] = entity

    def drop(entity: Entity) -> None:
        table: dict[str, Article] | dict[str, Claim] | dict[str, Passage]
        table = articles if isinstance(entity, Article) else claims if isinstance(entity, Claim) else passages
        table.pop(entity.id, None)

    for entity in plan.added:
        put(entity)
    for _, theirs in plan.updated:
        put(theirs)
    for entity in plan.deleted:
        drop(entity)
    for conflict in plan.conflicts:
        if conflict.choice != THEIRS:
            if conflict.ours is not None:  # a decision: newer than their edit from now on
                put(replace(conflict.ours, modified=now, modified_by=author))
            continue
        if conflict.theirs is None:
            drop(conflict.entity)  # they deleted it: the entity is ours
        else:
            put(conflict.theirs)

    result = Resolution(plan, orphans=list(plan.orphans))
    for duplicate in plan.duplicates:
        if duplicate.choice != MERGE or duplicate.theirs.id not in claims or duplicate.ours.id not in claims:
            continue
        _fold(duplicate.ours.id, duplicate.theirs.id, claims, passages, author, now)
        result.folded.append((duplicate.ours, duplicate.theirs))

    for key, passage in list(passages.items()):
        if passage.article_id not in articles:
            del passages[key]
            if key not in ours.passages:
                result.orphans.append(Orphan(passage, merge_texts.tr("its article is not in the merged project")))
        elif passage.claim_id is not None and passage.claim_id not in claims:
            passages[key] = replace(passage, claim_id=None, modified=now, modified_by=author)
            result.unlinked.append(passages[key])

    for table, mine in ((articles, ours.articles), (claims, ours.claims), (passages, ours.passages)):
        result.entities.extend(e for key, e in table.items() if mine.get(key) != e)
    for mine, table in ((ours.passages, passages), (ours.claims, claims), (ours.articles, articles)):
        result.delete_ids.extend(key for key in mine if key not in table)
    return result


def _fold(
    kept_id: str, absorbed_id: str, claims: dict[str, Claim], passages: dict[str, Passage], author: str, now: str
) -> None:
    """As MergeClaims does: their claim's passages move to ours unless ours already has that
    exact span; notes and tags are combined; their claim is not added."""
    kept, absorbed = claims[kept_id], claims.pop(absorbed_id)
    spans = {(p.article_id, p.start, p.end) for p in passages.values() if p.claim_id == kept_id}
    for key, passage in list(passages.items()):
        if passage.claim_id != absorbed_id:
            continue
        if (passage.article_id, passage.start, passage.end) in spans:
            del passages[key]  # the same highlight twice would only clutter the article
        else:
            passages[key] = replace(passage, claim_id=kept_id, modified=now, modified_by=author)
    claims[kept_id] = replace(kept, **folded_claim(kept, absorbed), modified=now, modified_by=author)
