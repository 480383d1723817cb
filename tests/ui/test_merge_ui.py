"""The standalone Qt pieces of issue 7: the merge review dialog and the project file watcher."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

import pytest

from desktop.core.commands import EditClaim
from desktop.core.merge import MERGE, OURS, THEIRS
from desktop.core.merge_resolve import resolve_merge
from desktop.core.model import Verdict
from tests.support.merge import CreateClaimHelper, fork, plan

pytestmark = pytest.mark.ui


@pytest.fixture
def conflicted(base):
    ours, article_id = base
    theirs = fork(ours)
    claim_id = next(iter(ours.state.claims))
    ours.run(EditClaim(claim_id, verdict=Verdict.FALSE))
    theirs.run(EditClaim(claim_id, verdict=Verdict.TRUE))
    mine = CreateClaimHelper.run(ours, article_id, "La Casa Bianca ha parlato di un colloquio serio", "Serious")
    CreateClaimHelper.run(theirs, article_id, "Casa Bianca ha parlato di un colloquio serio", "Talks were serious")
    return ours, theirs, claim_id, mine


def test_merge_dialog_lists_everything_and_returns_the_choices(qtbot, conflicted):
    from desktop.ui.io.merge_dialog import MergeDialog

    ours, theirs, claim_id, _ = conflicted
    merge_plan = plan(ours, theirs)
    dialog = MergeDialog(merge_plan, "bob.crosscheck")
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Conflicts (1)" in tabs and "Possibly the same claim (1)" in tabs and "Added (2)" in tabs
    assert dialog.conflict_table.item(0, 2).text() == "changed on both sides"
    assert "True" in dialog.conflict_table.item(0, 4).text() and "False" in dialog.conflict_table.item(0, 3).text()
    assert "1 conflict," in dialog.summary.text()

    combo = dialog.combo_for(f"claim:{claim_id}")
    assert combo.currentData() == THEIRS and "(newer)" in combo.currentText()
    combo.setCurrentIndex(combo.findData(OURS))
    duplicate = merge_plan.duplicates[0]
    dup_combo = dialog.combo_for(duplicate.key)
    dup_combo.setCurrentIndex(dup_combo.findData(MERGE))
    assert "1 added" in dialog.summary.text()  # their duplicate claim is no longer added

    dialog.merge_button.click()
    chosen = dialog.chosen_plan()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert chosen.conflict(f"claim:{claim_id}").choice == OURS and chosen.duplicates[0].choice == MERGE
    ours.run(resolve_merge(chosen, author="Ann").command())
    assert ours.state.claims[claim_id].verdict == Verdict.FALSE
    assert duplicate.theirs.id not in ours.state.claims


def test_cancelling_the_dialog_changes_nothing(qtbot, conflicted, monkeypatch):
    from desktop.ui.io import merge_dialog

    ours, theirs, *_ = conflicted
    before = dict(ours.state.claims)
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: merge_dialog.QDialog.DialogCode.Rejected)
    assert merge_dialog.review_merge(plan(ours, theirs)) is None
    assert ours.state.claims == before


@contextmanager
def followed_watcher(path):
    """The project at `path`, open, with a watcher following its writes; yields the project, the
    watcher and the list of replacedOnDisk reports. Closes both."""
    from desktop.store import open_project
    from desktop.ui.io.file_watch import ProjectFileWatcher

    project = open_project(path)
    watcher = ProjectFileWatcher(path, debounce_ms=50)
    watcher.follow(project)
    seen: list[str] = []
    watcher.replacedOnDisk.connect(seen.append)
    try:
        yield project, watcher, seen
    finally:
        watcher.close()
        project.persistence.close()


def test_watcher_reports_a_replaced_file_once_and_ignores_our_own_writes(qtbot, sample_project, tmp_path):
    from desktop.core.commands import CreateClaim

    with followed_watcher(sample_project) as (project, watcher, seen):
        project.run(CreateClaim("our own write"))
        qtbot.wait(300)
        assert seen == []  # our own commit is acknowledged

        incoming = tmp_path / "from-sync.crosscheck"
        shutil.copyfile(sample_project, incoming)
        with qtbot.waitSignal(watcher.replacedOnDisk, timeout=3000) as blocker:
            os.replace(incoming, sample_project)  # what a sync client does
        assert blocker.args == [str(sample_project.resolve())]
        qtbot.wait(300)
        assert len(seen) == 1  # one burst, one report

        # changed in place, still being watched
        with qtbot.waitSignal(watcher.replacedOnDisk, timeout=3000), open(sample_project, "r+b") as handle:
            handle.seek(24)
            handle.write(b"\x00\x00\x99\x99")
        with qtbot.waitSignal(watcher.removedFromDisk, timeout=3000):
            sample_project.unlink()


def test_watcher_ignores_our_writes_that_are_not_commands(qtbot, sample_project):
    """The vector cache, rejected suggestions and settings are written outside the command path:
    they are ours too, and must not be reported as another program's change."""
    with followed_watcher(sample_project) as (project, watcher, seen):
        claim_id = next(iter(project.state.claims))
        article_id = next(iter(project.state.articles))
        project.persistence.add_rejection(claim_id, article_id, 0, 10)
        project.persistence.set_setting("panes", "a,b")
        qtbot.wait(300)
        assert seen == []
        watcher.stop_following()
        project.persistence.set_setting("panes", "c")  # not followed any more: now it is news
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)


