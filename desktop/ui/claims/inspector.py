"""The inspector: edit the current claim (statement, verdict, tags, claimant, claim date, note) and the selected
passage (stance, note, unlink, delete).

It follows the workspace (which claim, which passage) and every Changes record, so what it shows
is never stale; a field the user is typing in is left alone. Statement and tags are committed when
the field is left or Enter is pressed; notes are saved while typing, one undo step per pause, so
closing the window never loses a note.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TypedDict, Unpack, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.commands import DeletePassage, EditClaim, EditPassage, UnlinkPassage
from desktop.core.i18n import datetime_text
from desktop.core.model import Stance, Verdict
from desktop.core.project import Changes
from desktop.core.text import quoted
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.date_edit import DateEdit
from desktop.workspace.state import CLAIM, PASSAGE, Workspace, WorkspaceEvent

NOTE_PAUSE_MS = 700  # a pause in typing this long saves the note (one undo step per pause)


class ClaimEdit(TypedDict, total=False):
    """The fields of a claim the inspector edits (EditClaim's)."""

    statement: str
    verdict: Verdict
    note: str
    tags: Sequence[str]
    claimant: str
    claim_date: str


class PassageEdit(TypedDict, total=False):
    """The fields of a passage the inspector edits (EditPassage's)."""

    stance: Stance
    note: str


class NoteEdit(QPlainTextEdit):
    """A note field: Tab moves on (it never types a tab), a pause in typing or leaving the field
    reports the text, so it can be saved."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(NOTE_PAUSE_MS)
        self._pause.timeout.connect(self.editingFinished.emit)
        self.textChanged.connect(self._pause.start)  # show_text() fills it with signals blocked

    def flush(self) -> None:
        """Report now what a pending pause would have reported."""
        if self._pause.isActive():
            self._pause.stop()
            self.editingFinished.emit()

    def show_text(self, text: str) -> None:
        """Show the stored note, unless the user is typing in it."""
        if not self.hasFocus() and self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._pause.stop()
        self.editingFinished.emit()


class Inspector(QScrollArea):
    passageActivated = Signal(str)  # a passage chosen in the claim's list: show it
    editingDone = Signal()  # Enter or Esc in the statement: go back to reading

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[QWidget, str] = {}  # first: QScrollArea filters events from its start
        self.workspace = workspace
        self.bridge: ProjectBridge | None = None
        self.claim_id: str | None = None
        self.passage_id: str | None = None
        # In a scroll area: the dock's minimum height stays the same whether the passage section
        # is shown or not, so opening it never makes the other docks jump.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        self.setAccessibleName(self.tr("Claim and passage details"))
        body.setAccessibleName(self.tr("Claim and passage details"))
        self.viewport().setAccessibleName(self.tr("Claim and passage details"))
        self.setMinimumHeight(120)

        self.claim_box = QGroupBox(self.tr("Claim"), body)
        self.statement = QLineEdit(self.claim_box)
        self.statement.setAccessibleName(self.tr("Claim statement"))
        self.verdict = QComboBox(self.claim_box)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        for verdict in Verdict:
            self.verdict.addItem(verdict.label, verdict.value)
        self.tags = QLineEdit(self.claim_box, placeholderText=self.tr("comma, separated"))
        self.tags.setAccessibleName(self.tr("Claim tags"))
        self.claimant = QLineEdit(self.claim_box, placeholderText=self.tr("who made the claim"))
        self.claimant.setAccessibleName(self.tr("Claimant"))
        self.claim_date = DateEdit(self.claim_box, field="claim date")
        self.claim_date.setAccessibleName(self.tr("Claim date"))
        self.claim_date.edit.setAccessibleName(self.tr("Claim date (YYYY-MM-DD)"))
        self.claim_note = NoteEdit(self.claim_box)
        self.claim_note.setAccessibleName(self.tr("Claim note"))
        self.claim_note.setPlaceholderText(self.tr("Notes for this claim…"))
        self.claim_note.setMaximumHeight(90)
        self.others = QLabel(self.claim_box)  # a team project: who else is editing this claim
        self.others.setAccessibleName(self.tr("Also editing this claim"))
        self.others.setWordWrap(True)
        self.others.hide()
        self.provenance = QLabel(self.claim_box)
        self.provenance.setAccessibleName(self.tr("Claim provenance"))
        self.provenance.setWordWrap(True)
        self.claim_passages = QListWidget(self.claim_box)
        self.claim_passages.setAccessibleName(self.tr("Passages of this claim"))
        self.claim_passages.setWordWrap(True)
        self.claim_passages.setMaximumHeight(170)
        form = QFormLayout(self.claim_box)
        form.addRow(self.tr("&Statement"), self.statement)
        form.addRow(self.tr("&Verdict"), self.verdict)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("Clai&mant"), self.claimant)
        form.addRow(self.tr("&Made on"), self.claim_date)
        form.addRow(self.tr("&Note"), self.claim_note)
        form.addRow(self.others)
        form.addRow(self.provenance)
        form.addRow(self.tr("Passages"), self.claim_passages)

        self.passage_box = QGroupBox(self.tr("Passage"), body)
        self.quote = QLabel(self.passage_box)
        self.quote.setAccessibleName(self.tr("Passage quote"))
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.linked = QLabel(self.passage_box)
        self.linked.setAccessibleName(self.tr("Passage claim"))
        self.linked.setWordWrap(True)
        self.stance = QComboBox(self.passage_box)
        self.stance.setAccessibleName(self.tr("Stance"))
        for stance in Stance:
            self.stance.addItem(stance.label, stance.value)
        self.passage_note = NoteEdit(self.passage_box)
        self.passage_note.setAccessibleName(self.tr("Passage note"))
        self.passage_note.setPlaceholderText(self.tr("Note on this passage…"))
        self.passage_note.setMaximumHeight(70)
        self.unlink = QPushButton(self.tr("Un&link"), self.passage_box)
        self.delete = QPushButton(self.tr("&Delete passage"), self.passage_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlink)
        buttons.addWidget(self.delete)
        pform = QFormLayout(self.passage_box)
        pform.addRow(self.quote)
        pform.addRow(self.linked)
        pform.addRow(self.tr("St&ance"), self.stance)
        pform.addRow(self.tr("N&ote"), self.passage_note)
        pform.addRow(buttons)

        self.empty = QLabel(self.tr("Select a claim in the list, or click a highlighted passage."), body)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.claim_box)
        layout.addWidget(self.passage_box)
        layout.addStretch(1)

        self.statement.editingFinished.connect(self._commit_statement)
        self.statement.returnPressed.connect(self.editingDone.emit)
        # Widget context: a window-wide Esc here and in each find bar would be ambiguous, and Qt
        # runs none of several ambiguous shortcuts.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.statement, self._cancel_statement)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.verdict.activated.connect(lambda _i: self._edit_claim(verdict=Verdict(self.verdict.currentData())))
        self.tags.editingFinished.connect(lambda: self._edit_claim(tags=self.tags.text().split(",")))
        self.claimant.editingFinished.connect(lambda: self._edit_claim(claimant=self.claimant.text()))
        self.claim_date.edit.editingFinished.connect(self._commit_claim_date)
        self.claim_date.committed.connect(self._commit_claim_date)
        self.claim_date.changed.connect(self._mark_claim_date)
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
        # Colleagues may change a field while it is being typed in (team projects): the value it
        # showed when typing began is kept, and a commit over someone's newer value asks first.
        self._bases: dict[tuple[str, str], object] = {}
        self._fields.update(
            {
                self.statement: "statement",
                self.tags: "tags",
                self.claimant: "claimant",
                self.claim_date.edit: "claim_date",
                self.claim_note: "note",
            }
        )
        for widget in self._fields:
            widget.installEventFilter(self)
        # Replaced by the window: asks whether to put ours over a colleague's newer value.
        self.ask_keep_mine: Callable[[str, object, str], bool] = lambda field, theirs, who: True
        workspace.subscribe(self._follow)
        self.show_selection(None, None)

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.flush()
        self.bridge = bridge
        self.show_selection(None, None)

    # --- showing --------------------------------------------------------------------------
    def _follow(self, event: WorkspaceEvent) -> None:
        if CLAIM in event or PASSAGE in event:
            passage_id = self.workspace.selected_passage
            state = self.bridge.state if self.bridge else None
            passage = state.passages.get(passage_id) if state and passage_id else None
            claim_id = self.workspace.current_claim if passage is None or passage.claim_id else None
            self.show_selection(claim_id, passage_id)

    def show_selection(self, claim_id: str | None, passage_id: str | None) -> None:
        state = self.bridge.state if self.bridge else None
        claim_id = claim_id if state and claim_id in state.claims else None
        passage_id = passage_id if state and passage_id in state.passages else None
        if (claim_id, passage_id) != (self.claim_id, self.passage_id):
            self.flush()  # a note typed for the old selection is saved for it, not the new one
            if claim_id != self.claim_id:
                self.verticalScrollBar().setValue(0)  # a new claim is read from its statement down
            self.claim_id, self.passage_id = claim_id, passage_id
        self._fill_claim()
        self._fill_passage()
        self.empty.setVisible(self.claim_id is None and self.passage_id is None)

    def show_others_editing(self, names: list[str]) -> None:
        self.others.setText(
            self.tr("⚑ Also editing this claim: {names}").format(names=", ".join(names)) if names else ""
        )
        self.others.setVisible(bool(names))

    def editing_target(self) -> tuple[str, str] | None:
        """What the keyboard is editing here, for a team's presence: ("claim", id), ("passage", id)."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is not None and self.claim_id and self.claim_box.isAncestorOf(focus):
            return ("claim", self.claim_id)
        if focus is not None and self.passage_id and self.passage_box.isAncestorOf(focus):
            return ("passage", self.passage_id)
        return None

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from the project after any change, the inspector's own included: labels such as
        "Edited ..." and "Linked to ..." move with every edit; typed fields are not overwritten."""
        self.show_selection(self.claim_id, self.passage_id)

    def _fill_claim(self) -> None:
        self.claim_box.setVisible(self.claim_id is not None)
        if self.claim_id is None or self.bridge is None:
            return
        state = self.bridge.state
        claim = state.claims[self.claim_id]
        if not self.statement.hasFocus() or not self.statement.isModified():
            self.statement.setText(claim.statement)
            self.statement.setCursorPosition(0)
        self.verdict.setCurrentIndex(self.verdict.findData(claim.verdict.value))
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(claim.tags))
        if not self.claimant.hasFocus():
            self.claimant.setText(claim.claimant)
        if not self.claim_date.edit.hasFocus():
            self.claim_date.setText(claim.claim_date)
        self.claim_note.show_text(claim.note)
        who = claim.modified_by or claim.created_by
        when = datetime_text(claim.modified)
        edited = (
            self.tr("Edited {when} by {who}").format(when=when, who=who)
            if who
            else self.tr("Edited {when}").format(when=when)
        )
        self.provenance.setText(f"<small>{html.escape(edited)}</small>")
        self.claim_passages.clear()
        for passage in state.passages_of_claim(self.claim_id):
            article = state.articles.get(passage.article_id)
            item = QListWidgetItem(
                f"{article.title if article else '?'} ({passage.stance.label})\n{quoted(passage.quote, 110)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, passage.id)
            item.setToolTip(passage.quote)
            self.claim_passages.addItem(item)

    def _fill_passage(self) -> None:
        self.passage_box.setVisible(self.passage_id is not None)
        if self.passage_id is None or self.bridge is None:
            return
        state = self.bridge.state
        passage = state.passages[self.passage_id]
        article = state.articles.get(passage.article_id)
        claim = state.claims.get(passage.claim_id) if passage.claim_id else None
        self.quote.setText(f"{quoted(passage.quote, 400)}\n— {article.title if article else '?'}")
        if claim:
            self.linked.setText(self.tr("Linked to: {statement}").format(statement=claim.statement))
        else:
            self.linked.setText(self.tr("Not linked to a claim"))
        self.stance.setCurrentIndex(self.stance.findData(passage.stance.value))
        self.passage_note.show_text(passage.note)
        self.unlink.setEnabled(passage.claim_id is not None)

    # --- editing --------------------------------------------------------------------------
    def flush(self) -> None:
        """Save what is being typed now (before the selection moves, or the window closes)."""
        self.claim_note.flush()
        self.passage_note.flush()
        state = self.bridge.state if self.bridge else None
        claim = state.claims.get(self.claim_id) if state and self.claim_id else None
        if claim is not None and self.claim_note.toPlainText() != claim.note:
            self._edit_claim(note=self.claim_note.toPlainText())
        passage = state.passages.get(self.passage_id) if state and self.passage_id else None
        if passage is not None and self.passage_note.toPlainText() != passage.note:
            self._edit_passage(note=self.passage_note.toPlainText())
        if self.statement.hasFocus() and self.statement.isModified():
            self._commit_statement()

    def _cancel_statement(self) -> None:
        self.statement.setModified(False)
        self._fill_claim()  # back to the stored statement
        self.editingDone.emit()

    def _commit_statement(self) -> None:
        self.statement.setModified(False)
        if self.statement.text().strip():
            self._edit_claim(statement=self.statement.text())
        else:
            self._fill_claim()  # an empty statement is refused; show the stored one again

    def _commit_claim_date(self) -> None:
        """A real ISO 8601 date, or none: anything else stays marked and is not stored."""
        if self.claim_date.problem() is None:
            self._edit_claim(claim_date=self.claim_date.text())

    def _mark_claim_date(self) -> None:
        problem = self.claim_date.problem()
        self.claim_date.edit.setStyleSheet("background: rgba(220, 50, 47, 0.35);" if problem else "")
        self.claim_date.edit.setToolTip(problem or self.tr("When the claim was made (YYYY-MM-DD, or YYYY-MM)"))

    def _edit_claim(self, **values: Unpack[ClaimEdit]) -> None:
        # (an edit that changes nothing is no command and no undo step: EditClaim checks)
        if self.bridge is None or self.claim_id is None or self.claim_id not in self.bridge.state.claims:
            return
        claim = self.bridge.state.claims[self.claim_id]
        kept: dict[str, object] = dict(values)
        for field in list(values):
            base = self._bases.pop(("claim", field), None)
            current = getattr(claim, field)
            # A colleague changed it while we typed (a team project): never write over it unasked.
            colleague = base is not None and current != base and claim.modified_by != self.bridge.project.author
            if colleague and not self.ask_keep_mine(field, current, claim.modified_by):
                del kept[field]
        if kept:
            # `values` less the fields left to the colleague is still a ClaimEdit (mypy cannot
            # follow a TypedDict through keys it does not know as literals).
            self.bridge.run(EditClaim(self.claim_id, **cast(ClaimEdit, kept)), initiator=self)
            for widget, field in self._fields.items():
                if field in kept and widget.hasFocus():  # still typing (a note's pause): a new base
                    self._remember_base(field)
        self._fill_claim()

    def _remember_base(self, field: str) -> None:
        """The value a field showed when the user started typing in it (for _edit_claim)."""
        claim = self.bridge.state.claims.get(self.claim_id or "") if self.bridge else None
        if claim is not None:
            self._bases[("claim", field)] = getattr(claim, field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self._fields.get(watched) if isinstance(watched, QWidget) else None
        if field is not None and event.type() == QEvent.Type.FocusIn:
            self._remember_base(field)
        return super().eventFilter(watched, event)

    def _edit_passage(self, **values: Unpack[PassageEdit]) -> None:
        if self.bridge is not None and self.passage_id is not None and self.passage_id in self.bridge.state.passages:
            self.bridge.run(EditPassage(self.passage_id, **values), initiator=self)

    def unlink_passage(self) -> None:
        if self.bridge and self.passage_id:
            self.bridge.run(UnlinkPassage(self.passage_id))

    def delete_passage(self) -> None:
        if self.bridge and self.passage_id:
            self.bridge.run(DeletePassage(self.passage_id))
