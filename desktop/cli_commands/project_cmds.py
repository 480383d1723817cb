"""Sub-commands on a project's articles and claims: new, import, articles, show, claims, sample."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.cli_commands.errors import CliError
from desktop.core.model import Article, Claim
from desktop.core.project import Project
from desktop.core.text import one_line, terminal_safe
from desktop.formats.candidate import ImportCandidate
from desktop.importing import (
    ImportOptions,
    ImportOutcome,
    ImportReport,
    add_candidates,
    check_options,
    read_candidates,
    read_one,
)
from desktop.store import ProjectExistsError, create_project, open_project

EXIT_OK, EXIT_ERROR = 0, 1


@contextmanager
def opened(path: str, write: bool) -> Iterator[Project]:
    """Open a project for one command; read-only commands never take the write lock."""
    project = open_project(path, read_only=not write)
    try:
        yield project
    finally:
        project.persistence.close()


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def emit_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def find_article(project: Project, key: str) -> Article:
    """An article by full id or unique id prefix (the text listing shows 8 characters)."""
    articles = project.state.articles
    if key in articles:
        return articles[key]
    matches = [a for a in articles.values() if a.id.startswith(key.lower())] if len(key) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CliError(f"article id {key!r} is ambiguous; give more characters")
    raise CliError(f"no article with id {key!r} in this project (see 'crosscheck articles')")


# --- new -----------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    project = create_project(args.project)
    project.persistence.close()
    print(f"created {args.project}")
    return EXIT_OK


# --- import --------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    from desktop.formats.errors import ImportRefused

    try:
        options = check_options(ImportOptions(args.encoding, args.language or "", args.outlet or ""))
    except ImportRefused as error:
        raise CliError(str(error)) from None
    with opened(args.project, write=True) as project:
        # Every file is read before the project changes. A command that fails leaves the file
        # byte-identical: if a file failed, nothing goes in unless --skip-failed (issue 19).
        candidates, problems = read_candidates((Path(p) for p in args.paths if p != "-"), options=options)
        if "-" in args.paths:
            result = read_one("stdin", options, data=_read_stdin())
            if isinstance(result, ImportCandidate):
                candidates.append(result)
            else:
                problems.append(result)
        failed = sum(1 for outcome in problems if outcome.status == "failed")
        if failed and not args.skip_failed:
            report = ImportReport([*problems, *(_held_back(c) for c in candidates)])
        else:
            report = add_candidates(project, candidates)
            report.outcomes.extend(problems)
    _print_import_report(report, as_json=args.json)
    if failed and candidates and not args.skip_failed:
        them = "it" if failed == 1 else "them"
        raise CliError(
            f"nothing was imported, as {plural(failed, 'file')} failed: fix or remove {them}; "
            f"or pass --skip-failed to import the other {plural(len(candidates), 'file')}"
        )
    return EXIT_ERROR if failed and not args.skip_failed else EXIT_OK


def _held_back(candidate: ImportCandidate) -> ImportOutcome:
    return ImportOutcome(candidate.path, "skipped", "not imported, as another file failed", title=candidate.title)


def _read_stdin() -> bytes:
    from desktop.formats.candidate import MAX_FILE_BYTES

    return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)  # the reader refuses what is over the limit


def _print_import_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        emit_json(
            {
                "outcomes": [o.__dict__ for o in report.outcomes],
                "imported": report.count("imported"),
                "skipped": report.count("skipped"),
                "failed": report.count("failed"),
            }
        )
        return
    for outcome in report.outcomes:
        if outcome.status == "imported":
            print(
                f"imported  {outcome.article_id[:8]}  {outcome.title}  ({outcome.chars} chars)  <- {one_line(outcome.path)}"
            )
            for warning in outcome.warnings:
                print(f"          warning: {warning}")
        elif outcome.status == "skipped":
            print(f"skipped   {one_line(outcome.path)}: {one_line(outcome.message)}")
        else:
            print(f"failed    {one_line(outcome.path)}: {one_line(outcome.message)}", file=sys.stderr)
    print(report.summary)


# --- articles / show -----------------------------------------------------------------------
def article_json(project: Project, article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "language": article.language,
        "published": article.published,
        "url": article.url,
        "author": article.author,
        "sha256": article.sha256,
        "chars": article.chars,
        "imported_at": article.imported_at,
        "passages": project.state.passage_count(article.id),
    }


def cmd_articles(args: argparse.Namespace) -> int:
    with opened(args.project, write=False) as project:
        articles = list(project.state.articles.values())
        if args.json:
            emit_json([article_json(project, a) for a in articles])
            return EXIT_OK
        for a in articles:
            details = " · ".join(x for x in (a.outlet, a.language, a.published) if x)
            print(
                f"{a.id[:8]}  {a.title}  [{details}]  {a.chars} chars, {plural(project.state.passage_count(a.id), 'passage')}"
            )
        print(plural(len(articles), "article"))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args.project, write=False) as project:
        text = find_article(project, args.article).text
        out = getattr(sys.stdout, "raw", sys.stdout)  # the real stream under cli's TerminalSafeStream
        # A pipe gets the stored text byte for byte; a terminal gets it with controls escaped.
        out.write(text if not out.isatty() else terminal_safe(text))
    return EXIT_OK


# --- claims --------------------------------------------------------------------------------
def claim_json(project: Project, claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "statement": claim.statement,
        "verdict": claim.verdict.value,
        "note": claim.note,
        "tags": list(claim.tags),
        "colour": claim.colour,
        "claimant": claim.claimant,
        "claim_date": claim.claim_date,
        "author": claim.created_by,
        "created": claim.created,
        "modified": claim.modified,
        "sources": project.state.sources_of_claim(claim.id),
        "passages": [
            {
                "id": p.id,
                "article_id": p.article_id,
                "start": p.start,
                "end": p.end,
                "quote": p.quote,
                "stance": p.stance.value,
                "note": p.note,
                "author": p.created_by,
                "created": p.created,
            }
            for p in project.state.passages_of_claim(claim.id)
        ],
    }


def cmd_claims(args: argparse.Namespace) -> int:
    with opened(args.project, write=False) as project:
        claims = list(project.state.claims.values())
        if args.json:
            emit_json([claim_json(project, c) for c in claims])
            return EXIT_OK
        for c in claims:
            sources = len(project.state.sources_of_claim(c.id))
            passages = project.state.claim_passage_count(c.id)
            print(
                f"{c.id[:8]}  [{c.verdict.value}]  {c.statement}  ({plural(sources, 'source')}, {plural(passages, 'passage')})"
            )
        unlinked = len(project.state.unlinked_passages())
        print(f"{plural(len(claims), 'claim')}, {plural(unlinked, 'unlinked passage')}")
    return EXIT_OK


# --- sample --------------------------------------------------------------------------------
def cmd_sample(args: argparse.Namespace) -> int:
    from desktop.sample import populate_sample
    from desktop.store import is_team_location

    if is_team_location(args.project):
        return _team_sample(args.project)
    target = Path(args.project)
    if target.exists():
        raise ProjectExistsError(target)
    project = create_project(target)
    try:
        populate_sample(project)
    except BaseException:
        project.persistence.close()
        target.unlink(missing_ok=True)  # a half-built sample is worse than none
        raise
    counts = (len(project.state.articles), len(project.state.claims), len(project.state.passages))
    project.persistence.close()
    print(f"created {target}: {counts[0]} articles, {counts[1]} claims, {counts[2]} passages")
    return EXIT_OK


def _team_sample(url: str) -> int:
    """The sample as a new team project: built in a private file, then published in one
    transaction, so a failure leaves no half-built project on the server."""
    import tempfile

    from desktop.sample import populate_sample
    from desktop.store.team.admin import publish_file

    with tempfile.TemporaryDirectory(prefix="crosscheck-sample-") as private:
        path = Path(private) / "sample.crosscheck"
        project = create_project(path)
        try:
            populate_sample(project)
        finally:
            project.persistence.close()
        done = publish_file(str(path), url)
    print(f"created {done.location.display}: {done.articles} articles, {done.claims} claims, {done.passages} passages")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("new", help="create an empty project file (File > New project)")
    p.add_argument("project")
    p.set_defaults(func=cmd_new)

    p = subparsers.add_parser(
        "import",
        help="import articles: saved web pages, text and Markdown files, folders, or - for stdin (File > Import articles)",
    )
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    p.add_argument("--encoding", help="read every file in this encoding instead of detecting it (e.g. cp1252)")
    p.add_argument("--language", help="set this language (e.g. it, en) on every imported article")
    p.add_argument("--outlet", help="set this outlet on every imported article")
    p.add_argument(
        "--skip-failed",
        action="store_true",
        help="import the files that can be read even if others fail (default: import nothing then)",
    )
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("articles", help="list the articles")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_articles)

    p = subparsers.add_parser("show", help="print the stored text of one article")
    p.add_argument("project")
    p.add_argument("article", metavar="ARTICLE_ID", help="the id, or its first 8 characters")
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("claims", help="list the claims and their passages")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claims)

    p = subparsers.add_parser("sample", help="build the sample project (five reports, example claims)")
    p.add_argument("project")
    p.set_defaults(func=cmd_sample)
