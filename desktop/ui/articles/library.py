"""The article library: every article with title, outlet, language, date and passage count,
with a filter box. Enter or double-click shows the article in the current pane."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP, date_text
from desktop.core.project import Changes
from desktop.ui.common.bridge import ProjectBridge

COLUMNS = (
    QT_TRANSLATE_NOOP("ArticlesModel", "Title"),
    QT_TRANSLATE_NOOP("ArticlesModel", "Outlet"),
    QT_TRANSLATE_NOOP("ArticlesModel", "Lang"),
    QT_TRANSLATE_NOOP("ArticlesModel", "Date"),
    QT_TRANSLATE_NOOP("ArticlesModel", "Passages"),
)
DATE = 3
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # dates sort as stored (ISO), not as the locale shows them


class ArticlesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge: ProjectBridge | None = None
        self._ids: list[str] = []

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.beginResetModel()
        self.bridge = bridge
        self._ids = list(bridge.state.articles) if bridge else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.bridge is None:
            return None
        article = self.bridge.state.articles.get(self._ids[index.row()])
        if article is None:
            return None
        if role == ARTICLE_ID_ROLE:
            return article.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if index.column() == DATE:
                return article.published if role == SORT_ROLE else date_text(article.published)
            return (
                article.title,
                article.outlet,
                article.language,
                article.published,
                self.bridge.state.passage_count(article.id),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{article.title}\n{article.outlet}\n{article.url}".strip()
        return None

    def apply_changes(self, changes: Changes) -> None:
        if self.bridge is None:
            return
        state = self.bridge.state
        if set(self._ids) != set(state.articles):  # added or removed: small list, rebuild rows
            self.set_bridge(self.bridge)
            return
        rows = {
            row
            for row, article_id in enumerate(self._ids)
            if article_id in changes.article_ids or article_id in changes.articles_with_changed_passages
        }
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class ArticleLibrary(QWidget):
    articleActivated = Signal(str, bool)  # article id, in a new pane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter = QLineEdit(self, placeholderText=self.tr("Filter articles…"), clearButtonEnabled=True)
        self.filter.setAccessibleName(self.tr("Filter articles"))
        self.table = QTableView(self)
        self.table.setObjectName("articleLibrary")
        self.table.setAccessibleName(self.tr("Article library"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Not ResizeToContents: it re-measures every row on each dataChanged (80k data() calls
        # per edit at 500 articles). Widths are set once per project instead.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in zip(range(1, len(COLUMNS)), (110, 40, 80, 60), strict=False):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(self._activated)

    def set_bridge(self, bridge: ProjectBridge | None) -> None:
        self.model.set_bridge(bridge)

    def _activated(self, index: QModelIndex) -> None:
        from PySide6.QtWidgets import QApplication

        new_pane = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        self.articleActivated.emit(index.data(ARTICLE_ID_ROLE), new_pane)
