"""Import, paste, drop and merge driven from the window (the dialogs' own tests are elsewhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.app import create_window
from desktop.core.commands import CreateClaim
from desktop.store import open_project
from tests.support.paths import DATA

pytestmark = pytest.mark.ui
PAGES = DATA / "pages"


@pytest.fixture
def window(qtbot, qsettings_isolated, sample_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = create_window(sample_project)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def auto_accept_import(qtbot, monkeypatch):
    from desktop.ui.io import import_dialog

    def exec_(dialog):
        qtbot.waitUntil(lambda: not dialog.reading, timeout=30_000)
        dialog.accept()
        return 1

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", exec_)


def test_import_action_reads_a_saved_page(window, auto_accept_import, monkeypatch):
    page = next(PAGES.glob("*.html"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(page)], ""))
    before = len(window.bridge.state.articles)
    window.actions_by_name["actionImport"].trigger()
    assert len(window.bridge.state.articles) == before + 1
    assert "1 imported" in window.statusBar().currentMessage()
    window.actions_by_name["actionUndo"].trigger()
    assert len(window.bridge.state.articles) == before


def test_paste_as_article(window, auto_accept_import):
    QGuiApplication.clipboard().setText("Pasted headline\nBody of a pasted report, long enough to keep.")
    before = len(window.bridge.state.articles)
    window.actions_by_name["actionPasteArticle"].trigger()
    titles = [a.title for a in window.bridge.state.articles.values()]
    assert len(titles) == before + 1 and "Pasted headline" in titles


def test_dropping_files_imports_them(window, auto_accept_import, tmp_path):
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("Dropped report\nIt says the call lasted fifty minutes.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert "Dropped report" in [a.title for a in window.bridge.state.articles.values()]


def test_merge_from_a_colleagues_copy(window, sample_project, tmp_path, monkeypatch):
    from desktop.ui.io import merge_dialog

    colleague = tmp_path / "colleague.crosscheck"
    window.bridge.project.persistence.save_copy(colleague)
    theirs = open_project(colleague, author="Bea")
    theirs.run(CreateClaim("A claim only the colleague made"))
    theirs.persistence.close()
    monkeypatch.setattr(merge_dialog, "review_merge", lambda plan, source, parent: plan)
    window.io.merge_from(colleague)
    statements = [c.statement for c in window.bridge.state.claims.values()]
    assert "A claim only the colleague made" in statements
    assert window.claims.model.rowCount() == len(statements)
    assert "Merge" in window.actions_by_name["actionUndo"].text()
    window.actions_by_name["actionUndo"].trigger()
    assert "A claim only the colleague made" not in [c.statement for c in window.bridge.state.claims.values()]


def test_merging_the_project_into_itself_is_refused(window, sample_project, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = sample_project.read_bytes()
    window.io.merge_from(sample_project)
    assert warnings and "into itself" in warnings[0]
    assert sample_project.read_bytes() == before


def test_locked_project_can_be_opened_read_only(window, sample_project, monkeypatch, qtbot):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second = create_window(sample_project)  # the first window holds the write lock
    qtbot.addWidget(second)
    assert second.bridge is not None and second.bridge.project.read_only
    assert "read-only" in second.windowTitle()
    second.close()


def test_locked_project_gone_before_the_read_only_open_says_why(window, sample_project, monkeypatch, qtbot):
    # The file is moved away while the "Open it read-only?" question is up: the second open fails,
    # and that failure is what the message box shows (it once crashed with a NameError instead).
    before = sample_project.read_bytes()
    aside = sample_project.with_name("moved away.crosscheck")

    def move_away_and_say_yes(*args, **kwargs):
        sample_project.rename(aside)
        return QMessageBox.StandardButton.Yes

    errors = []
    monkeypatch.setattr(QMessageBox, "question", move_away_and_say_yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append((title, text)))
    try:
        assert window.io.open(sample_project, show_errors=True) is None
    finally:
        aside.rename(sample_project)
    assert errors == [("Cannot open project", f"{sample_project}: no such project file")]
    assert sample_project.read_bytes() == before


def test_w3c_round_trip_through_the_window(window, tmp_path, monkeypatch):
    from desktop.exporting import export_project

    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    target = tmp_path / "set.jsonld"
    export_project(window.bridge.project, "w3c", target)
    claims = dict(window.bridge.state.claims)
    from desktop.core.commands import DeleteClaim

    victim = next(iter(claims))
    window.bridge.run(DeleteClaim(victim, keep_passages=False))
    window.io.import_annotations(target)
    assert infos and "imported" in infos[0]
    assert window.bridge.state.claims[victim] == claims[victim]
