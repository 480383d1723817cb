"""Importing article files into a project: read every file first, then add the good ones as one
undo step and one transaction. Used by the CLI and the window alike.

Files succeed or fail one by one: a file that cannot be read is reported and the rest go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.commands import AddArticle, Compound
from desktop.core.project import Project
from desktop.core.text import text_sha256
from desktop.formats.article_files import (
    ImportCandidate,
    ImportRefused,
    SkippedPath,
    expand_paths,
    read_article,
)


@dataclass
class ImportOutcome:
    path: str
    status: str  # "imported", "skipped" or "failed"
    message: str = ""
    article_id: str = ""
    title: str = ""
    chars: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def summary(self) -> str:
        return f"{self.count('imported')} imported, {self.count('skipped')} skipped, {self.count('failed')} failed"


def read_candidates(paths: Iterable[Path], on_progress: Callable[[str], None] | None = None
                    ) -> tuple[list[ImportCandidate], list[ImportOutcome]]:
    candidates: list[ImportCandidate] = []
    problems: list[ImportOutcome] = []
    for item in expand_paths(paths):
        if isinstance(item, SkippedPath):
            status = "failed" if item.reason.startswith("no such") else "skipped"
            problems.append(ImportOutcome(item.path, status, item.reason))
            continue
        if on_progress:
            on_progress(str(item))
        try:
            candidates.append(read_article(item))
        except ImportRefused as error:
            problems.append(ImportOutcome(str(item), "failed", str(error)))
    return candidates, problems


def add_candidates(project: Project, candidates: list[ImportCandidate], initiator: object | None = None) -> ImportReport:
    """Add the candidates as one undo step; duplicates (same text) are skipped and reported."""
    report = ImportReport()
    commands: list[AddArticle] = []
    seen: dict[str, str] = {}
    for candidate in candidates:
        sha = text_sha256(candidate.text)
        existing = project.state.article_by_sha(sha)
        if existing is not None or sha in seen:
            title = existing.title if existing is not None else seen[sha]
            report.outcomes.append(ImportOutcome(candidate.path, "skipped", f"same text as “{title}”, already in the project"))
            continue
        seen[sha] = candidate.title
        command = AddArticle(
            title=candidate.title, text=candidate.text, outlet=candidate.outlet, url=candidate.url,
            language=candidate.language, published=candidate.published, author=candidate.author,
        )
        commands.append(command)
        report.outcomes.append(ImportOutcome(
            candidate.path, "imported", article_id=command.article_id, title=candidate.title,
            chars=len(candidate.text), warnings=list(candidate.warnings),
        ))
    if commands:
        _store_sources(project, candidates)
        label = "Import article" if len(commands) == 1 else f"Import {len(commands)} articles"
        project.run(Compound(commands, label=label), initiator=initiator)
    return report


def _store_sources(project: Project, candidates: list[ImportCandidate]) -> None:
    """Keep each file's original bytes (DESIGN.md section 6), when the persistence can."""
    store = getattr(project.persistence, "store_sources", None)
    if store is None:
        return
    store([
        dict(sha256=text_sha256(c.text), original=c.original, filename=Path(c.path).name,
             media_type=c.media_type, encoding=c.encoding, extractor=c.extractor,
             extractor_version=c.extractor_version)
        for c in candidates
    ])


def import_paths(project: Project, paths: Iterable[Path], initiator: object | None = None) -> ImportReport:
    candidates, problems = read_candidates(paths)
    report = add_candidates(project, candidates, initiator)
    report.outcomes.extend(problems)
    return report
