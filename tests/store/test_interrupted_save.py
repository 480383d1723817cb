"""Issue 19, defect 2: a kill in the middle of a big save leaves a hot rollback journal. Every
open used to start read-only, which cannot roll it back, so the project said "read-only location"
for ever. Now any open repairs it where it may, and says what to do where it may not."""

from __future__ import annotations

import fcntl
import os
import stat

import pytest

from desktop.store import InterruptedSaveError, open_project
from desktop.store.inspect import check_file
from tests.support.cli import run
from tests.support.hostile import file_state, interrupt_a_save, is_hot, refused


def claim_ids(project) -> set[str]:
    opened = open_project(project, read_only=True)
    try:
        return set(opened.state.claims)
    finally:
        opened.persistence.close()


@pytest.fixture
def interrupted(sample_project):
    before = claim_ids(sample_project)
    interrupt_a_save(sample_project)
    return sample_project, before


def journal_of(project):
    return project.with_name(project.name + "-journal")


@pytest.mark.parametrize("read_only", [True, False])
def test_opening_repairs_the_file_and_keeps_what_was_committed(interrupted, read_only):
    project, before = interrupted
    opened = open_project(project, read_only=read_only, thorough=True)
    try:
        assert set(opened.state.claims) == before  # the cut-off save is undone, nothing else
    finally:
        opened.persistence.close()
    assert not journal_of(project).exists() and not is_hot(project)


def test_a_read_only_command_repairs_it_too(capsys, interrupted):
    project, before = interrupted
    code, out, err = run(capsys, "claims", project, "--json")
    assert code == 0, err
    assert out.count('"statement"') == len(before)


def test_in_a_read_only_location_it_says_what_to_do(capsys, interrupted):
    project, _ = interrupted
    folder = project.parent
    files = [project, journal_of(project)]
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        before = file_state(files)
        with pytest.raises(InterruptedSaveError, match=r"copy it together with sample\.crosscheck-journal"):
            open_project(project, read_only=True)
        line = refused(capsys, files, "articles", project, match="a save was interrupted")
        assert "read-only" in line
        assert file_state(files) == before
    finally:
        folder.chmod(stat.S_IRWXU)
    assert is_hot(project)  # untouched, still repairable


def test_while_another_crosscheck_holds_it_it_says_so(capsys, interrupted):
    project, _ = interrupted
    holder = os.open(project, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as another Crosscheck's open does
    try:
        refused(capsys, [project, journal_of(project)], "articles", project, match="open in another Crosscheck window")
    finally:
        os.close(holder)


def test_check_reports_it_without_changing_anything(capsys, interrupted):
    project, _ = interrupted
    files = [project, journal_of(project)]
    before = file_state(files)
    result = check_file(project)
    assert [f.code for f in result.findings] == ["interrupted"]
    assert "a save was interrupted" in result.findings[0].message
    assert file_state(files) == before
