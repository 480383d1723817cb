"""The export dialog: format, scope, destination and options; progress for big sets.

No export logic lives here: the dialog takes a snapshot of the chosen part of the project
(`core.export_scope.select`, on the GUI thread) and hands it to `desktop.exporting.export_selection`
in a worker thread, so the window stays responsive and the project may change meanwhile. The
last settings are remembered in QSettings; the ClaimReview publisher goes to the project file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.export_scope import Scope, Selection, select
from desktop.core.project import Project
from desktop.exporting import (
    FORMATS,
    ExportCancelled,
    ExportError,
    ExportOptions,
    ExportResult,
    check_export_target,
    export_selection,
    publisher_from_settings,
    save_publisher_settings,
)
from desktop.formats.claimreview import VERDICT_NAMES, Publisher
from desktop.ui.common.i18n import LANGUAGES

SETTINGS_GROUP = "export"


class _ExportThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, selection: Selection, fmt: str, target: Path, options: ExportOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.selection, self.fmt, self.target, self.options = selection, fmt, target, options
        self.cancel_requested = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested:
            raise ExportCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = export_selection(self.selection, self.fmt, self.target, self.options, self._progress)
        except ExportCancelled:
            self.failed.emit(self.tr("Export cancelled; nothing was written."))
        except (ExportError, OSError) as error:
            where = f"{error.filename}: " if isinstance(error, OSError) and error.filename else ""
            self.failed.emit(f"{where}{error.strerror if isinstance(error, OSError) and error.strerror else error}")
        except Exception as error:  # a bug: still report it rather than die silently in a thread
            self.failed.emit(self.tr("Unexpected {kind}: {error}").format(kind=type(error).__name__, error=error))
        else:
            self.succeeded.emit(result)


def _checkable_list(name: str, values: Iterable[str], checked: Iterable[str]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMaximumHeight(90)
    wanted = set(checked)
    for value in sorted(set(values)):
        item = QListWidgetItem(value or QCoreApplication.translate("ExportDialog", "(none)"))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ExportDialog(QDialog):
    """`ExportDialog(project, selected_claim_ids=...)`; `exportFinished(result)` on success."""

    exportFinished = Signal(object)  # ExportResult
    exportFailed = Signal(str)

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        selected_claim_ids: Iterable[str] = (),
        default_folder: Path | None = None,
        base_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.selected_claim_ids = [c for c in selected_claim_ids if c in project.state.claims]
        self._thread: _ExportThread | None = None
        self.export_result: ExportResult | None = None  # not `result`: QDialog.result() is the dialog's code
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export dialog"))
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        saved = {key: settings.value(key) for key in settings.childKeys()}
        settings.endGroup()
        self._build(saved, default_folder, base_name)
        self._format_changed()

    # --- building -------------------------------------------------------------------------
    def _build(self, saved: dict[str, object], default_folder: Path | None, base_name: str | None) -> None:
        state = self.project.state
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Export format"))
        for fmt in FORMATS.values():
            self.format_box.addItem(fmt.shown_label, fmt.key)
            self.format_box.setItemData(self.format_box.count() - 1, fmt.shown_description, Qt.ItemDataRole.ToolTipRole)
        index = self.format_box.findData(saved.get("format", "w3c"))
        self.format_box.setCurrentIndex(max(index, 0))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        label = QLabel(self.tr("&Format:"))
        label.setBuddy(self.format_box)
        form.addRow(label, self.format_box)
        self.description = QLabel()
        self.description.setWordWrap(True)
        form.addRow("", self.description)

        destination = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Destination file"))
        folder = Path(str(saved.get("folder") or default_folder or Path.home()))
        self._folder = folder
        self._base = base_name or "crosscheck-export"
        self._shown_format = self.format_key
        self.path_edit.setText(str(folder / self._default_name(self.format_key)))
        self._confirmed_path: str | None = None  # a path the file dialog already asked about
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the destination file"))
        browse.clicked.connect(self._browse)
        destination.addWidget(self.path_edit, 1)
        destination.addWidget(browse)
        label = QLabel(self.tr("&Save to:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, destination)
        layout.addLayout(form)
        # Two columns (options and publisher | scope), so the dialog fits a 1366x768 screen.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        layout.addLayout(columns)

        scope = QGroupBox(self.tr("Scope"))
        scope_form = QFormLayout(scope)
        self.selected_only = QCheckBox(
            self.tr("Only the &selected claims ({count})").format(count=len(self.selected_claim_ids))
        )
        self.selected_only.setEnabled(bool(self.selected_claim_ids))
        self.selected_only.setChecked(False)  # the whole project unless the user asks otherwise
        scope_form.addRow(self.selected_only)
        self.verdict_only = QCheckBox(self.tr("Only claims with a &verdict"))
        self.verdict_only.setChecked(str(saved.get("verdict_only", "false")).lower() == "true")
        scope_form.addRow(self.verdict_only)
        self.languages = _checkable_list(
            self.tr("Languages"), (a.language for a in state.articles.values()), _as_list(saved.get("languages"))
        )
        self.outlets = _checkable_list(
            self.tr("Outlets"), (a.outlet for a in state.articles.values()), _as_list(saved.get("outlets"))
        )
        self.tags = _checkable_list(
            self.tr("Tags"), (t for c in state.claims.values() for t in c.tags), _as_list(saved.get("tags"))
        )
        scope_form.addRow(self.tr("Languages:"), self.languages)
        scope_form.addRow(self.tr("Outlets:"), self.outlets)
        scope_form.addRow(self.tr("Tags:"), self.tags)
        scope_form.addRow(QLabel(self.tr("Nothing ticked in a list means no filter on it.")))
        columns.addWidget(scope, 1)

        options = QGroupBox(self.tr("Options"))
        options_form = QFormLayout(options)
        self.title_edit = QLineEdit(str(saved.get("title", "") or ""))
        self.title_edit.setAccessibleName(self.tr("Report title"))
        self.title_edit.setPlaceholderText(self.tr("default: the file name"))
        options_form.addRow(self.tr("&Title:"), self.title_edit)
        left.addWidget(options)

        publisher = publisher_from_settings(self.project.persistence)
        self.claimreview_box = QGroupBox(self.tr("ClaimReview publisher (stored in the project)"))
        review_form = QFormLayout(self.claimreview_box)
        self.publisher_name = QLineEdit(publisher.name)
        self.publisher_name.setAccessibleName(self.tr("Publisher name"))
        self.publisher_url = QLineEdit(publisher.url)
        self.publisher_url.setAccessibleName(self.tr("Publisher URL"))
        self.review_url = QLineEdit(publisher.review_url)
        self.review_url.setAccessibleName(self.tr("Fact-check article URL"))
        self.review_url.setPlaceholderText(self.tr("https://… ({id} becomes the claim id)"))
        # The published fact-check's language: its verdict names, whatever language this window is in.
        self.review_language = QComboBox()
        self.review_language.setAccessibleName(self.tr("Language of the fact-check"))
        self.review_language.setToolTip(self.tr("The verdict names in the ClaimReview follow it"))
        for code in VERDICT_NAMES:
            self.review_language.addItem(LANGUAGES.get(code) or QLocale(code).nativeLanguageName() or code, code)
        self.review_language.setCurrentIndex(max(0, self.review_language.findData(publisher.language)))
        review_form.addRow(self.tr("Publisher &name:"), self.publisher_name)
        review_form.addRow(self.tr("Publisher &URL:"), self.publisher_url)
        review_form.addRow(self.tr("&Review URL:"), self.review_url)
        review_form.addRow(self.tr("Verdicts &in:"), self.review_language)
        left.addWidget(self.claimreview_box)
        left.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel e&xport"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_export)
        layout.addWidget(self.buttons)

    # --- state ----------------------------------------------------------------------------
    @property
    def format_key(self) -> str:
        return str(self.format_box.currentData())

    def scope(self) -> Scope:
        return Scope.of(
            claim_ids=self.selected_claim_ids if self.selected_only.isChecked() else (),
            verdict_only=self.verdict_only.isChecked(),
            languages=_checked(self.languages),
            outlets=_checked(self.outlets),
            tags=_checked(self.tags),
        )

    def publisher(self) -> Publisher:
        return Publisher(
            self.publisher_name.text().strip(),
            self.publisher_url.text().strip(),
            self.review_url.text().strip(),
            self.review_language.currentData(),
        )

    def _default_name(self, key: str) -> str:
        return f"{self._base}-{key}{FORMATS[key].suffix}"

    def _format_changed(self) -> None:
        """The file name follows the format: its suffix, and the format's name in it, so switching
        from W3C to ClaimReview (both .jsonld) never points at the file just exported."""
        fmt = FORMATS[self.format_key]
        self.status.clear()  # the last export's report is about another format
        self.status.setToolTip("")
        self.progress.setValue(0)
        self.description.setText(fmt.shown_description)
        self.claimreview_box.setVisible(fmt.needs_publisher)
        old = self._shown_format
        self._shown_format = fmt.key
        text = self.path_edit.text().strip()
        path = Path(text) if text else self._folder / self._default_name(fmt.key)
        stem = path.name[: -len(FORMATS[old].suffix)] if path.name.endswith(FORMATS[old].suffix) else path.stem
        if stem.endswith(f"-{old}"):
            stem = stem[: -len(old)] + fmt.key
        elif old != fmt.key and FORMATS[old].suffix == fmt.suffix:
            stem = f"{stem}-{fmt.key}"
        self.path_edit.setText(str(path.with_name(stem + fmt.suffix)))

    def _browse(self) -> None:
        fmt = FORMATS[self.format_key]
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), f"{fmt.shown_label} (*{fmt.suffix})"
        )
        if name:
            self.path_edit.setText(name)
            self._confirmed_path = name  # the file dialog asked before replacing

    # --- running --------------------------------------------------------------------------
    def start_export(self) -> None:
        if self._thread is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._fail(self.tr("Choose a file to export to."))
            return
        target = Path(text).expanduser()
        try:
            check_export_target(target)  # the CLI's own refusals (the project, a FIFO, a device)
        except ExportError as error:
            self._fail(str(error))
            return
        if (
            target.exists()
            and text != self._confirmed_path
            and QMessageBox.question(
                self, self.tr("Export"), self.tr("{name} already exists. Replace it?").format(name=target.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        selection = select(self.project.state, self.scope())  # snapshot on the GUI thread
        options = ExportOptions(publisher=self.publisher(), title=self.title_edit.text().strip())
        self.status.setText(
            self.tr("Exporting %Ln passage(s) to {name}…", "", len(selection.passages)).format(name=target.name)
        )
        self.progress.setRange(0, 0)  # busy until the first report
        self._set_running(True)
        thread = _ExportThread(selection, self.format_key, target, options, self)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_success)
        thread.failed.connect(self._fail)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def cancel_export(self) -> None:
        if self._thread is not None:
            self._thread.cancel_requested = True
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_success(self, result: ExportResult) -> None:
        self.export_result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        # At most two warnings in the dialog (it must fit a small screen); all of them on hover.
        warnings = [self.tr("Warning: {warning}").format(warning=w) for w in result.warnings]
        more = self.tr("… and %n more (hover to read them)", "", len(warnings) - 2)
        shown = warnings[:2] + ([more] if len(warnings) > 2 else [])
        self.status.setText("\n".join([result.summary[0].upper() + result.summary[1:] + ".", *shown]))
        self.status.setToolTip("\n".join(warnings))
        self._remember(result)
        self.exportFinished.emit(result)

    def _fail(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)
        self.exportFailed.emit(message)

    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None
        self._set_running(False)

    def _remember(self, result: ExportResult) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("format", result.format)
        settings.setValue("folder", str(result.path.parent))
        settings.setValue("verdict_only", self.verdict_only.isChecked())
        settings.setValue("languages", _checked(self.languages))
        settings.setValue("outlets", _checked(self.outlets))
        settings.setValue("tags", _checked(self.tags))
        settings.setValue("title", self.title_edit.text().strip())
        settings.endGroup()
        if FORMATS[result.format].needs_publisher and not self.project.read_only:
            save_publisher_settings(self.project.persistence, self.publisher())

    def reject(self) -> None:  # Escape and Close: never while a worker still writes
        if self._thread is not None:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._thread is not None:
            self.cancel_export()
            self._thread.wait()
        super().closeEvent(event)


def _as_list(value: object) -> list[str]:
    """QSettings returns a list, a single string, or None for a string list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]
