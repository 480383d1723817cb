"""A Qt table model over the project's claims, updated row by row from Changes records
(never reset for an ordinary change, so selection and scroll position survive)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop.core.commands import EditClaim
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import Passage, Verdict
from desktop.core.project import Changes
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.i18n import current_language
from desktop.workspace.state import ClaimFilter

COLUMNS = (
    QT_TRANSLATE_NOOP("ClaimsModel", "Claim"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Verdict"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Sources"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Passages"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Tags"),
    QT_TRANSLATE_NOOP("ClaimsModel", "Author"),
)
STATEMENT, VERDICT, SOURCES, PASSAGES, TAGS, AUTHOR = range(len(COLUMNS))
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge: ProjectBridge | None = None
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self.editing: dict[str, list[str]] = {}  # claim id -> the colleagues editing it
        self._labels: tuple[str, dict[Verdict, str]] = ("", {})  # (language, verdict -> its name)

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.beginResetModel()
        self.bridge = bridge
        self.editing = {}
        self._ids = list(bridge.state.claims) if bridge else []
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._row_of = {claim_id: row for row, claim_id in enumerate(self._ids)}

    def claim_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, claim_id: str) -> int:
        return self._row_of.get(claim_id, -1)

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def set_editing(self, editing: dict[str, list[str]]) -> None:
        """Who else is editing which claim (a team project's presence): marked in the rows."""
        changed = set(editing) ^ set(self.editing) | {c for c in editing if editing[c] != self.editing.get(c)}
        self.editing = dict(editing)
        for claim_id in changed:
            if claim_id in self._row_of:
                row = self._row_of[claim_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _verdict_label(self, verdict: Verdict) -> str:
        """Seven names looked up once per language, not once per row of a repaint."""
        language, names = self._labels
        if language != current_language():
            names = {v: v.label for v in Verdict}
            self._labels = (current_language(), names)
        return names[verdict]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.bridge is None:
            return None
        claim_id = self._ids[index.row()]
        state = self.bridge.state
        claim = state.claims.get(claim_id)
        if claim is None:
            return None
        column = index.column()
        if role == CLAIM_ID_ROLE:
            return claim_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            if column == STATEMENT:
                if role == Qt.ItemDataRole.DisplayRole and claim_id in self.editing:
                    return "✎ " + claim.statement  # a colleague is editing it (a team project)
                return claim.statement
            if column == VERDICT:
                if role == SORT_ROLE:
                    return list(Verdict).index(claim.verdict)
                if role == Qt.ItemDataRole.EditRole:
                    return claim.verdict.value
                return self._verdict_label(claim.verdict)
            if column == SOURCES:
                return len(state.sources_of_claim(claim_id))
            if column == PASSAGES:
                return state.claim_passage_count(claim_id)
            if column == TAGS:
                return ", ".join(claim.tags)
            if column == AUTHOR:
                return claim.modified_by or claim.created_by
        if role == Qt.ItemDataRole.DecorationRole and column == STATEMENT:
            return QColor(claim.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            sources = [state.articles[a].title for a in state.sources_of_claim(claim_id)]
            tip = f"<b>{html.escape(claim.statement)}</b><br>" + self.tr("Verdict: {verdict}").format(
                verdict=claim.verdict.label
            )
            if sources:
                tip += "<br>" + self.tr("Sources: {titles}").format(titles=html.escape("; ".join(sources)))
            if claim.note:
                tip += f"<br><small>{html.escape(claim.note[:300])}</small>"
            if claim_id in self.editing:
                names = ", ".join(self.editing[claim_id])
                tip += "<br>" + self.tr("✎ Being edited by {names}").format(names=html.escape(names))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SOURCES, PASSAGES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (STATEMENT, VERDICT, TAGS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.bridge is None:
            return False
        claim_id = self._ids[index.row()]
        column = index.column()
        if column == STATEMENT:
            command = EditClaim(claim_id, statement=str(value))
        elif column == VERDICT:
            command = EditClaim(claim_id, verdict=Verdict.parse(str(value)))
        elif column == TAGS:
            command = EditClaim(claim_id, tags=[t for t in str(value).split(",")])
        else:
            return False
        return self.bridge.run(command, initiator=self) is not None

    # --- row-level updates ---------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if self.bridge is None:
            return
        state = self.bridge.state
        touched: set[str] = set()
        for change in changes.entity_changes:
            entity = change.entity
            if isinstance(entity, Passage):
                for side in (change.before, change.after):
                    if isinstance(side, Passage) and side.claim_id:
                        touched.add(side.claim_id)
            elif change.before is None and change.after is not None and entity.id in state.claims:
                row = len(self._ids)
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.append(entity.id)
                self._row_of[entity.id] = row
                self.endInsertRows()
            elif change.after is None and entity.id in self._row_of:
                row = self._row_of[entity.id]
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self._reindex()
                self.endRemoveRows()
            elif entity.id in self._row_of:
                touched.add(entity.id)
        if changes.article_ids:  # titles in tooltips, sources counts after a removal
            touched.update(self._ids)
        for claim_id in touched:
            changed = self._row_of.get(claim_id)
            if changed is not None:
                self.dataChanged.emit(self.index(changed, 0), self.index(changed, len(COLUMNS) - 1))


class ClaimsFilter(QSortFilterProxyModel):
    """Text filter over statement and tags, plus an optional set of claim ids (from the chart)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.only_ids: set[str] | None = None
        self.verdict: str | None = None
        self.text = ""

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()  # Qt 6.10+: replaces the deprecated invalidateFilter()
        change()
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.strip().casefold()))

    def set_only_ids(self, ids: set[str] | None) -> None:
        self._refilter(lambda: setattr(self, "only_ids", ids))

    def set_verdict(self, verdict: str | None) -> None:
        self._refilter(lambda: setattr(self, "verdict", verdict))

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        """All of a workspace's claims filter at once: one refilter."""

        def change() -> None:
            self.text = claim_filter.text.strip().casefold()
            self.verdict = claim_filter.verdict
            self.only_ids = set(claim_filter.only_ids) if claim_filter.only_ids is not None else None

        self._refilter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ClaimsModel), "filters the claims model"
        claim_id = model.claim_id(source_row)
        if self.only_ids is not None and claim_id not in self.only_ids:
            return False
        if self.verdict and model.index(source_row, VERDICT).data(Qt.ItemDataRole.EditRole) != self.verdict:
            return False
        if not self.text:
            return True
        haystack = " ".join(str(model.index(source_row, c).data() or "") for c in (STATEMENT, TAGS, VERDICT))
        return all(word in haystack.casefold() for word in self.text.split())
