"""Importing article files into a project: read every file first, then add the good ones as one
undo step and one transaction. Used by the CLI and the window alike.

Files succeed or fail one by one: a file that cannot be read is reported and the rest go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.commands import AddArticle, Compound
from desktop.core.dates import date_problem
from desktop.core.i18n import Context
from desktop.core.project import Project
from desktop.core.text import text_sha256
from desktop.formats.article_files import (
    expand_paths,
    read_article,
    read_text_stream,
)
from desktop.formats.candidate import ImportCandidate, SkippedPath
from desktop.formats.errors import ImportRefused
from desktop.formats.language import checked_language
from desktop.formats.plain_text import ReadOptions

import_texts = Context("import_texts")


@dataclass
class ImportOutcome:
    path: str
    status: str  # "imported", "skipped" or "failed"
    message: str = ""
    article_id: str = ""
    title: str = ""
    chars: int = 0
    warnings: list[str] = field(default_factory=list)
    language: str = ""
    outlet: str = ""
    encoding: str = ""
    extractor: str = ""


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def summary(self) -> str:
        return ", ".join(
            (
                import_texts.tr("%n imported", None, self.count("imported")),
                import_texts.tr("%n skipped", None, self.count("skipped")),
                import_texts.tr("%n failed", None, self.count("failed")),
            )
        )


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose for the whole import (CLI flags or the dialog)."""

    encoding: str | None = None  # force an encoding instead of detecting it
    language: str = ""  # override the detected or declared language of every file
    outlet: str = ""  # override the outlet of every file


def skipped_outcome(item: SkippedPath) -> ImportOutcome:
    return ImportOutcome(item.path, "failed" if item.failed else "skipped", item.reason)


def read_one(
    path: Path | str, options: ImportOptions | None = None, data: bytes | None = None
) -> ImportCandidate | ImportOutcome:
    """One file (or, with `data`, standard input / a paste) as a candidate, or its failure.
    Never raises for bad input: an unexpected error in a reader is that file's failure too."""
    options = options or ImportOptions()
    read_options = ReadOptions(encoding=options.encoding)
    try:
        if data is not None:
            candidate = read_text_stream(data, str(path), read_options)
        else:
            candidate = read_article(Path(path), read_options)
    except ImportRefused as error:
        return ImportOutcome(str(path), "failed", str(error))
    except (RecursionError, MemoryError):
        return ImportOutcome(str(path), "failed", import_texts.tr("too deeply nested or too large to read"))
    except Exception as error:  # a bug in a third-party extractor must not stop the other files
        detail = f"{type(error).__name__}: {error}"[:280]
        return ImportOutcome(str(path), "failed", import_texts.tr("could not be read ({detail})", detail=detail))
    if options.language:
        candidate.language = options.language
    if options.outlet:
        candidate.outlet = options.outlet
    return candidate


def read_candidates(
    paths: Iterable[Path],
    on_progress: Callable[[str], None] | None = None,
    options: ImportOptions | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[ImportCandidate], list[ImportOutcome]]:
    """Read every file; each succeeds or fails on its own. `cancelled` is polled between files."""
    candidates: list[ImportCandidate] = []
    problems: list[ImportOutcome] = []
    for item in expand_paths(paths):
        if cancelled is not None and cancelled():
            break
        if isinstance(item, SkippedPath):
            problems.append(skipped_outcome(item))
            continue
        if on_progress:
            on_progress(str(item))
        result = read_one(item, options)
        if isinstance(result, ImportCandidate):
            candidates.append(result)
        else:
            problems.append(result)
    return candidates, problems


def check_options(options: ImportOptions) -> ImportOptions:
    """Validated overrides, or ImportRefused with what is wrong."""
    from desktop.formats.encodings import codec_name

    if options.encoding and codec_name(options.encoding) is None:
        raise ImportRefused(
            import_texts.tr("unknown encoding {name} (try utf-8, cp1252, latin-1, utf-16)", name=repr(options.encoding))
        )
    language = checked_language(options.language) if options.language.strip() else ""
    return ImportOptions(options.encoding, language, " ".join(options.outlet.split()))


def add_candidates(
    project: Project, candidates: list[ImportCandidate], initiator: object | None = None
) -> ImportReport:
    """Add the candidates as one undo step; duplicates (same text) are skipped and reported."""
    report = ImportReport()
    commands: list[AddArticle] = []
    imported: list[ImportCandidate] = []
    seen: dict[str, str] = {}
    for candidate in candidates:
        sha = text_sha256(candidate.text)
        existing = project.state.article_by_sha(sha)
        if existing is not None or sha in seen:
            title = existing.title if existing is not None else seen[sha]
            report.outcomes.append(
                ImportOutcome(
                    candidate.path,
                    "skipped",
                    import_texts.tr("same text as “{title}”, already in the project", title=title),
                )
            )
            continue
        problem = date_problem(candidate.published, "published")
        if problem:  # edited in the review after reading: refused here, never stored
            report.outcomes.append(ImportOutcome(candidate.path, "failed", problem))
            continue
        seen[sha] = candidate.title
        command = AddArticle(
            title=candidate.title,
            text=candidate.text,
            outlet=candidate.outlet,
            url=candidate.url,
            language=candidate.language,
            published=candidate.published,
            author=candidate.author,
        )
        commands.append(command)
        imported.append(candidate)
        report.outcomes.append(
            ImportOutcome(
                candidate.path,
                "imported",
                article_id=command.article_id,
                title=candidate.title,
                chars=len(candidate.text),
                warnings=list(candidate.warnings),
                language=candidate.language,
                outlet=candidate.outlet,
                encoding=candidate.encoding,
                extractor=f"{candidate.extractor} {candidate.extractor_version}",
            )
        )
    if commands:
        label = import_texts.tr("Import %n article(s)", None, len(commands))
        with _sources_with_the_import(project, imported):
            project.run(Compound(commands, label=label), initiator=initiator)
    return report


def _sources_with_the_import(project: Project, candidates: list[ImportCandidate]) -> AbstractContextManager[object]:
    """Each file's original bytes (docs/architecture.md §6), written in the import's own
    transaction: one transaction per import (issue 19)."""
    return project.persistence.with_sources(
        [
            dict(
                sha256=text_sha256(c.text),
                original=c.original,
                filename=Path(c.path).name,
                media_type=c.media_type,
                encoding=c.encoding,
                extractor=c.extractor,
                extractor_version=c.extractor_version,
            )
            for c in candidates
        ]
    )


def import_paths(
    project: Project, paths: Iterable[Path], initiator: object | None = None, options: ImportOptions | None = None
) -> ImportReport:
    candidates, problems = read_candidates(paths, options=options)
    report = add_candidates(project, candidates, initiator)
    report.outcomes.extend(problems)
    return report
