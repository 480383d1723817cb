"""`crosscheck stats PROJECT [--json] [--by article|outlet|language]`: the coverage chart's numbers.

Computed by desktop.core.coverage, the same code the chart draws from, so scripts and tests can
check what the chart shows.
"""

from __future__ import annotations

import argparse

from desktop.cli_commands.project_cmds import emit_json, opened, plural
from desktop.core.coverage import Coverage
from desktop.core.coverage_view import STANCES, Cell, CoverageView, GroupBy
from desktop.core.first_appearance import RULE as FIRST_RULE
from desktop.core.project import Project
from desktop.formats.json_types import JsonObject

EXIT_OK = 0


def stats_json(project: Project, group_by: GroupBy = GroupBy.ARTICLE) -> JsonObject:
    state = project.state
    view = Coverage(state).view(group_by)
    sources: list[JsonObject] = []
    for c, column in enumerate(view.columns):
        entry: JsonObject = {"key": column.key, "article_ids": list(column.article_ids)}
        if group_by is GroupBy.ARTICLE:
            article = state.articles[column.key]
            entry = {
                "article_id": article.id,
                "title": article.title,
                "outlet": article.outlet,
                "language": article.language,
                "published": article.published,
            }
        else:
            entry["label"] = column.label
        entry["claims"] = int(view.column_claims[c])
        entry["passages"] = {s.value: int(view.column_passages[c, n]) for n, s in enumerate(STANCES)}
        if group_by is GroupBy.ARTICLE:
            entry["unlinked_passages"] = sum(1 for p in state.passages_of_article(column.key) if p.claim_id is None)
        sources.append(entry)
    claims: list[JsonObject] = []
    for r, claim_id in enumerate(view.claim_ids):
        claim = state.claims[claim_id]
        claims.append(
            {
                "id": claim.id,
                "statement": claim.statement,
                "verdict": claim.verdict.value,
                "sources": state.sources_of_claim(claim.id),
                "first_appearance": view.first_article[r],
                "first_appearance_ties": list(view.first_ties(r)),
                "cells": {
                    view.columns[col].key: _cell_name(view, r, col)
                    for col in range(len(view.columns))
                    if view.cells[r, col]
                },
            }
        )
    return {"group_by": group_by.value, "first_appearance_rule": FIRST_RULE, "sources": sources, "claims": claims}


def _cell_name(view: CoverageView, row: int, col: int) -> str:
    return Cell(int(view.cells[row, col])).name.lower()


def cmd_stats(args: argparse.Namespace) -> int:
    with opened(args.project, write=False) as project:
        data = stats_json(project, GroupBy(args.by))
        if args.json:
            emit_json(data)
            return EXIT_OK
        _print_table(project, data)
    return EXIT_OK


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(project: Project, data: JsonObject) -> None:
    per_article = data["group_by"] == GroupBy.ARTICLE.value
    print(f"{'source':<44} {'lang':<5} {'claims':>6} {'supports':>8} {'mentions':>8} {'refutes':>7}")
    for s in data["sources"]:
        name = f"{s['title']} ({s['outlet']})" if per_article else s["label"]
        lang = s["language"] if per_article else ""
        p = s["passages"]
        print(
            f"{_fit(name, 44):<44} {lang:<5} {s['claims']:>6} {p['supports']:>8} {p['mentions']:>8} {p['refutes']:>7}"
        )
    print()
    titles = {a.id: a.title for a in project.state.articles.values()}
    print(f"{'claim':<52} {'verdict':<13} {'sources':>7}  first appearance")
    for c in data["claims"]:
        first = _fit(titles.get(c["first_appearance"], "unknown") if c["first_appearance"] else "unknown", 40)
        if len(c["first_appearance_ties"]) > 1:
            first = f"tie of {len(c['first_appearance_ties'])}"
        print(f"{_fit(c['statement'], 52):<52} {c['verdict']:<13} {len(c['sources']):>7}  {first}")
    print(f"\n{plural(len(data['sources']), 'source')}, {plural(len(data['claims']), 'claim')}; {FIRST_RULE}.")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "stats",
        help="coverage: which source carries which claim, passages by stance (View > Coverage chart, in numbers)",
    )
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="print JSON: sources and claims")
    p.add_argument(
        "--by",
        choices=[g.value for g in GroupBy],
        default=GroupBy.ARTICLE.value,
        help="one source per article (default), outlet or language",
    )
    p.set_defaults(func=cmd_stats)
