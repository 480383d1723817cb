"""The export dialog (pytest-qt, offscreen): runs an export in a worker with progress, filters
by scope, remembers its settings, stores the ClaimReview publisher, and reports failures."""

from __future__ import annotations

import csv
import io
import json

import pytest
from PySide6.QtCore import Qt

from desktop.ui.io.export_dialog import ExportDialog
from tests.support.exports import build_project

pytestmark = pytest.mark.ui


@pytest.fixture
def project():
    return build_project()


def make_dialog(qtbot, project, **kwargs) -> ExportDialog:
    dialog = ExportDialog(project, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()  # clicks land on shown widgets only
    qtbot.waitExposed(dialog)
    return dialog


def run_export(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.exportFinished, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=5_000)


def test_exports_csv_with_a_language_filter_and_remembers(qtbot, qsettings_isolated, project, tmp_path):
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert dialog.path_edit.text().endswith(".csv")
    target = tmp_path / "italian.csv"
    dialog.path_edit.setText(str(target))
    for i in range(dialog.languages.count()):
        item = dialog.languages.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == "it" else Qt.CheckState.Unchecked
        )
    dialog.verdict_only.setChecked(True)
    run_export(qtbot, dialog)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert rows and {r["language"] for r in rows} == {"it"} and all(r["verdict"] for r in rows)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "exported" in dialog.status.text().lower()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    # A new dialog comes back with the last settings.
    again = make_dialog(qtbot, project)
    assert again.format_key == "csv" and again.verdict_only.isChecked()
    assert again.path_edit.text().startswith(str(tmp_path))
    checked = [
        again.languages.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(again.languages.count())
        if again.languages.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["it"]


def test_selected_claims_scope(qtbot, qsettings_isolated, project, tmp_path):
    claim = next(c for c in project.state.claims.values() if c.statement.startswith("The call"))
    dialog = make_dialog(qtbot, project, selected_claim_ids=[claim.id], default_folder=tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("w3c"))
    dialog.path_edit.setText(str(tmp_path / "one.jsonld"))
    # The whole project is the default; only the selected claims is a choice the user makes.
    assert dialog.selected_only.isEnabled() and not dialog.selected_only.isChecked()
    qtbot.mouseClick(dialog.selected_only, Qt.MouseButton.LeftButton)
    assert dialog.selected_only.isChecked()
    run_export(qtbot, dialog)
    items = json.loads((tmp_path / "one.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    assert [i["id"] for i in items if i["motivation"] == "linking"] == [f"urn:uuid:{claim.id}"]


def test_claimreview_needs_a_url_then_stores_the_publisher(qtbot, qsettings_isolated, project, tmp_path):
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("claimreview"))
    assert not dialog.claimreview_box.isHidden()
    target = tmp_path / "reviews.jsonld"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exportFailed, timeout=10_000) as failed:
        dialog.start_export()
    assert "URL of the fact-check article" in failed.args[0] and "URL" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=5_000)
    assert not target.exists()
    dialog.publisher_name.setText("Example Checks")
    dialog.review_url.setText("https://fc.example/{id}")
    run_export(qtbot, dialog)
    assert target.exists()
    assert project.persistence.setting("claimreview.publisher_name") == "Example Checks"
    assert make_dialog(qtbot, project).review_url.text() == "https://fc.example/{id}"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.claimreview_box.isHidden() and dialog.path_edit.text().endswith(".html")


def test_unwritable_destination_is_reported(qtbot, qsettings_isolated, project, tmp_path):
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "x.html"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=10_000):
        dialog.start_export()
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=5_000)
    assert "missing-folder" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_browse_uses_the_file_dialog(qtbot, qsettings_isolated, project, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    chosen = str(tmp_path / "picked.html")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (chosen, "")))
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog._browse()
    assert dialog.path_edit.text() == chosen


@pytest.mark.parametrize("kind", ["project", "fifo", "folder"])
def test_the_dialog_refuses_what_the_cli_refuses(qtbot, qsettings_isolated, project, sample_project, tmp_path, kind):
    """Issue 19, defect 1: the same check as `crosscheck export -o`, before any worker starts."""
    import os

    target = {"project": sample_project, "fifo": tmp_path / "pipe.csv", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(target)
    before = sample_project.read_bytes()
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exportFailed, timeout=5_000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    expected = {"project": "never replaces", "fifo": "named pipe", "folder": "folder"}[kind]
    assert expected in failed.args[0] and "\n" not in failed.args[0]
    assert dialog._thread is None and dialog.export_button.isEnabled()
    assert sample_project.read_bytes() == before
    assert kind != "fifo" or (os.path.exists(target) and not os.path.isfile(target))


def test_switching_format_never_points_at_the_file_just_exported(qtbot, qsettings_isolated, project, tmp_path):
    dialog = make_dialog(qtbot, project, default_folder=tmp_path, base_name="biden-putin")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("w3c"))
    assert dialog.path_edit.text() == str(tmp_path / "biden-putin-w3c.jsonld")
    run_export(qtbot, dialog)
    written = (tmp_path / "biden-putin-w3c.jsonld").read_bytes()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("claimreview"))
    assert dialog.path_edit.text() == str(tmp_path / "biden-putin-claimreview.jsonld")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert dialog.path_edit.text() == str(tmp_path / "biden-putin-csv.csv")
    # A name the user typed keeps its stem; a format with the same suffix still gets its own name.
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("w3c"))
    dialog.path_edit.setText(str(tmp_path / "for-the-desk.jsonld"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("claimreview"))
    assert dialog.path_edit.text() == str(tmp_path / "for-the-desk-claimreview.jsonld")
    assert (tmp_path / "biden-putin-w3c.jsonld").read_bytes() == written


def test_an_existing_file_typed_by_hand_is_replaced_only_when_the_user_says_so(
    qtbot, qsettings_isolated, project, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "keep.csv"
    target.write_text("precious", encoding="utf-8")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog = make_dialog(qtbot, project, default_folder=tmp_path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked and dialog._thread is None
    assert target.read_text(encoding="utf-8") == "precious"
