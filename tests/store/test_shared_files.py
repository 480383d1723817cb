"""Opening someone else's file as a verified copy, network/read-only locations, and share copies."""

from __future__ import annotations

import shutil
import sqlite3
import stat

import pytest

from desktop.cli import main
from desktop.core.commands import CreateClaim, EditClaim, EditPassage
from desktop.store import NotSQLiteError, open_project
from desktop.store.shared import is_network_location, open_shared

MOUNTS = """sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /media/nas cifs rw 0 0
me@host:/home /mnt/ssh fuse.sshfs rw 0 0
"""


def test_network_locations_are_recognised():
    assert is_network_location("/mnt/team/a.crosscheck", MOUNTS)
    assert is_network_location("/media/nas/x/y.crosscheck", MOUNTS)
    assert is_network_location("/mnt/ssh/p.crosscheck", MOUNTS)
    assert not is_network_location("/home/ann/p.crosscheck", MOUNTS)
    assert not is_network_location("/mnt/teamwork/p.crosscheck", MOUNTS)  # a prefix is not a mount
    assert is_network_location("//server/share/p.crosscheck", "")


def test_untrusted_file_is_opened_as_a_verified_copy(sample_project, tmp_path):
    before = sample_project.read_bytes()
    opened = open_shared(sample_project, author="Ann", copies_dir=tmp_path / "copies")
    try:
        assert opened.is_copy and opened.working_path != sample_project
        assert opened.working_path.is_relative_to(tmp_path / "copies")
        assert "local copy" in opened.reason and "original is not changed" in opened.reason
        assert not opened.read_only and len(opened.project.state.claims) == 9
        opened.project.run(CreateClaim("Ann's work goes into the copy"))
    finally:
        opened.close()
    assert sample_project.read_bytes() == before


def test_a_file_on_a_network_drive_is_worked_on_as_a_local_copy(sample_project, tmp_path):
    mounts = f"/dev/sda1 / ext4 rw 0 0\nserver:/x {sample_project.parent} nfs rw 0 0\n"
    opened = open_shared(sample_project, untrusted=False, copies_dir=tmp_path / "copies", mounts_text=mounts)
    try:
        assert opened.is_copy and "network drive" in opened.reason
    finally:
        opened.close()


def test_a_read_only_location_is_worked_on_as_a_local_copy(sample_project, tmp_path):
    sample_project.chmod(stat.S_IRUSR)
    try:
        opened = open_shared(sample_project, untrusted=False, copies_dir=tmp_path / "copies")
        assert opened.is_copy and "read-only location" in opened.reason and not opened.read_only
        opened.close()
    finally:
        sample_project.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_trusted_local_file_opens_in_place(sample_project):
    opened = open_shared(sample_project, untrusted=False)
    try:
        assert not opened.is_copy and opened.reason == "" and opened.working_path == sample_project
    finally:
        opened.close()


def test_a_bad_file_leaves_no_copy_behind(tmp_path):
    fake = tmp_path / "x.crosscheck"
    fake.write_bytes(b"PK\x03\x04" + b"\0" * 300)
    with pytest.raises(NotSQLiteError, match="zip archive"):
        open_shared(fake, copies_dir=tmp_path / "copies")
    assert not (tmp_path / "copies").exists() or not any((tmp_path / "copies").rglob("*"))


def _with_notes(sample_project):
    project = open_project(sample_project, author="Ann Example")
    claim = next(iter(project.state.claims))
    passage = next(iter(project.state.passages))
    project.run(EditClaim(claim, note="SECRET-CLAIM-NOTE"))
    project.run(EditPassage(passage, note="SECRET-PASSAGE-NOTE"))
    project.persistence.close()


