"""A date field that takes ISO 8601 as typed (2021-12-30, 2021-12, 2021-12-30T18:05Z) and offers
a calendar to pick a day from; what it holds is checked by core.dates, the one rule for dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from desktop.core.dates import InvalidDate, date_problem, parse_iso_date


class DateEdit(QWidget):
    """A line edit with a calendar button; `problem()` says what is wrong with the text, if anything."""

    changed = Signal()
    committed = Signal()  # Enter: the date is done (and Enter goes no further, e.g. to a dialog's default button)

    def __init__(self, parent: QWidget | None = None, field: str = "date") -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Date (YYYY-MM-DD)"))
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)  # the look of a date field's drop-down
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu.aboutToShow.connect(self._seed_calendar)

        def pick(day: QDate) -> None:
            self.set_day(date(day.year(), day.month(), day.day()))
            menu.hide()

        self.calendar.clicked.connect(pick)
        self.calendar.activated.connect(pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.committed.emit()
            return True  # a QLineEdit passes Enter on to the dialog, whose default button would fire
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_day(self, day: date) -> None:
        self.edit.setText(day.isoformat())
        self.edit.setFocus()

    def problem(self) -> str | None:
        return date_problem(self.text(), self.field) if self.text() else None

    def _seed_calendar(self) -> None:
        try:
            first = parse_iso_date(self.text(), self.field).first_day if self.text() else date.today()
        except InvalidDate:
            first = date.today()
        self.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
