"""“Link to claim…”: a searchable popup of claims. Type to filter, arrows to move, Enter to link.
A popup, not a modal dialog, so the fast path never blocks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.state import ProjectState


class ClaimPicker(QFrame):
    chosen = Signal(str)  # claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("claimPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.edit = QLineEdit(self, placeholderText=self.tr("Type to find a claim, Enter to link"))
        self.edit.setAccessibleName(self.tr("Find claim"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Claims to link to"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(460, 320)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)

    def open_for(self, state: ProjectState, at: QPoint, preselect: str | None = None) -> None:
        self.list.clear()
        for claim in state.claims.values():
            sources = len(state.sources_of_claim(claim.id))
            item = QListWidgetItem(
                f"{claim.statement}\n{claim.verdict.label} · " + self.tr("%n source(s)", "", sources)
            )
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{claim.statement} {' '.join(claim.tags)}".casefold())
            self.list.addItem(item)
            if claim.id == preselect:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.edit.clear()
        self.move(at)
        self.show()
        self.edit.setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.data(Qt.ItemDataRole.UserRole + 1) for w in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first_visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or item.isHidden():
            return
        self.hide()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
