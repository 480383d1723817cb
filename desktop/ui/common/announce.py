"""Telling a screen reader what happened without moving the keyboard: a new suggestion, a merge
result, a change from outside, the passage or chart cell the cursor is on.

Qt 6.8 and later carry a polite announcement (QAccessibleAnnouncementEvent, read when the
reader is idle); with an older Qt the text becomes the widget's accessible description and a
description-changed event is sent, which readers also speak for the focused widget.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

_ANNOUNCEMENT = getattr(QtGui, "QAccessibleAnnouncementEvent", None)


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Speak `text` politely (after what the reader is saying), or at once when `assertive`."""
    if not text:
        return
    if _ANNOUNCEMENT is not None:
        event = _ANNOUNCEMENT(source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return
    if isinstance(source, QWidget):  # pragma: no cover - Qt before 6.8
        source.setAccessibleDescription(text)
        QAccessible.updateAccessibility(QAccessibleEvent(source, QAccessible.Event.DescriptionChanged))


def describe(widget: QWidget, text: str) -> None:
    """What the widget holds now, for a reader that asks (the chart's cursor cell, the passage
    under the caret): its accessible description, with the event that says it changed."""
    if widget.accessibleDescription() == text:
        return
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
