"""View 1: one horizontal bar per source, the claims it carries split by stance (pyqtgraph).

Bars are sorted, most claims on top. The segments count claims by the source's stance on them
(supports / mentions / refutes, or mixed when its passages disagree), so the bar length is
exactly the number of claims carried. Four BarGraphItems, updated with setOpts. The keyboard
cursor is a frame around one bar's row (shown while the plot has focus); a vertical scrollbar
follows the view when the bars do not fit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem

from desktop.core.coverage_view import CoverageView
from desktop.ui.coverage.axis import CountAxis, LabelAxis
from desktop.ui.coverage.scroll import framed
from desktop.ui.coverage.style import BAR_STATES, GLYPH_TEXT, ChartStyle, chart_texts

BAR_HEIGHT = 0.72
INITIAL_BARS = 30


class BarsPlot:
    def __init__(self, style: ChartStyle) -> None:
        self.widget = pg.GraphicsLayoutWidget()
        self.widget.setObjectName("coverageBars")
        self.widget.setAccessibleName(chart_texts.tr("Claims carried per source"))
        self.widget.viewport().setAccessibleName(self.widget.accessibleName())
        self.left = LabelAxis("left", 30)
        self.plot = self.widget.addPlot(row=0, col=0, axisItems={"left": self.left, "bottom": CountAxis("bottom")})
        self.plot.hideButtons()
        self.plot.setLabel("bottom", chart_texts.tr("claims carried"))
        self.vb = self.plot.getViewBox()
        self.vb.invertY(True)
        self.vb.setMouseEnabled(x=False, y=True)
        self.bars = {cell: pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_HEIGHT) for cell in BAR_STATES}
        for item in self.bars.values():
            self.plot.addItem(item)
        self.legend = pg.LegendItem(colCount=4, horSpacing=14)
        self.widget.addItem(self.legend, row=1, col=0)
        self.view: CoverageView | None = None
        self.order = np.zeros(0, np.int64)
        self.segments = np.zeros((0, len(BAR_STATES)), np.int64)
        self._count: int | None = None
        self.cursor = QGraphicsRectItem()
        self.cursor.setZValue(20)
        self.cursor.setVisible(False)
        self.plot.addItem(self.cursor)
        self.frame, self.vscroll, _ = framed(self.widget, self.vb, horizontal=False)
        self.apply_style(style)

    def apply_style(self, style: ChartStyle) -> None:
        self.style = style
        self.widget.setBackground(style.background)
        for axis in (self.left, self.plot.getAxis("bottom")):
            axis.setPen(style.foreground)
            axis.setTextPen(style.foreground)
        self.plot.getAxis("bottom").setLabel(chart_texts.tr("claims carried"), color=style.foreground.name())
        pen = QPen(style.foreground, 3)
        pen.setCosmetic(True)
        self.cursor.setPen(pen)
        self.legend.clear()
        self.legend.setLabelTextColor(style.foreground)
        for cell, item in self.bars.items():
            item.setOpts(brush=style.cells[cell], pen=pg.mkPen(style.background, width=1))
            self.legend.addItem(item, f"{cell.label} {GLYPH_TEXT[cell]}")

    def update(self, view: CoverageView, labels: list[str]) -> None:
        self.view = view
        self.order = view.bar_order
        self.segments = view.column_cells[self.order][:, [int(cell) for cell in BAR_STATES]]
        y = np.arange(len(self.order)) + 0.5
        left = np.zeros(len(self.order))
        for n, cell in enumerate(BAR_STATES):
            width = self.segments[:, n].astype(float)
            self.bars[cell].setOpts(x0=left.copy(), y=y, width=width, height=BAR_HEIGHT)
            left += width
        self.left.set_labels([labels[i] for i in self.order])
        longest = float(left.max()) if len(left) else 0.0
        self.vb.setLimits(xMin=0, xMax=max(longest * 1.05, 1), yMin=0, yMax=max(len(self.order), 1))
        self.vb.setXRange(0, max(longest * 1.05, 1), padding=0)
        if self._count != len(self.order):
            self._count = len(self.order)
            self.vb.setYRange(0, max(min(len(self.order), INITIAL_BARS), 1), padding=0)
        self.vscroll.set_count(len(self.order))

    def show_cursor(self, index: int | None, visible: bool) -> None:
        """Frame the bar at `index` (position in bar order, top = 0)."""
        if visible and index is not None:
            _low, high = self.vb.viewRange()[0]
            self.cursor.setRect(QRectF(0, index + 0.5 - BAR_HEIGHT / 2 - 0.1, high, BAR_HEIGHT + 0.2))
        self.cursor.setVisible(visible and index is not None)

    def ensure_visible(self, index: int) -> None:
        low, high = self.vb.viewRange()[1]
        span = high - low
        if not (low <= index and index + 1 <= high):
            start = min(max(index if index < low else index + 1 - span, 0), max(len(self.order) - span, 0))
            self.vb.setYRange(start, start + span, padding=0)

    def hide_cursor_for_export(self) -> Callable[[], None]:
        shown = self.cursor.isVisible()
        self.cursor.setVisible(False)
        return lambda: self.cursor.setVisible(shown)

    def hit(self, scene_pos: QPointF) -> int | None:
        """The column (view index) of the bar or label under a scene point."""
        if self.view is None:
            return None
        inside = self.vb.sceneBoundingRect().contains(scene_pos) or self.left.sceneBoundingRect().contains(scene_pos)
        if not inside:
            return None
        point = self.vb.mapSceneToView(scene_pos)
        index = self.left.index_at(point.y())
        if index is None:
            return None
        return int(self.order[index])  # the whole row counts, so a short bar stays easy to hit

    def bar_scene_pos(self, column: int) -> QPointF:
        index = int(np.flatnonzero(self.order == column)[0])
        point: QPointF = self.vb.mapViewToScene(QPointF(0.2, index + 0.5))  # pyqtgraph is untyped
        return point
