"""Review before import: each file with its extracted title, outlet, language, date, a text preview
and its warnings; metadata editable, files can be unticked; a progress bar with cancel while the
files are read off the UI thread (import_worker.py). Accepting commits the ticked files on the UI
thread as one undo step through desktop/importing.py.

Use: `dialog = ImportDialog(project, paths, parent=window); dialog.exec(); dialog.report`.
`candidate_from_clipboard()` turns pasted text into a candidate for `dialog.add_result`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import date_problem, normalise_date
from desktop.core.i18n import QT_TRANSLATE_NOOP, Context, number
from desktop.core.project import Project
from desktop.core.text import text_sha256
from desktop.formats.candidate import ImportCandidate
from desktop.formats.language import language_tag
from desktop.importing import ImportOptions, ImportOutcome, ImportReport, add_candidates, read_one
from desktop.ui.common.bridge import Perform, T
from desktop.ui.common.date_edit import DateEdit
from desktop.ui.io.import_worker import ReadWorker, start

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "File"),
    QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    QT_TRANSLATE_NOOP("ImportDialog", "Outlet"),
    QT_TRANSLATE_NOOP("ImportDialog", "Language"),
    QT_TRANSLATE_NOOP("ImportDialog", "Date"),
    QT_TRANSLATE_NOOP("ImportDialog", "Author"),
    QT_TRANSLATE_NOOP("ImportDialog", "Characters"),
    QT_TRANSLATE_NOOP("ImportDialog", "Warnings"),
)
FILE, TITLE, OUTLET, LANGUAGE, DATE, AUTHOR, CHARS, WARNINGS = range(len(COLUMNS))
EDITABLE = {TITLE: "title", OUTLET: "outlet", LANGUAGE: "language", DATE: "published", AUTHOR: "author"}
PREVIEW_CHARS = 3000
clipboard_texts = Context("clipboard_texts")
# An outcome's status as the table shows it.
STATUS_NAMES = {
    "imported": QT_TRANSLATE_NOOP("ImportDialog", "imported"),
    "skipped": QT_TRANSLATE_NOOP("ImportDialog", "skipped"),
    "failed": QT_TRANSLATE_NOOP("ImportDialog", "failed"),
}


class DateDelegate(QStyledItemDelegate):
    """The Date column: ISO 8601 as typed, or a day picked from a calendar."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = DateEdit(parent, field="published")

        def commit() -> None:  # keys reach the inner line edit, not the editor the view watches
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)

        editor.committed.connect(commit)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, DateEdit), "made by createEditor"
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, DateEdit), "made by createEditor"
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def candidate_from_clipboard(
    text: str | None = None, options: ImportOptions | None = None
) -> ImportCandidate | ImportOutcome:
    """Pasted text (the system clipboard's, unless given) as a candidate, or why it cannot be one."""
    if text is None:
        text = QGuiApplication.clipboard().text()
    return read_one(clipboard_texts.tr("clipboard"), options, data=text.encode("utf-8"))


