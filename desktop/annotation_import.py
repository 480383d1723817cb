"""Importing annotation files into a project (CLI and window alike): W3C Web Annotations (ours,
Hypothesis's) and UIMA CAS XMI (ours, or INCEpTION's export of it).

Everything is read, checked and anchored first; then all claims and passages go in as one
`PutEntities` command: one undo step, one transaction. Any problem in the file, or any orphan
(unless the caller accepts leaving orphans out), stores nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from desktop.core.commands import CommandError, PutEntities
from desktop.core.files import SpecialFileError, read_regular
from desktop.core.i18n import Context
from desktop.core.model import Claim, Passage, now_iso
from desktop.core.project import Project
from desktop.formats.json_types import JsonObject
from desktop.formats.w3c_import import ImportPlan, Orphan, Placed, plan_import
from desktop.formats.w3c_read import MAX_FILE_BYTES, AnnotationFileError, parse_document, too_big
from desktop.formats.xmi import looks_like_xmi

annotation_texts = Context("annotation_texts")


@dataclass
class AnnotationImportReport:
    path: str
    stored: bool = False
    message: str = ""  # why nothing was stored, or a one-line summary
    annotations: int = 0
    claims: int = 0
    passages: int = 0
    matched: list[Placed] = field(default_factory=list)
    reanchored: list[Placed] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # page notes, replies, and items left out

    def as_json(self) -> JsonObject:
        def placed(p: Placed) -> JsonObject:
            return {
                "passage_id": p.passage_id,
                "article_id": p.article_id,
                "article": p.article_title,
                "start": p.start,
                "end": p.end,
                "old_start": p.old_start,
                "exact": p.exact,
                "quote": p.quote,
            }

        return {
            "file": self.path,
            "stored": self.stored,
            "message": self.message,
            "annotations": self.annotations,
            "claims": self.claims,
            "passages": self.passages,
            "matched": len(self.matched),
            "reanchored": [placed(p) for p in self.reanchored],
            "orphans": [o.__dict__ for o in self.orphans],
            "problems": self.problems,
            "skipped": self.skipped,
        }


def read_plan(project: Project, path: Path | str, exact_only: bool = False, skip_invalid: bool = False) -> ImportPlan:
    """Read and anchor a file against the project without changing anything."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:  # refuse before reading a byte of it
        raise AnnotationFileError(too_big(size))
    try:
        data = read_regular(path, MAX_FILE_BYTES)  # a FIFO would block for ever (issue 19)
    except SpecialFileError as error:
        raise AnnotationFileError(
            annotation_texts.tr("it is {kind}, not an annotation file", kind=error.kind)
        ) from None
    if looks_like_xmi(data):
        return _xmi_plan(project, data, exact_only, skip_invalid)
    return plan_import(parse_document(data), project.state, exact_only=exact_only, skip_invalid=skip_invalid)


def _xmi_plan(project: Project, data: bytes, exact_only: bool, skip_invalid: bool) -> ImportPlan:
    """UIMA CAS XMI (our export, or INCEpTION's export of it) read as our annotations."""
    from desktop.formats.xmi import XmiError, annotations_from_xmi, load_documents

    try:
        annotations = annotations_from_xmi(load_documents(data), project.state)
    except XmiError as error:
        raise AnnotationFileError(str(error)) from None
    if not annotations:
        raise AnnotationFileError(
            annotation_texts.tr(
                "the XMI holds no CrosscheckPassage annotations (in INCEpTION, import TypeSystem.xml as a layer first)"
            )
        )
    plan = plan_import(annotations, project.state, exact_only=exact_only, skip_invalid=skip_invalid)
    # The XMI keeps no times: what it changed is a change made now, by whoever imports it.
    now = now_iso()
    known: dict[str, Claim | Passage] = {**project.state.claims, **project.state.passages}
    plan.claims = [_restamped(c, known.get(c.id), now, project.author) for c in plan.claims]
    plan.passages = [_restamped(p, known.get(p.id), now, project.author) for p in plan.passages]
    return plan


_Restamped = TypeVar("_Restamped", Claim, Passage)


def _restamped(entity: _Restamped, existing: Claim | Passage | None, now: str, author: str) -> _Restamped:
    if existing is None:
        return replace(entity, created=now, modified=now, created_by=author, modified_by=author)
    if entity == existing:
        return entity
    return replace(entity, modified=now, modified_by=author)


def import_annotations(
    project: Project,
    path: Path | str,
    *,
    skip_orphans: bool = False,
    exact_only: bool = False,
    skip_invalid: bool = False,
    initiator: object | None = None,
) -> AnnotationImportReport:
    """Import one file. Returns a report; `report.stored` says whether anything went in. Page
    notes and replies are skipped and listed; with `skip_invalid` so is every annotation that
    has a problem, and the good ones go in."""
    report = AnnotationImportReport(str(path))
    try:
        plan = read_plan(project, path, exact_only, skip_invalid)
    except AnnotationFileError as error:
        report.message = str(error)
        return report
    report.annotations = plan.annotations
    report.claims, report.passages = len(plan.claims), len(plan.passages)
    report.matched, report.reanchored = plan.matched, plan.reanchored
    report.orphans, report.problems, report.skipped = plan.orphans, plan.problems, plan.skipped
    if plan.problems and not skip_invalid:
        report.message = annotation_texts.tr(
            "the file has %n problem(s); nothing was imported. "
            "Fix them, or import the good annotations and leave these out",
            None,
            len(plan.problems),
        )
        return report
    if plan.orphans and not skip_orphans:
        report.message = annotation_texts.tr(
            "%n passage(s) could not be anchored (orphans); nothing was imported. "
            "Fix the articles, or import the rest and leave the orphans out",
            None,
            len(plan.orphans),
        )
        return report
    if not plan.entities:
        report.message = annotation_texts.tr("nothing to import")
        if plan.skipped:
            report.message = annotation_texts.tr("nothing to import (%n skipped, listed)", None, len(plan.skipped))
        return report
    label = annotation_texts.tr("Import annotations from {name}", name=Path(path).name)
    try:
        changes = project.run(PutEntities(plan.entities, label=label), initiator=initiator)
    except CommandError as error:
        report.problems.append(str(error))
        report.message = annotation_texts.tr("the annotations do not fit this project; nothing was imported")
        return report
    report.stored = True
    skipped = annotation_texts.tr("; %n skipped (listed)", None, len(plan.skipped)) if plan.skipped else ""
    report.message = annotation_texts.tr(
        "{claims} and {passages} imported (%n change(s)){skipped}",
        None,
        len(changes.entity_changes),
        claims=annotation_texts.tr("%n claim(s)", None, report.claims),
        passages=annotation_texts.tr("%n passage(s)", None, report.passages),
        skipped=skipped,
    )
    return report
