"""The import review dialog: reading off the UI thread, review, edits, unticking, cancel, commit."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.support.paths import DATA

pytestmark = pytest.mark.ui

PAGES = DATA / "pages"


@pytest.fixture
def project(tmp_path):
    from desktop.store import create_project

    project = create_project(tmp_path / "p.crosscheck")
    yield project
    project.persistence.close()


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "in"
    shutil.copytree(PAGES, target)
    (target / "broken.html").write_bytes(b"\x1f\x8b\x08" + bytes(40))
    (target / "copy.html").write_bytes((PAGES / "en-wire-both-readouts.html").read_bytes())
    return target


def open_dialog(qtbot, project, paths, **kw):
    from desktop.ui.io.import_dialog import ImportDialog

    dialog = ImportDialog(project, paths, **kw)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=30000)
    return dialog


def test_review_lists_metadata_and_warnings_then_imports_the_ticked(qtbot, project, folder):
    from desktop.ui.io.import_dialog import DATE, FILE, LANGUAGE, OUTLET, TITLE, WARNINGS

    main_thread = threading.get_ident()
    from desktop.formats import html_import

    seen_threads = []
    original = html_import.read_html_bytes

    def spy(*args, **kwargs):
        seen_threads.append(threading.get_ident())
        return original(*args, **kwargs)

    html_import.read_html_bytes = spy
    try:
        dialog = open_dialog(qtbot, project, [folder])
    finally:
        html_import.read_html_bytes = original
    assert seen_threads and main_thread not in seen_threads  # pages were read off the UI thread
    table = dialog.table
    names = [table.item(r, FILE).text() for r in range(table.rowCount())]
    assert sorted(names) == sorted(
        [
            "broken.html",
            "copy.html",
            "en-nolang-factcheck.html",
            "en-wire-both-readouts.html",
            "it-blog-archivio-cp1252.html",
            "it-quotidiano-telefonata.html",
        ]
    )
    row = names.index("it-quotidiano-telefonata.html")
    assert table.item(row, OUTLET).text() == "Il Quotidiano del Nord"
    assert (table.item(row, LANGUAGE).text(), table.item(row, DATE).text()) == ("it", "2021-12-31")
    broken = names.index("broken.html")
    assert "failed: gzip-compressed data" in table.item(broken, WARNINGS).text()
    duplicates = [r for r in range(table.rowCount()) if "duplicate" in table.item(r, WARNINGS).text()]
    assert len(duplicates) == 1 and names[duplicates[0]] in ("copy.html", "en-wire-both-readouts.html")
    assert "guessed" not in table.item(names.index("it-blog-archivio-cp1252.html"), WARNINGS).text()
    assert "language detected" in table.item(names.index("en-nolang-factcheck.html"), WARNINGS).text()
    assert len(dialog.ticked_rows()) == 4  # failed and duplicate rows start unticked

    table.selectRow(row)
    assert "È durata cinquanta minuti" in dialog.preview.toPlainText()
    table.item(row, TITLE).setText("Titolo corretto a mano")
    table.item(row, LANGUAGE).setText("it-IT")
    dialog.set_ticked(names.index("en-nolang-factcheck.html"), False)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 3 articles"
    dialog.import_button.click()
    assert dialog.report is not None and dialog.report.summary == "3 imported, 0 skipped, 1 failed"
    titles = {a.title: a for a in project.state.articles.values()}
    assert "Titolo corretto a mano" in titles and titles["Titolo corretto a mano"].language == "it"
    assert not any("Fact check" in t for t in titles)
    assert project.undo_label.endswith("Import 3 articles")
    project.undo()
    assert project.state.articles == {}


def test_cancel_stops_reading_and_keeps_what_was_read(qtbot, project, tmp_path, monkeypatch):
    from desktop.ui.io import import_dialog, import_worker

    many = tmp_path / "many"
    many.mkdir()
    for i in range(60):
        (many / f"{i:03}.txt").write_text(f"Notizia {i}\n" + "testo " * 50 + str(i), encoding="utf-8")
    real_read_one = import_worker.read_one

    def slow_read_one(*args, **kwargs):
        time.sleep(0.05)  # like a slow network drive
        return real_read_one(*args, **kwargs)

    monkeypatch.setattr(import_worker, "read_one", slow_read_one)
    dialog = import_dialog.ImportDialog(project)
    qtbot.addWidget(dialog)
    dialog.read_paths([many])
    worker = dialog._worker
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3, timeout=10000)
    assert not dialog.progress.isHidden() and not dialog.import_button.isEnabled()
    dialog.cancel_reading.click()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)
    assert worker.cancelled and 3 <= dialog.table.rowCount() < 60
    assert "Reading stopped" in dialog.details.text() and dialog.import_button.isEnabled()
    assert dialog.progress.isHidden()


def test_clipboard_text_becomes_a_row(qtbot, project):
    from PySide6.QtGui import QGuiApplication

    from desktop.formats.candidate import ImportCandidate
    from desktop.importing import ImportOutcome
    from desktop.ui.io.import_dialog import ImportDialog, candidate_from_clipboard

    QGuiApplication.clipboard().setText("Titolo incollato\r\nTesto dal messaggio 😀")
    candidate = candidate_from_clipboard()
    assert isinstance(candidate, ImportCandidate)
    assert (candidate.path, candidate.title, candidate.text) == (
        "clipboard",
        "Titolo incollato",
        "Titolo incollato\nTesto dal messaggio 😀",
    )
    empty = candidate_from_clipboard("   ")
    assert isinstance(empty, ImportOutcome) and empty.message == "no text was given"
    dialog = ImportDialog(project)
    qtbot.addWidget(dialog)
    dialog.add_result(candidate)
    dialog.accept()
    assert [a.title for a in project.state.articles.values()] == ["Titolo incollato"]


def test_rejecting_changes_nothing(qtbot, project, folder):
    before = Path(project.persistence.path).read_bytes()
    dialog = open_dialog(qtbot, project, [folder])
    dialog.reject()
    assert dialog.report is None and project.state.articles == {}
    assert Path(project.persistence.path).read_bytes() == before


def test_only_a_real_date_can_be_imported_typed_or_picked(qtbot, tmp_path):
    """Issue 14 item 5: the review accepts only ISO 8601 dates, names the field and the value,
    imports nothing until it is right, and offers a calendar."""
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core.project import MemoryPersistence, Project
    from desktop.core.state import ProjectState
    from desktop.formats.article_files import read_article
    from desktop.ui.common.date_edit import DateEdit
    from desktop.ui.io.import_dialog import DATE, ImportDialog
    from tests.support.input import click_row

    story = tmp_path / "story.txt"
    story.write_text("Una notizia\nIl testo della notizia, abbastanza lungo da essere un articolo vero.\n", "utf-8")
    project = Project(ProjectState(), MemoryPersistence())
    dialog = ImportDialog(project, [])
    qtbot.addWidget(dialog)
    dialog.add_result(read_article(story))
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    index = table.model().index(0, DATE)
    click_row(qtbot, table, 0, DATE)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the date cell from the keyboard
    editor = QApplication.focusWidget()
    assert isinstance(editor.parent(), DateEdit)
    qtbot.keyClicks(editor, "20/01/2022")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert table.item(0, DATE).text() == "20/01/2022"
    assert dialog.isVisible() and project.state.articles == {}  # Enter ended the cell, not the dialog
    assert not dialog.import_button.isEnabled()
    assert "published" in dialog.details.text() and "20/01/2022" in dialog.details.text()
    dialog.accept()  # Enter on the dialog: still nothing imported
    assert project.state.articles == {}
    # Pick a day from the calendar instead.
    qtbot.keyClick(table, Qt.Key.Key_F2)
    date_edit = QApplication.focusWidget().parent()
    date_edit.calendar.setSelectedDate(QDate(2022, 1, 20))
    date_edit.calendar.activated.emit(QDate(2022, 1, 20))  # what Enter in the calendar sends
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert table.item(0, DATE).text() == "2022-01-20"
    assert dialog.import_button.isEnabled() and project.state.articles == {}
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [a.published for a in project.state.articles.values()] == ["2022-01-20"]
    del index
