"""Exporting a project, or part of it, to a file: the one entry point for the CLI and the window.

`export_selection()` needs only a `Selection` (an immutable snapshot), so the window can take the
snapshot on the GUI thread and write in a worker. Files are written atomically; a progress
callback may raise `ExportCancelled` to stop, and then nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.export_scope import Scope, Selection, select
from desktop.core.i18n import QT_TRANSLATE_NOOP, Context
from desktop.core.persistence import Persistence
from desktop.core.project import Project
from desktop.formats.atomic import ExportCancelled, atomic_write, check_replaceable
from desktop.formats.claimreview import (
    DEFAULT_REVIEW_LANGUAGE,
    SETTING_PUBLISHER_NAME,
    SETTING_PUBLISHER_URL,
    SETTING_REVIEW_LANGUAGE,
    SETTING_REVIEW_URL,
    ClaimReviewError,
    Publisher,
)
from desktop.formats.errors import OutputRefused

__all__ = [
    "FORMATS",
    "ExportCancelled",
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "check_export_target",
    "export_project",
    "export_selection",
    "publisher_from_settings",
    "save_publisher_settings",
]

Progress = Callable[[int, int], None]
export_texts = Context("export_texts")


class ExportError(ValueError):
    """The export cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str  # marked for translation; `shown_label` is the user's language
    suffix: str
    description: str

    @property
    def shown_label(self) -> str:
        return export_texts.tr(self.label)

    @property
    def shown_description(self) -> str:
        return export_texts.tr(self.description)

    @property
    def needs_publisher(self) -> bool:
        """ClaimReview formats need the publisher and the fact-check page URL."""
        return self.key.startswith("claimreview")


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat(
            "w3c",
            QT_TRANSLATE_NOOP("export_texts", "W3C Web Annotation (JSON-LD)"),
            ".jsonld",
            QT_TRANSLATE_NOOP(
                "export_texts",
                "Lossless: claims, passages, verdicts, stances and notes; other annotation tools read it.",
            ),
        ),
        ExportFormat(
            "claimreview",
            QT_TRANSLATE_NOOP("export_texts", "schema.org ClaimReview (JSON-LD)"),
            ".jsonld",
            QT_TRANSLATE_NOOP(
                "export_texts",
                "What fact-checkers publish: one ClaimReview per claim with a verdict (export one claim for its page).",
            ),
        ),
        ExportFormat(
            "claimreview-html",
            QT_TRANSLATE_NOOP("export_texts", "ClaimReview snippets to paste (HTML)"),
            ".html",
            QT_TRANSLATE_NOOP(
                "export_texts", "Per claim with a verdict, the <script> element to paste into its fact-check article."
            ),
        ),
        ExportFormat(
            "csv",
            QT_TRANSLATE_NOOP("export_texts", "CSV spreadsheet"),
            ".csv",
            QT_TRANSLATE_NOOP("export_texts", "One row per passage; UTF-8 with BOM for spreadsheets."),
        ),
        ExportFormat(
            "brat",
            QT_TRANSLATE_NOOP("export_texts", "brat standoff (zip)"),
            ".zip",
            QT_TRANSLATE_NOOP("export_texts", "Text and .ann files per article, for corpus and ML tools."),
        ),
        ExportFormat(
            "brat-inception",
            QT_TRANSLATE_NOOP("export_texts", "brat for INCEpTION (zip)"),
            ".zip",
            QT_TRANSLATE_NOOP(
                "export_texts",
                "One flat zip per article for INCEpTION's brat import; the claim and notes as attributes.",
            ),
        ),
        ExportFormat(
            "xmi",
            QT_TRANSLATE_NOOP("export_texts", "UIMA CAS XMI for INCEpTION (zip)"),
            ".zip",
            QT_TRANSLATE_NOOP(
                "export_texts",
                "One XMI per article and the type system of a CrosscheckPassage layer, for INCEpTION and UIMA tools.",
            ),
        ),
        ExportFormat(
            "html",
            QT_TRANSLATE_NOOP("export_texts", "HTML report"),
            ".html",
            QT_TRANSLATE_NOOP(
                "export_texts", "A self-contained page for an editor: claims, verdicts, highlighted sources."
            ),
        ),
    )
}


@dataclass(frozen=True)
class ExportOptions:
    publisher: Publisher = Publisher()
    title: str = ""  # report title / collection label; a default is derived from the file name
    raw: bool = False  # CSV and claims.tsv: cells as stored, without the spreadsheet formula guard


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    items: int  # annotations, reviews, rows, documents or passages, by format
    claims: int
    passages: int
    articles: int
    warnings: tuple[str, ...] = ()  # what to fix before publishing; the file was written

    @property
    def summary(self) -> str:
        if self.format.startswith("claimreview"):
            # One per claim with a verdict: say so, or "9 ClaimReviews (10 claims)" reads as a slip.
            left_out = self.claims - self.items
            without = export_texts.tr("; %n claim(s) without a verdict left out", None, left_out) if left_out else ""
            return export_texts.tr(
                "exported {items}, one per claim with a verdict{without}, to {path}",
                items=UNITS[self.format](self.items),
                without=without,
                path=self.path,
            )
        return export_texts.tr(
            "exported {items} ({claims}, {passages}, {articles}) to {path}",
            items=UNITS[self.format](self.items),
            claims=export_texts.tr("%n claims", None, self.claims),
            passages=export_texts.tr("%n passages", None, self.passages),
            articles=export_texts.tr("%n articles", None, self.articles),
            path=self.path,
        )


