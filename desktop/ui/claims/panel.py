"""The claims panel: a sortable, filterable table of claims (`claimList`), edited in place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.commands import DeleteClaim, MergeClaims
from desktop.core.model import Verdict
from desktop.ui.claims.model import AUTHOR, PASSAGES, SOURCES, STATEMENT, TAGS, VERDICT, ClaimsFilter, ClaimsModel
from desktop.ui.common.bridge import ProjectBridge

ASK_DELETE_KEY = "claims/deleteKeepsPassages"


class VerdictDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        editor.setAccessibleName("Verdict")
        editor.addItems([v.value for v in Verdict])
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))
        editor.showPopup()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class ClaimsPanel(QWidget):
    currentClaimChanged = Signal(object)  # claim id or None
    claimActivated = Signal(str)  # Enter / double click on the claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: ProjectBridge | None = None
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self, placeholderText="Filter claims…", clearButtonEnabled=True)
        self.search.setAccessibleName("Filter claims")
        self.verdicts = QComboBox(self)
        self.verdicts.setAccessibleName("Filter by verdict")
        self.verdicts.addItem("All verdicts", None)
        for verdict in Verdict:
            self.verdicts.addItem(verdict.value, verdict.value)
        self.table = QTableView(self)
        self.table.setObjectName("claimList")
        self.table.setAccessibleName("Claims")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(VERDICT, VerdictDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        # Fixed widths, not ResizeToContents, which would re-measure every row on each edit.
        for column, width in ((VERDICT, 96), (SOURCES, 64), (PASSAGES, 70), (TAGS, 120), (AUTHOR, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionHidden(AUTHOR, True)
        header.setSectionHidden(TAGS, True)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.verdicts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_text)
        self.verdicts.currentIndexChanged.connect(lambda _i: self.proxy.set_verdict(self.verdicts.currentData()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.currentClaimChanged.emit(self.current_claim())
        )
        self.table.activated.connect(lambda index: self.claimActivated.emit(index.data(Qt.ItemDataRole.UserRole + 1)))

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.bridge = bridge
        self.model.set_bridge(bridge)

    # --- selection ------------------------------------------------------------------------
    def current_claim(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.model.claim_id(self.proxy.mapToSource(index).row())

    def visible_claims(self) -> set[str] | None:
        """The claims the filters let through, or None when nothing is filtered."""
        if not self.proxy.text and not self.proxy.verdict and self.proxy.only_ids is None:
            return None
        return {
            self.model.claim_id(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        }

    def selected_claims(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        ids = [self.model.claim_id(self.proxy.mapToSource(r).row()) for r in rows]
        current = self.current_claim()
        ids = [i for i in ids if i]
        if current in ids:  # the current claim first: it is the one merges keep
            ids.remove(current)
            ids.insert(0, current)
        return ids

    def select_claim(self, claim_id: str | None) -> None:
        if claim_id is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, -1))
            return
        row = self.model.row_of(claim_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, STATEMENT))
        if not index.isValid():  # filtered out: clear the filter so the claim can be shown
            self.search.clear()
            self.verdicts.setCurrentIndex(0)
            self.proxy.set_only_ids(None)
            index = self.proxy.mapFromSource(self.model.index(row, STATEMENT))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    # --- gestures -------------------------------------------------------------------------
    def delete_selected(self) -> None:
        ids = self.selected_claims()
        if not ids or self.bridge is None:
            return
        keep = self._ask_keep_passages(len(ids))
        if keep is None:
            return
        from desktop.core.commands import Compound

        steps = [DeleteClaim(claim_id, keep_passages=keep) for claim_id in ids]
        label = "Delete claim" if len(steps) == 1 else f"Delete {len(steps)} claims"
        self.bridge.run(Compound(steps, label=label))

    def _ask_keep_passages(self, count: int) -> bool | None:
        settings = QSettings()
        remembered = settings.value(ASK_DELETE_KEY, None)
        if remembered is not None:
            return str(remembered).lower() == "true"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Delete claim")
        box.setText(
            f"Delete {'this claim' if count == 1 else f'{count} claims'}. What should happen to the linked passages?"
        )
        box.setInformativeText("Either way, Undo brings everything back.")
        keep = box.addButton("Keep as unlinked passages", QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton("Delete the passages too", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        remember = QCheckBox("Don't ask again", box)
        box.setCheckBox(remember)
        box.setDefaultButton(keep)
        box.exec()
        choice = box.clickedButton()
        if choice not in (keep, drop):
            return None
        if remember.isChecked():
            settings.setValue(ASK_DELETE_KEY, choice is keep)
        return choice is keep

    def merge_selected(self) -> bool:
        ids = self.selected_claims()
        if len(ids) != 2 or self.bridge is None:
            return False
        return self.bridge.run(MergeClaims(ids[0], ids[1])) is not None

    def edit_current_statement(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(STATEMENT))
