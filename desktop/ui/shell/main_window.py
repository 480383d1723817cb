"""The main window: article library, panes side by side, claims panel, inspector, status bar.

It composes the widgets and routes between them; the widgets themselves render, and the project
changes only through commands (ProjectBridge.run), whose Changes records every view follows.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from desktop import __version__
from desktop.core.project import Changes
from desktop.ui.articles.library import ArticleLibrary
from desktop.ui.claims.inspector import Inspector
from desktop.ui.claims.panel import ClaimsPanel
from desktop.ui.claims.picker import ClaimPicker
from desktop.ui.common.bridge import ProjectBridge
from desktop.ui.common.long_lived import freeze_long_lived, release_long_lived
from desktop.ui.common.theme import current_scheme
from desktop.ui.coverage.dock import CoverageDock
from desktop.ui.io import project_files
from desktop.ui.io.window_io import WindowIO
from desktop.ui.panes.area import PaneArea
from desktop.ui.shell import about
from desktop.ui.shell.actions import build_actions
from desktop.ui.shell.gestures import Gestures
from desktop.ui.shell.hint_banner import HintBanner
from desktop.ui.shell.start_page import StartPage
from desktop.ui.suggestions.controller import SuggestionsController
from desktop.ui.suggestions.panel import SuggestionsPanel

SELECTED_MARK = "selected-passage"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Crosscheck")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.bridge: ProjectBridge | None = None
        self.project_path: Path | None = None
        self.selected_passage: str | None = None
        self.gestures = Gestures(self)
        self.io = WindowIO(self)
        self.setAcceptDrops(True)

        self.panes = PaneArea(self)
        self.hint = HintBanner(self)
        self.start_page = StartPage(self)
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hint)
        column.addWidget(self.panes, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(workspace)
        self.setCentralWidget(self.stack)

        self.library = ArticleLibrary(self)
        self.claims = ClaimsPanel(self)
        self.inspector = Inspector(self)
        self.picker = ClaimPicker(self)
        self.library_dock = self._dock(
            "Articles", "articleLibraryDock", self.library, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.claims_dock = self._dock("Claims", "claimsDock", self.claims, Qt.DockWidgetArea.RightDockWidgetArea)
        self.inspector_dock = self._dock(
            "Inspector", "inspectorDock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.suggestions_panel = SuggestionsPanel(self)
        self.suggestions_dock = self._dock(
            "Suggestions", "suggestionsDock", self.suggestions_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.inspector_dock, self.suggestions_dock)
        self.inspector_dock.raise_()
        self.suggestions = SuggestionsController(self, self.suggestions_panel)
        self.chart = CoverageDock(self)
        self.coverage_dock = self.chart.dock
        for signal in (self.claims.search.textChanged, self.claims.verdicts.currentIndexChanged):
            signal.connect(lambda *_: self.chart.set_visible_claims(self.claims.visible_claims()))

        self.actions_by_name = build_actions(self)
        for dock in (
            self.library_dock,
            self.claims_dock,
            self.inspector_dock,
            self.suggestions_dock,
            self.coverage_dock,
        ):
            self.view_menu.addAction(dock.toggleViewAction())
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName("Save status")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.panes.passageClicked.connect(lambda _pane, pid: self.select_passage(pid, scroll=False))
        self.panes.panesChanged.connect(self._remember_panes)
        self.library.articleActivated.connect(lambda article_id, new: self.panes.open_article(article_id, new))
        self.claims.currentClaimChanged.connect(self._on_claim_selected)
        self.claims.claimActivated.connect(lambda _cid: self.gestures.step_claim_passage(+1))
        self.inspector.passageActivated.connect(self._show_passage_by_id)
        self.inspector.editingDone.connect(self.focus_article)
        self.picker.chosen.connect(self.gestures.link_to)
        self.start_page.openRequested.connect(self.open_project_dialog)
        self.start_page.newRequested.connect(self.new_project)
        self.start_page.sampleRequested.connect(self.open_sample)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.panes.set_scheme())
        self._restore_layout()
        self._update_actions()
        self.refresh_recent_menu()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    # --- project ----------------------------------------------------------------------------
    def open_project_file(self, path: Path | str, show_errors: bool = True) -> bool:
        path = Path(path)
        opened = self.io.open(path, show_errors)
        if opened is None:
            return False
        project = opened.project
        self.close_project()
        self.project_path = opened.working_path
        self.bridge = ProjectBridge(project, self)
        self.bridge.changed.connect(self._on_changes)
        self.bridge.failed.connect(self._on_failure)
        self.bridge.saved.connect(self._on_saved)
        self.library.set_bridge(self.bridge)
        self.claims.set_bridge(self.bridge)
        self.inspector.set_bridge(self.bridge)
        self.panes.set_bridge(self.bridge, QSettings().value(self._panes_key(), [], type=list) or [])
        self.panes.set_scheme()
        self.suggestions.attach(project)
        self.chart.set_project(project)
        self.stack.setCurrentIndex(1)
        title = path.stem + (" (read-only)" if project.read_only else " (local copy)" if opened.is_copy else "")
        self.setWindowTitle(f"{title} — Crosscheck")
        self.setWindowFilePath(str(path))
        project_files.remember_recent(opened.working_path)
        self.refresh_recent_menu()
        if project.read_only:
            self.saved_label.setText("Read-only")
        else:
            self.saved_label.setText("All changes saved")
            self.io.watch(opened.working_path, project)
        if opened.reason:
            self.saved_label.setToolTip(opened.reason)
            self.say(opened.reason)
        self.hint.show_once()
        self._update_actions()
        freeze_long_lived()  # see long_lived: GC pauses of 100+ ms at 50k passages otherwise
        return True

    def close_project(self) -> None:
        if self.bridge is None:
            return
        self._remember_panes()
        bridge, self.bridge = self.bridge, None
        self.panes.set_bridge(None, [])
        self.library.set_bridge(None)
        self.claims.set_bridge(None)
        self.inspector.set_bridge(None)
        self.io.stop_watching()
        self.suggestions.detach()
        self.chart.set_project(None)
        bridge.detach()
        bridge.project.persistence.close()
        release_long_lived()
        bridge.deleteLater()
        self.project_path = None
        self.selected_passage = None
        self.stack.setCurrentIndex(0)
        self.setWindowTitle("Crosscheck")
        self.saved_label.clear()
        self._update_actions()

    def new_project(self) -> None:
        path = project_files.ask_new_path(self)
        if path and project_files.create_empty(self, path):
            self.open_project_file(path)

    def open_project_dialog(self) -> None:
        path = project_files.ask_open_path(self)
        if path:
            self.open_project_file(path)

    def open_sample(self) -> None:
        from desktop.app import ensure_sample_project

        self.open_project_file(ensure_sample_project())

    def save_copy(self) -> None:
        if self.bridge is not None:
            project_files.save_copy(self, self.bridge.project, self.project_path)

    def refresh_recent_menu(self) -> None:
        project_files.fill_recent_menu(self.recent_menu, self.open_project_file)

    # --- changes ----------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        self.library.model.apply_changes(changes)
        self.claims.model.apply_changes(changes)
        self.panes.apply_changes(changes)
        self.suggestions.apply_changes(changes)
        self.chart.apply_changes(changes)
        state = self.bridge.state
        if self.selected_passage and self.selected_passage not in state.passages:
            self.selected_passage = None
        if changes.initiator is not self.inspector or changes.reason != "do":
            # (the inspector's own edits are already on screen; re-filling would move its cursor)
            self.inspector.show_selection(self.claims.current_claim(), self.selected_passage)
        self._mark_selected_passage()
        self._update_actions()
        if changes.reason in ("undo", "redo"):
            self.say(f"{changes.reason.capitalize()}: {changes.label}")

    def _on_saved(self) -> None:
        self.saved_label.setText(f"All changes saved · {datetime.now():%H:%M:%S}")

    def _on_failure(self, message: str, serious: bool) -> None:
        if serious:
            QMessageBox.critical(self, "Could not save", message)
        else:
            self.say(message)

    def _update_actions(self) -> None:
        actions = self.actions_by_name
        project = self.bridge.project if self.bridge else None
        has = project is not None
        writable = has and not project.read_only
        actions["actionUndo"].setEnabled(bool(writable and project.can_undo))
        actions["actionRedo"].setEnabled(bool(writable and project.can_redo))
        actions["actionUndo"].setText(f"&Undo {project.undo_label}" if has and project.can_undo else "&Undo")
        actions["actionRedo"].setText(f"&Redo {project.redo_label}" if has and project.can_redo else "&Redo")
        for name in (
            "actionHighlight",
            "actionNewClaimFromSelection",
            "actionLinkToCurrentClaim",
            "actionLinkToClaim",
            "actionUnlinkPassage",
            "actionDeletePassage",
            "actionMergeClaims",
            "actionDeleteClaim",
            "actionEditStatement",
        ):
            actions[name].setEnabled(bool(writable))
        for name in ("actionImport", "actionPasteArticle", "actionMerge", "actionImportAnnotations"):
            actions[name].setEnabled(bool(writable))
        for name in ("actionSaveCopy", "actionExport", "actionCloseProject", "actionAddPane", "actionClosePane"):
            actions[name].setEnabled(has)

    # --- selection --------------------------------------------------------------------------
    def _on_claim_selected(self, claim_id: str | None) -> None:
        if self.bridge is None:
            return
        selected = self.bridge.state.passages.get(self.selected_passage) if self.selected_passage else None
        if selected is not None and selected.claim_id != claim_id:
            self.selected_passage = None
            self._mark_selected_passage()
        missing = self.panes.select_claim(claim_id, scroll=selected is None)
        self.inspector.show_selection(claim_id, self.selected_passage)
        self.suggestions.follow(claim_id, self.selected_passage)
        self.chart.set_selected_claim(claim_id)
        if claim_id is None:
            return
        state = self.bridge.state
        carried = len(state.sources_of_claim(claim_id))
        message = f"Claim carried by {carried} of {len(state.articles)} articles"
        if missing:
            message += "; not in open: " + "; ".join(state.articles[p.article_id].title[:40] for p in missing)
        self.say(message)

    def select_passage(self, passage_id: str | None, scroll: bool = True) -> None:
        state = self.bridge.state if self.bridge else None
        passage = state.passages.get(passage_id) if state and passage_id else None
        self.selected_passage = passage.id if passage else None
        if passage is not None and passage.claim_id and passage.claim_id != self.claims.current_claim():
            self.claims.select_claim(passage.claim_id)  # aligns the other panes on the claim
        self.inspector.show_selection(
            self.claims.current_claim() if passage is None or passage.claim_id else None, self.selected_passage
        )
        self._mark_selected_passage()
        self.suggestions.follow(self.claims.current_claim(), self.selected_passage)
        if passage is not None and scroll:
            pane = self.panes.pane_for_article(passage.article_id)
            if pane:
                pane.view.scroll_to_offset(passage.start, 0.3)

    def _show_passage_by_id(self, passage_id: str) -> None:
        passage = self.bridge.state.passages.get(passage_id) if self.bridge else None
        if passage is not None:
            self.gestures.show_passage(passage)

    def _mark_selected_passage(self) -> None:
        state = self.bridge.state if self.bridge else None
        passage = state.passages.get(self.selected_passage) if state and self.selected_passage else None
        outline = current_scheme().text
        for pane in self.panes.panes:
            spans = [(passage.start, passage.end)] if passage and passage.article_id == pane.article_id else []
            pane.view.set_marks(SELECTED_MARK, spans, outline, outline=True)

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- action slots (names in actions.py) ---------------------------------------------------
    def import_articles(self) -> None:
        self.io.import_files()

    def paste_article(self) -> None:
        self.io.paste_article()

    def export_set(self) -> None:
        self.io.export_set()

    def import_annotations(self) -> None:
        self.io.import_annotations()

    def merge_project(self) -> None:
        self.io.merge_from()

    def set_author_name(self) -> None:
        project_files.ask_author_name(self)
        if self.bridge:
            self.bridge.project.author = project_files.author_name()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.io.dropped(paths)

    def undo(self) -> None:
        if self.bridge:
            self.bridge.undo()

    def redo(self) -> None:
        if self.bridge:
            self.bridge.redo()

    def highlight(self) -> None:
        self.gestures.highlight()

    def new_claim_from_selection(self) -> None:
        self.gestures.new_claim_from_selection()

    def link_to_current_claim(self) -> None:
        self.gestures.link_to_current_claim()

    def link_to_claim(self) -> None:
        self.gestures.link_to_claim()

    def unlink_passage(self) -> None:
        self.inspector.show_selection(self.inspector.claim_id, self.selected_passage)
        self.inspector.unlink_passage()

    def delete_passage(self) -> None:
        if self.claims.table.hasFocus():
            self.claims.delete_selected()
            return
        self.inspector.show_selection(self.inspector.claim_id, self.selected_passage)
        self.inspector.delete_passage()

    def next_passage_in_article(self) -> None:
        self.gestures.step_article_passage(+1)

    def previous_passage_in_article(self) -> None:
        self.gestures.step_article_passage(-1)

    def next_claim_passage(self) -> None:
        self.gestures.step_claim_passage(+1)

    def previous_claim_passage(self) -> None:
        self.gestures.step_claim_passage(-1)

    def open_claim_articles(self) -> None:
        claim_id = self.claims.current_claim()
        if claim_id and self.bridge:
            for article_id in self.bridge.state.sources_of_claim(claim_id):
                if self.panes.pane_for_article(article_id) is None:
                    self.panes.add_pane(article_id)
            self.panes.select_claim(claim_id)

    def edit_statement(self) -> None:
        if self.claims.current_claim():
            self.inspector.statement.setFocus()
            self.inspector.statement.selectAll()

    @property
    def coverage(self):
        """The chart panel, created on first use (see CoverageDock)."""
        return self.chart.ensure_panel()

    def show_all_claims(self) -> None:
        self.claims.proxy.set_only_ids(None)
        self.claims.search.clear()
        self.claims.verdicts.setCurrentIndex(0)
        self.chart.set_visible_claims(None)

    def show_coverage(self) -> None:
        self.chart.show()

    def find_claim_everywhere(self) -> None:
        self.suggestions.find_claim_everywhere(self.claims.current_claim())

    def focus_suggestions(self) -> None:
        self.suggestions_dock.show()
        self.suggestions_dock.raise_()
        self.suggestions_panel.list.setFocus()

    def merge_claims(self) -> None:
        if not self.claims.merge_selected():
            self.say("Select exactly two claims (Ctrl+click); the current one keeps the other's passages.")

    def delete_claim(self) -> None:
        self.claims.delete_selected()

    def add_pane(self) -> None:
        pane = self.panes.add_pane()
        if pane is None:
            self.say("Six panes at most; close one first.")
        else:
            self.panes.focus_pane(pane)

    def close_pane(self) -> None:
        self.panes.close_pane()

    def find_in_article(self) -> None:
        if self.panes.current_pane:
            self.panes.current_pane.find_bar.open_bar()

    def find_next(self) -> None:
        if self.panes.current_pane:
            self.panes.current_pane.find_bar.next()

    def find_previous(self) -> None:
        if self.panes.current_pane:
            self.panes.current_pane.find_bar.previous()

    def zoom_in(self) -> None:
        self.panes.zoom(+1)

    def zoom_out(self) -> None:
        self.panes.zoom(-1)

    def zoom_reset(self) -> None:
        self.panes.zoom(0)

    def focus_library(self) -> None:
        self.library_dock.show()
        self.library.table.setFocus()

    def focus_article(self) -> None:
        if self.panes.current_pane:
            self.panes.focus_pane(self.panes.current_pane)

    def focus_claims(self) -> None:
        self.claims_dock.show()
        self.claims.table.setFocus()

    def show_shortcuts(self) -> None:
        about.show_shortcuts(self, self.actions_by_name)

    def show_about(self) -> None:
        about.show_about(self, __version__, self.project_path)

    # --- layout persistence ------------------------------------------------------------------
    def _panes_key(self) -> str:
        digest = hashlib.sha1(str(self.project_path.resolve() if self.project_path else "").encode()).hexdigest()[:16]
        return f"panes/{digest}"

    def _remember_panes(self) -> None:
        if self.project_path is not None:
            QSettings().setValue(self._panes_key(), self.panes.article_ids())

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        self._layout_restored = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout_restored:
            return
        # Dock sizes only restore correctly once the window has its real size.
        self._layout_restored = True
        state = QSettings().value("window/state")
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.library_dock, self.claims_dock], [220, 400], Qt.Orientation.Horizontal)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.close_project()
        super().closeEvent(event)
