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

from desktop.core.i18n import QT_TRANSLATE_NOOP, date_text, datetime_text
from desktop.core.merge import KEEP_BOTH, MERGE, OURS, THEIRS, Conflict, MergePlan, PossibleDuplicate
from desktop.core.merge_report import MergeReport, describe, when_and_who
from desktop.core.merge_resolve import resolve_merge
from desktop.core.model import Entity, Stance, Verdict, field_name
from desktop.core.text import quoted

SIDE_LABELS = {
    OURS: QT_TRANSLATE_NOOP("MergeDialog", "Keep mine"),
    THEIRS: QT_TRANSLATE_NOOP("MergeDialog", "Take theirs"),
}
DUPLICATE_LABELS = {
    KEEP_BOTH: QT_TRANSLATE_NOOP("MergeDialog", "Keep both"),
    MERGE: QT_TRANSLATE_NOOP("MergeDialog", "Merge into mine"),
}
KINDS = {
    "article": QT_TRANSLATE_NOOP("MergeDialog", "Article"),
    "claim": QT_TRANSLATE_NOOP("MergeDialog", "Claim"),
    "passage": QT_TRANSLATE_NOOP("MergeDialog", "Passage"),
}


def _plain(value: object, field_: str = "") -> str:
    if field_ == "modified" and isinstance(value, str):
        return datetime_text(value)
    if field_ == "published" and isinstance(value, str):
        return date_text(value)
    if isinstance(value, Verdict | Stance):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.source = plan, source
        self.setWindowTitle(
            self.tr("Merge from {source}").format(source=source) if source else self.tr("Merge project")
        )
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
        self.tabs.setAccessibleName(self.tr("What the merge does"))
        layout.addWidget(self.tabs, 1)
        self.conflict_table = self._conflicts_tab()
        self.duplicate_table = self._duplicates_tab()
        # Added, Updated and Deleted come from the same report as the summary line above them,
        # so a tab's count and the summary's always agree (choices included).
        self.added_list = self._list_tab(self.tr("Added"), [])
        self.updated_list = self._list_tab(self.tr("Updated"), [])
        self.deleted_list = self._list_tab(self.tr("Deleted there"), [])
        review = self.tr("REVIEW")
        self._list_tab(
            self.tr("Re-anchored"),
            [
                f"{review + ' ' if r.needs_review else ''}{r.old_start}-{r.old_end} → {r.start}-{r.end}: "
                f"{quoted(r.quote, 80)}"
                for r in plan.reanchored
            ],
        )
        self.orphan_list = self._list_tab(
            self.tr("Orphans"), [f"{quoted(o.passage.quote, 80)} — {o.reason}" for o in plan.orphans]
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.tabs.addTab(widget, self.tr("{title} ({count})").format(title=title, count=len(rows)))
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
        table = self._table(
            [self.tr("Item"), self.tr("Keep"), self.tr("Why"), self.tr("Mine"), self.tr("Theirs")],
            len(conflicts),
            self.tr("Conflicts"),
        )
        for row, conflict in enumerate(conflicts):
            entity = conflict.theirs or conflict.ours
            assert entity is not None, "a conflict has at least one side that kept it"
            self._cell(table, row, 0, f"{self._kind(conflict.kind)}: {describe(entity, self.plan.theirs)}")
            table.setCellWidget(row, 1, self._combo(SIDE_LABELS, conflict, conflict.key))
            self._cell(table, row, 2, conflict.reason)
            self._cell(table, row, 3, self._value(conflict.ours, conflict.fields))
            self._cell(table, row, 4, self._value(conflict.theirs, conflict.fields))
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.resizeSection(0, min(header.sectionSize(0), 260))
        header.resizeSection(2, min(header.sectionSize(2), 200))
        for column in (3, 4):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        self.tabs.addTab(table, self.tr("{title} ({count})").format(title=self.tr("Conflicts"), count=len(conflicts)))
        return table

    def _duplicates_tab(self) -> QTableWidget:
        duplicates = self.plan.duplicates
        table = self._table(
            [self.tr("Their claim"), self.tr("My claim"), self.tr("Shared passages"), self.tr("Do")],
            len(duplicates),
            self.tr("Possible duplicates"),
        )
        for row, duplicate in enumerate(duplicates):
            self._cell(table, row, 0, duplicate.theirs.statement)
            self._cell(table, row, 1, duplicate.ours.statement)
            self._cell(table, row, 2, str(duplicate.shared))
            table.setCellWidget(row, 3, self._combo(DUPLICATE_LABELS, duplicate, duplicate.key))
        table.resizeColumnsToContents()
        self.tabs.addTab(
            table, self.tr("{title} ({count})").format(title=self.tr("Possibly the same claim"), count=len(duplicates))
        )
        return table

    def _combo(self, labels: dict[str, str], target: Conflict | PossibleDuplicate, key: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"choice:{key}")
        combo.setAccessibleName(self.tr("Choice"))
        for value, label in labels.items():
            default = getattr(target, "default", None) == value
            shown = self.tr(label)
            combo.addItem(self.tr("{choice} (newer)").format(choice=shown) if default else shown, value)
        combo.setCurrentIndex(combo.findData(target.choice))

        def chosen(_index: int) -> None:
            target.choice = combo.currentData()
            self._refresh_summary()

        combo.currentIndexChanged.connect(chosen)
        return combo

    # --- results --------------------------------------------------------------------------
    def _refresh_summary(self) -> None:
        self.report = MergeReport.build(resolve_merge(self.plan), self.source, applied=False)
        self.summary.setText(self.tr("Merging will give: {counts}").format(counts=self.report.counts_text))
        for widget, items, title, by in (
            (self.added_list, self.report.added, self.tr("Added"), "created"),
            (self.updated_list, self.report.updated, self.tr("Updated"), "modified"),
            (self.deleted_list, self.report.deleted, self.tr("Deleted there"), None),
        ):
            widget.clear()
            for item in items:
                line = f"{self._kind(item['kind'])}: {item['label']}"
                if by == "created":
                    line += self.tr(" — added by {author}, {when}").format(
                        author=item["created_by"] or self.tr("an unnamed author"), when=datetime_text(item["created"])
                    )
                elif by == "modified":
                    line += f" — {when_and_who(item['modified'], item['modified_by'])}"
                widget.addItem(line)
            self.tabs.setTabText(
                self.tabs.indexOf(widget), self.tr("{title} ({count})").format(title=title, count=len(items))
            )

    def _kind(self, kind: str) -> str:
        return self.tr(KINDS[kind]) if kind in KINDS else kind

    def _value(self, entity: Entity | None, fields: tuple[str, ...]) -> str:
        """One side of a conflict: the fields that differ, and when and by whom it was last changed."""
        if entity is None:
            return self.tr("(deleted)")
        shown = fields or ("modified",)
        parts = [f"{field_name(f)}: {_plain(getattr(entity, f), f)}"[:120] for f in shown if hasattr(entity, f)]
        return "; ".join(parts) + f"  ({when_and_who(entity.modified, entity.modified_by)})"

    def chosen_plan(self) -> MergePlan:
        """The plan with the choices made here (apply it with desktop.merging.apply_plan)."""
        return self.plan

    def combo_for(self, key: str) -> QComboBox | None:
        return self.findChild(QComboBox, f"choice:{key}")


def review_merge(plan: MergePlan, source: str = "", parent: QWidget | None = None) -> MergePlan | None:
    """Show the dialog modally; the chosen plan, or None if cancelled."""
    dialog = MergeDialog(plan, source, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog.chosen_plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