class ImportDialog(QDialog):
    def __init__(
        self,
        project: Project,
        paths: Iterable[Path] = (),
        options: ImportOptions | None = None,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
        perform: Perform | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import articles"))
        self.setObjectName("importDialog")
        self.project = project
        # The window's bridge.perform (errors reported as for commands); direct without a window.
        self._perform: Perform = perform or self._perform_here
        self.options = options or ImportOptions()
        self.report: ImportReport | None = None
        self._rows: list[ImportCandidate | ImportOutcome] = []
        self._shas: dict[str, int] = {}  # text hash -> first row with it, for duplicate warnings
        self._duplicates: set[int] = set()  # rows whose text is already in the project or an earlier row
        self._worker: ReadWorker | None = None
        self._pool = pool or QThreadPool.globalInstance()
        self._build()
        paths = list(paths)
        if paths:
            self.read_paths(paths)

    def _perform_here(self, operation: Callable[[Project], T], what: str = "") -> T | None:
        return operation(self.project)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of a result's row (add_result fills every column)."""
        item = self.table.item(row, column)
        assert item is not None, "add_result fills every column"
        return item

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("importTable")
        self.table.setAccessibleName(self.tr("Files to import"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_preview)
        self.table.setItemDelegateForColumn(DATE, DateDelegate(self.table))
        self.table.itemChanged.connect(self._item_changed)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setObjectName("importPreview")
        self.preview.setAccessibleName(self.tr("Text preview"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 200])
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setFormat(self.tr("Reading %v of %m files"))
        self.cancel_reading = QPushButton(self.tr("Stop reading"), self)
        self.cancel_reading.setAccessibleName(self.tr("Stop reading files"))
        self.cancel_reading.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_reading)
        layout.addWidget(self.buttons)
        self.progress.hide()
        self.cancel_reading.hide()
        self.resize(1000, 640)
        self._update_buttons()

    # --- reading -----------------------------------------------------------------------------
    def read_paths(self, paths: Iterable[Path]) -> None:
        """Read files and folders in a worker thread; rows appear as each file is read."""
        self.cancel()
        worker = ReadWorker(paths, self.options)
        worker.signals.listed.connect(self._on_listed)
        worker.signals.read.connect(self._on_read)
        worker.signals.finished.connect(self._on_finished)
        self._worker = worker
        self.progress.setRange(0, 0)  # busy until the folders are walked
        self.progress.show()
        self.cancel_reading.show()
        self._update_buttons()
        start(worker, self._pool)

    @property
    def reading(self) -> bool:
        return self._worker is not None

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _on_listed(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)

    def _on_read(self, _index: int, result: ImportCandidate | ImportOutcome) -> None:
        if self.sender() is not None and self._worker is not None and self.sender() is not self._worker.signals:
            return  # a result from a superseded worker
        self.add_result(result)
        self.progress.setValue(self.progress.value() + 1)

    def _on_finished(self, cancelled: bool) -> None:
        if self._worker is not None and self.sender() is self._worker.signals:
            self._worker = None
            self.progress.hide()
            self.cancel_reading.hide()
            if cancelled:
                self.details.setText(self.tr("Reading stopped: the files read so far can still be imported."))
            self._update_buttons()

    # --- rows --------------------------------------------------------------------------------
    def add_result(self, result: ImportCandidate | ImportOutcome) -> int:
        """Add one read file (or pasted text) as a row; returns the row."""
        row = self.table.rowCount()
        self._rows.append(result)
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name = QTableWidgetItem(Path(result.path).name)
        name.setToolTip(result.path)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        self.table.setItem(row, FILE, name)
        if isinstance(result, ImportCandidate):
            warnings = list(result.warnings) + self._duplicate_warning(result, row)
            result.warnings = warnings
            for column, attr in EDITABLE.items():
                self.table.setItem(row, column, QTableWidgetItem(getattr(result, attr)))
            self.table.setItem(row, CHARS, self._fixed(number(len(result.text))))
            self.table.setItem(row, WARNINGS, self._fixed("; ".join(warnings)))
            name.setCheckState(Qt.CheckState.Unchecked if row in self._duplicates else Qt.CheckState.Checked)
        else:
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for column in EDITABLE:
                self.table.setItem(row, column, self._fixed(""))
            self.table.setItem(row, CHARS, self._fixed(""))
            status = self.tr(STATUS_NAMES[result.status]) if result.status in STATUS_NAMES else result.status
            self.table.setItem(row, WARNINGS, self._fixed(f"{status}: {result.message}"))
        self.table.blockSignals(False)
        if isinstance(result, ImportCandidate):
            self._check_date(self._cell(row, DATE))
        self._update_buttons()
        return row

    @staticmethod
    def _fixed(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _duplicate_warning(self, candidate: ImportCandidate, row: int) -> list[str]:
        sha = text_sha256(candidate.text)
        existing = self.project.state.article_by_sha(sha)  # read on the UI thread only
        if existing is not None:
            self._duplicates.add(row)
            return [
                self.tr("duplicate: the same text is already in the project as “{title}”").format(title=existing.title)
            ]
        if sha in self._shas:
            self._duplicates.add(row)
            return [self.tr("duplicate: the same text as row {row}").format(row=self._shas[sha] + 1)]
        self._shas[sha] = row
        return []

    def _show_preview(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        result = self._rows[rows[0].row()]
        if isinstance(result, ImportCandidate):
            more = len(result.text) - PREVIEW_CHARS
            self.preview.setPlainText(
                result.text[:PREVIEW_CHARS] + (self.tr("\n… %Ln more character(s)", "", more) if more > 0 else "")
            )
            facts = [
                self.tr("{encoding}, read by {extractor} {version}").format(
                    encoding=result.encoding, extractor=result.extractor, version=result.extractor_version
                )
            ]
            if result.url:
                facts.append(result.url)
            if result.description and not _shown_in(result.description, result.text[:PREVIEW_CHARS]):
                facts.append(result.description)  # the page's summary, when the preview does not begin with it
            facts.extend(f"⚠ {w}" for w in result.warnings)
            self.details.setText("\n".join(facts))
        else:
            self.preview.setPlainText("")
            self.details.setText(f"{result.path}: {result.message}")

    # --- choosing and committing -----------------------------------------------------------------
    def ticked_rows(self) -> list[int]:
        return [
            row
            for row, result in enumerate(self._rows)
            if isinstance(result, ImportCandidate) and self._cell(row, FILE).checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, row: int, ticked: bool) -> None:
        self._cell(row, FILE).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def selected_candidates(self) -> list[ImportCandidate]:
        """The ticked files with the metadata as edited in the table."""
        chosen = []
        for row in self.ticked_rows():
            candidate = self._rows[row]
            assert isinstance(candidate, ImportCandidate), "only candidates are ticked"
            edits = {attr: " ".join(self._cell(row, column).text().split()) for column, attr in EDITABLE.items()}
            chosen.append(
                dataclasses.replace(
                    candidate,
                    title=edits["title"] or candidate.title,
                    outlet=edits["outlet"],
                    language=language_tag(edits["language"]) if edits["language"] else "",
                    published=edits["published"],
                    author=edits["author"],
                    warnings=list(candidate.warnings),
                )
            )
        return chosen

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == DATE:
            self._check_date(item)
        self._update_buttons()

    def _check_date(self, item: QTableWidgetItem) -> None:
        """Only real ISO 8601 dates are stored: a wrong one is marked, and named under the table."""
        text = " ".join(item.text().split())
        problem = date_problem(text, "published") if text else None
        self.table.blockSignals(True)
        if problem is None:
            normal = normalise_date(text, "published") if text else ""
            if normal != item.text():
                item.setText(normal)  # 2021-12-31 10:00 is stored as 2021-12-31T10:00
            item.setBackground(QBrush())
            item.setToolTip(normal)
        else:
            item.setBackground(QBrush(QColor(220, 50, 47, 90)))
            item.setToolTip(problem)
        self.table.blockSignals(False)

    def date_problems(self) -> list[str]:
        """The ticked rows whose date is not a real date, each as one line naming file and value."""
        problems = []
        for row in self.ticked_rows():
            text = " ".join(self._cell(row, DATE).text().split())
            problem = date_problem(text, "published") if text else None
            if problem:
                problems.append(f"{self._cell(row, FILE).text()}: {problem}")
        return problems

    def _update_buttons(self, *_args: object) -> None:
        problems = self.date_problems()
        if problems:
            self.details.setText(
                self.tr("Fix the date before importing (or clear it): {problem}").format(problem=problems[0])
            )
        self.import_button.setEnabled(not self.reading and bool(self.ticked_rows()) and not problems)
        count = len(self.ticked_rows())
        self.import_button.setText(self.tr("Import %n article(s)", "", count) if count else self.tr("Import"))

    def accept(self) -> None:
        if self.reading or self.date_problems():
            return  # nothing is imported until every date is right
        failed = [r for r in self._rows if isinstance(r, ImportOutcome)]
        chosen = self.selected_candidates()
        report = self._perform(lambda p: add_candidates(p, chosen, initiator=self), self.tr("Import", "what failed"))
        if report is None:
            return  # the bridge said why; the dialog stays open with the files as they were
        report.outcomes.extend(failed)
        self.report = report
        super().accept()

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel()
        super().done(result)


def _shown_in(summary: str, preview: str) -> bool:
    """A page's description is often its first paragraph: do not show it twice."""
    words = " ".join(summary.split()).casefold().rstrip(".… ")
    return bool(words) and words[:120] in " ".join(preview.split()).casefold()
