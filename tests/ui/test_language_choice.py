"""Which language the window speaks (issue 18): the system's by default, else the one chosen under
View > Language, remembered in QSettings "ui/language" and applied when Crosscheck next starts;
numbers and dates follow it, Qt's own buttons too; exports keep their machine formats."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import create_window, ensure_application
from desktop.core import i18n as core_i18n
from desktop.core.model import Verdict
from desktop.exporting import export_project
from desktop.store import open_project
from desktop.ui.common import i18n
from tests.support.dialogs import Catcher


def test_the_system_language_is_the_default_when_we_have_it(qsettings_isolated):
    assert i18n.system_language(QLocale("it_IT")) == "it"
    assert i18n.system_language(QLocale("en_GB")) == "en"
    assert i18n.system_language(QLocale("de_DE")) == "en"  # not translated yet: English
    assert i18n.saved_language() is None
    QSettings().setValue(i18n.LANGUAGE_KEY, "it")
    assert i18n.chosen_language() == "it"
    QSettings().setValue(i18n.LANGUAGE_KEY, "xx")  # a language this build does not have
    assert i18n.saved_language() is None


def test_view_language_remembers_the_choice_for_the_next_start(qtbot, qsettings_isolated, sample_project, monkeypatch):
    catcher = Catcher().install(monkeypatch)
    ensure_application()  # this start: the settings' file is Crosscheck's from here on
    window = create_window(sample_project)
    qtbot.addWidget(window)
    menu = window.findChild(type(window.menus["&View"]), "menuLanguage")
    names = [a.text() for a in menu.actions()]
    assert names == ["English", "Italiano"]
    assert [a.isChecked() for a in menu.actions()] == [True, False]
    window.findChild(type(menu.actions()[1]), "actionLanguage_it").trigger()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "it"
    assert catcher.texts()[-1] == ("QMessageBox.text", "Crosscheck will be in Italiano the next time it starts.")
    assert window.menus["&View"].title() == "&View"  # this window stays as it was made
    window.close()
    ensure_application()  # the next start
    try:
        assert i18n.current_language() == "it"
        again = create_window(sample_project)
        qtbot.addWidget(again)
        assert again.menus["&View"].title() == "&Visualizza"
        again.close()
    finally:
        i18n.apply_language("en")


def test_numbers_dates_and_qt_buttons_follow_the_language(qsettings_isolated, interface_language):
    interface_language("it")
    assert i18n.number_text(1234567) == "1.234.567"
    assert i18n.date_text("2021-12-30") == "30/12/2021"
    assert i18n.datetime_text("2021-12-30T18:02:41.000000Z") == "30/12/2021 18:02:41 UTC"
    assert core_i18n.datetime_text("2021-12-30T18:02:41.000000Z") == "30/12/2021 18:02:41 UTC"
    assert i18n.date_text("sometime") == "sometime"  # not a date: shown as stored
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    assert sorted(b.text() for b in buttons.buttons()) == ["Annulla", "Chiudi"]  # qtbase_it
    interface_language("en")
    assert i18n.number_text(1234567) == "1,234,567"
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in english.buttons()] == ["Cancel"]


def test_exports_keep_their_machine_formats_in_italian(sample_project, tmp_path, interface_language):
    interface_language("it")
    project = open_project(sample_project)
    try:
        out = tmp_path / "passaggi.csv"
        export_project(project, "csv", out)
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
        assert "start" in rows[0] and "verdict" in rows[0]  # the column names are the format's
        assert {r["verdict"] for r in rows} <= {"", *(v.value for v in Verdict)}  # stored names, not "Vero"
        published = {r["date"] for r in rows if r["date"]}
        assert published and all(len(p) >= 10 and p[4] == "-" for p in published)  # ISO 8601, not 30/12/2021
        text = project.state.articles[rows[0]["article_id"]].text
        row = rows[0]
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]  # offsets in code points
    finally:
        project.persistence.close()
