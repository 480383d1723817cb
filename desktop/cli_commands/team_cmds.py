"""`crosscheck team ...`: team projects on a PostgreSQL server (docs/team.md).

    crosscheck team init URL [--name NAME]
    crosscheck team add-member URL LOGIN --role R [--name NAME] [--create] [--password-stdin]
    crosscheck team remove-member URL LOGIN
    crosscheck team members URL [--json]
    crosscheck team publish FILE URL [--name NAME]
    crosscheck team snapshot URL OUT.crosscheck [--strip-notes] [--strip-authors] [--force]
    crosscheck team upgrade URL
    crosscheck team login URL [--password-stdin]

Every other command takes a team project's URL where it takes a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli_commands.errors import CliError
from desktop.cli_commands.project_cmds import emit_json, plural

EXIT_OK = 0


def _team_url(text: str) -> str:
    from desktop.store.team import TeamAddressError, parse_team_url

    try:
        parse_team_url(text)
    except TeamAddressError as error:
        raise CliError(str(error)) from None
    return text


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        secret = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        secret = getpass.getpass(prompt)
    if not secret:
        raise CliError("no password given")
    return secret


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.store.team.admin import create_project

    location = create_project(_team_url(args.url), args.name or "")
    print(f"created the team project {location.project} at {location.display}; you are its admin")
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    from desktop.store.team.admin import upgrade_project

    print(upgrade_project(_team_url(args.url)))
    return EXIT_OK


def cmd_add_member(args: argparse.Namespace) -> int:
    from desktop.store.team.admin import add_member

    password = _read_password(True, "") if args.password_stdin else None
    print(add_member(_team_url(args.url), args.login, args.role, args.name or "", args.create, password))
    return EXIT_OK


def cmd_remove_member(args: argparse.Namespace) -> int:
    from desktop.store.team.admin import remove_member

    print(remove_member(_team_url(args.url), args.login))
    return EXIT_OK


def cmd_members(args: argparse.Namespace) -> int:
    from desktop.store.team.admin import members

    found = members(_team_url(args.url))
    if args.json:
        emit_json([m.__dict__ for m in found])
        return EXIT_OK
    for member in found:
        cannot = "" if member.can_login else "  (cannot log in)"
        print(f"{member.role:<10} {member.login:<20} {member.display_name}{cannot}")
    print(plural(len(found), "member"))
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from desktop.store import ProjectNotFoundError
    from desktop.store.team.admin import publish_file

    if not Path(args.file).exists():
        raise ProjectNotFoundError(args.file)
    done = publish_file(args.file, _team_url(args.url), args.name or "")
    print(
        f"published {args.file} as the team project {done.location.project}: {plural(done.articles, 'article')}, "
        f"{plural(done.claims, 'claim')}, {plural(done.passages, 'passage')}; you are its admin"
    )
    return EXIT_OK


def cmd_snapshot(args: argparse.Namespace) -> int:
    from desktop.store import ProjectExistsError, open_project

    out = Path(args.out)
    if out.exists() and not args.force:
        raise ProjectExistsError(out)
    project = open_project(_team_url(args.url), read_only=True)
    try:
        project.persistence.save_copy(out, strip_notes=args.strip_notes, strip_authors=args.strip_authors)
    finally:
        project.persistence.close()
    print(
        f"wrote {out}: {plural(len(project.state.articles), 'article')}, {plural(len(project.state.claims), 'claim')}"
    )
    return EXIT_OK


def cmd_login(args: argparse.Namespace) -> int:
    """Keep a password in the system keyring, after checking that the server takes it."""
    from desktop.store.team import parse_team_url
    from desktop.store.team.connect import connect, store_keyring_password

    location = parse_team_url(_team_url(args.url))
    if not location.user:
        raise CliError(f"{location.display}: the address names no login (postgresql://LOGIN@HOST/...)")
    secret = _read_password(args.password_stdin, f"Password for {location.user}: ")
    connect(location, password=secret).close()  # refuse to keep a password the server does not take
    store_keyring_password(location, secret)
    print(f"the password for {location.keyring_key} is kept in the system keyring")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    team = subparsers.add_parser(
        "team",
        help="team projects on a PostgreSQL server (init, members, publish, snapshot)",
        description="A team project is a postgresql:// URL with ?project=NAME; every other command takes "
        "it where it takes a file. Passwords come from ~/.pgpass, a service file or the system keyring.",
    )
    commands = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", parser_class=type(team))

    p = commands.add_parser("init", help="create an empty team project (you become its admin)")
    p.add_argument("url", metavar="URL")
    p.add_argument("--name", help="your name as the project shows it (default: your login)")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("add-member", help="give a login a role in the team project (or change it)")
    p.add_argument("url", metavar="URL")
    p.add_argument("login", metavar="LOGIN", help="the PostgreSQL login")
    p.add_argument("--role", required=True, choices=["viewer", "annotator", "reviewer", "admin"])
    p.add_argument("--name", help="the member's name as the project shows it (default: the login)")
    p.add_argument("--create", action="store_true", help="create the login if the server has none of that name")
    p.add_argument("--password-stdin", action="store_true", help="set the login's password, read from stdin")
    p.set_defaults(func=cmd_add_member)

    p = commands.add_parser("remove-member", help="take a login's role in the team project away")
    p.add_argument("url", metavar="URL")
    p.add_argument("login", metavar="LOGIN")
    p.set_defaults(func=cmd_remove_member)

    p = commands.add_parser("members", help="list the team project's members and their roles")
    p.add_argument("url", metavar="URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_members)

    p = commands.add_parser("publish", help="make a new team project from a project file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("url", metavar="URL")
    p.add_argument("--name", help="your name as the project shows it (default: your login)")
    p.set_defaults(func=cmd_publish)

    p = commands.add_parser("snapshot", help="write the team project to one project file")
    p.add_argument("url", metavar="URL")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--strip-notes", action="store_true", help="leave out the notes on claims and passages")
    p.add_argument("--strip-authors", action="store_true", help="leave out who made each change")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_snapshot)

    p = commands.add_parser("upgrade", help="bring the team project's schema up to this Crosscheck (its creator)")
    p.add_argument("url", metavar="URL")
    p.set_defaults(func=cmd_upgrade)

    p = commands.add_parser("login", help="keep your password for a team server in the system keyring")
    p.add_argument("url", metavar="URL")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_login)
