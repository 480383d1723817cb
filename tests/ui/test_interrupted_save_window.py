"""Issue 19, defect 2 in the window: a project whose last save was cut off by a kill opens (the
unfinished save rolled back), through the window's own open path."""

from __future__ import annotations

from desktop.store import open_project
from tests.support.hostile import interrupt_a_save


def test_the_window_opens_it(qtbot, qsettings_isolated, sample_project, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.shell.main_window import MainWindow

    project = sample_project
    reader = open_project(project, read_only=True)
    before = set(reader.state.claims)
    reader.persistence.close()
    interrupt_a_save(project)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project_file(project, show_errors=True), shown
    assert set(window.bridge.state.claims) == before
    window.close_project()
