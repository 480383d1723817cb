"""Connectors between linked passages in adjacent panes, drawn in the splitter handles as Meld
draws its diff bands, so the reader sees at a glance which passage answers which."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

# (hue, left y range, right y range, selected) in the handle's own coordinates.
Band = tuple[str, tuple[float, float], tuple[float, float], bool]
BandSource = Callable[[QWidget, QWidget, QWidget], list[Band]]

HANDLE_WIDTH = 30


class ConnectorHandle(QSplitterHandle):
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        splitter = self.splitter()
        if not isinstance(splitter, ConnectorSplitter) or splitter.band_source is None:
            return
        index = splitter.indexOf(self)
        if index <= 0:
            return
        left, right = splitter.widget(index - 1), splitter.widget(index)
        if left is None or right is None or not left.isVisible() or not right.isVisible():
            return
        bands = splitter.band_source(left, right, self)
        if not bands:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width())
        for hue, (l_top, l_bottom), (r_top, r_bottom), selected in bands:
            colour = QColor(hue)
            path = QPainterPath(QPointF(0, l_top))
            mid = width / 2
            path.cubicTo(QPointF(mid, l_top), QPointF(mid, r_top), QPointF(width, r_top))
            path.lineTo(QPointF(width, r_bottom))
            path.cubicTo(QPointF(mid, r_bottom), QPointF(mid, l_bottom), QPointF(0, l_bottom))
            path.closeSubpath()
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
        handle.setAccessibleName("Connectors between linked passages")
        return handle

    def update_connectors(self) -> None:
        for i in range(1, self.count()):
            self.handle(i).update()
