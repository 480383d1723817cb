"""Scrollbars for the chart's plots: QScrollBar widgets kept in step with a pyqtgraph ViewBox.

A ViewBox pans and zooms but has no scrollbars; these mirror one axis of its view range (rows of
categories, one unit per category) and move the range when dragged, paged or stepped. A bar is
shown only when its axis does not fit. They take no focus: the keyboard drives the plot itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QScrollBar, QWidget

from desktop.ui.coverage.style import chart_texts

if TYPE_CHECKING:
    from pyqtgraph import ViewBox

UNITS = 100  # scrollbar steps per category, so a zoomed, fractional range still scrolls smoothly


class AxisScrollBar:
    def __init__(self, vb: ViewBox, axis: int, parent: QWidget) -> None:
        orientation = Qt.Orientation.Horizontal if axis == 0 else Qt.Orientation.Vertical
        self.bar = QScrollBar(orientation, parent)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar.setAccessibleName(chart_texts.tr("Scroll sources") if axis == 0 else chart_texts.tr("Scroll claims"))
        self.bar.setSingleStep(UNITS)
        self.bar.setVisible(False)
        self.vb, self.axis, self.count = vb, axis, 0
        self._syncing = False
        self.bar.valueChanged.connect(self._moved)
        vb.sigRangeChanged.connect(self.sync)

    def set_count(self, count: int) -> None:
        self.count = count
        self.sync()

    def sync(self, *args: object) -> None:
        low, high = self.vb.viewRange()[self.axis]
        span = high - low
        self._syncing = True
        try:
            self.bar.setRange(0, max(round((self.count - span) * UNITS), 0))
            self.bar.setPageStep(max(round(span * UNITS), 1))
            self.bar.setValue(round(low * UNITS))
        finally:
            self._syncing = False
        self.bar.setVisible(self.count - span > 1e-3)

    def _moved(self, value: int) -> None:
        if self._syncing:
            return
        low, high = self.vb.viewRange()[self.axis]
        start = value / UNITS
        if self.axis == 0:
            self.vb.setXRange(start, start + (high - low), padding=0)
        else:
            self.vb.setYRange(start, start + (high - low), padding=0)


def framed(
    plot_widget: QWidget, vb: ViewBox, horizontal: bool = True
) -> tuple[QWidget, AxisScrollBar, AxisScrollBar | None]:
    """The plot with a vertical scrollbar on its right and, if asked, a horizontal one below."""
    frame = QWidget()
    grid = QGridLayout(frame)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(0)
    grid.addWidget(plot_widget, 0, 0)
    vertical = AxisScrollBar(vb, 1, frame)
    grid.addWidget(vertical.bar, 0, 1)
    across = None
    if horizontal:
        across = AxisScrollBar(vb, 0, frame)
        grid.addWidget(across.bar, 1, 0)
    frame.setFocusProxy(plot_widget)
    return frame, vertical, across
