"""The bridge is the window's one way to change the project: commands and use cases alike report
their failures through it (issue 15 item 5)."""

from __future__ import annotations

from desktop.core.commands import AddArticle
from desktop.core.project import MemoryPersistence, Project
from desktop.core.state import ProjectState
from desktop.store.errors import StoreError
from desktop.ui.common.bridge import ProjectBridge


def test_perform_runs_a_use_case_and_reports_its_failure_like_a_command(qtbot):
    project = Project(ProjectState(), MemoryPersistence())
    bridge = ProjectBridge(project)
    failures = []
    bridge.failed.connect(lambda message, serious: failures.append((message, serious)))
    assert bridge.perform(lambda p: p.run(AddArticle(title="Una", text="Testo.")) and "done") == "done"
    assert len(project.state.articles) == 1

    def broken(_project):
        raise StoreError("p.crosscheck", "the disk is full")

    assert bridge.perform(broken, "Merge") is None
    assert failures == [("Merge failed; nothing was changed: the disk is full", True)]
    assert bridge.run(AddArticle(title="Una", text="Testo.")) is None  # the same text again: refused
    assert failures[-1][1] is False and "already in the project" in failures[-1][0]
