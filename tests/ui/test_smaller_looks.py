"""Smaller looks of issue 14 item 13: whole-number ticks, no repeated summary, dialogs in the
project's folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.app import create_window
from tests.support.input import activate
from tests.support.paths import DATA


def test_the_per_source_bars_count_in_whole_numbers(qtbot):
    from desktop.ui.coverage.axis import CountAxis

    axis = CountAxis("bottom")
    for low, high, size in ((0, 4.3, 600), (0, 1.2, 900), (0, 37, 300), (0, 5000, 800)):
        for _spacing, values in axis.tickValues(low, high, size):
            assert all(float(v).is_integer() for v in values), (low, high, values)
    assert axis.tickStrings([0.0, 1.0, 2.0], 1, 1) == ["0", "1", "2"]


def test_the_import_review_does_not_show_the_summary_twice(qtbot, tmp_path):
    from desktop.core.project import MemoryPersistence, Project
    from desktop.core.state import ProjectState
    from desktop.formats.html_import import read_html_bytes
    from desktop.ui.io.import_dialog import ImportDialog

    page = DATA / "pages" / "it-quotidiano-telefonata.html"
    candidate = read_html_bytes(page.read_bytes(), page.name)
    first_paragraph = candidate.text.split("\n\n")[1]
    candidate.description = first_paragraph  # what most pages put in their description
    dialog = ImportDialog(Project(ProjectState(), MemoryPersistence()), [])
    qtbot.addWidget(dialog)
    dialog.add_result(candidate)
    dialog.table.selectRow(0)
    assert first_paragraph[:60] in dialog.preview.toPlainText()
    assert first_paragraph[:60] not in dialog.details.text()


@pytest.mark.parametrize("action", ["actionMerge", "actionImportAnnotations"])
def test_file_dialogs_open_in_the_project_folder(qtbot, qsettings_isolated, sample_project, monkeypatch, action):
    win = create_window(sample_project)
    qtbot.addWidget(win)
    activate(qtbot, win)
    opened_in = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda parent, title, folder, *a: (opened_in.append(folder), ("", ""))[1]
    )
    win.actions_by_name[action].trigger()
    assert opened_in == [str(sample_project.parent)]
    win.close()


def test_stance_glyphs_grow_with_their_cells(qtbot, opened_project):
    from desktop.ui.coverage.matrix import GLYPH_MIN_SIZE
    from desktop.ui.coverage.panel import CoveragePanel

    panel = CoveragePanel()
    qtbot.addWidget(panel)
    panel.set_project(opened_project)
    panel.resize(700, 250)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(50)
    small = panel.matrix.glyphs.opts["size"]
    panel.resize(1600, 900)
    qtbot.wait(100)
    large = panel.matrix.glyphs.opts["size"]
    assert small >= GLYPH_MIN_SIZE and large > small
