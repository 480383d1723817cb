"""`crosscheck team ...`, and every other command on a team project's URL as on a file. Every
refusal is one line and leaves the project on the server exactly as it was."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run
from tests.support.paths import DATA
from tests.support.team import TeamProject, disable_checks, fresh_name


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "unexpected" not in err and "Traceback" not in err
    return lines[0]


def test_init_members_roles_and_removal(pg_server, capsys):
    project = TeamProject(pg_server, fresh_name("cli"))
    code, out, err = run(capsys, "team", "init", project.url(), "--name", "Ada Lovelace")
    assert code == 0, err
    assert f"created the team project {project.name}" in out and "you are its admin" in out
    assert (
        run(capsys, "team", "add-member", project.url(), "maria", "--role", "reviewer", "--name", "Maria Rossi")[0] == 0
    )
    assert run(capsys, "team", "add-member", project.url(), "anna", "--role", "annotator")[0] == 0
    code, out, _ = run(capsys, "team", "members", project.url(), "--json")
    members = {m["login"]: m for m in json.loads(out)}
    assert members["ada"]["role"] == "admin" and members["ada"]["display_name"] == "Ada Lovelace"
    assert (members["maria"]["role"], members["maria"]["display_name"]) == ("reviewer", "Maria Rossi")
    assert run(capsys, "team", "add-member", project.url(), "maria", "--role", "viewer")[0] == 0  # changed, not added
    code, out, _ = run(capsys, "team", "members", project.url())
    assert "viewer     maria" in out and out.strip().endswith("3 members")
    assert run(capsys, "team", "remove-member", project.url(), "anna")[0] == 0
    assert "anna" not in run(capsys, "team", "members", project.url())[1]


def test_a_new_login_with_a_password_sent_as_a_verifier(team_project, pg_server, capsys, monkeypatch):
    import io
    import sys

    login = fresh_name("newcomer")
    monkeypatch.setattr(sys, "stdin", io.StringIO("newcomer-secret\n"))
    code, _, err = run(
        capsys, "team", "add-member", team_project.url(), login, "--role", "annotator", "--create", "--password-stdin"
    )
    assert code == 0, err
    pg_server.add_password(login, "newcomer-secret")
    code, out, err = run(capsys, "articles", team_project.url(login))
    assert code == 0, err and out.strip().endswith("0 articles")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("team", "add-member", "{url:anna}", "otto", "--role", "viewer"),
            "only an admin of this team project can manage its members",
        ),
        (
            ("team", "add-member", "{url}", "nobody-here", "--role", "viewer"),
            "there is no login nobody-here on this server",
        ),
        (("team", "init", "{url}"), "already exists"),
        (("team", "upgrade", "{url:adam}"), "only the login that created"),
        (("team", "publish", "{file}", "{url}"), "already exists"),
        (("team", "snapshot", "{url}", "{file}"), "a file of that name already exists"),
        (("articles", "{url:otto}"), "otto is not a member of the team project"),
        (("import", "{url:anna}", str(DATA / "pages" / "en-nolang-factcheck.html")), "importing is an admin's"),
        (("export", "{url:anna}", "-f", "csv", "-o", "{out}", "--claim", "0000"), "no claim with id"),
        (
            ("export", "{url:anna}", "-f", "csv", "-o", "{out}", "--save-publisher", "--publisher-name", "X"),
            "may not change the project settings",
        ),
        (("claims", "postgresql://ada@/crosscheck"), "name the team project once, with ?project=NAME"),
        (("claims", "postgresql://ada@/crosscheck?project=Bad%20Name"), "is not a team project name"),
        (
            ("claims", "postgresql://ada@/crosscheck?host=/nonexistent-socket-dir&project=p"),
            "cannot reach the team server",
        ),
    ],
)
def test_refusals_are_one_line_and_change_nothing(team_sample, sample_file, tmp_path, capsys, argv, message):
    def fill(arg: str) -> str:
        if arg.startswith("{url"):
            return team_sample.url(arg[5:-1] if ":" in arg else "ada")
        return {"{file}": str(sample_file), "{out}": str(tmp_path / "out.csv")}.get(arg, arg)

    before = team_sample.digest()
    code, _out, err = run(capsys, *[fill(a) for a in argv])
    assert code == 1
    assert message in one_line(err)
    assert "secret" not in err
    assert team_sample.digest() == before


def test_reading_commands_on_a_url_say_what_they_say_on_the_file(team_sample, sample_file, capsys):
    for argv in (("articles", "--json"), ("claims", "--json"), ("stats", "--json")):
        on_file = run(capsys, argv[0], sample_file, *argv[1:])
        on_team = run(capsys, argv[0], team_sample.url("vera"), *argv[1:])
        assert on_team[0] == on_file[0] == 0
        assert json.loads(on_team[1]) == json.loads(on_file[1])
    article = json.loads(run(capsys, "articles", sample_file, "--json")[1])[0]["id"]
    assert (
        run(capsys, "show", team_sample.url("vera"), article[:8])[1] == run(capsys, "show", sample_file, article[:8])[1]
    )


@pytest.mark.parametrize("fmt", ["w3c", "claimreview", "csv", "brat", "html"])
def test_every_export_works_on_a_url(team_sample, sample_file, tmp_path, capsys, fmt):
    publisher = (
        "--publisher-name",
        "Desk",
        "--publisher-url",
        "https://desk.example",
        "--review-url",
        "https://desk.example/{id}",
    )
    (tmp_path / "team").mkdir()
    (tmp_path / "file").mkdir()
    team_out, file_out = tmp_path / "team" / "export", tmp_path / "file" / "export"
    code, out_team, err = run(capsys, "export", team_sample.url("vera"), "-f", fmt, "-o", team_out, *publisher)
    assert code == 0, err
    code, out_file, _ = run(capsys, "export", sample_file, "-f", fmt, "-o", file_out, *publisher)
    assert code == 0
    assert out_team.split(" to ")[0] == out_file.split(" to ")[0]  # the same counts
    if fmt in ("csv", "brat", "html"):
        assert team_out.read_bytes() == file_out.read_bytes()


def test_writing_commands_on_a_url(team_sample, tmp_path, capsys):
    url = team_sample.url("adam")
    code, out, err = run(capsys, "import", url, DATA / "pages" / "en-nolang-factcheck.html")
    assert code == 0 and "1 imported" in out, err
    code, out, err = run(capsys, "export", url, "-f", "w3c", "-o", tmp_path / "all.jsonld")
    assert code == 0, err
    snapshot = tmp_path / "team.crosscheck"
    assert run(capsys, "team", "snapshot", url, snapshot)[0] == 0
    # an annotation file exported from the project imports back (nothing new: already there)
    code, out, err = run(capsys, "import-annotations", team_sample.url("rita"), tmp_path / "all.jsonld")
    assert code == 0, err
    code, out, err = run(capsys, "merge", team_sample.url("rita"), snapshot, "--dry-run")
    assert code == 0, err
    code, out, err = run(capsys, "share", url, tmp_path / "shared.crosscheck", "--strip-notes")
    assert code == 0 and "without notes" in out, err
    code, out, err = run(capsys, "check", url)
    assert code == 0 and "ok: no problems found" in out, err


def test_check_lists_every_problem_of_a_tampered_project(team_sample, capsys):
    with team_sample.superuser() as conn:
        disable_checks(conn, "passage", "claim")
        conn.execute("UPDATE passage SET quote = 'tampered' WHERE id = (SELECT min(id) FROM passage)")
        conn.execute("UPDATE claim SET verdict = 'Sort of' WHERE id = (SELECT min(id) FROM claim)")
    code, out, _ = run(capsys, "check", team_sample.url("vera"), "--json")
    assert code == 1
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert {"quote", "rows"} <= codes


def test_new_and_sample_make_team_projects(pg_server, capsys):
    empty, sample = TeamProject(pg_server, fresh_name("new")), TeamProject(pg_server, fresh_name("sample"))
    code, _, err = run(capsys, "new", empty.url())
    assert code == 0, err
    code, out, err = run(capsys, "sample", sample.url())
    assert code == 0 and "5 articles" in out, err
    assert "5 articles" in run(capsys, "articles", sample.url())[1]


def test_login_keeps_a_password_the_server_takes_in_the_keyring(team_sample, capsys, monkeypatch, tmp_path):
    import io
    import sys

    import keyring

    from tests.support.keyring_memory import MemoryKeyring

    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    empty = tmp_path / "pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO("wrong\n"))
        code, _, err = run(capsys, "team", "login", team_sample.url("maria"), "--password-stdin")
        assert code == 1 and "refused the password for maria" in one_line(err) and not memory.secrets
        monkeypatch.setattr(sys, "stdin", io.StringIO("maria-secret\n"))
        assert run(capsys, "team", "login", team_sample.url("maria"), "--password-stdin")[0] == 0
        monkeypatch.setenv("PGPASSFILE", str(empty))  # now only the keyring knows it
        code, out, err = run(capsys, "claims", team_sample.url("maria"))
        assert code == 0 and "claims" in out, err
    finally:
        keyring.set_keyring(previous)
