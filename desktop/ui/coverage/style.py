"""Colours and glyphs of the coverage chart, for the light and the dark scheme.

Stance colours are Okabe-Ito hues chosen so no pair relies on red/green: supports = blue,
mentions = sky blue (lighter: a weaker form of carrying), refutes = vermillion, mixed = reddish
purple. They also differ in lightness, and every state has a glyph and a name in the legend and
the tooltip, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from desktop.core.coverage_view import Cell
from desktop.core.i18n import Context
from desktop.ui.common.theme import contrast

chart_texts = Context("chart_texts")  # the chart's parts that are not QObjects (plots, axes, export)

# (light, dark) per cell state; NONE is a faint cell so the grid stays readable.
_CELL_COLOURS = {
    Cell.NONE: ("#eef0f3", "#2b2f36"),
    Cell.SUPPORTS: ("#0072b2", "#3c9ad8"),
    Cell.MENTIONS: ("#56b4e9", "#8ccff5"),
    Cell.REFUTES: ("#d55e00", "#f07a2a"),
    Cell.MIXED: ("#cc79a7", "#e19ac2"),
}
GLYPHS = {Cell.SUPPORTS: "+", Cell.MENTIONS: "o", Cell.REFUTES: "x", Cell.MIXED: "d"}  # pyqtgraph symbols
GLYPH_TEXT = {Cell.SUPPORTS: "+", Cell.MENTIONS: "○", Cell.REFUTES: "×", Cell.MIXED: "◆"}
BAR_STATES = (Cell.SUPPORTS, Cell.MENTIONS, Cell.REFUTES, Cell.MIXED)


@dataclass(frozen=True)
class ChartStyle:
    dark: bool
    background: QColor
    foreground: QColor
    grid: QColor
    selection: QColor  # outer frame of the selected row
    selection_core: QColor  # inner line of the selected row
    first: QColor  # outline of the first-appearance cell
    cursor: QColor  # outer ring of the keyboard cursor cell
    cursor_core: QColor  # inner ring of the keyboard cursor cell
    cells: dict[Cell, QColor]

    def lut(self) -> np.ndarray:
        """A 256 x 4 uint8 lookup table: index = Cell value."""
        table = np.zeros((256, 4), np.uint8)
        for cell, colour in self.cells.items():
            table[int(cell)] = (colour.red(), colour.green(), colour.blue(), 255)
        return table

    def glyph_colour(self, cell: Cell) -> QColor:
        """Black or white, whichever stands out more on the cell colour (WCAG contrast)."""
        black, white = QColor("#000000"), QColor("#ffffff")
        return black if contrast(black, self.cells[cell]) >= contrast(white, self.cells[cell]) else white


def is_dark(widget: QWidget | None = None) -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chart_style(widget: QWidget | None = None, dark: bool | None = None) -> ChartStyle:
    dark = is_dark(widget) if dark is None else dark
    pick = 1 if dark else 0
    return ChartStyle(
        dark=dark,
        background=QColor("#1e2127" if dark else "#ffffff"),
        foreground=QColor("#e6e6e6" if dark else "#1f1f1f"),
        grid=QColor("#1e2127" if dark else "#ffffff"),
        selection=QColor("#000000"),
        selection_core=QColor("#f0e442"),  # Okabe-Ito yellow: not a stance colour
        first=QColor("#ffffff" if dark else "#000000"),
        # A ring in the text colour around a ring in the background colour: reads on every cell
        # colour, and unlike the selection (black and yellow) it uses no hue at all.
        cursor=QColor("#ffffff" if dark else "#000000"),
        cursor_core=QColor("#000000" if dark else "#ffffff"),
        cells={cell: QColor(pair[pick]) for cell, pair in _CELL_COLOURS.items()},
    )


def truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(limit - 1, 1)].rstrip() + "…"
