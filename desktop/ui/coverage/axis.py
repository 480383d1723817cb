"""A pyqtgraph axis that labels categories (cells at i .. i+1) and stays legible at any scale.

Labels are truncated to the room a category gets at the current zoom; when even a short label
does not fit, only every k-th category is labelled (zoom in to see the rest). The full text is
in the tooltip (see CoveragePanel's hover handling). Imported only once the chart is first shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from desktop.ui.coverage.style import truncate

MIN_CHARS = 8  # fewer letters do not name a source; label every k-th instead (tooltips have it all)


class LabelAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type information
    def __init__(self, orientation: str, max_chars: int = 28, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.labels: list[str] = []
        self.max_chars = max_chars
        self._chars = max_chars
        self._edges: tuple[float, float, float, float] | None = None  # the top axis's view, for _chars_at
        # tickValues thins the labels to what fits; pyqtgraph's own limits (40% of the axis once
        # four labels are drawn) would drop most of them again on a narrow chart.
        self.setStyle(tickLength=0, autoExpandTextSpace=False, hideOverlappingLabels=False, textFillLimits=[(0, 1.0)])

    def set_labels(self, labels: list[str]) -> None:
        if labels == self.labels:
            return  # keep the cached picture
        old, self.labels = self.labels, list(labels)
        # A link moves one claim up the order: the same labels, permuted. Then the size holds
        # (no relayout), and the picture holds too unless a label in view changed.
        same_set = len(old) == len(self.labels) and set(old) == set(self.labels)
        if self.orientation in ("left", "right"):
            if not same_set:
                metrics = QFontMetricsF(self.font())
                # Measure only the longest labels: measuring 5,000 statements costs ~50 ms.
                shown = [truncate(t, self.max_chars) for t in sorted(set(self.labels), key=len)[-24:]]
                widest = max((metrics.horizontalAdvance(t) for t in shown), default=20)
                # Text wider than the axis is dropped by pyqtgraph, so size to the widest label shown.
                width = int(widest * 1.08 + 14)
                if width != self.fixedWidth:
                    self.setWidth(width)
        else:
            height = int(QFontMetricsF(self.font()).height() + 8)
            if height != self.fixedHeight:
                self.setHeight(height)
        low, high = sorted(self.range)
        first, last = max(math.floor(low) - 1, 0), math.ceil(high) + 1
        if len(old) != len(self.labels) or old[first:last] != self.labels[first:last]:
            self.picture = None
            self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N803  (pyqtgraph calls it by keyword)
        count = len(self.labels)
        minVal, maxVal = sorted((minVal, maxVal))  # noqa: N806 (the names pyqtgraph gives them); an inverted view box passes them reversed
        if not count or size <= 0 or maxVal <= minVal:
            return []
        px_per = size / (maxVal - minVal)
        metrics = QFontMetricsF(self.font())
        if self.orientation in ("left", "right"):
            need = metrics.height() + 1
            self._chars = self.max_chars
        else:
            char = metrics.averageCharWidth()
            # averageCharWidth underestimates mixed-case text: keep a real gap between labels.
            # When thinning, each shown label gets the room of `step` categories.
            width = char * 1.15
            step = max(1, math.ceil((MIN_CHARS * width + 12) / px_per))
            self._chars = int(max(MIN_CHARS, min(self.max_chars, (step * px_per - 12) / width)))
            self._edges = (minVal, maxVal, px_per, width)
            need = step * px_per
        step = max(1, math.ceil(need / px_per))
        first = max(0, math.ceil(minVal - 0.5))
        last = min(count - 1, math.floor(maxVal - 0.5))
        start = first + (-first) % step
        return [(float(step), [i + 0.5 for i in range(start, last + 1, step)])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for value in values:
            index = math.floor(value)
            out.append(truncate(self.labels[index], self._chars_at(value)) if 0 <= index < len(self.labels) else "")
        return out

    def _chars_at(self, value: float) -> int:
        """A label is centred on its column and pyqtgraph drops any that would cross the axis's
        ends: near an end a thinned label gets only the room up to it (at least its own column)."""
        if self.orientation in ("left", "right") or self._edges is None:
            return self._chars
        low, high, px_per, char = self._edges
        room = 2 * min(value - low, high - value) * px_per - 4
        return int(max(MIN_CHARS, min(self._chars, room / char)))

    def index_at(self, value: float) -> int | None:
        index = math.floor(value)
        return index if 0 <= index < len(self.labels) else None


class CountAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type information
    """An axis of counts (claims carried): whole numbers only, never 0.5 or 2.5 claims."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N803  (pyqtgraph's names)
        levels = super().tickSpacing(minVal, maxVal, size)
        whole: list[tuple[float, float]] = []
        for spacing, offset in levels:
            spacing = max(1.0, float(round(spacing)))
            if all(spacing != s for s, _ in whole):
                whole.append((spacing, float(round(offset))))
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [str(round(v * scale)) for v in values]
