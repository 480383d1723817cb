"""The claims panel: a sortable, filterable table of claims (`claimList`), edited in place."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Verdict
from desktop.ui.claims.model import (
    AUTHOR,
    CLAIM_ID_ROLE,
    PASSAGES,
    SOURCES,
    STATEMENT,
    TAGS,
    VERDICT,
    ClaimsFilter,
    ClaimsModel,
)
from desktop.ui.common.bridge import ProjectBridge
from desktop.workspace.gestures import Gestures, Outcome, gesture_texts
from desktop.workspace.state import CLAIM, FILTER, ClaimFilter, Workspace, WorkspaceEvent

ASK_DELETE_KEY = "claims/deleteKeepsPassages"
MIN_STATEMENT_WIDTH = 150  # about 22 characters: enough to tell claims apart


class VerdictDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Verdict"))
        for verdict in Verdict:
            editor.addItem(verdict.label, verdict.value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox), "made by createEditor"
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.showPopup()

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox), "made by createEditor"
        model.setData(index, editor.currentData())


class StatementDelegate(QStyledItemDelegate):
    """The statement on up to two lines, the second cut at its end if it is still longer: the
    column never shows a bare "…" (the panel keeps it wide enough for a few words)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        option.features |= option.ViewItemFeature.WrapText


