"""The inspector: edit the current claim (statement, verdict, tags, note) and the selected
passage (stance, note, unlink, delete). Every edit is one command, committed when a field is left."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.commands import DeletePassage, EditClaim, EditPassage, UnlinkPassage
from desktop.core.model import Stance, Verdict
from desktop.core.project import Changes
from desktop.ui.common.bridge import ProjectBridge


class NoteEdit(QPlainTextEdit):
    """A note field that reports when the user leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class Inspector(QWidget):
    passageActivated = Signal(str)  # a passage chosen in the claim's list: show it
    editingDone = Signal()  # Enter or Esc in the statement: go back to reading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: ProjectBridge | None = None
        self.claim_id: str | None = None
        self.passage_id: str | None = None

        self.claim_box = QGroupBox("Claim", self)
        self.statement = QLineEdit(self.claim_box)
        self.statement.setAccessibleName("Claim statement")
        self.verdict = QComboBox(self.claim_box)
        self.verdict.setAccessibleName("Verdict")
        self.verdict.addItems([v.value for v in Verdict])
        self.tags = QLineEdit(self.claim_box, placeholderText="comma, separated")
        self.tags.setAccessibleName("Claim tags")
        self.claim_note = NoteEdit(self.claim_box)
        self.claim_note.setAccessibleName("Claim note")
        self.claim_note.setPlaceholderText("Notes for this claim…")
        self.claim_note.setMaximumHeight(90)
        self.provenance = QLabel(self.claim_box)
        self.provenance.setAccessibleName("Claim provenance")
        self.provenance.setWordWrap(True)
        self.claim_passages = QListWidget(self.claim_box)
        self.claim_passages.setAccessibleName("Passages of this claim")
        self.claim_passages.setWordWrap(True)
        self.claim_passages.setMaximumHeight(170)
        form = QFormLayout(self.claim_box)
        form.addRow("&Statement", self.statement)
        form.addRow("&Verdict", self.verdict)
        form.addRow("&Tags", self.tags)
        form.addRow("&Note", self.claim_note)
        form.addRow(self.provenance)
        form.addRow("Passages", self.claim_passages)

        self.passage_box = QGroupBox("Passage", self)
        self.quote = QLabel(self.passage_box)
        self.quote.setAccessibleName("Passage quote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stance = QComboBox(self.passage_box)
        self.stance.setAccessibleName("Stance")
        for stance in Stance:
            self.stance.addItem(stance.label, stance.value)
        self.passage_note = NoteEdit(self.passage_box)
        self.passage_note.setAccessibleName("Passage note")
        self.passage_note.setPlaceholderText("Note on this passage…")
        self.passage_note.setMaximumHeight(70)
        self.unlink = QPushButton("Un&link", self.passage_box)
        self.delete = QPushButton("&Delete passage", self.passage_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlink)
        buttons.addWidget(self.delete)
        pform = QFormLayout(self.passage_box)
        pform.addRow(self.quote)
        pform.addRow("St&ance", self.stance)
        pform.addRow("N&ote", self.passage_note)
        pform.addRow(buttons)

        self.empty = QLabel("Select a claim in the list, or click a highlighted passage.", self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.claim_box)
        layout.addWidget(self.passage_box)
        layout.addStretch(1)

        self.statement.editingFinished.connect(self._commit_statement)
        self.statement.returnPressed.connect(self.editingDone.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.statement, self._cancel_statement)
        self.verdict.activated.connect(lambda _i: self._edit_claim(verdict=Verdict(self.verdict.currentText())))
        self.tags.editingFinished.connect(lambda: self._edit_claim(tags=self.tags.text().split(",")))
        self.claim_note.editingFinished.connect(lambda: self._edit_claim(note=self.claim_note.toPlainText()))
        self.stance.activated.connect(lambda _i: self._edit_passage(stance=Stance(self.stance.currentData())))
        self.passage_note.editingFinished.connect(lambda: self._edit_passage(note=self.passage_note.toPlainText()))
        self.unlink.clicked.connect(self.unlink_passage)
        self.delete.clicked.connect(self.delete_passage)
        self.claim_passages.itemActivated.connect(
            lambda item: self.passageActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.claim_passages.itemClicked.connect(
            lambda item: self.passageActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.show_selection(None, None)

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.bridge = bridge
        self.show_selection(None, None)

    # --- showing --------------------------------------------------------------------------
    def show_selection(self, claim_id: str | None, passage_id: str | None) -> None:
        state = self.bridge.state if self.bridge else None
        self.claim_id = claim_id if state and claim_id in state.claims else None
        self.passage_id = passage_id if state and passage_id in state.passages else None
        self._fill_claim()
        self._fill_passage()
        self.empty.setVisible(self.claim_id is None and self.passage_id is None)

    def _fill_claim(self) -> None:
        self.claim_box.setVisible(self.claim_id is not None)
        if self.claim_id is None:
            return
        state = self.bridge.state
        claim = state.claims[self.claim_id]
        self.statement.setText(claim.statement)
        self.statement.setCursorPosition(0)
        self.verdict.setCurrentText(claim.verdict.value)
        self.tags.setText(", ".join(claim.tags))
        if self.claim_note.toPlainText() != claim.note:
            self.claim_note.setPlainText(claim.note)
        who = claim.modified_by or claim.created_by
        self.provenance.setText(
            f"<small>Edited {claim.modified[:16].replace('T', ' ')} UTC{' by ' + who if who else ''}</small>"
        )
        self.claim_passages.clear()
        for passage in state.passages_of_claim(self.claim_id):
            article = state.articles.get(passage.article_id)
            quote = passage.quote if len(passage.quote) < 110 else passage.quote[:107] + "…"
            item = QListWidgetItem(f"{article.title if article else '?'} ({passage.stance.value})\n“{quote}”")
            item.setData(Qt.ItemDataRole.UserRole, passage.id)
            item.setToolTip(passage.quote)
            self.claim_passages.addItem(item)

    def _fill_passage(self) -> None:
        self.passage_box.setVisible(self.passage_id is not None)
        if self.passage_id is None:
            return
        state = self.bridge.state
        passage = state.passages[self.passage_id]
        article = state.articles.get(passage.article_id)
        claim = state.claims.get(passage.claim_id) if passage.claim_id else None
        linked = f"Linked to: {claim.statement}" if claim else "Not linked to a claim"
        quote = passage.quote if len(passage.quote) < 400 else passage.quote[:397] + "…"
        self.quote.setText(f"“{quote}”\n— {article.title if article else '?'}\n{linked}")
        self.stance.setCurrentIndex(self.stance.findData(passage.stance.value))
        if self.passage_note.toPlainText() != passage.note:
            self.passage_note.setPlainText(passage.note)
        self.unlink.setEnabled(passage.claim_id is not None)

    def apply_changes(self, changes: Changes) -> None:
        if changes.initiator is self and changes.reason == "do":
            return  # the fields already show what the user typed
        self.show_selection(self.claim_id, self.passage_id)

    # --- editing --------------------------------------------------------------------------
    def _cancel_statement(self) -> None:
        self._fill_claim()  # back to the stored statement
        self.editingDone.emit()

    def _commit_statement(self) -> None:
        if self.statement.text().strip():
            self._edit_claim(statement=self.statement.text())
        else:
            self._fill_claim()  # an empty statement is refused; show the stored one again

    def _edit_claim(self, **values) -> None:
        if self.bridge and self.claim_id:
            self.bridge.run(EditClaim(self.claim_id, **values), initiator=self)

    def _edit_passage(self, **values) -> None:
        if self.bridge and self.passage_id:
            self.bridge.run(EditPassage(self.passage_id, **values), initiator=self)

    def unlink_passage(self) -> None:
        if self.bridge and self.passage_id:
            self.bridge.run(UnlinkPassage(self.passage_id))

    def delete_passage(self) -> None:
        if self.bridge and self.passage_id:
            self.bridge.run(DeletePassage(self.passage_id))
