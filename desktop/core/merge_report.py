"""The merge report: what a merge added, updated, deleted, conflicted and orphaned, as plain data
that renders as text (CLI, dialog) or JSON (export, --json)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .merge import Conflict, kind_of
from .merge_resolve import Resolution
from .model import Article, Claim, Entity
from .state import ProjectState


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe(entity: Entity, state: ProjectState | None = None) -> str:
    """A one-line human label: an article's title, a claim's statement, a passage's quote."""
    if isinstance(entity, Article):
        return _short(entity.title, 80)
    if isinstance(entity, Claim):
        return _short(entity.statement, 80)
    where = ""
    if state is not None and entity.article_id in state.articles:
        where = f" in “{_short(state.articles[entity.article_id].title, 40)}”"
    return f"“{_short(entity.quote, 60)}”{where}"


def _item(entity: Entity, state: ProjectState) -> dict:
    return {
        "kind": kind_of(entity),
        "id": entity.id,
        "label": describe(entity, state),
        "created": entity.imported_at if isinstance(entity, Article) else entity.created,
        "created_by": entity.created_by,
        "modified": entity.modified,
        "modified_by": entity.modified_by,
    }


def when_and_who(time: str, who: str) -> str:
    """ "2021-12-30 18:02:41 UTC by Maria": seconds shown, so two edits a minute apart differ."""
    shown = f"{time[:19].replace('T', ' ')} UTC" if time else "unknown time"
    return f"{shown} by {who}" if who else shown


SIDE_NAMES = {"ours": "mine", "theirs": "theirs"}


def choice_text(choice: str, default: str) -> str:
    """How a conflict is settled, in one plain phrase."""
    side = "my version" if choice == "ours" else "their version"
    if choice == default:
        return f"keeping {side} (the newer edit)"
    return f"keeping {side}, chosen over the newer edit"


def _side(entity: Entity | None) -> dict | None:
    if entity is None:
        return None
    return {"modified": entity.modified, "modified_by": entity.modified_by}


