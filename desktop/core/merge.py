"""Merge planning: what a colleague's project would add, change and delete in ours (pure logic).

Articles match by text hash (the same article imported twice is one), claims and passages by
UUID. Neither file knows the common ancestor, so the split point is estimated: every entity that
is identical in both files is shared history, and the latest `modified` (or tombstone) among them
is the `base_time`. A side "changed" an entity when its `modified` is later than that. Changed on
one side = take that side; changed on both = a conflict, newer edit wins unless the user chooses.
Keeping ours in a conflict re-stamps ours as a new edit, so the choice survives the next merge in
either direction instead of being overturned by the other side's newer timestamp.

The plan holds facts and choices; merge_resolve.py's `resolve_merge(plan)` turns them into entity
values, and its `Resolution.command()` into ONE `PutEntities` (one undo step, one transaction).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .anchoring import FuzzyBudget, anchor_quote
from .commands import CommandError
from .i18n import QT_TRANSLATE_NOOP, Context
from .model import Article, Claim, Entity, Passage, new_id
from .state import ProjectState
from .text import quote_context
from .tombstone import Tombstone

OURS, THEIRS = "ours", "theirs"
KEEP_BOTH, MERGE = "keep both", "merge"
ARTICLE_META = ("title", "outlet", "url", "language", "published", "author")
merge_texts = Context("merge_texts")
SIMILAR_TEXT = 90.0  # rapidfuzz ratio above which two texts with the same URL/title are one article


class MergeError(CommandError):
    """A merge that cannot be done (e.g. a project into itself); nothing was changed."""


_ID_TAKEN = {
    "article": QT_TRANSLATE_NOOP(
        "merge_texts", "An article of the other project uses an id already taken here ({key}); it was left out."
    ),
    "claim": QT_TRANSLATE_NOOP(
        "merge_texts", "A claim of the other project uses an id already taken here ({key}); it was left out."
    ),
    "passage": QT_TRANSLATE_NOOP(
        "merge_texts", "A passage of the other project uses an id already taken here ({key}); it was left out."
    ),
}


def kind_of(entity: Entity) -> str:
    return {Article: "article", Claim: "claim", Passage: "passage"}[type(entity)]


def differing_fields(a: Entity, b: Entity) -> tuple[str, ...]:
    skip = {"modified", "modified_by", "imported_at", "created", "created_by"}
    return tuple(f for f in a.__slots__ if f not in skip and getattr(a, f) != getattr(b, f))


@dataclass
class Conflict:
    """The same entity changed (or deleted) on both sides. `theirs` is already mapped onto our
    articles; None on either side means that side deleted it."""

    kind: str
    id: str
    ours: Entity | None
    theirs: Entity | None
    reason: str
    default: str
    choice: str = ""
    fields: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.choice = self.choice or self.default

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def entity(self) -> Entity:
        """The entity in question: theirs, or ours where they deleted it."""
        entity = self.theirs or self.ours
        if entity is None:
            raise ValueError(f"conflict {self.key} has neither side")  # never planned so
        return entity


@dataclass
class PossibleDuplicate:
    """One of their new claims whose passages are largely ours under another claim."""

    ours: Claim
    theirs: Claim
    shared: int  # their passages that overlap one of ours on the same claim
    choice: str = KEEP_BOTH

    @property
    def key(self) -> str:
        return f"{self.ours.id}<-{self.theirs.id}"


@dataclass(frozen=True, slots=True)
class Reanchored:
    """A passage of theirs placed on our article text at a new position."""

    passage_id: str
    article_id: str
    old_start: int
    old_end: int
    old_quote: str
    start: int
    end: int
    quote: str
    exact: bool
    score: float

    @property
    def needs_review(self) -> bool:
        return not self.exact


@dataclass(frozen=True, slots=True)
class Orphan:
    """A passage of theirs that has no place in the merged project; listed, never silently lost."""

    passage: Passage
    reason: str


@dataclass
class MergePlan:
    ours: ProjectState = field(repr=False)
    theirs: ProjectState = field(repr=False)
    added: list[Entity] = field(default_factory=list)
    updated: list[tuple[Entity, Entity]] = field(default_factory=list)  # (ours, theirs)
    deleted: list[Entity] = field(default_factory=list)  # ours, deleted there
    kept_deleted: list[Entity] = field(default_factory=list)  # theirs, deleted here and untouched there
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    reanchored: list[Reanchored] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    article_map: dict[str, str] = field(default_factory=dict)  # their article id -> ours
    base_time: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.deleted or self.conflicts)

    def choose_all(self, side: str) -> None:
        """--ours / --theirs: settle every conflict one way."""
        if side not in (OURS, THEIRS):
            raise ValueError(f"choose {OURS!r} or {THEIRS!r}, not {side!r}")
        for conflict in self.conflicts:
            conflict.choice = side

    def conflict(self, key: str) -> Conflict:
        return next(c for c in self.conflicts if c.key == key)


# --- planning ------------------------------------------------------------------------------


def plan_merge(
    ours: ProjectState,
    theirs: ProjectState,
    our_tombstones: dict[str, Tombstone] | None = None,
    their_tombstones: dict[str, Tombstone] | None = None,
) -> MergePlan:
    our_tombs, their_tombs = our_tombstones or {}, their_tombstones or {}
    plan = MergePlan(ours, theirs)
    differing_text = _map_articles(plan)
    mapped_passages = _map_passages(plan, differing_text)
    plan.base_time = _base_time(plan, mapped_passages, our_tombs, their_tombs)
    planner = _Planner(plan, our_tombs, their_tombs)
    planner.articles()
    planner.entities("claim", ours.claims, theirs.claims)
    planner.entities("passage", ours.passages, mapped_passages)
    _find_duplicates(plan, mapped_passages)
    if theirs.articles and ours.articles and not plan.article_map:
        plan.notes.append(
            merge_texts.tr("The two projects share no articles: everything from the other project is added as new.")
        )
    if plan.is_empty and not plan.orphans:
        plan.notes.append(merge_texts.tr("Nothing to merge: this project already holds everything the other one has."))
    return plan


def _used_ids(state: ProjectState) -> set[str]:
    return set(state.articles) | set(state.claims) | set(state.passages)


def _map_articles(plan: MergePlan) -> dict[str, Article]:
    """Fill plan.article_map for their articles we already have; return those whose text differs
    slightly from ours (their id -> our article), whose passages must be re-anchored."""
    ours, differing = plan.ours, {}
    for article in plan.theirs.articles.values():
        same = ours.article_by_sha(article.sha256)
        if same is None:
            same = _similar_article(ours, article)
            if same is not None:
                differing[article.id] = same
        if same is not None:
            plan.article_map[article.id] = same.id
    for our_article in differing.values():
        plan.notes.append(
            merge_texts.tr(
                "“{title}” has a slightly different text in the other project; "
                "its passages were re-anchored on ours and are flagged for review.",
                title=our_article.title,
            )
        )
    return differing


def _similar_article(ours: ProjectState, article: Article) -> Article | None:
    """Same id, same URL or same title, and a text that is nearly the same."""
    candidates = [ours.articles[article.id]] if article.id in ours.articles else []
    candidates += [
        a
        for a in ours.articles.values()
        if (article.url and a.url == article.url) or a.title.casefold() == article.title.casefold()
    ]
    for candidate in candidates:
        if fuzz.ratio(candidate.text, article.text, score_cutoff=SIMILAR_TEXT):
            return candidate
    return None


def _map_passages(plan: MergePlan, differing: dict[str, Article]) -> dict[str, Passage]:
    """Their passages moved onto our article ids (and our text, where it differs). Passages that
    cannot be placed become orphans; articles they will add keep their ids unless taken."""
    ours, used = plan.ours, _used_ids(plan.ours)
    for article in plan.theirs.articles.values():
        if article.id not in plan.article_map and article.id in used:
            plan.article_map[article.id] = new_id()  # an id collision with a different entity
    out: dict[str, Passage] = {}
    budget = FuzzyBudget()  # one for the whole merge: a file cannot make it search for minutes
    for passage in plan.theirs.passages.values():
        their_article = plan.theirs.articles.get(passage.article_id)
        if their_article is None:
            plan.orphans.append(Orphan(passage, merge_texts.tr("its article is missing from the other project")))
            continue
        article_id = plan.article_map.get(passage.article_id, passage.article_id)
        mapped = replace(passage, article_id=article_id)
        text = ours.articles[article_id].text if article_id in ours.articles else their_article.text
        if passage.article_id in differing or text[passage.start : passage.end] != passage.quote:
            anchored = _reanchor(plan, mapped, text, budget)
            if anchored is None:
                why = budget.skipped or merge_texts.tr("its quote could not be found in the article text")
                plan.orphans.append(Orphan(passage, why))
                continue
            mapped = anchored
        out[mapped.id] = mapped
    return out


def _reanchor(plan: MergePlan, passage: Passage, text: str, budget: FuzzyBudget) -> Passage | None:
    anchor = anchor_quote(text, passage.quote, passage.prefix, passage.suffix, passage.start, budget=budget)
    if anchor is None:
        return None
    if (anchor.start, anchor.end) == (passage.start, passage.end) and anchor.exact:
        return passage
    context = quote_context(text, anchor.start, anchor.end)
    plan.reanchored.append(
        Reanchored(
            passage.id,
            passage.article_id,
            passage.start,
            passage.end,
            passage.quote,
            anchor.start,
            anchor.end,
            context.quote,
            anchor.exact,
            anchor.score,
        )
    )
    return replace(
        passage, start=anchor.start, end=anchor.end, quote=context.quote, prefix=context.prefix, suffix=context.suffix
    )


def _mapped_article(plan: MergePlan, article: Article) -> Article:
    """Their article as it would stand in our project: our id, our text and import time."""
    our_id = plan.article_map.get(article.id, article.id)
    mine = plan.ours.articles.get(our_id)
    if mine is None:
        return replace(article, id=our_id)
    return replace(
        mine,
        **{f: getattr(article, f) for f in ARTICLE_META},
        modified=article.modified,
        modified_by=article.modified_by,
    )


def _base_time(
    plan: MergePlan, passages: dict[str, Passage], our_tombs: dict[str, Tombstone], their_tombs: dict[str, Tombstone]
) -> str:
    """The estimated moment the two files parted: the newest change both still share."""
    stamps = [""]
    for article in plan.theirs.articles.values():
        mapped = _mapped_article(plan, article)
        if plan.ours.articles.get(mapped.id) == mapped:
            stamps.append(mapped.modified)
    for table, mine in ((plan.theirs.claims, plan.ours.claims), (passages, plan.ours.passages)):
        stamps.extend(e.modified for key, e in table.items() if mine.get(key) == e)
    stamps.extend(t.deleted for key, t in their_tombs.items() if our_tombs.get(key) == t)
    return max(stamps)


class _Planner:
    def __init__(self, plan: MergePlan, our_tombs: dict[str, Tombstone], their_tombs: dict[str, Tombstone]) -> None:
        self.plan, self.our_tombs, self.their_tombs = plan, our_tombs, their_tombs
        self.base = plan.base_time
        self.our_ids = _used_ids(plan.ours)

    def articles(self) -> None:
        plan = self.plan
        mapped = {}
        for article in plan.theirs.articles.values():
            mapped[plan.article_map.get(article.id, article.id)] = _mapped_article(plan, article)
        self.entities("article", plan.ours.articles, mapped)

    def _went_with_article(self, passage: Passage, tomb: Tombstone) -> bool:
        """Removing an article deletes its passages in the same transaction (same timestamp)."""
        article_tomb = self.their_tombs.get(passage.article_id)
        return article_tomb is not None and article_tomb.deleted == tomb.deleted

    def _last_change_here(self, entity: Entity) -> str:
        """An article counts as changed by new or edited passages of ours on it, too."""
        stamps = [entity.modified]
        if isinstance(entity, Article):
            stamps += [p.modified for p in self.plan.ours.passages_of_article(entity.id)]
        return max(stamps)

    def entities(self, kind: str, ours: Mapping[str, Entity], theirs: Mapping[str, Entity]) -> None:
        plan, base = self.plan, self.base
        for key, their in theirs.items():
            mine = ours.get(key)
            if mine is not None:
                if mine == their or (kind == "article" and not differing_fields(mine, their)):
                    continue
                theirs_changed, ours_changed = their.modified > base, mine.modified > base
                if theirs_changed and not ours_changed:
                    plan.updated.append((mine, their))
                elif ours_changed and not theirs_changed:
                    continue  # only we changed it: ours stands
                elif not ours_changed:
                    # Neither is newer than the last shared change (an older merge moved the
                    # estimate past both): no sign of concurrent edits, so the newer stands.
                    if their.modified > mine.modified:
                        plan.updated.append((mine, their))
                else:
                    newer = THEIRS if their.modified > mine.modified else OURS
                    plan.conflicts.append(
                        Conflict(
                            kind,
                            key,
                            mine,
                            their,
                            merge_texts.tr("changed on both sides"),
                            newer,
                            fields=differing_fields(mine, their),
                        )
                    )
            elif key in self.our_tombs:
                tomb = self.our_tombs[key]
                if their.modified > base:
                    newer = THEIRS if their.modified > tomb.deleted else OURS
                    plan.conflicts.append(
                        Conflict(kind, key, None, their, merge_texts.tr("deleted here, changed there"), newer)
                    )
                else:
                    plan.kept_deleted.append(their)
            elif key in self.our_ids:
                plan.notes.append(merge_texts.tr(_ID_TAKEN[kind], key=key))
            else:
                plan.added.append(their)
        for key, mine in ours.items():
            if key in theirs or key not in self.their_tombs:
                continue
            tomb = self.their_tombs[key]
            if isinstance(mine, Passage) and self._went_with_article(mine, tomb):
                continue  # stays or goes with its article (the article's decision)
            last = self._last_change_here(mine)
            if last > base:  # edited here after the split (or we cannot tell): ask
                newer = OURS if last > tomb.deleted else THEIRS
                plan.conflicts.append(
                    Conflict(kind, key, mine, None, merge_texts.tr("deleted there, changed here"), newer)
                )
            else:
                plan.deleted.append(mine)


def _overlap(a: Passage, b: Passage) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return a.article_id == b.article_id and shared * 2 >= min(a.end - a.start, b.end - b.start) > 0


def _find_duplicates(plan: MergePlan, passages: dict[str, Passage]) -> None:
    """Their new claims whose passages mostly overlap passages of one of our claims."""
    new_claims = [e for e in plan.added if isinstance(e, Claim)]
    for claim in new_claims:
        mine = [p for p in passages.values() if p.claim_id == claim.id]
        counts: dict[str, int] = {}
        for passage in mine:
            hits = {
                o.claim_id
                for o in plan.ours.passages_of_article(passage.article_id)
                if o.claim_id and o.claim_id != claim.id and _overlap(o, passage)
            }
            for claim_id in hits:
                counts[claim_id] = counts.get(claim_id, 0) + 1
        best = max(counts.items(), key=lambda kv: kv[1], default=None)
        if best is None:
            continue
        ours_claim = plan.ours.claims.get(best[0])
        smaller = min(len(mine), plan.ours.claim_passage_count(best[0]))
        if ours_claim is not None and best[1] >= max(1, math.ceil(smaller / 2)):
            plan.duplicates.append(PossibleDuplicate(ours_claim, claim, best[1]))
