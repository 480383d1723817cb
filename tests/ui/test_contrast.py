"""WCAG 2 AA contrast in the light and the dark theme (issue 18): text on its background at
4.5:1 (palette pairs, passage tints, find marks, marked fields, the chart's text and glyphs), and
the chart's keyboard cursor and selection at 3:1 against every cell (non-text contrast)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.coverage import Cell
from desktop.core.model import CLAIM_PALETTE
from desktop.ui.common.theme import apply_theme, contrast, current_scheme, over
from desktop.ui.coverage.style import BAR_STATES, chart_style

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
]
MARKED = QColor(220, 50, 47, 90)  # a field or cell with a wrong date (import review, inspector)


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp, qsettings_isolated):
    apply_theme(request.param)
    yield request.param
    apply_theme("light")


def test_palette_text_is_readable(theme):
    palette = QApplication.palette()
    low = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in TEXT_PAIRS:
            background = palette.color(group, bg)
            ratio = contrast(over(palette.color(group, fg), background), background)
            if ratio < 4.5:
                low.append((theme, group.name, fg.name, bg.name, round(ratio, 2)))
    assert not low, low


def test_passages_find_marks_and_marked_fields_keep_the_text_readable(theme):
    scheme = current_scheme()
    assert scheme.dark == (theme == "dark")
    backgrounds = [scheme.passage_background(None, False, overlap) for overlap in (False, True)]
    backgrounds += [
        scheme.passage_background(hue, selected, overlap)
        for hue in CLAIM_PALETTE
        for selected in (False, True)
        for overlap in (False, True)
    ]
    backgrounds += [scheme.tint("#ffd600", 0.45), over(MARKED, scheme.page)]
    low = [(c.name(), round(contrast(scheme.text, c), 2)) for c in backgrounds if contrast(scheme.text, c) < 4.5]
    assert not low, low


@pytest.mark.parametrize("dark", [False, True])
def test_the_chart_reads_in_both_schemes(qapp, dark):
    style = chart_style(dark=dark)
    assert contrast(style.foreground, style.background) >= 4.5
    for cell in BAR_STATES:
        colour = style.cells[cell]
        assert contrast(style.glyph_colour(cell), colour) >= 4.5, (dark, cell.name)
    for cell in Cell:
        colour = style.cells[cell]
        # The cursor and the selected row are two-tone rings: one of the tones stands out.
        assert max(contrast(style.cursor, colour), contrast(style.cursor_core, colour)) >= 3, (dark, cell.name)
        assert max(contrast(style.selection, colour), contrast(style.selection_core, colour)) >= 3, (dark, cell.name)
