"""The merge review dialog: what a merge would add and update, every conflict with a choice of
side, possible duplicate claims (merge or keep both), re-anchored passages to review, orphans.

It only edits the choices on the MergePlan it is given; the caller applies the plan (desktop/
merging.py `apply_plan`), so Cancel leaves everything as it was. The summary line re-resolves
on each choice, so the numbers always match what Merge will do.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.merge import KEEP_BOTH, MERGE, OURS, THEIRS, MergePlan
from desktop.core.merge_report import MergeReport, describe, when_and_who
from desktop.core.text import quoted

SIDE_LABELS = {OURS: "Keep mine", THEIRS: "Take theirs"}
DUPLICATE_LABELS = {KEEP_BOTH: "Keep both", MERGE: "Merge into mine"}
KINDS = {"article": "Article", "claim": "Claim", "passage": "Passage"}


def _plain(value) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)


def _value(entity, fields: tuple[str, ...]) -> str:
    if entity is None:
        return "(deleted)"
    shown = fields or ("modified",)
    parts = [f"{f}: {_plain(getattr(entity, f))}"[:120] for f in shown if hasattr(entity, f)]
    return "; ".join(parts) + f"  ({when_and_who(entity.modified, entity.modified_by)})"


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.source = plan, source
        self.setWindowTitle(f"Merge from {source}" if source else "Merge project")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        for note in plan.notes:
            label = QLabel(note, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.conflict_table = self._conflicts_tab()
        self.duplicate_table = self._duplicates_tab()
        # Added, Updated and Deleted come from the same report as the summary line above them,
        # so a tab's count and the summary's always agree (choices included).
        self.added_list = self._list_tab("Added", [])
        self.updated_list = self._list_tab("Updated", [])
        self.deleted_list = self._list_tab("Deleted there", [])
        self._list_tab(
            "Re-anchored",
            [
                f"{'REVIEW ' if r.needs_review else ''}{r.old_start}-{r.old_end} → {r.start}-{r.end}: "
                f"{quoted(r.quote, 80)}"
                for r in plan.reanchored
            ],
        )
        self.orphan_list = self._list_tab(
            "Orphans", [f"{quoted(o.passage.quote, 80)} — {o.reason}" for o in plan.orphans]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(not plan.is_empty or bool(plan.duplicates))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refresh_summary()

    # --- tabs -----------------------------------------------------------------------------
    def _list_tab(self, title: str, rows: list[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(title)
        widget.addItems(rows)
        self.tabs.addTab(widget, f"{title} ({len(rows)})")
        return widget

    def _table(self, headers: list[str], rows: int, name: str) -> QTableWidget:
        table = QTableWidget(rows, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(False)
        table.verticalHeader().setVisible(False)
        return table

    def _cell(self, table: QTableWidget, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        table.setItem(row, column, item)

    def _conflicts_tab(self) -> QTableWidget:
        conflicts = self.plan.conflicts
        # The choice comes right after the item, so it is on screen without scrolling sideways.
        table = self._table(["Item", "Keep", "Why", "Mine", "Theirs"], len(conflicts), "Conflicts")
        for row, conflict in enumerate(conflicts):
            entity = conflict.theirs or conflict.ours
            self._cell(
                table, row, 0, f"{KINDS.get(conflict.kind, conflict.kind)}: {describe(entity, self.plan.theirs)}"
            )
            table.setCellWidget(row, 1, self._combo(SIDE_LABELS, conflict, conflict.key))
            self._cell(table, row, 2, conflict.reason)
            self._cell(table, row, 3, _value(conflict.ours, conflict.fields))
            self._cell(table, row, 4, _value(conflict.theirs, conflict.fields))
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), 260))
        header.resizeSection(2, min(header.sectionSize(2), 200))
        for column in (3, 4):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        self.tabs.addTab(table, f"Conflicts ({len(conflicts)})")
        return table

    def _duplicates_tab(self) -> QTableWidget:
        duplicates = self.plan.duplicates
        table = self._table(
            ["Their claim", "My claim", "Shared passages", "Do"], len(duplicates), "Possible duplicates"
        )
        for row, duplicate in enumerate(duplicates):
            self._cell(table, row, 0, duplicate.theirs.statement)
            self._cell(table, row, 1, duplicate.ours.statement)
            self._cell(table, row, 2, str(duplicate.shared))
            table.setCellWidget(row, 3, self._combo(DUPLICATE_LABELS, duplicate, duplicate.key))
        table.resizeColumnsToContents()
        self.tabs.addTab(table, f"Possibly the same claim ({len(duplicates)})")
        return table

    def _combo(self, labels: dict[str, str], target, key: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"choice:{key}")
        combo.setAccessibleName("Choice")
        for value, label in labels.items():
            default = getattr(target, "default", None) == value
            combo.addItem(label + (" (newer)" if default else ""), value)
        combo.setCurrentIndex(combo.findData(target.choice))

        def chosen(_index: int) -> None:
            target.choice = combo.currentData()
            self._refresh_summary()

        combo.currentIndexChanged.connect(chosen)
        return combo

    # --- results --------------------------------------------------------------------------
    def _refresh_summary(self) -> None:
        self.report = MergeReport.build(self.plan.resolve(), self.source, applied=False)
        self.summary.setText(self.report.summary.replace("would merge:", "Merging will give:"))
        for widget, items, title, by in (
            (self.added_list, self.report.added, "Added", "created"),
            (self.updated_list, self.report.updated, "Updated", "modified"),
            (self.deleted_list, self.report.deleted, "Deleted there", None),
        ):
            widget.clear()
            for item in items:
                line = f"{KINDS.get(item['kind'], item['kind'])}: {item['label']}"
                if by == "created":
                    line += (
                        f" — added by {item['created_by'] or 'an unnamed author'}, {when_and_who(item['created'], '')}"
                    )
                elif by == "modified":
                    line += f" — {when_and_who(item['modified'], item['modified_by'])}"
                widget.addItem(line)
            self.tabs.setTabText(self.tabs.indexOf(widget), f"{title} ({len(items)})")

    def chosen_plan(self) -> MergePlan:
        """The plan with the choices made here (apply it with desktop.merging.apply_plan)."""
        return self.plan

    def combo_for(self, key: str) -> QComboBox:
        return self.findChild(QComboBox, f"choice:{key}")


def review_merge(plan: MergePlan, source: str = "", parent: QWidget | None = None) -> MergePlan | None:
    """Show the dialog modally; the chosen plan, or None if cancelled."""
    dialog = MergeDialog(plan, source, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.chosen_plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
