"""Two windows on one team project, on a real PostgreSQL server (issue 16: "two windows see each
other's links within a second"), driven through real input where a person acts."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from desktop.app import create_window
from tests.support.input import activate, click_row, drag_over, press, row_of_text

K = Qt.Key


@pytest.fixture
def two_windows(qtbot, qsettings_isolated, team_sample):
    maria = create_window(team_sample.url("maria"))
    luca = create_window(team_sample.url("luca"))
    for window in (maria, luca):
        qtbot.addWidget(window)
        window.resize(1500, 900)
        assert window.team is not None, window.statusBar().currentMessage()
    yield maria, luca
    for window in (maria, luca):
        window.close()


def test_a_link_made_in_one_window_reaches_the_other_within_a_second(qtbot, two_windows):
    maria, luca = two_windows
    assert "team" in maria.windowTitle() and "Team project" in maria.saved_label.text()
    activate(qtbot, maria)
    row = row_of_text(maria.claims.table, "50")
    click_row(qtbot, maria.claims.table, row)
    claim_id = maria.workspace.current_claim
    before = len(luca.bridge.state.passages_of_claim(claim_id))
    pane = maria.panes.panes[0]
    pane.view.setFocus()
    drag_over(qtbot, pane.view, "Telefonata secca")
    told: list[str] = []  # every status message: a late one (the suggester's) may follow his
    luca.statusBar().messageChanged.connect(told.append)
    started = time.perf_counter()
    press(qtbot, K.Key_L)
    assert len(maria.bridge.state.passages_of_claim(claim_id)) == before + 1
    qtbot.waitUntil(lambda: len(luca.bridge.state.passages_of_claim(claim_id)) == before + 1, timeout=1000)
    assert time.perf_counter() - started < 1.0
    # Luca's views followed (no reload) and his status bar says who did what.
    assert any("Maria Rossi" in message and "link" in message for message in told), told
    model = luca.claims.model
    assert model.index(model.row_of(claim_id), 3).data() == before + 1  # the Passages column
    assert not luca.actions_by_name["actionUndo"].text().endswith("Link passage")  # not his to undo


def test_a_statement_changed_by_a_colleague_while_typing_is_not_written_over_unasked(
    qtbot, qsettings_isolated, team_sample, monkeypatch
):
    from desktop.core.commands import EditClaim
    from desktop.store.team import open_team_project
    from desktop.ui.shell import main_window

    asked = []
    monkeypatch.setattr(
        main_window, "ask_keep_mine", lambda parent, field, theirs, who: asked.append((field, theirs, who)) or False
    )
    luca = create_window(team_sample.url("luca"))
    qtbot.addWidget(luca)
    luca.resize(1500, 900)
    # Maria works from her own machine: her client is not a window here, so Luca's keeps the focus.
    maria = open_team_project(team_sample.url("maria"))
    try:
        activate(qtbot, luca)
        click_row(qtbot, luca.claims.table, 0)
        claim_id = luca.workspace.current_claim
        luca.inspector.statement.setFocus()
        luca.inspector.statement.selectAll()
        qtbot.keyClicks(luca.inspector.statement, "Luca's statement")
        maria.run(EditClaim(claim_id, statement="Maria's statement"))
        qtbot.waitUntil(lambda: luca.bridge.state.claims[claim_id].statement == "Maria's statement", timeout=3000)
        assert luca.inspector.statement.text() == "Luca's statement"  # what he typed is still there
        press(qtbot, K.Key_Return)
        assert asked and asked[0][0] == "statement" and asked[0][1] == "Maria's statement" and "Maria" in asked[0][2]
        # He kept hers: nothing of his was written over it, and the field shows hers.
        assert luca.bridge.state.claims[claim_id].statement == "Maria's statement"
        assert luca.inspector.statement.text() == "Maria's statement"
    finally:
        maria.persistence.close()
        luca.close()


def test_the_server_going_away_makes_the_window_read_only_until_it_is_back(qtbot, two_windows, pg_server):
    maria, _luca = two_windows
    assert maria.actions_by_name["actionHighlight"].isEnabled()
    pg_server.stop()
    try:
        qtbot.waitUntil(lambda: "offline" in maria.saved_label.text(), timeout=15_000)
        assert not maria.actions_by_name["actionHighlight"].isEnabled()
    finally:
        pg_server.start()
    qtbot.waitUntil(lambda: "connected" in maria.saved_label.text(), timeout=30_000)
    assert maria.actions_by_name["actionHighlight"].isEnabled()


def test_open_team_project_asks_for_an_address_and_checks_it(qtbot):
    from desktop.ui.io.team import TeamAddressDialog

    dialog = TeamAddressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, "https://not-a-database.example.org")
    qtbot.keyClick(dialog.address, K.Key_Return)
    assert dialog.isVisible() and dialog.problem.text()
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "postgresql://maria@desk.example.org/newsroom?project=biden-putin")
    qtbot.keyClick(dialog.address, K.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_file_publish_to_team_server_makes_a_team_project_and_opens_it(
    qtbot, qsettings_isolated, pg_server, sample_project, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui.io.team import TeamAddressDialog
    from tests.support.team import TeamProject, fresh_name

    target = TeamProject(pg_server, fresh_name("p"))
    before = sample_project.read_bytes()
    window = create_window(sample_project)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    activate(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )

    def type_the_address() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamAddressDialog):
            QTimer.singleShot(50, type_the_address)
            return
        assert "Publish" in dialog.windowTitle()
        qtbot.keyClicks(dialog.address, target.url())
        qtbot.keyClick(dialog.address, K.Key_Return)

    QTimer.singleShot(0, type_the_address)
    action = window.actions_by_name["actionPublishTeam"]
    assert action.isEnabled()  # a file is open
    action.trigger()  # File > Publish to team server…
    assert asked and "team project" in asked[0] and "9 claims" in asked[0], asked
    # It opened as a team project, with the same claims; the file was not touched.
    assert window.team is not None and window.project_location.startswith("postgresql://")
    assert len(window.bridge.state.claims) == 9
    assert not window.actions_by_name["actionPublishTeam"].isEnabled()  # already a team project
    assert sample_project.read_bytes() == before
    window.close()


def test_who_is_editing_a_claim_shows_in_the_other_window(qtbot, qsettings_isolated, team_sample):
    from desktop.store.team import open_team_project
    from desktop.ui.claims.model import CLAIM_ID_ROLE

    luca = create_window(team_sample.url("luca"))
    qtbot.addWidget(luca)
    luca.resize(1366, 768)
    # Maria, on her own machine, starts editing a claim (her inspector tells the server so).
    maria = open_team_project(team_sample.url("maria"))
    try:
        activate(qtbot, luca)
        table = luca.claims.table
        claim_id = table.model().index(2, 0).data(CLAIM_ID_ROLE)
        maria.persistence.set_presence("claim", claim_id)
        qtbot.waitUntil(lambda: str(table.model().index(2, 0).data()).startswith("✎"), timeout=3000)
        assert "Maria Rossi" in table.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
        click_row(qtbot, table, 2)  # he opens the same claim: his inspector says who else is on it
        assert "Maria Rossi" in luca.inspector.others.text() and luca.inspector.others.isVisible()
        maria.persistence.set_presence(None)  # she leaves the field: the marks go
        qtbot.waitUntil(lambda: not str(table.model().index(2, 0).data()).startswith("✎"), timeout=3000)
        assert not luca.inspector.others.isVisible()
    finally:
        maria.persistence.close()
        luca.close()


def test_a_team_project_that_cannot_be_reached_at_start_says_so_and_shows_the_start_page(
    qtbot, qsettings_isolated, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: told.append(text))
    # Loaded on a thread while the window is built: its error reaches the window as any other.
    window = create_window("postgresql://nobody@127.0.0.1:9/newsroom?project=biden-putin")
    qtbot.addWidget(window)
    assert len(told) == 1 and "\n" not in told[0], told
    assert window.bridge is None and window.team is None and window.stack.currentIndex() == 0
    window.close()
