"""View 2: the claims x sources matrix (pyqtgraph; imported when the chart is first shown).

One ImageItem holds a uint8 index image (rows = claims, columns = sources) coloured through a
lookup table, so a refresh is one `setImage` (measured ~ms at 5,000 x 100). On top: square
outlines marking each claim's first appearance, stance glyphs when cells are big enough to read
them, an outline around the selected claim's row, and the keyboard cursor's ring around one cell
(shown while the matrix has focus). Left axis: claims; right axis: verdicts; top axis: sources.
Scrollbars (coverage_scroll.py) follow the view range; `frame` is the widget to put in a layout.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from desktop.core.coverage_view import Cell, CoverageView
from desktop.core.model import Verdict
from desktop.ui.coverage.axis import LabelAxis
from desktop.ui.coverage.scroll import framed
from desktop.ui.coverage.style import BAR_STATES, GLYPH_TEXT, GLYPHS, ChartStyle, chart_texts

GLYPH_MIN_PX = 13  # below this cell size, glyphs would be noise
GLYPH_MIN_SIZE, GLYPH_MAX_PX, GLYPH_SHARE = 9, 30, 0.55  # a glyph fills about half its cell
GRID_MIN_PX = 5  # below this, separators would hide the cells
LEGEND_ENTRY_GAP_PX = 20  # the legend's spacing (horSpacing 14) and padding around each entry
LEGEND_MARGIN_PX = 40  # the plot's margins either side of the legend
GLYPH_MAX_CELLS = 20_000  # beyond this, colour and tooltip only (cost of per-point symbols)
INITIAL_ROWS = 40
ROW_PADDING_PX = 8  # a row is at least a label's line and this: readable, and big enough to click


class MatrixPlot:
    def __init__(self, style: ChartStyle) -> None:
        self.style = style
        self.widget = pg.GraphicsLayoutWidget()
        self.widget.setObjectName("coverageMatrix")
        self.widget.setAccessibleName(chart_texts.tr("Claims by sources matrix"))
        self.widget.viewport().setAccessibleName(self.widget.accessibleName())
        self.left, self.right, self.top = LabelAxis("left", 44), LabelAxis("right", 17), LabelAxis("top", 24)
        self.plot = self.widget.addPlot(
            row=0, col=0, axisItems={"left": self.left, "right": self.right, "top": self.top}
        )
        self.plot.showAxis("right")
        self.plot.showAxis("top")
        self.plot.hideAxis("bottom")
        self.plot.hideButtons()
        self.vb = self.plot.getViewBox()
        self.vb.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setAutoDownsample(False)
        self.plot.addItem(self.image)
        # Thin lines in the background colour separate cells of the same colour.
        self.grid = {axis: pg.PlotCurveItem(connect="pairs") for axis in ("x", "y")}
        for item in self.grid.values():
            self.plot.addItem(item)
        # First-appearance outlines as line segments (exported correctly to PNG and SVG, unlike
        # data-sized scatter symbols): solid = first, dashed = tied for first.
        self.first = {tied: pg.PlotCurveItem(connect="pairs") for tied in (False, True)}
        for item in self.first.values():
            self.plot.addItem(item)
        self.glyphs = pg.ScatterPlotItem(pxMode=True, size=GLYPH_MIN_SIZE)
        self._glyph_size = GLYPH_MIN_SIZE
        self.plot.addItem(self.glyphs)
        # The selected row: a wide dark frame with a yellow core, unlike the thin first-appearance
        # outlines, in both schemes.
        self.selection = QGraphicsRectItem()
        self.selection_core = QGraphicsRectItem()
        # The keyboard cursor: a ring around one cell, above the selection.
        self.cursor = QGraphicsRectItem()
        self.cursor_core = QGraphicsRectItem()
        for z, item in ((20, self.selection), (21, self.selection_core), (22, self.cursor), (23, self.cursor_core)):
            item.setZValue(z)
            item.setVisible(False)
            self.plot.addItem(item)
        self.legend = pg.LegendItem(colCount=6, horSpacing=14)
        self.widget.addItem(self.legend, row=1, col=0)
        self._legend_samples: list[object] = []  # pyqtgraph items, kept alive with the legend
        self.view: CoverageView | None = None
        self._drawn: dict[str, object] = {}
        self._shape: tuple[int, int] | None = None
        self.vb.sigRangeChanged.connect(self._update_glyph_visibility)
        self.vb.sigResized.connect(self._update_glyph_visibility)
        self.vb.sigResized.connect(self._fit_legend)
        self._fitted = True  # the rows shown follow the plot's height until the user zooms or pans
        self.vb.sigResized.connect(self._refit_rows)
        self.vb.sigRangeChangedManually.connect(self._user_moved)
        self.vb.sigRangeChanged.connect(lambda *args: self._draw_lines())
        self.frame, self.vscroll, hscroll = framed(self.widget, self.vb)
        assert hscroll is not None, "framed() adds the horizontal bar unless told not to"
        self.hscroll = hscroll
        self.apply_style(style)

    # --- style ------------------------------------------------------------------------------
    def apply_style(self, style: ChartStyle) -> None:
        self.style = style
        self.widget.setBackground(style.background)
        for axis in (self.left, self.right, self.top):
            axis.setPen(style.foreground)
            axis.setTextPen(style.foreground)
        self.image.setLookupTable(style.lut(), update=False)
        self.image.setLevels((0, 255))
        for item in self.grid.values():
            item.setPen(pg.mkPen(style.grid, width=2))
        for tied, item in self.first.items():
            item.setPen(self._first_pen(tied))
        for item, colour, width in (
            (self.selection, style.selection, 6.0),
            (self.selection_core, style.selection_core, 2.5),
            (self.cursor, style.cursor, 8.0),
            (self.cursor_core, style.cursor_core, 3.0),
        ):
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            if item is self.cursor_core:  # "marching ants": a thick two-tone dashed ring
                pen.setDashPattern([2.0, 1.5])
            item.setPen(pen)
        self.legend.clear()
        self.legend.setLabelTextColor(style.foreground)
        self._legend_samples = []
        for cell in BAR_STATES:
            sample = pg.ScatterPlotItem(symbol="s", size=12, brush=style.cells[cell], pen=style.foreground)
            self._legend_samples.append(sample)
            self.legend.addItem(sample, f"{cell.label} {GLYPH_TEXT[cell]}")
        for name, pen in (
            (chart_texts.tr("first appearance"), self._first_pen(False)),
            (chart_texts.tr("tied for first"), self._first_pen(True)),
        ):
            sample = pg.ScatterPlotItem(symbol="s", size=12, brush=None, pen=pen)
            self._legend_samples.append(sample)
            self.legend.addItem(sample, name)
        self._fit_legend()
        if self.view is not None:
            self._draw_overlays(self.view, force=True)

    # --- data -------------------------------------------------------------------------------
    def update(self, view: CoverageView, labels: list[str], statements: list[str]) -> None:
        """Show a new view: setImage/setData on the existing items; keep the zoom if the shape holds."""
        self.view = view
        rows, cols = view.shape
        self.image.setImage(
            view.cells if rows and cols else np.zeros((1, 1), np.uint8), autoLevels=False, levels=(0, 255)
        )
        self.image.setVisible(bool(rows and cols))
        self.top.set_labels(labels)
        self.left.set_labels(statements)
        names = {verdict: verdict.label for verdict in Verdict}  # seven lookups, not one per row
        self.right.set_labels([names[v] for v in view.verdicts])
        if self._shape != (rows, cols):  # a new layout: show the top rows, all columns
            self.vb.setLimits(xMin=0, xMax=max(cols, 1), yMin=0, yMax=max(rows, 1), minXRange=1, minYRange=1)
            self._shape = (rows, cols)
            self.reset_range()
        self.vscroll.set_count(rows)
        self.hscroll.set_count(cols)
        self._draw_overlays(view)

    def reset_range(self) -> None:
        """The initial zoom: every column, and as many of the top rows as fit at a readable height
        (on a 768-pixel screen nine claims would otherwise get 12 pixels each)."""
        rows, cols = self._shape or (0, 0)
        self._fitted = True
        self.vb.setRange(xRange=(0, max(cols, 1)), yRange=(0, max(min(rows, self.rows_that_fit()), 1)), padding=0)

    def rows_that_fit(self) -> int:
        row_px = QFontMetricsF(self.left.font()).height() + ROW_PADDING_PX
        return max(1, min(INITIAL_ROWS, int(self.vb.height() // row_px))) if self.vb.height() > 0 else INITIAL_ROWS

    def _refit_rows(self) -> None:
        """The plot grew or shrank: keep the top row and show the rows that now fit."""
        if not self._fitted or not self._shape:
            return
        rows = self._shape[0]
        top = self.vb.viewRange()[1][0]
        span = max(min(rows, self.rows_that_fit()), 1)
        top = min(max(top, 0), max(rows - span, 0))
        self.vb.setYRange(top, top + span, padding=0)

    def _user_moved(self, *_args: object) -> None:
        self._fitted = False

    def zoom(self, factor: float, row: int | None = None, col: int | None = None) -> None:
        """Zoom in (factor > 1) or out around a cell (the cursor), else around the centre."""
        (x0, x1), (y0, y1) = self.vb.viewRange()
        cx = col + 0.5 if col is not None else (x0 + x1) / 2
        cy = row + 0.5 if row is not None else (y0 + y1) / 2
        self._fitted = False
        self.vb.scaleBy(s=(1 / factor, 1 / factor), center=QPointF(cx, cy))

    def ensure_visible(self, row: int, col: int) -> None:
        """Scroll (keeping the zoom) so that a cell is inside the view."""
        assert self.view is not None, "a cell of the view shown"
        for axis, index, count in ((1, row, self.view.shape[0]), (0, col, self.view.shape[1])):
            low, high = self.vb.viewRange()[axis]
            span = high - low
            if low <= index and index + 1 <= high:
                continue
            start = index if index < low else index + 1 - span
            start = min(max(start, 0), max(count - span, 0))
            if axis == 1:
                self.vb.setYRange(start, start + span, padding=0)
            else:
                self.vb.setXRange(start, start + span, padding=0)

    def show_cursor(self, row: int | None, col: int | None, visible: bool) -> None:
        shown = visible and row is not None and col is not None
        if visible and row is not None and col is not None:
            # On the cell's border (first-appearance squares sit inside it): a thick two-tone dashed
            # ring, unlike the thin one-colour first-appearance outlines and the yellow-cored row frame.
            rect = QRectF(col, row, 1, 1)
            self.cursor.setRect(rect)
            self.cursor_core.setRect(rect)
        self.cursor.setVisible(shown)
        self.cursor_core.setVisible(shown)

    def hide_cursor_for_export(self) -> Callable[[], None]:
        """Hide the cursor ring (not part of the chart); returns the function that restores it."""
        shown = self.cursor.isVisible()
        self.show_cursor(None, None, False)

        def restore() -> None:
            self.cursor.setVisible(shown)
            self.cursor_core.setVisible(shown)

        return restore

    def _first_pen(self, tied: bool) -> QPen:
        pen = QPen(self.style.first, 2)
        pen.setCosmetic(True)
        if tied:
            # Short dashes with flat caps (4 px on, 3 px off; square caps would fill the gaps):
            # about two per side of the legend's 12 px square, so the sample reads as one dashed
            # square like the outlines, not as two brackets.
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pen.setDashPattern([2.0, 1.5])
        return pen

    def _draw_overlays(self, view: CoverageView, force: bool = False) -> None:
        if force:
            self._drawn.clear()
        self._draw_lines()
        glyph_key: bytes | str | None  # the cells drawn, or why there are no glyphs
        if view.cells.size <= GLYPH_MAX_CELLS * 4:
            glyph_key = view.cells.tobytes()
        else:  # counting is cheap; listing 250,000 carried cells only to drop them is not
            glyph_key = "too many" if np.count_nonzero(view.cells) > GLYPH_MAX_CELLS else None
        if not force and glyph_key is not None and self._drawn.get("glyphs") == glyph_key:
            self._update_glyph_visibility()  # same cells, or still too many for glyphs: nothing to redo
            return
        self._drawn["glyphs"] = glyph_key
        none = np.zeros(0, np.intp)
        r, c = np.nonzero(view.cells) if glyph_key != "too many" else (none, none)
        if 0 < len(r) <= GLYPH_MAX_CELLS:
            states = [Cell(int(s)) for s in view.cells[r, c]]
            pens = {cell: pg.mkPen(self.style.glyph_colour(cell), width=1.6) for cell in BAR_STATES}
            self.glyphs.setData(
                x=c + 0.5,
                y=r + 0.5,
                symbol=[GLYPHS[s] for s in states],
                pen=[pens[s] for s in states],
                brush=None,
            )
        else:
            self.glyphs.setData(x=[], y=[])
        self._update_glyph_visibility()

    def _draw_lines(self) -> None:
        """Grid and first-appearance outlines, for the rows in view only: Qt strokes every
        segment it is given, and 5,000 rows of outlines cost ~4 ms per paint."""
        view = self.view
        if view is None:
            return
        rows, cols = view.shape
        low, high = self.vb.viewRange()[1]
        top, bottom = max(int(np.floor(low)) - 1, 0), min(int(np.ceil(high)) + 1, rows)
        key = (top, bottom, rows, cols)
        if self._drawn.get("grid") != key:
            self._drawn["grid"] = key
            xs = np.repeat(np.arange(1, cols, dtype=float), 2)
            self.grid["x"].setData(x=xs, y=np.tile([float(top), float(bottom)], max(cols - 1, 0)))
            ys = np.repeat(np.arange(max(top, 1), min(bottom, rows - 1) + 1, dtype=float), 2)
            self.grid["y"].setData(x=np.tile([0.0, float(cols)], len(ys) // 2), y=ys)
        # Every tied source's cell is outlined (dashed), not only the one imported first.
        cell_rows, cell_cols, tied = view.first_cells(np.arange(top, bottom))
        first_key = (top, bottom, cell_rows.tobytes(), cell_cols.tobytes(), tied.tobytes())
        if self._drawn.get("first") != first_key:
            self._drawn["first"] = first_key
            for flag, item in self.first.items():
                chosen = tied == flag
                item.setData(*_outline_segments(cell_cols[chosen].astype(float), cell_rows[chosen].astype(float)))

    def _fit_legend(self, *args: object) -> None:
        """One row of six entries when the chart is wide, two rows of three when it is not: a
        legend wider than the chart would push the plot past the dock's right edge."""
        columns = 6 if self.widget.width() >= self._legend_row_px() else 3
        self.legend.setColumnCount(columns)  # a no-op when it already has them

    def _legend_row_px(self) -> int:
        """The width one row of the legend needs, measured (Italian names run longer)."""
        entries = [
            sample.boundingRect().width() + label.item.boundingRect().width() + LEGEND_ENTRY_GAP_PX
            for sample, label in self.legend.items
        ]
        return int(sum(entries)) + LEGEND_MARGIN_PX if entries else 0

    def _update_glyph_visibility(self, *args: object) -> None:
        width, height = self.vb.viewPixelSize()
        cell_px = min(1 / width, 1 / height) if width > 0 and height > 0 else 0
        self.glyphs.setVisible(cell_px >= GLYPH_MIN_PX)
        # The glyph grows with its cell (zoom, a taller dock), so it stays readable and centred.
        size = round(min(GLYPH_MAX_PX, max(GLYPH_MIN_SIZE, cell_px * GLYPH_SHARE)))
        if cell_px >= GLYPH_MIN_PX and size != self._glyph_size:
            self._glyph_size = size
            self.glyphs.setSize(size)
        self.grid["x"].setVisible(width > 0 and 1 / width >= GRID_MIN_PX)
        self.grid["y"].setVisible(height > 0 and 1 / height >= GRID_MIN_PX)

    def select_row(self, row: int | None) -> None:
        if row is None or self.view is None:
            self.selection.setVisible(False)
            self.selection_core.setVisible(False)
            return
        cols = max(self.view.shape[1], 1)
        for item in (self.selection, self.selection_core):
            item.setRect(QRectF(0, row, cols, 1))
            item.setVisible(True)
        low, high = self.vb.viewRange()[1]
        if not (low <= row and row + 1 <= high):  # scroll the row into view, keep the zoom
            span = high - low
            top = min(max(row - span / 2, 0), max(self.view.shape[0] - span, 0))
            self.vb.setYRange(top, top + span, padding=0)

    # --- hit testing ------------------------------------------------------------------------
    def hit(self, scene_pos: QPointF) -> tuple[str, int, int] | None:
        """What is under a scene point: ("cell", row, col), ("claim", row, -1), ("source", -1, col)."""
        if self.view is None:
            return None
        rows, cols = self.view.shape
        if self.vb.sceneBoundingRect().contains(scene_pos):
            point = self.vb.mapSceneToView(scene_pos)
            row, col = int(np.floor(point.y())), int(np.floor(point.x()))
            if 0 <= row < rows and 0 <= col < cols:
                return ("cell", row, col)
            return None
        for axis in (self.left, self.right):
            if axis.sceneBoundingRect().contains(scene_pos):
                label_row = axis.index_at(self.vb.mapSceneToView(scene_pos).y())
                return ("claim", label_row, -1) if label_row is not None else None
        if self.top.sceneBoundingRect().contains(scene_pos):
            label_col = self.top.index_at(self.vb.mapSceneToView(scene_pos).x())
            return ("source", -1, label_col) if label_col is not None else None
        return None

    def cell_scene_pos(self, row: int, col: int) -> QPointF:
        point: QPointF = self.vb.mapViewToScene(QPointF(col + 0.5, row + 0.5))  # pyqtgraph is untyped
        return point


def _outline_segments(cols: np.ndarray, rows: np.ndarray, inset: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """x, y of 4 line segments (8 points, connect="pairs") around each cell, inset a little."""
    x0, x1, y0, y1 = cols + inset, cols + 1 - inset, rows + inset, rows + 1 - inset
    xs = np.stack([x0, x1, x1, x1, x1, x0, x0, x0], axis=1).ravel()
    ys = np.stack([y0, y0, y0, y1, y1, y1, y1, y0], axis=1).ravel()
    return xs, ys
