"""Connectors between linked passages in adjacent panes, drawn in the splitter handles as Meld
draws its diff bands, so the reader sees at a glance which passage answers which."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

# (hue, left y range, right y range, selected) in the handle's own coordinates.
Band = tuple[str, tuple[float, float], tuple[float, float], bool]
BandSource = Callable[[QWidget, QWidget, QWidget], list[Band]]

HANDLE_WIDTH = 30


class ConnectorHandle(QSplitterHandle):
    def bands(self) -> list[tuple[QPainterPath, str, bool]]:
        """(path, hue, selected) of each band, from the widget before this handle to the one after
        it, wherever they sit: right to left, the splitter puts the first pane on the right."""
        splitter = self.splitter()
        if not isinstance(splitter, ConnectorSplitter) or splitter.band_source is None:
            return []
        index = splitter.indexOf(self)
        if index <= 0:
            return []
        before, after = splitter.widget(index - 1), splitter.widget(index)
        if before is None or after is None or not before.isVisible() or not after.isVisible():
            return []
        width = float(self.width())
        before_x, after_x = (
            (0.0, width) if before.geometry().center().x() < self.geometry().center().x() else (width, 0.0)
        )
        mid = width / 2
        out = []
        for hue, (b_top, b_bottom), (a_top, a_bottom), selected in splitter.band_source(before, after, self):
            path = QPainterPath(QPointF(before_x, b_top))
            path.cubicTo(QPointF(mid, b_top), QPointF(mid, a_top), QPointF(after_x, a_top))
            path.lineTo(QPointF(after_x, a_bottom))
            path.cubicTo(QPointF(mid, a_bottom), QPointF(mid, b_bottom), QPointF(before_x, b_bottom))
            path.closeSubpath()
            out.append((path, hue, selected))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        bands = self.bands()
        if not bands:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path, hue, selected in bands:
            colour = QColor(hue)
            fill = QColor(colour)
            fill.setAlpha(150 if selected else 60)
            painter.fillPath(path, fill)
            pen = QPen(colour, 1.6 if selected else 0.8)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()


class ConnectorSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.band_source: BandSource | None = None
        self.setHandleWidth(HANDLE_WIDTH)
        self.setChildrenCollapsible(False)

    def createHandle(self) -> QSplitterHandle:
        handle = ConnectorHandle(self.orientation(), self)
        handle.setAccessibleName(self.tr("Connectors between linked passages"))
        return handle

    def update_connectors(self) -> None:
        for i in range(1, self.count()):
            self.handle(i).update()