# What an export's count counts, by format: "3 rows".
UNITS: dict[str, Callable[[int], str]] = {
    "w3c": lambda n: export_texts.tr("%n annotation(s)", None, n),
    "claimreview": lambda n: export_texts.tr("%n ClaimReview(s)", None, n),
    "claimreview-html": lambda n: export_texts.tr("%n ClaimReview snippet(s)", None, n),
    "csv": lambda n: export_texts.tr("%n row(s)", None, n),
    "brat": lambda n: export_texts.tr("%n document(s)", None, n),
    "brat-inception": lambda n: export_texts.tr("%n document(s)", None, n),
    "xmi": lambda n: export_texts.tr("%n document(s)", None, n),
    "html": lambda n: export_texts.tr("%n passage(s)", None, n),
}


def publisher_from_settings(
    persistence: Persistence,
    name: str | None = None,
    url: str | None = None,
    review_url: str | None = None,
    language: str | None = None,
) -> Publisher:
    """Values given win; the rest come from the project settings."""

    def pick(given: str | None, key: str) -> str:
        if given is not None and given.strip():
            return given.strip()
        return persistence.setting(key)

    return Publisher(
        pick(name, SETTING_PUBLISHER_NAME),
        pick(url, SETTING_PUBLISHER_URL),
        pick(review_url, SETTING_REVIEW_URL),
        pick(language, SETTING_REVIEW_LANGUAGE) or DEFAULT_REVIEW_LANGUAGE,
    )


def save_publisher_settings(persistence: Persistence, publisher: Publisher) -> None:
    """Remember the ClaimReview publisher in the project settings (not an undoable change)."""
    for key, value in (
        (SETTING_PUBLISHER_NAME, publisher.name),
        (SETTING_PUBLISHER_URL, publisher.url),
        (SETTING_REVIEW_URL, publisher.review_url),
        (SETTING_REVIEW_LANGUAGE, publisher.language),
    ):
        persistence.set_setting(key, value)


def check_export_target(target: Path | str) -> Path:
    """The file an export may be written to, or ExportError saying why not: the CLI and the
    window's export dialog both ask this before writing (never the project, a FIFO, a device)."""
    try:
        return check_replaceable(target)
    except OutputRefused as error:
        raise ExportError(str(error)) from None


def export_selection(
    selection: Selection,
    fmt: str,
    target: Path | str,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
) -> ExportResult:
    if fmt not in FORMATS:
        raise ExportError(
            export_texts.tr(
                "unknown export format {name}; use one of: {formats}", name=repr(fmt), formats=", ".join(FORMATS)
            )
        )
    target = check_export_target(target)
    title = options.title or target.stem
    count = [0]
    warnings: list[str] = []

    def write(handle: BinaryIO) -> None:
        if fmt == "w3c":
            from desktop.formats.w3c_export import write_w3c

            count[0] = write_w3c(selection, handle, label=title, progress=progress)
        elif fmt == "claimreview":
            from desktop.formats.claimreview import write_claimreview

            count[0] = write_claimreview(selection, handle, options.publisher, progress=progress)
        elif fmt == "claimreview-html":
            from desktop.formats.claimreview import write_claimreview_html

            count[0] = write_claimreview_html(selection, handle, options.publisher, progress=progress)
        elif fmt == "csv":
            from desktop.formats.csv_export import write_csv

            count[0] = write_csv(selection, handle, progress=progress, raw=options.raw)
        elif fmt == "xmi":
            from desktop.formats.xmi import write_xmi

            count[0], report = write_xmi(selection, handle, progress=progress)
            warnings.extend(report.warnings)
        elif fmt == "brat":
            from desktop.formats.brat import write_brat

            count[0] = write_brat(selection, handle, collection=target.stem, progress=progress, raw=options.raw)
        elif fmt == "brat-inception":
            from desktop.formats.brat import write_brat_inception

            count[0] = write_brat_inception(selection, handle, progress=progress, raw=options.raw)
        else:
            from desktop.formats.html_report import write_html

            count[0] = write_html(selection, handle, title=title, progress=progress)

    if FORMATS[fmt].needs_publisher:
        try:
            options.publisher.check()  # before any file is created
        except ClaimReviewError as error:
            raise ExportError(str(error)) from None
        from desktop.formats.claimreview import warnings as claimreview_warnings

        warnings.extend(claimreview_warnings(selection, options.publisher))
    try:
        atomic_write(target, write)
    except OutputRefused as error:  # the target changed since the check above
        raise ExportError(str(error)) from None
    return ExportResult(
        target,
        fmt,
        count[0],
        len(selection.claims),
        len(selection.passages),
        len(selection.articles),
        tuple(warnings),
    )


def resolve_scope(project: Project, scope: Scope) -> Scope:
    """Check that chosen claims and articles exist (a typo must not export an empty set)."""
    unknown = [c for c in scope.claim_ids if c not in project.state.claims]
    if unknown:
        raise ExportError(export_texts.tr("no claim with id {id} in this project", id=unknown[0]))
    unknown = [a for a in scope.article_ids if a not in project.state.articles]
    if unknown:
        raise ExportError(export_texts.tr("no article with id {id} in this project", id=unknown[0]))
    return scope


def export_project(
    project: Project,
    fmt: str,
    target: Path | str,
    scope: Scope = Scope(),
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
) -> ExportResult:
    selection = select(project.state, resolve_scope(project, scope))
    return export_selection(selection, fmt, target, options, progress)
