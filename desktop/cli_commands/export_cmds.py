"""Sub-commands that move annotated sets out and back in: export, import-annotations."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.cli_commands.errors import CliError
from desktop.cli_commands.project_cmds import emit_json, find_article, opened, plural
from desktop.core.export_scope import Scope
from desktop.core.project import Project

if TYPE_CHECKING:
    from desktop.annotation_import import AnnotationImportReport

EXIT_OK, EXIT_ERROR = 0, 1


def find_claim(project: Project, key: str) -> str:
    """A claim id by full id or unique prefix (the listing shows 8 characters)."""
    claims = project.state.claims
    if key in claims:
        return key
    matches = [c for c in claims if c.startswith(key.lower())] if len(key) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CliError(f"claim id {key!r} is ambiguous; give more characters")
    raise CliError(f"no claim with id {key!r} in this project (see 'crosscheck claims')")


def _scope(project: Project, args: argparse.Namespace) -> Scope:
    return Scope.of(
        claim_ids=[find_claim(project, c) for c in args.claim or ()],
        verdict_only=args.verdict_only,
        tags=args.tag or (),
        article_ids=[find_article(project, a).id for a in args.article or ()],
        outlets=args.outlet or (),
        languages=args.language or (),
    )


def cmd_export(args: argparse.Namespace) -> int:
    if args.output != "-":
        return _export(args, args.output)
    # `-o -`: the export on standard output, for a pipe (`... -f w3c -o - | jq`). It is made in a
    # private folder first, as every export is made beside its target, then copied out whole.
    from desktop.exporting import FORMATS

    with tempfile.TemporaryDirectory(prefix="crosscheck-export-") as private:
        target = Path(private) / f"export{FORMATS[args.format].suffix}"
        status = _export(args, str(target), summary_to=sys.stderr, shown_as="standard output")
        out = getattr(sys.stdout, "raw", sys.stdout)  # the real stream under cli's TerminalSafeStream
        out.flush()
        with open(target, "rb") as made:
            shutil.copyfileobj(made, out.buffer)
        out.buffer.flush()
    return status


def _export(args: argparse.Namespace, target: str, summary_to: TextIO | None = None, shown_as: str = "") -> int:
    from desktop.exporting import ExportError, ExportOptions, export_project, publisher_from_settings

    with opened(args.project, write=False) as project:
        publisher = publisher_from_settings(
            project.persistence, args.publisher_name, args.publisher_url, args.review_url, args.review_language
        )
        # Titled after the file by default; on standard output there is none: the project's name.
        title = args.title or (Path(args.project).stem if shown_as else "")
        options = ExportOptions(publisher=publisher, title=title, raw=args.raw)
        try:
            result = export_project(project, args.format, target, _scope(project, args), options)
        except ExportError as error:
            raise CliError(str(error)) from None
    if args.save_publisher:
        from desktop.exporting import save_publisher_settings

        with opened(args.project, write=True) as project:
            save_publisher_settings(project.persistence, publisher)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    summary = result.summary.replace(target, shown_as) if shown_as else result.summary
    print(summary, file=summary_to or sys.stdout)  # with -o -, stdout carries the data
    return EXIT_OK


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from desktop.annotation_import import import_annotations

    with opened(args.project, write=True) as project:
        report = import_annotations(
            project,
            args.file,
            skip_orphans=args.skip_orphans,
            exact_only=args.exact_only,
            skip_invalid=args.skip_invalid,
        )
    if args.json:
        emit_json(report.as_json())
    else:
        _print_report(report)
    return EXIT_OK if report.stored else EXIT_ERROR


def _print_report(report: AnnotationImportReport) -> None:
    out = sys.stdout if report.stored else sys.stderr
    if report.annotations:
        print(
            f"read {plural(report.annotations, 'annotation')}: {plural(report.claims, 'claim')}, "
            f"{plural(report.passages, 'passage')} anchored ({len(report.matched)} matched exactly, "
            f"{len(report.reanchored)} re-anchored for review), {plural(len(report.orphans), 'orphan')}"
        )
    for placed in report.reanchored:
        how = "exact text, moved" if placed.exact else "fuzzy match"
        moved = f"{placed.old_start} -> {placed.start}" if placed.old_start is not None else f"found at {placed.start}"
        print(f"review    {placed.passage_id[:8]}  {placed.article_title}: {moved} ({how}) “{placed.quote[:60]}”")
    for skipped in report.skipped:
        print(f"skipped   {skipped}", file=out)
    for orphan in report.orphans:
        print(f"orphan    {orphan.where}: {orphan.reason} [{orphan.source[:80]}] “{orphan.quote[:60]}”", file=out)
    for problem in report.problems:
        print(f"problem   {problem}", file=sys.stderr)
    if report.stored:
        print(report.message)
    else:
        print(f"crosscheck: error: {report.path}: {report.message}", file=sys.stderr)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desktop.exporting import FORMATS

    p = subparsers.add_parser(
        "export",
        help="export claims and passages (W3C, ClaimReview, CSV, brat, UIMA CAS XMI, HTML; File > Export)",
        description="Export the whole project or a filtered part. Filters of one kind combine with OR, "
        "different kinds with AND. The project is not changed (only --save-publisher writes its settings).",
    )
    p.add_argument("project")
    p.add_argument("--format", "-f", required=True, choices=list(FORMATS), help="the export format")
    p.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="OUT",
        help="the file to write (replaced atomically); - for standard output",
    )
    p.add_argument("--claim", action="append", metavar="UUID", help="only this claim (repeatable; id or prefix)")
    p.add_argument("--verdict-only", action="store_true", help="only claims that have a verdict")
    p.add_argument("--tag", action="append", metavar="TAG", help="only claims with this tag (repeatable)")
    p.add_argument("--article", action="append", metavar="UUID", help="only this article (repeatable; id or prefix)")
    p.add_argument("--outlet", action="append", metavar="NAME", help="only articles from this outlet (repeatable)")
    p.add_argument("--language", action="append", metavar="LANG", help="only articles in this language (repeatable)")
    p.add_argument("--title", help="title of the HTML report / label of the W3C collection")
    p.add_argument(
        "--raw",
        action="store_true",
        help="CSV and brat claims.tsv: write cells as stored, without the ' that stops spreadsheets running "
        "cells starting with = + - @ as formulas (for programs, not spreadsheets)",
    )
    group = p.add_argument_group("ClaimReview publisher (defaults: the project settings)")
    group.add_argument("--publisher-name", help="the fact-checking organisation (ClaimReview author)")
    group.add_argument("--publisher-url", help="its home page URL")
    group.add_argument("--review-url", help="URL of the fact-check article; {id} is replaced by the claim id")
    group.add_argument(
        "--review-language",
        metavar="LANG",
        help="the language the fact-check is published in; the verdict names follow it (en, it; default: en)",
    )
    group.add_argument(
        "--save-publisher",
        action="store_true",
        help="after a successful export, store the publisher values in the project settings",
    )
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "import-annotations",
        help="import W3C annotations (ours, or Hypothesis's JSON-LD, API search or client export; File > Import W3C annotations)",
        description="Match each annotation's article by text hash or URL (compared without scheme, www., "
        "tracking parameters or fragment), re-anchor its quote, and store everything as one undo step. Page "
        "notes and replies are skipped and listed. Any problem or orphan stores nothing, unless you choose "
        "to leave them out (--skip-invalid, --skip-orphans).",
    )
    p.add_argument("project")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--skip-orphans",
        action="store_true",
        help="import what anchors and leave the listed orphans out (instead of importing nothing)",
    )
    p.add_argument("--exact-only", action="store_true", help="treat fuzzy matches as orphans")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="leave out the annotations that have problems (listed) and import the good ones",
    )
    p.set_defaults(func=cmd_import_annotations)
