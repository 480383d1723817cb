"""The export dialog asks the language the fact-check is published in: its verdict names go into
the ClaimReview and the choice is stored in the project (issue 18), whatever the window's language."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.formats.claimreview import SETTING_REVIEW_LANGUAGE
from desktop.ui.io.export_dialog import ExportDialog
from tests.support.exports import build_project


class SettingsPersistence:
    read_only = False

    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)

    def write(self, changes) -> None:
        pass

    def setting(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.values[key] = value


def test_the_review_language_is_chosen_in_the_dialog_and_remembered(
    qtbot, qsettings_isolated, tmp_path, interface_language
):
    interface_language("en")  # the window in English, the fact-check in Italian
    project = build_project()
    project.persistence = SettingsPersistence({"claimreview.review_url": "https://fc.example/{id}"})
    dialog = ExportDialog(project, default_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("claimreview"))
    assert dialog.review_language.isVisible() and dialog.review_language.currentData() == "en"
    assert [dialog.review_language.itemText(i) for i in range(dialog.review_language.count())] == [
        "English",
        "Italiano",
    ]
    dialog.review_language.setCurrentIndex(dialog.review_language.findData("it"))
    target = tmp_path / "review.jsonld"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exportFinished, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    doc = json.loads(target.read_text(encoding="utf-8"))
    names = {r["reviewRating"]["alternateName"] for r in doc.get("@graph", [doc])}
    assert names and names <= {
        "Vero",
        "Per lo più vero",
        "Vero a metà",
        "Per lo più falso",
        "Falso",
        "Non verificabile",
    }
    assert project.persistence.values[SETTING_REVIEW_LANGUAGE] == "it"
    again = ExportDialog(project, default_folder=tmp_path)
    qtbot.addWidget(again)
    assert again.review_language.currentData() == "it"