@dataclass
class MergeReport:
    source: str
    applied: bool
    added: list[dict] = field(default_factory=list)
    updated: list[dict] = field(default_factory=list)
    deleted: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    possible_duplicates: list[dict] = field(default_factory=list)
    reanchored: list[dict] = field(default_factory=list)
    orphans: list[dict] = field(default_factory=list)
    unlinked: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, resolution: Resolution, source: str = "", applied: bool = False) -> MergeReport:
        plan = resolution.plan
        ours, theirs = plan.ours, plan.theirs
        # Labels of their entities need their articles too (a new article's passages).
        merged = ProjectState(
            list(theirs.articles.values()) + [a for a in ours.articles.values() if a.id not in theirs.articles]
        )
        report = cls(source=source, applied=applied, notes=list(plan.notes))
        # What the resolution does (choices included), not what the plan proposed. An entity in
        # conflict is reported once, as a conflict with its choice, never also as updated.
        in_conflict = {(c.theirs or c.ours).id for c in plan.conflicts}  # type: ignore[union-attr]
        for entity in resolution.entities:
            if entity.id in in_conflict:
                continue
            before = ours.current(entity)
            if before is None:
                report.added.append(_item(entity, merged))
            else:
                report.updated.append({**_item(entity, merged), "fields": _fields(before, entity)})
        tables = (ours.passages, ours.claims, ours.articles)
        report.deleted = [
            _item(t[i], ours) for i in resolution.delete_ids if i not in in_conflict for t in tables if i in t
        ]
        report.conflicts = [_conflict(c, merged) for c in plan.conflicts]
        report.possible_duplicates = [
            {
                "ours": {"id": d.ours.id, "statement": d.ours.statement},
                "theirs": {"id": d.theirs.id, "statement": d.theirs.statement},
                "shared_passages": d.shared,
                "choice": d.choice,
            }
            for d in plan.duplicates
        ]
        report.reanchored = [
            {
                "passage_id": r.passage_id,
                "article_id": r.article_id,
                "exact": r.exact,
                "needs_review": r.needs_review,
                "score": round(r.score, 3),
                "from": [r.old_start, r.old_end],
                "to": [r.start, r.end],
                "old_quote": r.old_quote,
                "quote": r.quote,
            }
            for r in plan.reanchored
        ]
        report.orphans = [
            {
                "passage_id": o.passage.id,
                "quote": o.passage.quote,
                "reason": o.reason,
                "article": theirs.articles[o.passage.article_id].title
                if o.passage.article_id in theirs.articles
                else "",
                "claim": theirs.claims[o.passage.claim_id].statement if o.passage.claim_id in theirs.claims else "",
            }
            for o in resolution.orphans
        ]
        report.unlinked = [_item(p, merged) for p in resolution.unlinked]
        return report

    @property
    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in (
                "added",
                "updated",
                "deleted",
                "conflicts",
                "possible_duplicates",
                "reanchored",
                "orphans",
                "unlinked",
            )
        }

    @property
    def summary(self) -> str:
        c = self.counts
        verb = "merged" if self.applied else "would merge"
        return (
            f"{verb}: {c['added']} added, {c['updated']} updated, {c['deleted']} deleted, "
            f"{c['conflicts']} conflicts, {c['possible_duplicates']} possible duplicates, "
            f"{c['reanchored']} re-anchored, {c['orphans']} orphaned"
        )

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "applied": self.applied,
            "summary": self.counts,
            "notes": self.notes,
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "possible_duplicates": self.possible_duplicates,
            "reanchored": self.reanchored,
            "orphans": self.orphans,
            "unlinked": self.unlinked,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_text(self) -> str:
        lines = [f"Merge from {self.source}" if self.source else "Merge", self.summary]
        lines += [f"note: {n}" for n in self.notes]
        for title, items in (
            ("Added", self.added),
            ("Updated", self.updated),
            ("Deleted (deleted there)", self.deleted),
        ):
            if items:
                lines.append(f"{title}:")
                for i in items:
                    by = i["created_by"] if title == "Added" else i["modified_by"]
                    lines.append(f"  {i['kind']:<8} {i['id'][:8]}  {i['label']}" + (f"  (by {by})" if by else ""))
        if self.conflicts:
            lines.append("Conflicts (changed on both sides; the chosen side is kept):")
            for c in self.conflicts:
                fields = f" [{', '.join(c['fields'])}]" if c["fields"] else ""
                lines.append(
                    f"  {c['kind']:<8} {c['id'][:8]}  {c['label']}: {c['reason']}{fields}; "
                    f"{choice_text(c['choice'], c['default'])}"
                )
        if self.possible_duplicates:
            lines.append("Possibly the same claim:")
            lines += [
                f"  “{_short(d['theirs']['statement'], 50)}” ~ “{_short(d['ours']['statement'], 50)}” "
                f"({d['shared_passages']} shared passages): {d['choice']}"
                for d in self.possible_duplicates
            ]
        if self.reanchored:
            lines.append("Re-anchored passages:")
            lines += [
                f"  {r['passage_id'][:8]}  {r['from'][0]}-{r['from'][1]} -> {r['to'][0]}-{r['to'][1]}"
                f"{'  NEEDS REVIEW' if r['needs_review'] else ''}  “{_short(r['quote'], 50)}”"
                for r in self.reanchored
            ]
        if self.orphans:
            lines.append("Orphaned passages (not merged; kept in this report):")
            lines += [f"  {o['passage_id'][:8]}  “{_short(o['quote'], 60)}” ({o['reason']})" for o in self.orphans]
        if self.unlinked:
            lines.append("Passages unlinked because their claim was deleted:")
            lines += [f"  {u['id'][:8]}  {u['label']}" for u in self.unlinked]
        return "\n".join(lines) + "\n"


def _fields(before: Entity, after: Entity) -> list[str]:
    from .merge import differing_fields

    return list(differing_fields(before, after))


def _conflict(conflict: Conflict, state: ProjectState) -> dict:
    entity = conflict.theirs or conflict.ours
    return {
        **_item(entity, state),
        "reason": conflict.reason,
        "fields": list(conflict.fields),
        "choice": conflict.choice,
        "default": conflict.default,
        "ours": _side(conflict.ours),
        "theirs": _side(conflict.theirs),
    }
