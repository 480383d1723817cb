"""Every bad input of issue 7: a clear message, and nothing lost or changed."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.commands import CreateClaim, EditClaim
from desktop.core.model import Verdict
from desktop.store import ProjectLockedError, open_project
from desktop.store.shared import open_shared

REPO = Path(__file__).resolve().parents[2]


def run_cli(capsys, *argv):
    capsys.readouterr()  # drop what fixtures printed
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def tamper(path: Path, *sql: str) -> Path:
    conn = sqlite3.connect(path)  # foreign keys off by default: a hand-edited file
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def other(sample_project, tmp_path):
    path = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, path)
    return path


def merge_must_fail(capsys, project: Path, other: Path, match: str):
    before = project.read_bytes()
    code, _out, err = run_cli(capsys, "merge", project, other)
    assert code == 1 and match in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1
    assert project.read_bytes() == before
    assert not list(project.parent.glob("*-journal"))
    return err


@pytest.mark.parametrize(
    "ddl, what",
    [
        ("CREATE TRIGGER evil AFTER INSERT ON claim BEGIN DELETE FROM passage; END", "trigger"),
        ("CREATE VIEW v AS SELECT * FROM claim", "view"),
        ("CREATE TABLE extra (x)", "table we never write"),
    ],
)
def test_unclean_file_is_refused_everywhere(capsys, sample_project, other, ddl, what, tmp_path):
    tamper(other, ddl)
    err = merge_must_fail(capsys, sample_project, other, "not a clean Crosscheck file")
    assert what in err and str(other) in err  # names the user's file, not the private copy
    code, out, _ = run_cli(capsys, "check", other)
    assert code == 1 and "not a clean Crosscheck file" in out
    before = other.read_bytes()
    with pytest.raises(Exception, match="not a clean Crosscheck file"):
        open_shared(other, copies_dir=tmp_path / "copies")
    assert other.read_bytes() == before and not list((tmp_path / "copies").rglob("*.crosscheck"))


def test_passage_offsets_past_the_text(capsys, sample_project, other):
    conn = sqlite3.connect(other)
    passage_id, quote = conn.execute("SELECT id, quote FROM passage LIMIT 1").fetchone()
    conn.close()
    tamper(other, f"UPDATE passage SET start = 100000, \"end\" = 100000 + length(quote) WHERE id = '{passage_id}'")
    code, out, _ = run_cli(capsys, "check", other)
    assert code == 1 and f"passage {passage_id}: offsets 100000-" in out and "run outside the text" in out
    # Merging it: the quote still finds its place, so the passage is re-anchored, never stretched.
    code, out, err = run_cli(capsys, "merge", sample_project, other, "--json")
    assert code == 0, err
    project = open_project(sample_project, read_only=True)
    passage = project.state.passages[passage_id]
    assert project.state.articles[passage.article_id].text[passage.start : passage.end] == quote
    project.persistence.close()


def test_dangling_references(capsys, sample_project, other):
    tamper(
        other,
        "UPDATE passage SET claim_id = 'no-such-claim' WHERE rowid = 1",
        "UPDATE passage SET article_id = 'no-such-article' WHERE rowid = 2",
    )
    code, out, _ = run_cli(capsys, "check", other, "--json")
    import json

    findings = json.loads(out)["findings"]
    assert code == 1 and {f["code"] for f in findings} == {"dangling"}
    messages = " ".join(f["message"] for f in findings)
    assert "missing claim no-such-claim" in messages and "missing article no-such-article" in messages
    merge_must_fail(capsys, sample_project, other, "dangling reference")


def test_duplicate_uuid(capsys, sample_project, other):
    conn = sqlite3.connect(other)
    claim_id = conn.execute("SELECT id FROM claim LIMIT 1").fetchone()[0]
    conn.close()
    tamper(other, f"UPDATE passage SET id = '{claim_id}' WHERE rowid = 3")
    code, out, _ = run_cli(capsys, "check", other)
    assert code == 1 and f"the id {claim_id} is used more than once" in out


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_truncated_copy(capsys, sample_project, other, keep):
    data = other.read_bytes()
    other.write_bytes(data[: int(len(data) * keep)])
    merge_must_fail(capsys, sample_project, other, "damaged or truncated")
    code, out, _ = run_cli(capsys, "check", other)
    assert code == 1 and "damaged or truncated" in out


def test_a_zip_named_crosscheck(capsys, sample_project, tmp_path):
    fake = tmp_path / "other.crosscheck"
    import zipfile

    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("project.crosscheck", b"not really")
    merge_must_fail(capsys, sample_project, fake, "zip archive")
    code, out, _ = run_cli(capsys, "check", fake)
    assert code == 1 and "zip archive" in out


def test_merging_a_project_into_itself(capsys, sample_project):
    merge_must_fail(capsys, sample_project, sample_project, "cannot merge a project into itself")
    link = sample_project.with_name("link.crosscheck")
    link.symlink_to(sample_project)
    merge_must_fail(capsys, sample_project, link, "cannot merge a project into itself")


def test_merging_projects_that_share_no_articles(capsys, sample_project, tmp_path):
    lone = tmp_path / "lone.crosscheck"
    stray = tmp_path / "stray.txt"
    stray.write_text("Un articolo che non ha niente a che vedere con la telefonata.\n", encoding="utf-8")
    assert main(["new", str(lone)]) == 0 and main(["import", str(lone), str(stray)]) == 0
    capsys.readouterr()
    code, out, _err = run_cli(capsys, "merge", sample_project, lone)
    assert code == 0 and "share no articles" in out and "1 added" in out
    project = open_project(sample_project, read_only=True)
    assert len(project.state.articles) == 6 and len(project.state.claims) == 9  # nothing lost
    project.persistence.close()


def _hold_open(path: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from desktop.store import open_project; "
            "p = open_project(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
            str(path),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_a_file_locked_by_another_running_crosscheck(capsys, sample_project, other):
    child = _hold_open(sample_project)
    try:
        with pytest.raises(ProjectLockedError, match="open in another Crosscheck"):
            open_project(sample_project)
        merge_must_fail(capsys, sample_project, other, "open in another Crosscheck")
        opened = open_shared(sample_project, untrusted=False, read_only_if_locked=True)
        assert opened.read_only and "opened read-only" in opened.reason and not opened.is_copy
        assert len(opened.project.state.claims) == 9
        opened.close()
    finally:
        child.kill()
        child.wait()


def _ids(path: Path) -> set[str]:
    # Through our own open path: it must roll a hot journal back itself (issue 19, defect 2).
    project = open_project(path, read_only=True, thorough=True)
    try:
        return set(project.state.claims) | set(project.state.passages)
    finally:
        project.persistence.close()


@pytest.mark.parametrize("pause", [True, False], ids=["killed-mid-transaction", "killed-after-commit"])
def test_a_merge_killed_is_all_or_nothing(sample_project, other, pause):
    theirs = open_project(other, author="Bob")
    article = next(iter(theirs.state.articles.values()))
    for n in range(20):
        theirs.run(CreateClaim(f"claim {n} from Bob"))
    theirs.run(EditClaim(next(iter(theirs.state.claims)), verdict=Verdict.FALSE))
    theirs.persistence.close()
    before, union = _ids(sample_project), _ids(sample_project) | _ids(other)
    assert article and before < union
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.merge_crash_child",
            str(sample_project),
            str(other),
            "1" if pause else "0",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    wanted = "IN-TRANSACTION" if pause else "COMMITTED"
    for line in child.stdout:
        if line.strip() == wanted:
            break
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL
    assert _ids(sample_project) == (before if pause else union)
    project = open_project(sample_project, thorough=True)  # opens cleanly afterwards
    project.persistence.close()
