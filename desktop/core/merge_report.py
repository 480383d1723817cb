"""The merge report: what a merge added, updated, deleted, conflicted and orphaned, as plain data
that renders as text (CLI, dialog) or JSON (export, --json)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal, NotRequired, TypedDict

from .i18n import QT_TRANSLATE_NOOP, Context, datetime_text
from .merge import KEEP_BOTH, MERGE, Conflict, kind_of
from .merge_resolve import Resolution
from .model import KIND_NAMES, Article, Claim, Entity, field_name, kind_name
from .state import ProjectState

report_texts = Context("report_texts")

# The names of a duplicate's choice, as the report's text shows them.
DUPLICATE_CHOICES = {
    KEEP_BOTH: QT_TRANSLATE_NOOP("report_texts", "keep both"),
    MERGE: QT_TRANSLATE_NOOP("report_texts", "merge"),
}


class ItemRow(TypedDict):
    """One entity the merge adds, updates, deletes or unlinks, as the report lists it."""

    kind: str
    id: str
    label: str
    created: str
    created_by: str
    modified: str
    modified_by: str
    fields: NotRequired[list[str]]  # updated rows: the fields that change


class SideRow(TypedDict):
    modified: str
    modified_by: str


class ConflictRow(ItemRow):
    reason: str
    choice: str
    default: str
    ours: SideRow | None
    theirs: SideRow | None


class ClaimRef(TypedDict):
    id: str
    statement: str


class DuplicateRow(TypedDict):
    ours: ClaimRef
    theirs: ClaimRef
    shared_passages: int
    choice: str


# The functional form, since "from" is a Python keyword.
ReanchoredRow = TypedDict(
    "ReanchoredRow",
    {
        "passage_id": str,
        "article_id": str,
        "exact": bool,
        "needs_review": bool,
        "score": float,
        "from": list[int],
        "to": list[int],
        "old_quote": str,
        "quote": str,
    },
)


class OrphanRow(TypedDict):
    passage_id: str
    quote: str
    reason: str
    article: str
    claim: str


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe(entity: Entity, state: ProjectState | None = None) -> str:
    """A one-line human label: an article's title, a claim's statement, a passage's quote."""
    if isinstance(entity, Article):
        return _short(entity.title, 80)
    if isinstance(entity, Claim):
        return _short(entity.statement, 80)
    if state is not None and entity.article_id in state.articles:
        title = _short(state.articles[entity.article_id].title, 40)
        return report_texts.tr("“{quote}” in “{title}”", quote=_short(entity.quote, 60), title=title)
    return f"“{_short(entity.quote, 60)}”"


def _item(entity: Entity, state: ProjectState) -> ItemRow:
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
    shown = datetime_text(time) if time else report_texts.tr("unknown time")
    return report_texts.tr("{when} by {who}", when=shown, who=who) if who else shown


def choice_text(choice: str, default: str) -> str:
    """How a conflict is settled, in one plain phrase."""
    if choice == "ours":
        if choice == default:
            return report_texts.tr("keeping my version (the newer edit)")
        return report_texts.tr("keeping my version, chosen over the newer edit")
    if choice == default:
        return report_texts.tr("keeping their version (the newer edit)")
    return report_texts.tr("keeping their version, chosen over the newer edit")


def _side(entity: Entity | None) -> SideRow | None:
    if entity is None:
        return None
    return {"modified": entity.modified, "modified_by": entity.modified_by}


