"""Sub-commands for working with colleagues' files: merge, check, share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_commands.errors import CliError
from desktop.cli_commands.project_cmds import emit_json, opened, plural
from desktop.core.merge import OURS, THEIRS
from desktop.core.text import one_line
from desktop.store import ProjectExistsError, open_project

if TYPE_CHECKING:
    from desktop.store.inspect import FileCheck
    from desktop.store.team.inspect import TeamCheck

EXIT_OK, EXIT_ERROR = 0, 1


# --- merge ---------------------------------------------------------------------------------
def cmd_merge(args: argparse.Namespace) -> int:
    from desktop.merging import apply_plan, plan_from_file, preview

    if not Path(args.other).exists():
        raise CliError(f"{args.other}: no such project file")
    with opened(args.project, write=not args.dry_run) as project:
        plan = plan_from_file(project, args.other)
        if args.theirs or args.ours:
            plan.choose_all(THEIRS if args.theirs else OURS)
        report = preview(plan, args.other) if args.dry_run else apply_plan(project, plan, args.other)
    if args.report:
        from desktop.formats.merge_report import export_report

        export_report(report, args.report)
    if args.json:
        emit_json(report.to_dict())
    else:
        sys.stdout.write(report.to_text())
    return EXIT_OK


# --- check ---------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace) -> int:
    from desktop.store import is_team_location

    result: FileCheck | TeamCheck
    if is_team_location(args.project):
        from desktop.store.team.inspect import check_team

        result = check_team(args.project)
    else:
        from desktop.store.inspect import check_file

        result = check_file(args.project)
    if args.json:
        emit_json(result.to_dict())
    else:
        version = f"format {result.format_version}" if result.format_version is not None else "format unknown"
        made = f", written by Crosscheck {result.app_version}" if result.app_version else ""
        print(f"{args.project}: {version}{made}")
        if result.counts:
            print(", ".join(plural(n, k.rstrip("s")) for k, n in result.counts.items()))
        for note in result.notes:
            print(f"note: {note}")
        for finding in result.findings:
            print(f"problem: {one_line(finding.message)}")
        print("ok: no problems found" if result.ok else f"{plural(len(result.findings), 'problem')} found")
    return EXIT_OK if result.ok else EXIT_ERROR


# --- share ---------------------------------------------------------------------------------
def cmd_share(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() and not args.force:
        raise ProjectExistsError(out)
    project = open_project(args.project, read_only=True)  # a file, or a team project's URL
    try:
        project.persistence.save_copy(out, strip_notes=args.strip_notes, strip_authors=args.strip_authors)
    finally:
        project.persistence.close()
    stripped = [what for what, flag in (("notes", args.strip_notes), ("authors", args.strip_authors)) if flag]
    print(f"wrote {out}" + (f" without {' and '.join(stripped)}" if stripped else ""))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "merge", help="merge a colleague's copy of the project into this one (File > Merge from project)"
    )
    p.add_argument("project")
    p.add_argument("other", metavar="OTHER", help="the other .crosscheck file (only read)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--json", action="store_true", help="print the merge report as JSON")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--theirs", action="store_true", help="settle every conflict with the other file's version")
    side.add_argument("--ours", action="store_true", help="settle every conflict with this project's version")
    p.add_argument("--report", metavar="FILE", help="also write the report to FILE (.json for JSON, else text)")
    p.set_defaults(func=cmd_merge)

    p = subparsers.add_parser("check", help="validate a project file; exit status 1 if it has problems")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser(
        "share", help="share a copy: a clean single-file copy to send to a colleague (File > Share a copy)"
    )
    p.add_argument("project")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--strip-notes", action="store_true", help="leave out the notes on claims and passages")
    p.add_argument("--strip-authors", action="store_true", help="leave out who made each change")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_share)
