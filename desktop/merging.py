"""Merging a colleague's project file into the open project: read theirs as an untrusted private
copy, plan (core/merge.py), let the caller review the choices, then apply as ONE command, so the
merge is one undo step and one transaction; a failure or a kill leaves the project as it was.
Used by `crosscheck merge` and by the window's "Merge from project…"."""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.core.merge import MergeError, MergePlan, merge_texts, plan_merge
from desktop.core.merge_report import MergeReport
from desktop.core.merge_resolve import resolve_merge
from desktop.core.project import Project
from desktop.store.migrations import FLAGGED_DATES_KEY
from desktop.store.shared import untrusted_snapshot


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def plan_from_file(project: Project, other: Path | str) -> MergePlan:
    """The merge plan for `other` into `project`. Raises MergeError or a StoreError; reads only."""
    other = Path(other)
    ours_path = project.persistence.path
    if ours_path is not None and other.exists() and _same_file(ours_path, other):
        raise MergeError(
            merge_texts.tr("{path}: cannot merge a project into itself; choose a colleague's copy", path=other)
        )
    our_tombstones = project.persistence.tombstones()
    with untrusted_snapshot(other) as (state, their_tombstones, meta):
        plan = plan_merge(project.state, state, our_tombstones, their_tombstones)
    plan.notes += [_flag_note(flag) for flag in _flags(meta)]
    return plan


def _flags(meta: dict[str, str]) -> list[dict[str, object]]:
    try:
        flags = json.loads(meta.get(FLAGGED_DATES_KEY, "[]"))
    except ValueError:
        return []
    return [f for f in flags if isinstance(f, dict)] if isinstance(flags, list) else []


def _flag_note(flag: dict[str, object]) -> str:
    return merge_texts.tr(
        "“{title}” in the other project had the published date {value}, which is not a valid ISO 8601 date; it was left out",
        title=flag.get("title", ""),
        value=repr(flag.get("value", "")),
    )


def apply_plan(project: Project, plan: MergePlan, source: str = "", initiator: object | None = None) -> MergeReport:
    """Apply the plan with its current choices as one undo step; returns the report."""
    resolution = resolve_merge(plan, author=project.author)
    report = MergeReport.build(resolution, source=source)  # before: the plan reads the live state
    if resolution.entities or resolution.delete_ids:
        label = (
            merge_texts.tr("Merge from {name}", name=Path(source).name) if source else merge_texts.tr("Merge project")
        )
        project.run(resolution.command(label=label), initiator=initiator)
    report.applied = True
    return report


def preview(plan: MergePlan, source: str = "") -> MergeReport:
    return MergeReport.build(resolve_merge(plan), source=source, applied=False)