def test_window_asks_about_an_outside_change_once_while_its_question_is_open(
    qtbot, qsettings_isolated, sample_project, tmp_path, monkeypatch
):
    """A sync client that keeps rewriting the file must not stack one modal question on another."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import create_window

    window = create_window(sample_project)
    qtbot.addWidget(window)
    questions = []

    def question(*args, **kwargs):
        questions.append(args[1])
        # While the user reads the question, the file changes again and the watcher reports it.
        window.io._replaced(str(sample_project))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.io._replaced(str(sample_project))
    assert questions == ["Project changed on disk"]
    window.io._replaced(str(sample_project))  # a later change is asked about again
    assert len(questions) == 2
    window.close()


def test_merge_review_counts_match_its_tabs_and_say_who_and_when(qtbot, conflicted):
    import re

    from desktop.core.merge_report import MergeReport
    from desktop.ui.io.merge_dialog import MergeDialog

    ours, theirs, claim_id, _ = conflicted
    merge_plan = plan(ours, theirs)
    dialog = MergeDialog(merge_plan, "bob.crosscheck")
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.combo_for(merge_plan.conflicts[0].key)
    # Keep mine: a decision, not an update (it used to read "1 updated" over an empty Updated tab).
    combo.setCurrentIndex(combo.findData(OURS))
    summary = dialog.summary.text()
    tabs = {dialog.tabs.tabText(i).rsplit(" (", 1)[0]: dialog.tabs.tabText(i) for i in range(dialog.tabs.count())}
    for name, key in (("Added", "added"), ("Updated", "updated"), ("Deleted there", "deleted")):
        count = int(re.search(rf"(\d+) {key}", summary).group(1))
        assert tabs[name] == f"{name} ({count})"
    assert "Updated (0)" in tabs["Updated"]
    added = [dialog.added_list.item(i).text() for i in range(dialog.added_list.count())]
    assert added and all("added by" in line for line in added)
    # Seconds and the author on each side of a conflict.
    mine, their = dialog.conflict_table.item(0, 3).text(), dialog.conflict_table.item(0, 4).text()
    seconds = r":\d\d:\d\d\W*(AM|PM)? UTC by"  # the locale's time, seconds always shown
    assert re.search(seconds + " Ann", mine) and re.search(seconds + " Bob", their)
    # The choice is on screen without scrolling sideways.
    table = dialog.conflict_table
    keep_right = table.columnViewportPosition(1) + table.columnWidth(1)
    assert 0 < keep_right <= table.viewport().width()
    text = MergeReport.build(resolve_merge(merge_plan), "bob.crosscheck").to_text()
    assert "default" not in text and "keeping my version, chosen over the newer edit" in text
    assert text.count(claim_id[:8]) == 1  # listed once: as a conflict, not also as updated