@dataclass
class MergeReport:
    source: str
    applied: bool
    added: list[ItemRow] = field(default_factory=list)
    updated: list[ItemRow] = field(default_factory=list)
    deleted: list[ItemRow] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    possible_duplicates: list[DuplicateRow] = field(default_factory=list)
    reanchored: list[ReanchoredRow] = field(default_factory=list)
    orphans: list[OrphanRow] = field(default_factory=list)
    unlinked: list[ItemRow] = field(default_factory=list)
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
        in_conflict = {c.entity.id for c in plan.conflicts}
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
    def counts_text(self) -> str:
        """ "3 added, 1 updated, ... 0 orphaned": what the merge does, in numbers."""
        c = self.counts
        return ", ".join(
            (
                report_texts.tr("%n added", None, c["added"]),
                report_texts.tr("%n updated", None, c["updated"]),
                report_texts.tr("%n deleted", None, c["deleted"]),
                report_texts.tr("%n conflicts", None, c["conflicts"]),
                report_texts.tr("%n possible duplicates", None, c["possible_duplicates"]),
                report_texts.tr("%n re-anchored", None, c["reanchored"]),
                report_texts.tr("%n orphaned", None, c["orphans"]),
            )
        )

    @property
    def summary(self) -> str:
        if self.applied:
            return report_texts.tr("merged: {counts}", counts=self.counts_text)
        return report_texts.tr("would merge: {counts}", counts=self.counts_text)

    def to_dict(self) -> dict[str, object]:
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
        lines = [
            report_texts.tr("Merge from {source}", source=self.source) if self.source else report_texts.tr("Merge"),
            self.summary,
        ]
        lines += [report_texts.tr("note: {note}", note=n) for n in self.notes]
        width = max(8, *(len(kind_name(k)) for k in KIND_NAMES))
        sections: tuple[tuple[str, list[ItemRow], Literal["created_by", "modified_by"]], ...] = (
            (report_texts.tr("Added:"), self.added, "created_by"),
            (report_texts.tr("Updated:"), self.updated, "modified_by"),
            (report_texts.tr("Deleted (deleted there):"), self.deleted, "modified_by"),
        )
        for title, items, by_key in sections:
            if items:
                lines.append(title)
                for i in items:
                    by = report_texts.tr("  (by {author})", author=i[by_key]) if i[by_key] else ""
                    lines.append(f"  {kind_name(i['kind']):<{width}} {i['id'][:8]}  {i['label']}{by}")
        if self.conflicts:
            lines.append(report_texts.tr("Conflicts (changed on both sides; the chosen side is kept):"))
            for c in self.conflicts:
                fields = f" [{', '.join(field_name(f) for f in c['fields'])}]" if c["fields"] else ""
                lines.append(
                    f"  {kind_name(c['kind']):<{width}} {c['id'][:8]}  {c['label']}: {c['reason']}{fields}; "
                    f"{choice_text(c['choice'], c['default'])}"
                )
        if self.possible_duplicates:
            lines.append(report_texts.tr("Possibly the same claim:"))
            lines += [
                "  "
                + report_texts.tr(
                    "“{theirs}” ~ “{ours}” (%n shared passages): {choice}",
                    None,
                    d["shared_passages"],
                    theirs=_short(d["theirs"]["statement"], 50),
                    ours=_short(d["ours"]["statement"], 50),
                    choice=report_texts.tr(DUPLICATE_CHOICES.get(d["choice"], d["choice"])),
                )
                for d in self.possible_duplicates
            ]
        if self.reanchored:
            lines.append(report_texts.tr("Re-anchored passages:"))
            review = report_texts.tr("  NEEDS REVIEW")
            lines += [
                f"  {r['passage_id'][:8]}  {r['from'][0]}-{r['from'][1]} -> {r['to'][0]}-{r['to'][1]}"
                f"{review if r['needs_review'] else ''}  “{_short(r['quote'], 50)}”"
                for r in self.reanchored
            ]
        if self.orphans:
            lines.append(report_texts.tr("Orphaned passages (not merged; kept in this report):"))
            lines += [f"  {o['passage_id'][:8]}  “{_short(o['quote'], 60)}” ({o['reason']})" for o in self.orphans]
        if self.unlinked:
            lines.append(report_texts.tr("Passages unlinked because their claim was deleted:"))
            lines += [f"  {u['id'][:8]}  {u['label']}" for u in self.unlinked]
        return "\n".join(lines) + "\n"


def _fields(before: Entity, after: Entity) -> list[str]:
    from .merge import differing_fields

    return list(differing_fields(before, after))


def _conflict(conflict: Conflict, state: ProjectState) -> ConflictRow:
    return {
        **_item(conflict.entity, state),
        "reason": conflict.reason,
        "fields": list(conflict.fields),
        "choice": conflict.choice,
        "default": conflict.default,
        "ours": _side(conflict.ours),
        "theirs": _side(conflict.theirs),
    }