def test_share_strips_notes_and_authors_leaving_no_trace(sample_project, tmp_path, capsys):
    _with_notes(sample_project)
    out = tmp_path / "shared" / "for-bob.crosscheck"
    out.parent.mkdir()
    before = sample_project.read_bytes()
    assert main(["share", str(sample_project), str(out), "--strip-notes", "--strip-authors"]) == 0
    assert "without notes and authors" in capsys.readouterr().out
    assert sample_project.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["for-bob.crosscheck"]  # no side files
    raw = out.read_bytes()
    for secret in (b"SECRET-CLAIM-NOTE", b"SECRET-PASSAGE-NOTE", b"Ann Example"):
        assert secret not in raw  # not even in free pages
    conn = sqlite3.connect(out)
    assert conn.execute(
        "SELECT count(*) FROM claim WHERE note != '' OR created_by != '' OR modified_by != ''"
    ).fetchone() == (0,)
    conn.close()
    shared = open_project(out, thorough=True)
    assert len(shared.state.claims) == 9 and len(shared.state.passages) == 33
    shared.persistence.close()


def test_share_keeps_notes_unless_asked_and_refuses_to_overwrite(sample_project, tmp_path, capsys):
    _with_notes(sample_project)
    out = tmp_path / "copy.crosscheck"
    assert main(["share", str(sample_project), str(out)]) == 0
    assert b"SECRET-CLAIM-NOTE" in out.read_bytes()
    existing = out.read_bytes()
    capsys.readouterr()
    assert main(["share", str(sample_project), str(out), "--strip-notes"]) == 1
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == existing
    assert main(["share", str(sample_project), str(sample_project), "--force"]) == 1
    assert "cannot replace the project itself" in capsys.readouterr().err


def test_merging_back_a_stripped_copy_does_not_erase_our_notes(sample_project, tmp_path, capsys):
    _with_notes(sample_project)
    out = tmp_path / "stripped.crosscheck"
    assert main(["share", str(sample_project), str(out), "--strip-notes", "--strip-authors"]) == 0
    assert main(["merge", str(sample_project), str(out)]) == 0
    project = open_project(sample_project, read_only=True)
    assert any(c.note == "SECRET-CLAIM-NOTE" for c in project.state.claims.values())
    project.persistence.close()


def test_check_passes_a_good_file_and_merge_dry_run_changes_nothing(sample_project, tmp_path, capsys):
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, other)
    theirs = open_project(other, author="Bob")
    theirs.run(CreateClaim("From Bob"))
    theirs.persistence.close()
    assert main(["check", str(sample_project)]) == 0
    assert "ok: no problems found" in capsys.readouterr().out
    before = sample_project.read_bytes()
    report_path = tmp_path / "report.json"
    assert main(["merge", str(sample_project), str(other), "--dry-run", "--report", str(report_path)]) == 0
    assert "would merge: 1 added" in capsys.readouterr().out
    assert sample_project.read_bytes() == before
    import json

    assert json.loads(report_path.read_text())["added"][0]["label"] == "From Bob"


@pytest.mark.parametrize("flag, expected", [("--ours", "False"), ("--theirs", "Mostly true"), (None, "Mostly true")])
def test_merge_cli_settles_conflicts_by_flag(sample_project, tmp_path, capsys, flag, expected):
    import json

    from desktop.core.model import Verdict

    other = tmp_path / "other.crosscheck"
    shutil.copyfile(sample_project, other)
    ours = open_project(sample_project, author="Ann")
    claim_id = next(iter(ours.state.claims))
    ours.run(EditClaim(claim_id, verdict=Verdict.FALSE))
    ours.persistence.close()
    theirs = open_project(other, author="Bob")
    theirs.run(EditClaim(claim_id, verdict=Verdict.MOSTLY_TRUE))  # later, so the default is theirs
    theirs.persistence.close()
    capsys.readouterr()
    assert main(["merge", str(sample_project), str(other), "--json"] + ([flag] if flag else [])) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["applied"] and report["conflicts"][0]["id"] == claim_id
    project = open_project(sample_project, read_only=True)
    assert project.state.claims[claim_id].verdict.value == expected
    project.persistence.close()
