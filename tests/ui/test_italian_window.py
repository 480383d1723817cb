"""Under it_IT the window and every dialog show no English (issue 18): menus and their tips,
docks, panes, the chart, the inspector, status messages, the shortcut list, message boxes, file
dialogs, the import, export, share and merge dialogs, and the messages that come from the
layers without Qt (store errors, import refusals, the merge report). The project's own content
(titles, statements, quotes, names, paths) is taken out first: it is in whatever language the
sources were. tests/support/window_texts.py says what counts as an English word."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.core.commands import EditClaim
from desktop.core.model import Verdict
from desktop.store import open_project
from tests.support.dialogs import Catcher, team_dialogs
from tests.support.input import activate, click_row, drag_over, press
from tests.support.paths import DATA
from tests.support.window_texts import action_texts, english_in, visible_texts

K = Qt.Key


@pytest.fixture
def catcher(monkeypatch) -> Catcher:
    return Catcher().install(monkeypatch)


@pytest.fixture
def italian_window(qtbot, qsettings_isolated, sample_project, interface_language, catcher):
    interface_language("it")
    window = create_window(sample_project)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    activate(qtbot, window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: text and messages.append(text))
    window.status_messages = messages  # type: ignore[attr-defined]  # a test's own attribute on the window, to collect status messages
    yield window
    window.close()


def content_of(window, *extra: str) -> list[str]:
    """The project's own words, which stay as the sources wrote them."""
    state = window.bridge.state if window.bridge else None
    content = [str(p) for p in extra]
    if state is not None:
        for article in state.articles.values():
            content += [article.title, article.outlet, article.url, article.author, article.language]
        for claim in state.claims.values():
            content += [claim.statement, claim.note, claim.claimant, *claim.tags]
            content += [claim.created_by, claim.modified_by]
        for passage in state.passages.values():
            content += [passage.quote, passage.note, " ".join(passage.quote.split())]
    if window.project_path is not None:
        content += [str(window.project_path), str(window.project_path.parent), window.project_path.stem]
    return [c for c in content if c]


def english(texts, content) -> list[str]:
    return [f"{where}: {text!r} has {sorted(found)}" for where, text in texts if (found := english_in(text, content))]


def test_the_italian_window_shows_no_english(italian_window, qtbot, catcher):
    window = italian_window
    window.show_coverage()
    window.suggestions_dock.show()
    qtbot.wait(50)
    # A claim and a passage in the inspector, the chart's cursor on a cell, the hint banner.
    click_row(qtbot, window.claims.table, 1)
    passage = window.bridge.state.passages_of_claim(window.workspace.current_claim)[0]
    window.present(window.gestures.show_passage(passage.id))
    window.coverage.matrix.widget.setFocus()
    press(qtbot, K.Key_Down, widget=window.coverage.matrix.widget)
    window.hint.show()
    # Gestures that only say something, and one that changes the project and is undone.
    window.panes.panes[0].view.setFocus()
    press(qtbot, K.Key_H)
    drag_over(qtbot, window.panes.panes[0].view, "50 minuti")
    press(qtbot, K.Key_H)
    window.bridge.undo()
    window.bridge.redo()
    window.show_shortcuts()
    window.show_about()
    qtbot.wait(20)
    texts = visible_texts(window) + action_texts(window.menuBar().actions()) + action_texts(window.actions())
    texts += visible_texts(window.shortcut_dialog) + catcher.texts()
    texts += [("status bar", m) for m in window.status_messages]
    assert len(window.status_messages) >= 4
    assert not english(texts, content_of(window)), "\n".join(english(texts, content_of(window)))


def test_every_dialog_is_italian(italian_window, qtbot, catcher, tmp_path, sample_project):
    window = italian_window
    # Import: a good page and a file that is refused (a message from formats/).
    bad = tmp_path / "immagine.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    catcher.waits.append(lambda dialog: qtbot.waitUntil(lambda: not getattr(dialog, "reading", False)))
    catcher.accept.add("ImportDialog")
    window.io.import_files([DATA / "pages" / "it-quotidiano-telefonata.html", bad])
    window.io.import_files()  # the file dialog's caption and filters
    # Export: every format, so the ClaimReview publisher box shows too.
    catcher.waits.append(lambda dialog: _every_format(dialog, qtbot, tmp_path / "esportazione.html"))
    window.io.export_set()
    window.save_copy()
    window.set_author_name()
    window.set_language("en")
    window.set_language("it")
    # Deleting a claim asks what to do with its passages.
    click_row(qtbot, window.claims.table, 0)
    window.claims.delete_selected()
    # A colleague's copy that conflicts with ours: the review, then the report.
    other = tmp_path / "collega.crosscheck"
    shutil.copy(sample_project, other)
    claim_id = next(iter(window.bridge.state.claims))
    theirs = open_project(other)
    theirs.run(EditClaim(claim_id, verdict=Verdict.FALSE, note="nota del collega"))
    theirs.persistence.close()
    window.bridge.run(EditClaim(claim_id, verdict=Verdict.MOSTLY_TRUE))
    catcher.accept.add("MergeDialog")
    window.io.merge_from(other)
    window.io.merge_from(other)
    window.io.merge_from(sample_project)  # into itself: refused, with the core's reason
    window.io.merge_from()
    # W3C annotations that cannot be read; a file that is not a project; a change on disk.
    junk = tmp_path / "annotazioni.jsonld"
    junk.write_text("{ non è JSON", encoding="utf-8")
    window.io.import_annotations(junk)
    window.io.import_annotations()
    window.open_project_file(bad)
    window.io._replaced(str(window.project_path))
    team_dialogs(window)
    from desktop.ui.io.team import EXAMPLE  # an address: a format, not words

    content = content_of(
        window, other, bad, junk, tmp_path, sample_project, sample_project.stem, other.stem, DATA / "pages", EXAMPLE
    )
    texts = visible_texts(window._kept_dialog)  # the merge report, left open
    window.new_project()
    window.open_project_dialog()
    window.close_project()  # the start page
    texts += catcher.texts() + visible_texts(window) + [("status bar", m) for m in window.status_messages]
    kinds = catcher.kinds()
    for kind in (
        "ImportDialog",
        "ExportDialog",
        "ShareDialog",
        "MergeDialog",
        "TeamAddressDialog",
        "QMessageBox",
        "message",
        "file",
        "input",
    ):
        assert kind in kinds, (kind, kinds)
    found = english(texts, content)
    assert not found, "\n".join(found)


def _every_format(dialog, qtbot, target) -> None:
    """Export an HTML report (its summary in the status line), then show every format, the
    ClaimReview one last so its publisher box is read."""
    box = getattr(dialog, "format_box", None)
    if box is None:
        return
    box.setCurrentIndex(box.findData("html"))
    dialog.path_edit.setText(str(target))
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.export_result is not None and dialog._thread is None, timeout=10000)
    for index in range(box.count()):
        box.setCurrentIndex(index)
        QApplication.processEvents()
    box.setCurrentIndex(box.findData("claimreview"))
