"""What comes into the window from outside: opening files safely, importing articles (dialog,
drag and drop, paste), merging a colleague's project, and noticing the file changed on disk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPlainTextEdit, QVBoxLayout

from desktop.core.i18n import Context
from desktop.core.merge import MergeError
from desktop.core.project import Project
from desktop.store import StoreError
from desktop.store.errors import ProjectLockedError
from desktop.store.shared import OpenedProject, open_shared
from desktop.ui.common.settings import text_setting
from desktop.ui.io import project_files

if TYPE_CHECKING:  # pragma: no cover
    from desktop.core.merge_report import MergeReport
    from desktop.formats.candidate import ImportCandidate
    from desktop.importing import ImportOutcome
    from desktop.ui.common.bridge import ProjectBridge
    from desktop.ui.common.host import Host
    from desktop.ui.io.file_watch import ProjectFileWatcher

io_texts = Context("io_texts")
LAST_IMPORT_DIR = "import/lastFolder"


def import_filter() -> str:
    return io_texts.tr(
        "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht);;"
        "Web pages (*.html *.htm *.xhtml *.mhtml *.mht);;Text and Markdown (*.txt *.md);;All files (*)"
    )


class WindowIO:
    def __init__(self, window: Host) -> None:
        self.window = window
        self.watcher: ProjectFileWatcher | None = None
        self._asking_reload = False

    # --- opening ----------------------------------------------------------------------------
    def open(self, path: Path, show_errors: bool) -> OpenedProject | None:
        author = project_files.author_name()
        problem: StoreError  # not `error`: Python unbinds an `except ... as` name when its block ends
        try:
            return open_shared(path, author=author, untrusted=False, thorough=not project_files.is_known(path))
        except ProjectLockedError as error:
            if not show_errors:
                self.window.say(str(error))
                return None
            answer = QMessageBox.question(
                self.window.main_window,
                io_texts.tr("Project in use"),
                io_texts.tr("{error}\n\nOpen it read-only?", error=error),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                return open_shared(path, author=author, untrusted=False, read_only_if_locked=True)
            except StoreError as second:
                problem = second
        except StoreError as error:
            problem = error
        if show_errors:
            QMessageBox.critical(self.window.main_window, io_texts.tr("Cannot open project"), str(problem))
        else:
            self.window.say(str(problem))
        return None

    # --- importing --------------------------------------------------------------------------
    def import_files(self, paths: list[Path] | None = None) -> None:
        project = self._writable_project()
        if project is None:
            return
        if paths is None:
            settings = QSettings()
            names, _ = QFileDialog.getOpenFileNames(
                self.window.main_window,
                io_texts.tr("Import articles"),
                text_setting(LAST_IMPORT_DIR, str(self._folder())),
                import_filter(),
            )
            if not names:
                return
            paths = [Path(n) for n in names]
            settings.setValue(LAST_IMPORT_DIR, str(paths[0].parent))
        self._run_import_dialog(project, paths, None)

    def paste_article(self) -> None:
        project = self._writable_project()
        if project is None:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.say(io_texts.tr("The clipboard holds no text to import."))
            return
        from desktop.ui.io.import_dialog import candidate_from_clipboard

        self._run_import_dialog(project, [], candidate_from_clipboard(text))

    def _run_import_dialog(
        self, project: Project, paths: list[Path], pasted: ImportCandidate | ImportOutcome | None
    ) -> None:
        from desktop.ui.io.import_dialog import ImportDialog

        bridge = self._bridge()

        dialog = ImportDialog(project, paths, parent=self.window.main_window, perform=bridge.perform)
        if pasted is not None:
            dialog.add_result(pasted)
        if dialog.exec() and dialog.report is not None:
            self.window.say(dialog.report.summary)
            imported = [o.article_id for o in dialog.report.outcomes if o.status == "imported"]
            if imported:
                self.window.workspace.open_article(imported[0])

    def dropped(self, paths: list[Path]) -> None:
        projects = [p for p in paths if p.suffix == ".crosscheck"]
        if projects:
            self.window.open_project_file(projects[0])
        elif paths:
            self.import_files(paths)

    # --- merging ----------------------------------------------------------------------------
    def merge_from(self, other: Path | None = None) -> None:
        project = self._writable_project()
        if project is None:
            return
        if other is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window.main_window,
                io_texts.tr("Merge from project"),
                str(self._folder()),
                project_files.project_filter(),
            )
            if not name:
                return
            other = Path(name)
        from desktop.merging import apply_plan, plan_from_file
        from desktop.ui.io.merge_dialog import review_merge

        try:
            plan = plan_from_file(project, other)
        except (MergeError, StoreError) as error:
            QMessageBox.warning(self.window.main_window, io_texts.tr("Cannot merge"), str(error))
            return
        chosen = review_merge(plan, str(other), self.window.main_window)
        if chosen is None:
            return
        bridge = self._bridge()
        try:
            report = bridge.perform(lambda p: apply_plan(p, chosen, str(other), initiator=self), io_texts.tr("Merge"))
        except MergeError as error:
            QMessageBox.critical(self.window.main_window, io_texts.tr("Merge failed; nothing was changed"), str(error))
            return
        if report is not None:
            self.show_report(report)

    def show_report(self, report: MergeReport) -> None:
        dialog = QDialog(self.window.main_window)
        dialog.setWindowTitle(io_texts.tr("Merge report"))
        text = QPlainTextEdit(report.to_text(), dialog)
        text.setReadOnly(True)
        text.setAccessibleName(io_texts.tr("Merge report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save, dialog)
        buttons.rejected.connect(dialog.reject)
        buttons.accepted.connect(lambda: self._export_report(report))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialog.show()
        self.window.keep_alive(dialog)
        self.window.say(report.summary)

    def _export_report(self, report: MergeReport) -> None:
        from desktop.formats.errors import OutputRefused
        from desktop.formats.merge_report import export_report

        name, _ = QFileDialog.getSaveFileName(
            self.window.main_window,
            io_texts.tr("Save merge report"),
            str(self._folder() / io_texts.tr("merge-report.txt")),
            io_texts.tr("Text (*.txt);;JSON (*.json)"),
        )
        if name:
            try:
                export_report(report, Path(name))
            except (OSError, OutputRefused) as error:
                QMessageBox.critical(self.window.main_window, io_texts.tr("Could not save the report"), str(error))

    # --- exporting and W3C annotations ---------------------------------------------------------
    def export_set(self) -> None:
        bridge = self.window.bridge
        if bridge is None:
            self.window.say(io_texts.tr("Open a project first."))
            return
        from desktop.ui.io.export_dialog import ExportDialog

        path = self.window.project_path
        dialog = ExportDialog(
            bridge.project,
            self.window.main_window,
            selected_claim_ids=list(self.window.workspace.selected_claims),
            default_folder=project_files.dialog_folder(path),
            base_name=path.stem if path else None,
        )
        dialog.exportFinished.connect(
            lambda result: self.window.say(io_texts.tr("Exported to {path}", path=getattr(result, "path", result)))
        )
        dialog.exec()

    def import_annotations(self, path: Path | None = None) -> None:
        project = self._writable_project()
        if project is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window.main_window,
                io_texts.tr("Import W3C annotations"),
                str(self._folder()),
                io_texts.tr("W3C Web Annotation (*.jsonld *.json);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        from desktop.annotation_import import import_annotations

        bridge = self._bridge()
        try:
            report = bridge.perform(lambda p: import_annotations(p, path, initiator=self), io_texts.tr("Import"))
            if report is None:
                return
            if not report.stored and report.orphans and not report.problems:
                answer = QMessageBox.question(
                    self.window.main_window,
                    io_texts.tr("Some passages cannot be placed"),
                    io_texts.tr(
                        "{message}.\n\nImport the %n passage(s) that can be placed and list the orphans?",
                        None,
                        report.passages - len(report.orphans),
                        message=report.message,
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    again = bridge.perform(
                        lambda p: import_annotations(p, path, skip_orphans=True, initiator=self), io_texts.tr("Import")
                    )
                    if again is None:
                        return
                    report = again
        except OSError as error:
            QMessageBox.critical(
                self.window.main_window, io_texts.tr("Cannot read the file"), f"{path}: {error.strerror or error}"
            )
            return
        lines = [report.message]
        lines += [io_texts.tr("Problem: {problem}", problem=problem) for problem in report.problems[:50]]
        lines += [
            io_texts.tr("Re-anchored for review: “{quote}” in {title}", quote=p.quote[:80], title=p.article_title)
            for p in report.reanchored[:50]
        ]
        lines += [io_texts.tr("Orphan: {quote}", quote=str(getattr(o, "quote", o))[:100]) for o in report.orphans[:50]]
        box = QMessageBox.information if report.stored else QMessageBox.warning
        box(self.window.main_window, io_texts.tr("Import annotations"), "\n".join(lines))

    # --- watching the file --------------------------------------------------------------------
    def watch(self, path: Path, project: Project) -> None:
        from desktop.ui.io.file_watch import ProjectFileWatcher

        self.stop_watching()
        watcher = self.watcher = ProjectFileWatcher(path, self.window.main_window)
        watcher.follow(project)
        watcher.replacedOnDisk.connect(self._replaced)
        watcher.removedFromDisk.connect(
            lambda p: self.window.say(
                io_texts.tr(
                    "{name} was moved or deleted on disk; use Share a copy to keep your work.", name=Path(p).name
                )
            )
        )

    def stop_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.close()
            self.watcher.deleteLater()
            self.watcher = None

    def _replaced(self, path: str) -> None:
        if self._asking_reload:
            return  # one question at a time: the open dialog already offers the reload
        self._asking_reload = True
        try:
            answer = QMessageBox.question(
                self.window.main_window,
                io_texts.tr("Project changed on disk"),
                io_texts.tr(
                    "{name} was changed by another program (a sync client?).\n\nReload it? "
                    "Your changes so far are in the file; undo history will be cleared.",
                    name=Path(path).name,
                ),
            )
        finally:
            self._asking_reload = False
        if answer == QMessageBox.StandardButton.Yes:
            self.window.open_project_file(Path(path))

    def _folder(self) -> Path:
        """Where file dialogs open: the open project's folder (a desk keeps its files together)."""
        return project_files.dialog_folder(self.window.project_path)

    def _bridge(self) -> ProjectBridge:
        """The open project's bridge: only reached after _writable_project() found a project."""
        assert self.window.bridge is not None, "a project is open"
        return self.window.bridge

    def _writable_project(self) -> Project | None:
        bridge = self.window.bridge
        if bridge is None:
            self.window.say(io_texts.tr("Open a project first."))
            return None
        if bridge.project.read_only:
            self.window.say(io_texts.tr("This project is open read-only."))
            return None
        return bridge.project