class ClaimsPanel(QWidget):
    """The claims table. A click, Ctrl/Shift-click or the arrow keys select claims; the panel
    writes the selection to the workspace, and follows the workspace's current claim and filter."""

    claimActivated = Signal(str)  # Enter / double click on the claim

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bridge: ProjectBridge | None = None
        self._following = False  # set while the panel follows the workspace (no echo back)
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self, placeholderText=self.tr("Filter claims…"), clearButtonEnabled=True)
        self.search.setAccessibleName(self.tr("Filter claims"))
        self.verdicts = QComboBox(self)
        self.verdicts.setAccessibleName(self.tr("Filter by verdict"))
        self.verdicts.addItem(self.tr("All verdicts"), None)
        for verdict in Verdict:
            self.verdicts.addItem(verdict.label, verdict.value)
        self.filter_note = QLabel(self)
        self.filter_note.setAccessibleName(self.tr("Claims filter"))
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()
        self.table = QTableView(self)
        self.table.setObjectName("claimList")
        self.table.setAccessibleName(self.tr("Claims"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move within it
        self.table.verticalHeader().hide()
        # Two lines per row, fixed: measuring rows to their contents would cost every edit a pass.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        self.table.setItemDelegateForColumn(STATEMENT, StatementDelegate(self.table))
        self.table.setItemDelegateForColumn(VERDICT, VerdictDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Fixed widths, not ResizeToContents, which would re-measure every row on each edit.
        for column, width in ((VERDICT, 96), (SOURCES, 60), (PASSAGES, 66), (TAGS, 120), (AUTHOR, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionHidden(AUTHOR, True)
        header.setSectionHidden(TAGS, True)
        # The statement keeps room to be read: the panel is never narrower than this, and the
        # count columns give way first when it is narrow (their numbers are in the row's tooltip).
        self.setMinimumWidth(MIN_STATEMENT_WIDTH + 96 + 24)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.verdicts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _t: self._filter_edited())
        self.verdicts.currentIndexChanged.connect(lambda _i: self._filter_edited())
        selection = self.table.selectionModel()
        # Both: a mouse press moves the current row before it selects, Ctrl+arrows move only the
        # current row, and Ctrl-click changes only the selection. Whichever comes, read both.
        selection.currentRowChanged.connect(lambda *_: self._selection_edited())
        selection.selectionChanged.connect(lambda *_: self._selection_edited())
        self.table.activated.connect(lambda index: self.claimActivated.emit(index.data(CLAIM_ID_ROLE)))
        workspace.subscribe(self._follow)

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.bridge = bridge
        self.model.set_bridge(bridge)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - MIN_STATEMENT_WIDTH - header.sectionSize(VERDICT)
        header.setSectionHidden(SOURCES, room < header.sectionSize(SOURCES))
        header.setSectionHidden(PASSAGES, room < header.sectionSize(SOURCES) + header.sectionSize(PASSAGES))

    # --- the user's selection and filter -> workspace -----------------------------------------
    def _selection_edited(self) -> None:
        if self._following or self.bridge is None:
            return
        selected = self.selected_claims()
        index = self.table.currentIndex()
        current = self._claim_at(index) if index.isValid() else None
        if current not in selected:
            current = selected[0] if selected else None
        self.workspace.select_claims(current, selected, initiator=self)

    def _filter_edited(self) -> None:
        if self._following:
            return
        old = self.workspace.claim_filter
        self.workspace.set_claim_filter(
            ClaimFilter(self.search.text(), self.verdicts.currentData(), old.only_ids, old.only_label), initiator=self
        )

    # --- workspace -> the panel ------------------------------------------------------------------
    def _follow(self, event: WorkspaceEvent) -> None:
        if FILTER in event:
            self._show_filter()
        if CLAIM in event and event.initiator is not self:
            self._show_current_claim()

    def _show_filter(self) -> None:
        claim_filter = self.workspace.claim_filter
        self._following = True
        try:
            if self.search.text() != claim_filter.text:
                self.search.setText(claim_filter.text)
            self.verdicts.setCurrentIndex(max(0, self.verdicts.findData(claim_filter.verdict)))
            self.proxy.set_filter(claim_filter)
        finally:
            self._following = False
        if claim_filter.only_ids is not None:
            self.filter_note.setText(
                self.tr(
                    "Showing %n claim(s) {label} — View → Show all claims (Ctrl+Shift+A) to clear",
                    "",
                    self.proxy.rowCount(),
                ).format(label=claim_filter.only_label)
            )
        self.filter_note.setVisible(claim_filter.only_ids is not None)
        self._show_current_claim()  # the current claim's row may have come back into view

    def _show_current_claim(self) -> None:
        claim_id = self.workspace.current_claim
        self._following = True
        try:
            if claim_id is None:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                return
            row = self.model.row_of(claim_id)
            if row < 0:
                return
            index = self.proxy.mapFromSource(self.model.index(row, STATEMENT))
            if not index.isValid():  # filtered out: the current claim must be visible
                self._following = False
                self.workspace.set_claim_filter(ClaimFilter())
                return
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            for other in self.workspace.selected_claims[1:]:
                other_row = self.model.row_of(other)
                other_index = self.proxy.mapFromSource(self.model.index(other_row, STATEMENT))
                if other_index.isValid():
                    self.table.selectionModel().select(
                        other_index,
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            self.table.scrollTo(index)
        finally:
            self._following = False

    # --- reading -----------------------------------------------------------------------------------
    def _claim_at(self, index: QModelIndex) -> str | None:
        return self.model.claim_id(self.proxy.mapToSource(index).row())

    def current_claim(self) -> str | None:
        return self.workspace.current_claim

    def visible_claims(self) -> set[str] | None:
        """The claims the filters let through, or None when nothing is filtered."""
        if not self.workspace.claim_filter.active:
            return None
        return {self._claim_at(self.proxy.index(r, 0)) or "" for r in range(self.proxy.rowCount())}

    def selected_claims(self) -> list[str]:
        """Selected rows, the current row first (it is the one merges keep)."""
        rows = self.table.selectionModel().selectedRows()
        ids = [claim_id for claim_id in (self._claim_at(r) for r in rows) if claim_id]
        index = self.table.currentIndex()
        current = self._claim_at(index) if index.isValid() else None
        if current in ids:
            ids.remove(current)
            ids.insert(0, current)
        return ids

    def select_claim(self, claim_id: str | None) -> None:
        """Make a claim current from code (the chart, a gesture): the workspace decides."""
        self.workspace.select_claims(claim_id)

    # --- gestures -------------------------------------------------------------------------
    def delete_selected(self) -> Outcome:
        if not self.workspace.selected_claims or self.bridge is None:
            return Outcome(False, gesture_texts.tr("Select a claim first."))
        keep = self._ask_keep_passages(len(self.workspace.selected_claims))
        if keep is None:
            return Outcome(False)
        return Gestures(self.workspace, self.bridge.project, self.bridge.run).delete_claims(keep)

    def _ask_keep_passages(self, count: int) -> bool | None:
        settings = QSettings()
        remembered = settings.value(ASK_DELETE_KEY, None)
        if remembered is not None:
            return str(remembered).lower() == "true"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete claim"))
        box.setText(self.tr("Delete %n claim(s). What should happen to the linked passages?", "", count))
        box.setInformativeText(self.tr("Either way, Undo brings everything back."))
        keep = box.addButton(self.tr("Keep as unlinked passages"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Delete the passages too"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        remember = QCheckBox(self.tr("Don't ask again"), box)
        box.setCheckBox(remember)
        box.setDefaultButton(keep)
        box.exec()
        choice = box.clickedButton()
        if choice not in (keep, drop):
            return None
        if remember.isChecked():
            settings.setValue(ASK_DELETE_KEY, choice is keep)
        return choice is keep

    def edit_current_statement(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(STATEMENT))
